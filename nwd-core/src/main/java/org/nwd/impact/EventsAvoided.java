package org.nwd.impact;

import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.Explanation;
import org.nwd.stats.Interval;

/**
 * Events avoided in the after window, the input to the cost model (methods.md section 3.1), labelled
 * with its design level.
 *
 * <pre>
 * before/after only:        A = (r_before - r_after) x PY_after
 * with a comparison group:  A = [(r_T,before - r_T,after) - (r_C,before - r_C,after)] x PY_T,after
 * </pre>
 *
 * <p>A positive value means fewer events than the counterfactual. Before/after only (Maryland SMS
 * level 1) assumes the "before" rate would have continued: it takes no account of regression to the
 * mean, so the cost model must apply a deadweight value. With a comparison group (level 3) the
 * interval is the difference-in-differences bootstrap interval scaled by {@code PY_T,after}.
 */
@Value.Immutable
public abstract class EventsAvoided {

  public abstract DesignLevel design();

  /** The treated cohort's rate before, per person-year. */
  public abstract double rateBefore();

  /** The treated cohort's rate after, per person-year. */
  public abstract double rateAfter();

  /** Person-years at risk after, treated cohort. */
  public abstract double personYearsAfter();

  /** The comparison group's change {@code r_C,before - r_C,after}; present with a comparison group. */
  public abstract Optional<Double> comparisonReduction();

  /** The interval (comparison group only). */
  public abstract Optional<Interval> interval();

  /** The unit counted, e.g. "incidents" or "days". */
  public abstract String unit();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableEventsAvoided.Builder {}

  /** The events avoided. */
  @Value.Lazy
  public double value() {
    return (rateBefore() - rateAfter() - comparisonReduction().orElse(0.0)) * personYearsAfter();
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("events avoided (" + unit() + "), " + design().text())
            .value(Tables.num(value()) + interval().map(i -> " CI " + Tables.interval(i)).orElse(""))
            .formula(
                comparisonReduction().isPresent()
                    ? "A = [(r_T,before - r_T,after) - (r_C,before - r_C,after)] x PY_T,after"
                    : "A = (r_before - r_after) x PY_after; counterfactual: the before rate"
                        + " continues (apply deadweight)")
            .putInputs("r_before", Tables.num(rateBefore()))
            .putInputs("r_after", Tables.num(rateAfter()))
            .putInputs("PY_after", Tables.num(personYearsAfter()));
    comparisonReduction()
        .ifPresent(c -> out.putInputs("r_C,before - r_C,after", Tables.num(c)));
    return out.build();
  }

  @Override
  public String toString() {
    return explanation().label() + " = " + explanation().value();
  }
}
