package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
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

  /** How the rate ratio's interval was computed, in words (e.g. "cluster-robust, young people as clusters"). */
  public abstract Optional<String> rateRatioMethod();

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

  /**
   * The row for {@code rateRatio}: both rates with their exact intervals, the ratio with its interval
   * and the name of the interval's method.
   */
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
        .rateRatioMethod(
            rateRatio.interval().isPresent() ? Optional.of(rateRatio.method().text()) : Optional.empty())
        .build();
  }

  /** The row for an impact analysis' before/after rates of one measure. */
  public static MeasureChange of(String measure, RateChange change) {
    return of(measure, Objects.requireNonNull(change, "change").rateRatio());
  }

  /**
   * One row per measure of {@code result} whose rates were computed (count and days measures with
   * events before or after; undefined results and score or status measures have no rates), in the
   * analysis' measure order, named by the measure's name. A row is {@link #suppressed()} under the
   * analysis' own {@link org.nwd.impact.ImpactAnalysis#suppressionThreshold() threshold}, as the
   * impact breakdowns print a group's rates: when fewer young people than the threshold were
   * measured, or the events before or after are a small cell (1 to threshold - 1; zeros are
   * published).
   */
  public static List<MeasureChange> fromImpact(ImpactResult result) {
    Objects.requireNonNull(result, "result");
    int threshold = result.analysis().suppressionThreshold();
    ImmutableList.Builder<MeasureChange> rows = ImmutableList.builder();
    for (MeasureResult m : result.measures()) {
      if (m.rates().isEmpty()) {
        continue;
      }
      RateChange r = m.rates().get();
      String name = m.measure().name();
      boolean small =
          m.people() < threshold
              || isSmallCell(r.eventsBefore(), threshold)
              || isSmallCell(r.eventsAfter(), threshold);
      rows.add(small ? suppressed(name) : of(name, r));
    }
    return rows.build();
  }

  private static boolean isSmallCell(long count, int threshold) {
    return count > 0 && count < threshold;
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
