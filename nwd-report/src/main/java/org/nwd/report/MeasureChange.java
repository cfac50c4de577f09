package org.nwd.report;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;

/**
 * One row of the before/after rates chart: a measure's rate per person-year before and after, with
 * intervals, and the rate ratio with its interval. A row flagged {@link #suppressed()} (a small cell)
 * is drawn and tabled as the marker {@code [c]}; whatever numbers it carries are never printed.
 *
 * <p>The input is deliberately neutral so that any analysis (for example the impact results) maps
 * onto it in a line or two; {@link #of(String, RateRatio)} maps a {@link RateRatio}.
 */
@Value.Immutable
public abstract class MeasureChange {

  /** The measure as readers know it, e.g. "missing incidents". */
  public abstract String measure();

  /** Events per person-year before. */
  public abstract OptionalDouble rateBefore();

  public abstract Optional<Interval> rateBeforeInterval();

  /** Events per person-year after. */
  public abstract OptionalDouble rateAfter();

  public abstract Optional<Interval> rateAfterInterval();

  /** After over before; may be {@code +Infinity} (no events before) or absent (undefined). */
  public abstract OptionalDouble rateRatio();

  public abstract Optional<Interval> rateRatioInterval();

  /** True for a small cell: nothing but the marker is shown. */
  @Value.Default
  public boolean suppressed() {
    return false;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!measure().isBlank(), "measure", "measure name is blank");
    if (suppressed()) {
      return;
    }
    DomainRuleException.require(
        rateBefore().isPresent() && rateAfter().isPresent(),
        "rateBefore",
        "measure '%s' is not suppressed, so it needs a rate before and a rate after",
        measure());
    requireRate(rateBefore().getAsDouble(), "rateBefore");
    requireRate(rateAfter().getAsDouble(), "rateAfter");
  }

  private void requireRate(double rate, String field) {
    DomainRuleException.require(
        Double.isFinite(rate) && rate >= 0,
        field,
        "%s %s of measure '%s' must be finite and at least 0",
        field,
        rate,
        measure());
  }

  /** The row for {@code rateRatio}: both rates with their exact intervals and the ratio. */
  public static MeasureChange of(String measure, RateRatio rateRatio) {
    Objects.requireNonNull(rateRatio, "rateRatio");
    return builder()
        .measure(measure)
        .rateBefore(rateRatio.before().rate())
        .rateBeforeInterval(rateRatio.before().interval())
        .rateAfter(rateRatio.after().rate())
        .rateAfterInterval(rateRatio.after().interval())
        .rateRatio(rateRatio.estimate())
        .rateRatioInterval(rateRatio.interval())
        .build();
  }

  /** A suppressed row: the measure name only. */
  public static MeasureChange suppressed(String measure) {
    return builder().measure(measure).suppressed(true).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureChange}. */
  public static final class Builder extends ImmutableMeasureChange.Builder {}

  /** The measure name only: a suppressed row's numbers must not reach logs either. */
  @Override
  public String toString() {
    return "MeasureChange{" + measure() + (suppressed() ? ", suppressed}" : "}");
  }
}
