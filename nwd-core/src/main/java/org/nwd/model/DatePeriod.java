package org.nwd.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A half-open period of days: {@code start} is inclusive and {@code end}, when present, is the date the
 * period ended (exclusive). An absent end means the period is ongoing.
 *
 * <p>Consecutive periods may share a boundary date without overlapping: {@code 2024-01-01/2024-02-01}
 * and {@code 2024-02-01/..} do not overlap. {@link #toString()} prints {@code 2024-01-01/2024-03-01} or
 * {@code 2024-01-01/..}; {@link #parse(String)} reverses it.
 */
@Value.Immutable
public abstract class DatePeriod {
  private static final String OPEN = "..";

  /** The first day of the period. */
  public abstract LocalDate start();

  /** The date the period ended (exclusive); empty while it is ongoing. */
  public abstract Optional<LocalDate> end();

  @Value.Check
  void check() {
    end()
        .ifPresent(
            e ->
                DomainRuleException.require(
                    !e.isBefore(start()), "end", "period ends %s before it starts %s", e, start()));
  }

  /** A closed period from {@code start} to {@code end} (exclusive). */
  public static DatePeriod of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /** An ongoing period from {@code start}. */
  public static DatePeriod open(LocalDate start) {
    return builder().start(start).build();
  }

  /** Reverses {@link #toString()}: {@code start/end} or {@code start/..}, dates in ISO-8601. */
  public static DatePeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    DomainRuleException.require(
        slash > 0, "text", "period \"%s\" is not start/end or start/..", SafeText.bounded(text));
    try {
      LocalDate start = LocalDate.parse(text.substring(0, slash));
      String end = text.substring(slash + 1);
      return OPEN.equals(end) ? open(start) : of(start, LocalDate.parse(end));
    } catch (DateTimeParseException e) {
      throw new DomainRuleException(
          "text", "period \"" + SafeText.bounded(text) + "\" is not start/end or start/..");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DatePeriod}. */
  public static final class Builder extends ImmutableDatePeriod.Builder {}

  /** True while the period has no end. */
  public boolean isOpen() {
    return end().isEmpty();
  }

  /** True when {@code date} is on or after the start and before the end. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> end = end();
    return !date.isBefore(start()) && (end.isEmpty() || date.isBefore(end.get()));
  }

  /** True when the two periods share at least one day. */
  public boolean overlaps(DatePeriod other) {
    Objects.requireNonNull(other, "other");
    return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
  }

  private static boolean startsBeforeEndOf(DatePeriod a, DatePeriod b) {
    Optional<LocalDate> end = b.end();
    return end.isEmpty() || a.start().isBefore(end.get());
  }

  /**
   * Days from the start to the end, or to {@code asOf} while the period is open. A closed period
   * ignores {@code asOf}.
   *
   * @throws DomainRuleException when the period is open and {@code asOf} is before its start
   */
  public long lengthInDays(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate until = end().orElse(asOf);
    DomainRuleException.require(
        !until.isBefore(start()), "asOf", "as-of date %s is before period start %s", asOf, start());
    return ChronoUnit.DAYS.between(start(), until);
  }

  @Override
  public String toString() {
    return start() + "/" + end().map(LocalDate::toString).orElse(OPEN);
  }
}
