package org.nwd.ssda903;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.DatePeriod;
import org.nwd.quality.DataIssue;

/**
 * An SSDA903 collection year, 1 April to 31 March, named as in the DfE's publications ({@code
 * 2024-25}). The year is held by the calendar year in which it ends (the validator's {@code Y}:
 * collection start 01/04/(Y-1), end 31/03/Y).
 *
 * <p>{@link #toString()} prints {@code 2024-25}; {@link #parse(String)} reads that, {@code 2024/25}
 * and the end year alone ({@code 2025}).
 */
@Value.Immutable
public abstract class CollectionYear implements Comparable<CollectionYear> {
  private static final Pattern TWO_PART = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");
  private static final Pattern END_YEAR = Pattern.compile("\\d{4}");

  /** The calendar year in which the collection year ends, e.g. 2025 for 2024-25. */
  @Value.Parameter
  public abstract int endYear();

  @Value.Check
  void check() {
    DomainRuleException.require(
        endYear() >= 1990 && endYear() <= 2100,
        "endYear",
        "collection year ending %s is outside 1990-2100",
        endYear());
  }

  /** The collection year ending on 31 March of {@code endYear}. */
  public static CollectionYear of(int endYear) {
    return ImmutableCollectionYear.of(endYear);
  }

  /** Reads {@code 2024-25}, {@code 2024/25}, {@code 2024-2025} or {@code 2025}. */
  public static CollectionYear parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    Matcher two = TWO_PART.matcher(t);
    if (two.matches()) {
      int start = Integer.parseInt(two.group(1));
      int end = Integer.parseInt(two.group(2));
      int expected = two.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
      DomainRuleException.require(
          end == expected,
          "text",
          "collection year \"%s\" does not name two consecutive years",
          DataIssue.shown(t));
      return of(start + 1);
    }
    DomainRuleException.require(
        END_YEAR.matcher(t).matches(),
        "text",
        "collection year \"%s\" is not like 2024-25 (or the end year 2025)",
        DataIssue.shown(t));
    return of(Integer.parseInt(t));
  }

  /** The first day, 1 April of the year before {@link #endYear()}. */
  public LocalDate start() {
    return LocalDate.of(endYear() - 1, 4, 1);
  }

  /** The last day, 31 March of {@link #endYear()}. */
  public LocalDate end() {
    return LocalDate.of(endYear(), 3, 31);
  }

  /** The year as a half-open period, {@code [1 April, next 1 April)}. */
  public DatePeriod period() {
    return DatePeriod.of(start(), end().plusDays(1));
  }

  /** True when {@code date} falls in this collection year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The collection year after this one. */
  public CollectionYear next() {
    return of(endYear() + 1);
  }

  @Override
  public int compareTo(CollectionYear other) {
    return Integer.compare(endYear(), other.endYear());
  }

  /** E.g. {@code 2024-25}. */
  @Override
  public String toString() {
    return (endYear() - 1) + "-" + String.format("%02d", endYear() % 100);
  }
}
