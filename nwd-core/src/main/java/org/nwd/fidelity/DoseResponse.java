package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;

/**
 * Dose-response of one outcome on fidelity: the least-squares slope of each young person's change in
 * the outcome (after minus before) on their fidelity score (0 to 1), so the slope is the difference in
 * change between a score of 0 and a score of 1 on a straight line.
 *
 * <p>Interval: the slope plus or minus {@code t(n - 2)} times its heteroskedasticity-consistent
 * standard error HC3 (MacKinnon and White 1985), one observation per young person: {@code var =
 * sum((x_i - xbar)^2 e_i^2 / (1 - h_i)^2) / Sxx^2}, {@code h_i = 1/n + (x_i - xbar)^2 / Sxx}. As
 * statsmodels' {@code OLS(y, X).fit(cov_type="HC3", use_t=True)}. Changes per young person are
 * skewed and their variance differs between people (rates over short windows), which HC3 allows for.
 *
 * <p><b>Associational, not causal.</b> Fidelity is not assigned at random: young people who get a
 * faithful service may differ in need, and fidelity itself may follow how a young person is doing.
 * The slope describes the cohort; it is not the effect of raising fidelity.
 */
@Value.Immutable
public abstract class DoseResponse {

  public abstract OutcomeMeasure measure();

  /** Each young person's fidelity score, 0 to 1. */
  public abstract ImmutableList<Double> scores();

  /** Each young person's change (after minus before), in the order of {@link #scores()}. */
  public abstract ImmutableList<Double> changes();

  /** What a change is, e.g. "change in incidents per person-year (after minus before)". */
  public abstract String changeUnit();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        scores().size() == changes().size(),
        "changes",
        "%s changes for %s scores",
        changes().size(),
        scores().size());
    for (double s : scores()) {
      DomainRuleException.require(
          s >= 0 && s <= 1, "scores", "fidelity score %s must be from 0 to 1", s);
    }
    for (double c : changes()) {
      DomainRuleException.require(Double.isFinite(c), "changes", "change %s is not finite", c);
    }
    DomainRuleException.require(
        !changeUnit().isBlank(), "changeUnit", "the unit of the change is blank");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DoseResponse}; the level defaults to 95%. */
  public static final class Builder extends ImmutableDoseResponse.Builder {}

  /** The number of young people. */
  public int n() {
    return scores().size();
  }

  /** The sums the fit needs, worked out once. */
  @Value.Lazy
  Fit fit() {
    return new Fit(scores(), changes());
  }

  /** The least-squares sums, from centred values. */
  static final class Fit {
    final int n;
    final double meanX;
    final double meanY;
    final double sxx;
    final double sxy;
    final double[] x;
    final double[] y;

    Fit(ImmutableList<Double> xs, ImmutableList<Double> ys) {
      n = xs.size();
      x = xs.stream().mapToDouble(Double::doubleValue).toArray();
      y = ys.stream().mapToDouble(Double::doubleValue).toArray();
      double sx = 0;
      double sy = 0;
      for (int i = 0; i < n; i++) {
        sx += x[i];
        sy += y[i];
      }
      meanX = n == 0 ? 0 : sx / n;
      meanY = n == 0 ? 0 : sy / n;
      double a = 0;
      double b = 0;
      for (int i = 0; i < n; i++) {
        double dx = x[i] - meanX;
        a += dx * dx;
        b += dx * y[i]; // sum of dx is 0, so centring y changes nothing
      }
      sxx = a;
      sxy = b;
    }
  }

  /** Why there is no slope: fewer than 3 young people, or everyone has the same score. */
  public Optional<String> undefinedReason() {
    if (n() < 3) {
      return Optional.of("fewer than 3 young people with a score and a change (" + n() + ")");
    }
    return fit().sxx == 0
        ? Optional.of("every young person has the same fidelity score")
        : Optional.empty();
  }

  /** The slope: change per unit of score (score 0 to score 1); empty when undefined. */
  public OptionalDouble slope() {
    return undefinedReason().isPresent()
        ? OptionalDouble.empty()
        : OptionalDouble.of(fit().sxy / fit().sxx);
  }

  /** The fitted change at score 0. */
  public OptionalDouble intercept() {
    OptionalDouble b = slope();
    return b.isPresent()
        ? OptionalDouble.of(fit().meanY - b.getAsDouble() * fit().meanX)
        : OptionalDouble.empty();
  }

  /**
   * The HC3 standard error of the slope; empty when there is no slope, or when a young person's
   * leverage is 1 (the only young person whose score differs from all the others), where HC3 is
   * not defined.
   */
  @Value.Lazy
  public OptionalDouble standardError() {
    OptionalDouble b = slope();
    if (b.isEmpty()) {
      return OptionalDouble.empty();
    }
    Fit f = fit();
    double a = f.meanY - b.getAsDouble() * f.meanX;
    double sum = 0;
    for (int i = 0; i < f.n; i++) {
      double dx = f.x[i] - f.meanX;
      double h = 1.0 / f.n + dx * dx / f.sxx;
      if (h >= 1 - 1e-10) {
        return OptionalDouble.empty();
      }
      double e = f.y[i] - a - b.getAsDouble() * f.x[i];
      double w = e / (1 - h);
      sum += dx * dx * w * w;
    }
    return OptionalDouble.of(Math.sqrt(sum) / f.sxx);
  }

  /** The slope's interval, {@code slope +- t(n - 2) x HC3 SE}; empty without a standard error. */
  public Optional<Interval> interval() {
    OptionalDouble se = standardError();
    if (se.isEmpty()) {
      return Optional.empty();
    }
    double t =
        TDistribution.of(n() - 2.0).inverseCumulativeProbability(1 - level().alpha() / 2);
    double b = slope().getAsDouble();
    return Optional.of(Interval.of(b - t * se.getAsDouble(), b + t * se.getAsDouble()));
  }

  /** The method, with the caveat that the slope is an association. */
  public String method() {
    return "least-squares slope of per-person change on fidelity score, HC3 interval with t(n - 2);"
        + " associational, not causal";
  }

  /** How to read the sign for this measure. */
  String reading() {
    boolean higherBetter = measure().direction() == ImprovementDirection.HIGHER_IS_BETTER;
    return "a "
        + (higherBetter ? "positive" : "negative")
        + " slope means young people with higher fidelity scores improved more ("
        + measure().code()
        + (higherBetter ? ": higher is better)" : ": lower is better)");
  }

  /** The slope, its interval, the inputs and the caveat. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("dose-response of " + measure().code() + " on fidelity score")
            .value(
                slope().isPresent()
                    ? Text.num(slope().getAsDouble())
                        + interval().map(i -> " " + level() + " CI [" + Text.num(i.lower()) + ", "
                            + Text.num(i.upper()) + "]").orElse(" (no interval: a leverage of 1)")
                    : "undefined: " + undefinedReason().get())
            .formula(
                "slope = sum((x - xbar)(y - ybar)) / sum((x - xbar)^2), x = fidelity score, y = "
                    + changeUnit() + "; " + method()
                    + ". ASSOCIATION ONLY: fidelity is not assigned at random, so this is not the"
                    + " effect of fidelity")
            .putInputs("young people", Integer.toString(n()))
            .putInputs("mean score", Text.num(fit().meanX))
            .putInputs("mean change", Text.num(fit().meanY))
            .putInputs("reading", reading());
    standardError().ifPresent(se -> out.putInputs("HC3 standard error", Text.num(se)));
    return out.build();
  }

  @Override
  public String toString() {
    return "DoseResponse{" + explanation().value() + "}";
  }
}
