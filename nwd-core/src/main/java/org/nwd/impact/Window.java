package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.DatePeriod;

/**
 * One young person's window before or after the index date, already clipped to the data coverage and
 * the birth month, with the days not at risk inside it (for example custody). Days at risk are the
 * window's days minus the days not at risk.
 */
@Value.Immutable
public abstract class Window {

  /** The clipped window, half-open and closed (it has an end). */
  public abstract DatePeriod period();

  /** Periods inside the window when the young person was not at risk: sorted, disjoint, clipped. */
  public abstract ImmutableList<DatePeriod> notAtRisk();

  @Value.Check
  void check() {
    DomainRuleException.require(
        !period().isOpen(), "period", "window %s must have an end", period());
    DatePeriod previous = null;
    for (DatePeriod p : notAtRisk()) {
      DomainRuleException.require(
          !p.isOpen()
              && !p.start().isBefore(start())
              && !p.end().get().isAfter(end())
              && (previous == null || !p.start().isBefore(previous.end().get())),
          "notAtRisk",
          "period not at risk %s must be closed, inside window %s, sorted and disjoint",
          p,
          period());
      previous = p;
    }
  }

  /**
   * The window {@code period} with {@code notAtRisk} periods (any order, may overlap or run past the
   * window) clipped to it and merged.
   */
  public static Window of(DatePeriod period, List<DatePeriod> notAtRisk) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(notAtRisk, "notAtRisk");
    LocalDate end = period.end().orElseThrow(() -> windowWithoutEnd(period));
    return Span.clip(period.start().toEpochDay(), end.toEpochDay(), notAtRisk).toWindow();
  }

  private static DomainRuleException windowWithoutEnd(DatePeriod period) {
    return new DomainRuleException("period", "window " + period + " must have an end");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Window}. */
  public static final class Builder extends ImmutableWindow.Builder {}

  /** The first day of the window. */
  public LocalDate start() {
    return period().start();
  }

  /** The day after the last day of the window (exclusive). */
  public LocalDate end() {
    return period().end().orElseThrow();
  }

  /** Days in the window. */
  public long days() {
    return ChronoUnit.DAYS.between(start(), end());
  }

  /** Days in the window at risk: {@link #days()} minus the days not at risk. */
  public long daysAtRisk() {
    return span().daysAtRisk;
  }

  /** True when {@code date} is in the window and not in a period not at risk. */
  public boolean isAtRisk(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return span().isAtRisk(date.toEpochDay());
  }

  /** The days of {@code other} (open periods run on) that fall in the window and are at risk. */
  public long daysAtRiskIn(DatePeriod other) {
    Objects.requireNonNull(other, "other");
    return span().daysAtRiskIn(other.start().toEpochDay(), Span.endDay(other));
  }

  /** The window in epoch days, for the derivations. */
  @Value.Lazy
  Span span() {
    return Span.of(this);
  }

  @Override
  public String toString() {
    return period() + " (" + daysAtRisk() + " of " + days() + " days at risk)";
  }
}
