package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.p;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DatePeriodTest {

  @Provide
  Arbitrary<DatePeriod> periods() {
    Arbitrary<LocalDate> starts =
        Arbitraries.longs().between(0, 40_000).map(n -> LocalDate.of(1950, 1, 1).plusDays(n));
    Arbitrary<Integer> lengths = Arbitraries.integers().between(-1, 5_000);
    return Combinators.combine(starts, lengths)
        .as((s, len) -> len < 0 ? DatePeriod.open(s) : DatePeriod.of(s, s.plusDays(len)));
  }

  @Property
  void parseReversesToString(@ForAll("periods") DatePeriod period) {
    assertThat(DatePeriod.parse(period.toString())).isEqualTo(period);
  }

  @Test
  void printsClosedAndOpenPeriods() {
    assertThat(DatePeriod.of(d("2024-01-01"), d("2024-03-01"))).hasToString("2024-01-01/2024-03-01");
    assertThat(DatePeriod.open(d("2024-01-01"))).hasToString("2024-01-01/..");
    assertThat(DatePeriod.parse("2024-01-01/..").isOpen()).isTrue();
    assertThat(DatePeriod.parse("2024-01-01/2024-01-01").isOpen()).isFalse();
  }

  @Test
  void endBeforeStartIsRejected() {
    assertRule(
        () -> DatePeriod.of(d("2024-02-01"), d("2024-01-03")),
        "end",
        "period ends 2024-01-03 before it starts 2024-02-01");
  }

  @Test
  void unparseableTextIsRejectedNamingIt() {
    assertRule(() -> DatePeriod.parse("2024-01-01"), "text", "period \"2024-01-01\" is not start/end or start/..");
    assertRule(() -> DatePeriod.parse("/2024-01-01"), "text", "period \"/2024-01-01\" is not start/end or start/..");
    assertRule(
        () -> DatePeriod.parse("2024-01-01/soon"), "text", "period \"2024-01-01/soon\" is not start/end or start/..");
  }

  @Test
  void lengthInDaysCountsFromStartToEndOrAsOf() {
    // January 2024 has 31 days and February 29 (leap year): 31 + 29 = 60.
    assertThat(p("2024-01-01/2024-03-01").lengthInDays(d("2030-01-01"))).isEqualTo(60);
    assertThat(p("2024-01-01/2024-01-01").lengthInDays(d("2024-01-01"))).isZero();
    // Open: 2024-01-01 to 2024-01-11 is 10 days.
    assertThat(p("2024-01-01/..").lengthInDays(d("2024-01-11"))).isEqualTo(10);
    assertThat(p("2024-01-01/..").lengthInDays(d("2024-01-01"))).isZero();
  }

  @Test
  void asOfBeforeTheStartOfAnOpenPeriodIsRejected() {
    assertRule(
        () -> p("2024-01-10/..").lengthInDays(d("2024-01-09")),
        "asOf",
        "as-of date 2024-01-09 is before period start 2024-01-10");
  }

  @Test
  void containsIsHalfOpen() {
    DatePeriod jan = p("2024-01-01/2024-02-01");
    assertThat(jan.contains(d("2023-12-31"))).isFalse();
    assertThat(jan.contains(d("2024-01-01"))).isTrue();
    assertThat(jan.contains(d("2024-01-31"))).isTrue();
    assertThat(jan.contains(d("2024-02-01"))).isFalse();
    assertThat(p("2024-01-01/..").contains(d("2099-01-01"))).isTrue();
    assertThat(p("2024-01-01/..").contains(d("2023-12-31"))).isFalse();
  }

  @Test
  void periodsSharingABoundaryDoNotOverlap() {
    DatePeriod jan = p("2024-01-01/2024-02-01");
    assertThat(jan.overlaps(p("2024-02-01/2024-03-01"))).isFalse();
    assertThat(p("2024-02-01/2024-03-01").overlaps(jan)).isFalse();
    assertThat(jan.overlaps(p("2024-01-31/2024-03-01"))).isTrue();
    assertThat(p("2024-01-31/2024-03-01").overlaps(jan)).isTrue();
    assertThat(jan.overlaps(p("2023-01-01/.."))).isTrue();
    assertThat(p("2024-02-01/..").overlaps(jan)).isFalse();
    assertThat(p("2024-01-01/..").overlaps(p("2030-01-01/.."))).isTrue();
    assertThat(jan.overlaps(jan)).isTrue();
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(p("2024-01-01/2024-02-01"), DatePeriod.of(d("2024-01-01"), d("2024-02-01")))
        .addEqualityGroup(p("2024-01-01/.."), DatePeriod.open(d("2024-01-01")))
        .addEqualityGroup(p("2024-01-02/2024-02-01"))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(DatePeriod.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(p("2024-01-01/.."));
  }
}
