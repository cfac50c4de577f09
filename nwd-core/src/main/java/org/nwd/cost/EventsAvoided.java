package org.nwd.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.Interval;

/**
 * The events of one outcome measure avoided in benefit year 1, before additionality adjustments
 * ({@code A[o,1]}, methods.md §3.1), with how they were derived. Positive means fewer events (for
 * IN_EET: person-years of NEET avoided). The impact analysis produces these.
 *
 * <p>{@link #events()} carries low/high values for uncertainty analysis; {@link #derivation()} says
 * in words how the figure was obtained (no personal data).
 */
@Value.Immutable
public abstract class EventsAvoided {

  /** The outcome-measure code, e.g. {@code MISSING_INCIDENTS}. */
  public abstract String measureCode();

  public abstract Estimate events();

  public abstract EventsOrigin origin();

  /** How the figure was derived, e.g. "(r_pre - r_post) × PY_post = (2.1 - 0.9) × 38.5". */
  public abstract String derivation();

  @Value.Check
  void check() {
    DomainRuleException.require(!measureCode().isBlank(), "measureCode", "measure code is blank");
  }

  public static EventsAvoided of(
      String measureCode, Estimate events, EventsOrigin origin, String derivation) {
    return builder()
        .measureCode(measureCode)
        .events(events)
        .origin(origin)
        .derivation(derivation)
        .build();
  }

  /**
   * An explicit counterfactual: without the service, {@code people} young people would each have had
   * {@code quantityEach} events of the measure (in the measure's own unit, e.g. days), so
   * {@code events = people × quantityEach}.
   */
  public static EventsAvoided counterfactual(
      String measureCode, BigDecimal people, BigDecimal quantityEach, String statement) {
    DomainRuleException.require(
        people.signum() >= 0, "people", "counterfactual for %s has %s young people: must not be negative",
        measureCode, people.toPlainString());
    return of(
        measureCode,
        Estimate.of(people.multiply(quantityEach)),
        EventsOrigin.EXPLICIT_COUNTERFACTUAL,
        statement
            + " ("
            + people.toPlainString()
            + " young people × "
            + quantityEach.toPlainString()
            + " each)");
  }

  /**
   * The cost model's input from one measure of an impact analysis: difference-in-differences
   * ({@link EventsOrigin#DIFFERENCE_IN_DIFFERENCES}) when the measure was run against a comparison
   * cohort, otherwise before/after ({@link EventsOrigin#PRE_POST}). See {@link
   * #fromImpact(OutcomeMeasure, RateChange)} and {@link #fromImpact(OutcomeMeasure,
   * ComparisonChange)}.
   *
   * @throws DomainRuleException if the measure has no rates (an undefined result, or a score or
   *     status measure, which has no events to avoid)
   */
  public static EventsAvoided fromImpact(MeasureResult result) {
    if (result.comparison().isPresent()) {
      return fromImpact(result.measure(), result.comparison().get());
    }
    DomainRuleException.require(
        result.rates().isPresent(),
        "rates",
        "measure %s has no rates to cost (%s): events avoided need a count or days measure with"
            + " events before or after",
        result.measure().code(),
        result.undefinedReason().orElse("not a count or days measure"));
    return fromImpact(result.measure(), result.rates().get());
  }

  /**
   * Before/after events avoided ({@link EventsOrigin#PRE_POST}, Maryland SMS level 1): central
   * {@code (r_before - r_after) x PY_after}, the impact analysis' value. The range puts the after
   * rate's exact (Garwood) interval {@code [lower_after, upper_after]} in place of {@code r_after}:
   * {@code low = (r_before - upper_after) x PY_after}, {@code high = (r_before - lower_after) x
   * PY_after}. Since {@code lower_after <= r_after <= upper_after}, {@code low <= central <= high}.
   *
   * <p>No rounding: each value is {@code BigDecimal.valueOf} of the double the impact analysis
   * computed. The derivation shows the inputs to six significant digits (display only).
   */
  public static EventsAvoided fromImpact(OutcomeMeasure measure, RateChange change) {
    double before = change.before().rate();
    double after = change.after().rate();
    double py = change.after().personYears();
    Interval afterInterval = change.after().interval();
    double central = change.eventsAvoided().value();
    double low = (before - afterInterval.upper()) * py;
    double high = (before - afterInterval.lower()) * py;
    return of(
        measure.code(),
        Estimate.of(BigDecimal.valueOf(low), BigDecimal.valueOf(central), BigDecimal.valueOf(high)),
        EventsOrigin.PRE_POST,
        "(r_before - r_after) x PY_after = ("
            + num(before)
            + " - "
            + num(after)
            + ") x "
            + num(py)
            + " = "
            + num(central)
            + " "
            + change.unit()
            + "; low/high put the "
            + change.level()
            + " exact Poisson (Garwood) interval of r_after "
            + afterInterval
            + " in place of r_after: low = (r_before - upper_after) x PY_after = "
            + num(low)
            + ", high = (r_before - lower_after) x PY_after = "
            + num(high)
            + "; before/after only (Maryland SMS level 1), apply deadweight");
  }

  /**
   * Difference-in-differences events avoided ({@link EventsOrigin#DIFFERENCE_IN_DIFFERENCES},
   * Maryland SMS level 3): central {@code [(r_T,before - r_T,after) - (r_C,before - r_C,after)] x
   * PY_T,after}, the impact analysis' value; low/high the people-bootstrap interval of the DiD,
   * scaled by {@code PY_T,after} and negated. A percentile bootstrap interval need not contain the
   * point estimate: if it does not, the range is widened to the central value (and the derivation
   * says so) so that {@code low <= central <= high}.
   *
   * <p>No rounding: each value is {@code BigDecimal.valueOf} of the double the impact analysis
   * computed.
   */
  public static EventsAvoided fromImpact(OutcomeMeasure measure, ComparisonChange change) {
    org.nwd.impact.EventsAvoided impact = change.eventsAvoided();
    double central = impact.value();
    Interval interval = impact.interval().orElseThrow();
    boolean widened = !interval.contains(central);
    double low = Math.min(interval.lower(), central);
    double high = Math.max(interval.upper(), central);
    return of(
        measure.code(),
        Estimate.of(BigDecimal.valueOf(low), BigDecimal.valueOf(central), BigDecimal.valueOf(high)),
        EventsOrigin.DIFFERENCE_IN_DIFFERENCES,
        "[(r_T,before - r_T,after) - (r_C,before - r_C,after)] x PY_T,after = [("
            + num(impact.rateBefore())
            + " - "
            + num(impact.rateAfter())
            + ") - "
            + num(impact.comparisonReduction().orElseThrow())
            + "] x "
            + num(impact.personYearsAfter())
            + " = "
            + num(central)
            + " "
            + impact.unit()
            + "; low/high from the "
            + change.differenceInDifferences().level()
            + " people-bootstrap interval of the DiD x PY_T,after "
            + interval
            + (widened ? ", widened to include the central value" : "")
            + "; comparison group (Maryland SMS level 3), no deadweight");
  }

  /** Six significant digits, for the derivation text only. */
  private static String num(double v) {
    return BigDecimal.valueOf(v)
        .round(new MathContext(6, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventsAvoided}. */
  public static final class Builder extends ImmutableEventsAvoided.Builder {}
}
