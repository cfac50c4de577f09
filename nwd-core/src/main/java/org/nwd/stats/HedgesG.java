package org.nwd.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * Hedges' g, the bias-corrected standardised mean difference of group 1 minus group 2 (for a
 * before/after comparison: group 1 = after, group 2 = before), with a normal interval {@code g +-
 * z sqrt(Var(g))}.
 *
 * <pre>
 * s_p = sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2))
 * d   = (M1 - M2) / s_p
 * J   = 1 - 3 / (4 (n1 + n2) - 9)
 * g   = J d
 * </pre>
 *
 * <p>The variance formula is chosen by {@link Variance} and recorded with the result. Undefined when
 * {@code s_p = 0}. Note: for paired data this standardises by the pooled before/after SD and the
 * variance formulas treat the groups as independent, which ignores the correlation within people.
 */
@Value.Immutable
public abstract class HedgesG {

  /** Which variance of g (methods.md section 5.2 lists both). */
  public enum Variance {
    /**
     * {@code Var(g) = J^2 Var(d)}, {@code Var(d) = (n1 + n2)/(n1 n2) + d^2 / (2 (n1 + n2))}
     * (Borenstein et al. 2009; r-heller). The default.
     */
    J_SQUARED_VAR_D,
    /** {@code Var(g) ~ (n1 + n2)/(n1 n2) + g^2 / (2 (n1 + n2 - 2))} (codingace). */
    APPROXIMATE_G
  }

  public abstract double mean1();

  public abstract double sd1();

  public abstract int n1();

  public abstract double mean2();

  public abstract double sd2();

  public abstract int n2();

  @Value.Default
  public Variance variance() {
    return Variance.J_SQUARED_VAR_D;
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        n1() >= 1 && n2() >= 1 && n1() + n2() >= 3,
        "n1",
        "group sizes %s and %s must be at least 1 each and 3 together",
        n1(),
        n2());
    DomainRuleException.require(
        Double.isFinite(mean1()) && Double.isFinite(mean2()),
        "mean1",
        "means %s and %s must be finite",
        mean1(),
        mean2());
    DomainRuleException.require(
        Double.isFinite(sd1()) && sd1() >= 0 && Double.isFinite(sd2()) && sd2() >= 0,
        "sd1",
        "standard deviations %s and %s must be finite and at least 0",
        sd1(),
        sd2());
  }

  /** Group 1 minus group 2 from summary statistics. */
  public static HedgesG of(
      double mean1,
      double sd1,
      int n1,
      double mean2,
      double sd2,
      int n2,
      Variance variance,
      ConfidenceLevel level) {
    return builder()
        .mean1(mean1)
        .sd1(sd1)
        .n1(n1)
        .mean2(mean2)
        .sd2(sd2)
        .n2(n2)
        .variance(variance)
        .level(level)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HedgesG}; variance defaults to {@link Variance#J_SQUARED_VAR_D}, level 95%. */
  public static final class Builder extends ImmutableHedgesG.Builder {}

  /** The pooled standard deviation {@code s_p}. */
  @Value.Lazy
  public double pooledSd() {
    return Math.sqrt(
        ((n1() - 1) * sd1() * sd1() + (n2() - 1) * sd2() * sd2()) / (n1() + n2() - 2));
  }

  /** The small-sample correction {@code J = 1 - 3 / (4 (n1 + n2) - 9)}. */
  public double j() {
    return 1 - 3.0 / (4.0 * (n1() + n2()) - 9);
  }

  /** Cohen's d; empty when {@code s_p = 0}. */
  @Value.Lazy
  public OptionalDouble d() {
    return pooledSd() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((mean1() - mean2()) / pooledSd());
  }

  /** Hedges' g; empty when {@code s_p = 0}. */
  @Value.Lazy
  public OptionalDouble g() {
    return d().isPresent() ? OptionalDouble.of(j() * d().getAsDouble()) : OptionalDouble.empty();
  }

  /** {@code Var(g)} by {@link #variance()}; empty when g is. */
  @Value.Lazy
  public OptionalDouble varianceOfG() {
    if (g().isEmpty()) {
      return OptionalDouble.empty();
    }
    double n1 = n1();
    double n2 = n2();
    double base = (n1 + n2) / (n1 * n2);
    double g = g().getAsDouble();
    double d = d().getAsDouble();
    return OptionalDouble.of(
        variance() == Variance.APPROXIMATE_G
            ? base + g * g / (2 * (n1 + n2 - 2))
            : j() * j() * (base + d * d / (2 * (n1 + n2))));
  }

  /** {@code g +- z sqrt(Var(g))}; empty when g is. */
  @Value.Lazy
  public Optional<Interval> interval() {
    if (g().isEmpty()) {
      return Optional.empty();
    }
    double half = level().z() * Math.sqrt(varianceOfG().getAsDouble());
    return Optional.of(Interval.of(g().getAsDouble() - half, g().getAsDouble() + half));
  }

  public String method() {
    return "Hedges' g, pooled SD, J = 1 - 3/(4(n1+n2) - 9), variance " + variance();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("Hedges' g (group 1 - group 2)")
        .value(
            g().isPresent()
                ? Fmt.num(g().getAsDouble()) + " " + level() + " CI " + interval().get()
                : "undefined (pooled SD is 0)")
        .formula(
            "g = J (M1 - M2) / s_p; "
                + (variance() == Variance.APPROXIMATE_G
                    ? "Var(g) = (n1+n2)/(n1 n2) + g^2/(2(n1+n2-2))"
                    : "Var(g) = J^2 [(n1+n2)/(n1 n2) + d^2/(2(n1+n2))]"))
        .putInputs("M1", Fmt.num(mean1()))
        .putInputs("s1", Fmt.num(sd1()))
        .putInputs("n1", Integer.toString(n1()))
        .putInputs("M2", Fmt.num(mean2()))
        .putInputs("s2", Fmt.num(sd2()))
        .putInputs("n2", Integer.toString(n2()))
        .putInputs("s_p", Fmt.num(pooledSd()))
        .putInputs("J", Fmt.num(j()))
        .putInputs("confidence level", level().toString())
        .build();
  }

  @Override
  public String toString() {
    return "HedgesG{" + explanation().value() + ", " + variance() + "}";
  }
}
