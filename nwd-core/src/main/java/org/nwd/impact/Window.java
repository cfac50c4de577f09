package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
    LocalDate start = period.start();
    LocalDate end = period.end().orElseThrow(() -> windowWithoutEnd(period));
    List<LocalDate[]> clipped = new ArrayList<>();
    for (DatePeriod p : notAtRisk) {
      LocalDate s = p.start().isAfter(start) ? p.start() : start;
      LocalDate e = p.end().filter(x -> x.isBefore(end)).orElse(end);
      if (s.isBefore(e)) {
        clipped.add(new LocalDate[] {s, e});
      }
    }
    clipped.sort(Comparator.comparing((LocalDate[] a) -> a[0]));
    ImmutableList.Builder<DatePeriod> merged = ImmutableList.builder();
    LocalDate[] current = null;
    for (LocalDate[] c : clipped) {
      if (current != null && !c[0].isAfter(current[1])) {
        current[1] = c[1].isAfter(current[1]) ? c[1] : current[1];
      } else {
        if (current != null) {
          merged.add(DatePeriod.of(current[0], current[1]));
        }
        current = c;
      }
    }
    if (current != null) {
      merged.add(DatePeriod.of(current[0], current[1]));
    }
    return builder().period(period).addAllNotAtRisk(merged.build()).build();
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
  @Value.Lazy
  public long daysAtRisk() {
    long out = days();
    for (DatePeriod p : notAtRisk()) {
      out -= ChronoUnit.DAYS.between(p.start(), p.end().orElseThrow());
    }
    return out;
  }

  /** True when {@code date} is in the window and not in a period not at risk. */
  public boolean isAtRisk(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!period().contains(date)) {
      return false;
    }
    for (DatePeriod p : notAtRisk()) {
      if (p.contains(date)) {
        return false;
      }
    }
    return true;
  }

  /** The days of {@code other} (open periods run on) that fall in the window and are at risk. */
  public long daysAtRiskIn(DatePeriod other) {
    Objects.requireNonNull(other, "other");
    long out = overlap(other.start(), other.end().orElse(LocalDate.MAX), start(), end());
    for (DatePeriod p : notAtRisk()) {
      out -=
          overlap(
              other.start(), other.end().orElse(LocalDate.MAX), p.start(), p.end().orElseThrow());
    }
    return out;
  }

  private static long overlap(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    LocalDate s = s1.isAfter(s2) ? s1 : s2;
    LocalDate e = e1.isBefore(e2) ? e1 : e2;
    return s.isBefore(e) ? ChronoUnit.DAYS.between(s, e) : 0;
  }

  @Override
  public String toString() {
    return period() + " (" + daysAtRisk() + " of " + days() + " days at risk)";
  }
}
