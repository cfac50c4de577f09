package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written date and month parsers accept exactly what the former regex plus {@code
 * LocalDate.parse} / {@code YearMonth.parse} accepted, with the same value: the JDK is the oracle.
 */
class DateParsingTest {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  static LocalDate oracleDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static YearMonth oracleMonth(String text) {
    if (!MONTH.matcher(text).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void examples() {
    assertThat(In.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(In.parseDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(In.parseDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(In.parseDate("2023-02-29")).isNull(); // not a leap year
    assertThat(In.parseDate("2024-02-30")).isNull();
    assertThat(In.parseDate("2024-13-01")).isNull();
    assertThat(In.parseDate("2024-00-10")).isNull();
    assertThat(In.parseDate("2024-01-00")).isNull();
    assertThat(In.parseDate("2024-1-01")).isNull();
    assertThat(In.parseDate("2024/01/01")).isNull();
    assertThat(In.parseDate("2024-01-01 ")).isNull();
    assertThat(In.parseDate("+2024-01-1")).isNull();
    assertThat(In.parseDate("２０２４-01-01")).isNull(); // full-width digits: not ASCII
    assertThat(In.parseDate("")).isNull();
    assertThat(In.parseMonth("2010-03")).isEqualTo(YearMonth.of(2010, 3));
    assertThat(In.parseMonth("2010-13")).isNull();
    assertThat(In.parseMonth("2010-00")).isNull();
    assertThat(In.parseMonth("2010-3")).isNull();
    assertThat(In.parseMonth("201O-03")).isNull();
    assertThat(In.parseMonth("2010-03-01")).isNull();
  }

  @Property(tries = 2000)
  void datesAgreeWithTheJdk(@ForAll("dateLike") String text) {
    assertThat(In.parseDate(text)).isEqualTo(oracleDate(text));
  }

  @Property(tries = 1000)
  void monthsAgreeWithTheJdk(@ForAll("monthLike") String text) {
    assertThat(In.parseMonth(text)).isEqualTo(oracleMonth(text));
  }

  /** Mostly well-shaped strings with digits, some separators and characters out of place. */
  private static Arbitrary<Character> chars() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.chars().range('0', '9')),
        net.jqwik.api.Tuple.of(2, Arbitraries.of('-', '/', ' ', '+', 'O', '\u0661', '\uff10')));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> noisy = chars().list().ofMinSize(8).ofMaxSize(11).map(DateParsingTest::join);
    return Arbitraries.oneOf(shaped, noisy);
  }

  @Provide
  Arbitrary<String> monthLike() {
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 14))
            .as((y, m) -> String.format("%04d-%02d", y, m));
    Arbitrary<String> noisy = chars().list().ofMinSize(6).ofMaxSize(8).map(DateParsingTest::join);
    return Arbitraries.oneOf(shaped, noisy);
  }

  private static String join(java.util.List<Character> cs) {
    StringBuilder s = new StringBuilder();
    cs.forEach(s::append);
    return s.toString();
  }
}
