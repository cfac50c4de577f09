package org.nwd.cost;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A UK financial year (1 April to 31 March) used as a price base, e.g. 2015/16.
 *
 * <p>The text form is {@code YYYY/YY} (for example {@code 2015/16}); {@link #parse} also accepts the
 * four-digit end form {@code 1999/2000}. Calendar years and dates such as "May 2019" are not financial
 * years: map them explicitly with a {@link PriceYearMapping}.
 */
public final class PriceYear implements Comparable<PriceYear> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");

  private final int startYear;

  private PriceYear(int startYear) {
    this.startYear = startYear;
  }

  /** The financial year starting in April of {@code startYear}; e.g. {@code of(2015)} is 2015/16. */
  public static PriceYear of(int startYear) {
    DomainRuleException.require(
        startYear >= 1900 && startYear <= 2999,
        "startYear",
        "financial year starting %s is outside 1900-2999",
        startYear);
    return new PriceYear(startYear);
  }

  /** Parses {@code 2015/16} or {@code 1999/2000}; the end must be the year after the start. */
  public static PriceYear parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.trim());
    DomainRuleException.require(
        m.matches(),
        "priceYear",
        "'%s' is not a financial year like 2015/16",
        SafeText.bounded(text));
    int start = Integer.parseInt(m.group(1));
    String end = m.group(2);
    int expectedEnd = end.length() == 2 ? (start + 1) % 100 : start + 1;
    DomainRuleException.require(
        Integer.parseInt(end) == expectedEnd,
        "priceYear",
        "'%s' is not a financial year: the end must be the year after the start",
        SafeText.bounded(text));
    return of(start);
  }

  /** True if {@code text} is a financial year {@link #parse} accepts. */
  public static boolean isFinancialYear(String text) {
    try {
      parse(text);
      return true;
    } catch (DomainRuleException e) {
      return false;
    }
  }

  /**
   * The financial year containing {@code month}: April to December of year Y are in Y/Y+1, January
   * to March in Y-1/Y.
   */
  public static PriceYear containing(java.time.YearMonth month) {
    Objects.requireNonNull(month, "month");
    return of(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
  }

  /** The calendar year in which the financial year starts (April). */
  public int startYear() {
    return startYear;
  }

  /** The financial year {@code years} later (earlier if negative). */
  public PriceYear plusYears(int years) {
    return of(startYear + years);
  }

  @Override
  public int compareTo(PriceYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceYear && ((PriceYear) o).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** {@code YYYY/YY}, e.g. {@code 2015/16} or {@code 1999/00}. */
  @Override
  public String toString() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }
}
