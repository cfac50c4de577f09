package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.model.Fixtures.BORN;
import static org.nwd.model.Fixtures.LA;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class YoungPersonTest {

  private static YoungPerson.Builder base() {
    return base(YP1, BORN, LA);
  }

  private static YoungPerson.Builder base(YoungPersonId id, YearMonth born, String la) {
    return YoungPerson.builder().id(id).birthMonth(born).localAuthority(la);
  }

  private static YoungPerson withHistory() {
    return base()
        .sex(Sex.FEMALE)
        .addCareStatusPeriods(
            CareStatusPeriod.of(CareStatus.EDGE_OF_CARE, d("2022-01-01"), d("2023-01-01")),
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2023-01-01"), d("2024-06-01")),
            CareStatusPeriod.open(CareStatus.CARE_LEAVER, d("2028-03-01")))
        .build();
  }

  @Test
  void ageCountsCompletedYearsFromTheFirstOfTheBirthMonth() {
    YoungPerson p = base(YP1, YearMonth.of(2010, 3), LA).build();
    // Birthday taken as 2010-03-01: 2024-02-29 is one day short of 14 years.
    assertThat(p.ageOn(d("2024-02-29"))).isEqualTo(13);
    assertThat(p.ageOn(d("2024-03-01"))).isEqualTo(14);
    assertThat(p.ageOn(d("2010-03-01"))).isZero();
    assertThat(p.ageOn(d("2010-03-31"))).isZero();
  }

  /** The JDK's calendar arithmetic is the oracle: completed years from the 1st of the birth month. */
  @net.jqwik.api.Property(tries = 500)
  void ageAgreesWithTheJdkPeriodFromTheFirstOfTheBirthMonth(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1990, max = 2030) int year,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40 * 366) int daysLater) {
    YearMonth born = YearMonth.of(year, month);
    java.time.LocalDate on = born.atDay(1).plusDays(daysLater);
    assertThat(base(YP1, born, LA).build().ageOn(on))
        .isEqualTo(java.time.Period.between(born.atDay(1), on).getYears());
  }

  @Test
  void ageBeforeTheBirthMonthIsRejectedWithoutPrintingIt() {
    assertRule(
        () -> base().build().ageOn(d("2010-02-28")),
        "date",
        "date 2010-02-28 is before the young person's birth month");
  }

  @Test
  void careStatusOnUsesHalfOpenPeriodsAndNoneOutside() {
    YoungPerson p = withHistory();
    assertThat(p.careStatusOn(d("2021-12-31"))).isEqualTo(CareStatus.NONE);
    assertThat(p.careStatusOn(d("2022-01-01"))).isEqualTo(CareStatus.EDGE_OF_CARE);
    assertThat(p.careStatusOn(d("2023-01-01"))).isEqualTo(CareStatus.LOOKED_AFTER);
    assertThat(p.careStatusOn(d("2024-06-01"))).isEqualTo(CareStatus.NONE);
    assertThat(p.careStatusOn(d("2035-01-01"))).isEqualTo(CareStatus.CARE_LEAVER);
  }

  @Test
  void overlappingCareStatusPeriodsAreRejected() {
    assertRule(
        () ->
            base()
                .addCareStatusPeriods(
                    CareStatusPeriod.of(CareStatus.EDGE_OF_CARE, d("2022-01-01"), d("2023-02-01")),
                    CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-01-01")))
                .build(),
        "careStatusPeriods",
        "care status periods edge_of_care 2022-01-01/2023-02-01 and looked_after 2023-01-01/.. overlap");
  }

  @Test
  void unsortedCareStatusPeriodsAreRejected() {
    assertRule(
        () ->
            base()
                .addCareStatusPeriods(
                    CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2023-01-01")),
                    CareStatusPeriod.of(CareStatus.EDGE_OF_CARE, d("2022-01-01"), d("2022-02-01")))
                .build(),
        "careStatusPeriods",
        "care status period edge_of_care 2022-01-01/2022-02-01 starts before the previous one"
            + " looked_after 2023-01-01/..; periods must be sorted by start");
  }

  @Test
  void periodsStartingTheSameDayAreSortedButOverlap() {
    // Same start passes the sort rule (>=) and fails on overlap.
    assertThatThrownBy(
            () ->
                base()
                    .addCareStatusPeriods(
                        CareStatusPeriod.of(CareStatus.EDGE_OF_CARE, d("2022-01-01"), d("2022-02-01")),
                        CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2022-01-01"), d("2022-03-01")))
                    .build())
        .hasMessageEndingWith("overlap");
  }

  @Test
  void blankLocalAuthorityIsRejected() {
    assertRule(() -> base(YP1, BORN, " ").build(), "localAuthority", "local authority is blank");
  }

  @Test
  void toStringShowsIdAndLocalAuthorityOnly() {
    YoungPerson p = withHistory();
    assertThat(p).hasToString("YoungPerson{id=YP-0001, localAuthority=E10000023}");
    assertThat(p.toString()).doesNotContain("2010").doesNotContain("03");
  }

  @Test
  void equalityNullsAndCareStatusPeriodValue() {
    new EqualsTester()
        .addEqualityGroup(withHistory(), withHistory())
        .addEqualityGroup(base().build())
        .addEqualityGroup(base(YP2, BORN, LA).build())
        .addEqualityGroup(base(YP1, YearMonth.of(2010, 4), LA).build())
        .addEqualityGroup(base().sex(Sex.MALE).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, d("2024-01-01"), d("2024-02-01")),
            CareStatusPeriod.of(CareStatus.LOOKED_AFTER, Fixtures.p("2024-01-01/2024-02-01")))
        .addEqualityGroup(CareStatusPeriod.open(CareStatus.LOOKED_AFTER, d("2024-01-01")))
        .testEquals();
    assertThat(CareStatusPeriod.open(CareStatus.CARE_LEAVER, d("2024-01-01")))
        .hasToString("care_leaver 2024-01-01/..");
    Fixtures.nullTester().testAllPublicStaticMethods(CareStatusPeriod.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(withHistory());
    assertThatThrownBy(() -> YoungPerson.builder().id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
