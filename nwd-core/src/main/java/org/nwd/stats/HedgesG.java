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
 * {@code s_p = 0}.
 *
 * <p><b>Assumes</b> two independent groups with equal population SDs and roughly normal scores; the
 * interval is a large-sample normal approximation. For paired data (the same young people before and
 * after) it standardises by the pooled before/after SD and its variance ignores the correlation
 * within people, so its interval is too wide when scores are positively correlated; {@link
 * PairedEffectSize} ({@code d_z}) uses that correlation. With fewer than {@link #SMALL_GROUP} in a
 * group the normal interval's coverage can fall below nominal (more so for large {@code |g|}; simulated
 * for normal groups: 93-94% at 5 per group, 94.1-94.7% at 10, 94.5-95.0% at 40; test resource
 * hedges-coverage.R), and the explanation and {@code toString} say so.
 *
 * <p>Finite inputs of any size: the pooled SD is computed on scaled SDs (no overflow or underflow of
 * the squares); a standardised difference or interval beyond {@code Double.MAX_VALUE} (a mean
 * difference over a vanishing SD) is rejected with a {@link DomainRuleException}.
 */
@Value.Immutable
public abstract class HedgesG {

  /** Below this many in either group the interval carries a small-sample coverage warning. */
  public static final int SMALL_GROUP = 20;

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
    DomainRuleException.require(
        d().isEmpty() || Double.isFinite(d().getAsDouble()),
        "sd1",
        "the standardised difference (M1 - M2) / s_p overflows a double: M1 = %s, M2 = %s, s_p = %s",
        mean1(),
        mean2(),
        pooledSd());
    if (g().isPresent()) {
      double half = level().z() * standardErrorOfG();
      DomainRuleException.require(
          Double.isFinite(g().getAsDouble() - half) && Double.isFinite(g().getAsDouble() + half),
          "sd1",
          "the interval g +- %s of g = %s overflows a double",
          half,
          g().getAsDouble());
    }
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
    double scale = Math.max(sd1(), sd2());
    if (scale == 0) {
      return 0;
    }
    // Scaled so the squares neither overflow (SDs near 1e308) nor underflow (SDs near 1e-308).
    double s1 = sd1() / scale;
    double s2 = sd2() / scale;
    return scale
        * Math.sqrt(((n1() - 1.0) * s1 * s1 + (n2() - 1.0) * s2 * s2) / (n1() + n2() - 2.0));
  }

  /** The small-sample correction {@code J = 1 - 3 / (4 (n1 + n2) - 9)}. */
  public double j() {
    return 1 - 3.0 / (4.0 * (n1() + n2()) - 9);
  }

  /** Cohen's d; empty when {@code s_p = 0}. */
  @Value.Lazy
  public OptionalDouble d() {
    if (pooledSd() == 0) {
      return OptionalDouble.empty();
    }
    double diff = mean1() - mean2();
    // Means near +-1e308 of opposite signs: halve first, the quotient is then exact to rounding.
    return OptionalDouble.of(
        Double.isFinite(diff)
            ? diff / pooledSd()
            : (mean1() / 2 - mean2() / 2) / pooledSd() * 2);
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
    double se = standardErrorOfG();
    return OptionalDouble.of(se * se);
  }

  /** {@code sqrt(Var(g))} as a hypotenuse, so a huge g does not overflow its square. */
  private double standardErrorOfG() {
    double n1 = n1();
    double n2 = n2();
    double base = Math.sqrt((n1 + n2) / (n1 * n2));
    return variance() == Variance.APPROXIMATE_G
        ? Math.hypot(base, g().getAsDouble() / Math.sqrt(2 * (n1 + n2 - 2)))
        : j() * Math.hypot(base, d().getAsDouble() / Math.sqrt(2 * (n1 + n2)));
  }

  /** {@code g +- z sqrt(Var(g))}; empty when g is. */
  @Value.Lazy
  public Optional<Interval> interval() {
    if (g().isEmpty()) {
      return Optional.empty();
    }
    double half = level().z() * standardErrorOfG();
    return Optional.of(Interval.of(g().getAsDouble() - half, g().getAsDouble() + half));
  }

  /** True when a group has fewer than {@link #SMALL_GROUP} members. */
  public boolean isSmallSample() {
    return Math.min(n1(), n2()) < SMALL_GROUP;
  }

  /** The small-sample warning, empty when there is none. */
  public String warning() {
    return isSmallSample()
        ? "fewer than "
            + SMALL_GROUP
            + " in a group: the normal interval's coverage can fall below "
            + level()
            + ", more so for large |g|"
        : "";
  }

  public String method() {
    return "Hedges' g, pooled SD, J = 1 - 3/(4(n1+n2) - 9), variance " + variance();
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out = Explanation.builder()
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
        .putInputs(
            "assumes",
            "independent groups with equal SDs, normal-approximation interval; for the same young"
                + " people before and after it ignores the within-person correlation");
    if (isSmallSample()) {
      out.putInputs("warning", warning());
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "HedgesG{"
        + explanation().value()
        + ", "
        + variance()
        + (isSmallSample() ? ", warning: " + warning() : "")
        + "}";
  }
}
