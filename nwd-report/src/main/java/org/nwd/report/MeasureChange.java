package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.Suppression;
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

  /** How the rate ratio's interval was computed, in words, when it has one. */
  public abstract Optional<String> rateRatioMethod();

  /** Why that method was used, in words, when the rate ratio has an interval. */
  public abstract Optional<String> rateRatioMethodReason();

  /** The p-value of the rate ratio's test of no change (a ratio of 1), when computed. */
  public abstract OptionalDouble pValue();

  /**
   * That p-value adjusted by Holm's method across the analysis' headline tests, when the row comes
   * from an impact result whose headline test for the measure is this rate ratio.
   */
  public abstract OptionalDouble holmPValue();

  /** The young people measured, when known (shown in a column of its own). */
  public abstract OptionalLong people();

  /** True for a small cell: nothing but the marker is shown. */
  @Value.Default
  public boolean suppressed() {
    return false;
  }

  /**
   * Why the row is suppressed: {@link Suppression#PRIMARY} ({@code [c]}, the default for a suppressed
   * row) or {@link Suppression#SECONDARY} ({@code [d]}); {@link Suppression#NONE} when it is not.
   */
  @Value.Default
  public Suppression suppression() {
    return suppressed() ? Suppression.PRIMARY : Suppression.NONE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!measure().isBlank(), "measure", "measure name is blank");
    DomainRuleException.require(
        suppression().isSuppressed() == suppressed(),
        "suppression",
        "measure '%s' is %ssuppressed but its suppression is %s",
        measure(),
        suppressed() ? "" : "not ",
        suppression());
    people().ifPresent(n -> DomainRuleException.require(
        n >= 0, "people", "young people %s of measure '%s' is negative", n, measure()));
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
    return from(measure, Objects.requireNonNull(rateRatio, "rateRatio")).build();
  }

  private static Builder from(String measure, RateRatio rateRatio) {
    return builder()
        .measure(measure)
        .rateBefore(rateRatio.before().rate())
        .rateBeforeInterval(rateRatio.before().interval())
        .rateAfter(rateRatio.after().rate())
        .rateAfterInterval(rateRatio.after().interval())
        .rateRatio(rateRatio.estimate())
        .rateRatioInterval(rateRatio.interval())
        .rateRatioMethod(rateRatio.interval().isPresent()
            ? Optional.of(methodText(rateRatio)) : Optional.empty())
        .rateRatioMethodReason(rateRatio.interval().isPresent()
            ? Optional.of(rateRatio.methodReason()) : Optional.empty())
        .pValue(rateRatio.pValue());
  }

  /** The row for {@code rateRatio} with the young people measured. */
  static MeasureChange of(String measure, RateRatio rateRatio, long people) {
    return from(measure, rateRatio).people(people).build();
  }

  /** The interval method of {@code r} in words. */
  static String methodText(RateRatio r) {
    return r.method().text();
  }

  /** The row for an impact analysis' before/after rates of one measure. */
  public static MeasureChange of(String measure, RateChange change) {
    return of(measure, Objects.requireNonNull(change, "change").rateRatio());
  }

  /**
   * One row per measure of {@code result} whose rates were computed (count and days measures with
   * events before or after; undefined results and score or status measures have no rates), in the
   * analysis' measure order, named by the measure's name, with the young people measured. A row is
   * suppressed by {@link DisclosureControl#measure} under the analysis' own {@link
   * org.nwd.impact.ImpactAnalysis#suppressionThreshold() threshold}: when the young people measured,
   * or the events before or after, are a small count (1 to threshold - 1; zeros are published).
   */
  public static List<MeasureChange> fromImpact(ImpactResult result) {
    Objects.requireNonNull(result, "result");
    return fromImpact(result, DisclosureControl.of(result.analysis().suppressionThreshold()));
  }

  /** As {@link #fromImpact(ImpactResult)} under {@code control}. */
  public static List<MeasureChange> fromImpact(ImpactResult result, DisclosureControl control) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(control, "control");
    ImmutableList.Builder<MeasureChange> rows = ImmutableList.builder();
    for (MeasureResult m : result.measures()) {
      if (m.rates().isEmpty()) {
        continue;
      }
      rows.add(of(result, m, control.measure(m)));
    }
    return rows.build();
  }

  /**
   * The row of {@code m}'s rates in {@code result}, suppressed as {@code s}, with the Holm-adjusted
   * p-value when the rate ratio is the measure's headline test (no comparison group).
   */
  static MeasureChange of(ImpactResult result, MeasureResult m, Suppression s) {
    String name = m.measure().name();
    if (s.isSuppressed()) {
      return suppressed(name, s);
    }
    Builder row = from(name, m.rates().orElseThrow().rateRatio()).people(m.people());
    if (m.comparison().isEmpty()) {
      row.holmPValue(result.holmPValue(m.measure()));
    }
    return row.build();
  }

  /** A suppressed row: the measure name only. */
  public static MeasureChange suppressed(String measure) {
    return suppressed(measure, Suppression.PRIMARY);
  }

  /** A row suppressed as {@code suppression} (primary or secondary): the measure name only. */
  public static MeasureChange suppressed(String measure, Suppression suppression) {
    return builder().measure(measure).suppressed(true).suppression(suppression).build();
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
