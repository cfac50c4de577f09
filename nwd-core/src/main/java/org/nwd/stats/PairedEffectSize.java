package org.nwd.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The paired standardised mean change {@code d_z = mean(d) / sd(d)} of the per-person changes {@code d
 * = after - before} (Cohen's {@code d_z}), with the exact noncentral t confidence interval.
 *
 * <p>Why: a before/after Hedges' g standardises by the spread of the scores and treats the two
 * windows as independent groups; {@code d_z} standardises by the spread of the changes, so it uses
 * the within-person correlation {@code r}: {@code sd(d)^2 = s1^2 + s2^2 - 2 r s1 s2}. It answers "how
 * large is the change relative to how much changes vary between young people", and is larger than g
 * when scores are positively correlated. It is the effect size a paired t test estimates ({@code d_z
 * = t / sqrt(n)}).
 *
 * <p>Interval: {@code t = d_z sqrt(n)} follows a noncentral t distribution with {@code n - 1} degrees
 * of freedom and noncentrality {@code delta = d_z,pop sqrt(n)}; the limits are the noncentralities
 * whose CDF at the observed t is {@code 1 - alpha/2} and {@code alpha/2}, divided by {@code sqrt(n)}
 * (Steiger and Fouladi 1997; as R's {@code MBESS::ci.sm} and {@code effectsize::cohens_d(paired =
 * TRUE)}). <b>Assumes</b> the changes are independent between young people and roughly normal; the
 * interval is then exact for every n. With skewed or heavy-tailed changes and few young people its
 * coverage can differ from nominal. {@code d_z} itself is biased away from 0 in small samples (by the
 * factor {@code 1 / J}, {@code J = 1 - 3 / (4 (n - 1) - 1)}); {@link #gz()} is the corrected value.
 *
 * <p>Undefined (empty) when {@code sd(d) = 0}. For {@code |t| > }{@link #LARGE_T} (changes almost
 * constant) the limits are the exact large-t limit {@code d_z sqrt(chi^2_q(n - 1) / (n - 1))}.
 */
@Value.Immutable
public abstract class PairedEffectSize {

  /** Beyond this {@code |t|} the interval uses its large-t limit (relative error below 1e-12). */
  public static final double LARGE_T = 1e8;

  /** Young people with a change. */
  public abstract int n();

  /** The mean change {@code mean(after - before)}. */
  public abstract double meanChange();

  /** The SD of the changes (divisor n - 1). */
  public abstract double sdChange();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(n() >= 2, "n", "n %s must be at least 2", n());
    DomainRuleException.require(
        Double.isFinite(meanChange()), "meanChange", "mean change %s must be finite", meanChange());
    DomainRuleException.require(
        Double.isFinite(sdChange()) && sdChange() >= 0,
        "sdChange",
        "SD of changes %s must be finite and at least 0",
        sdChange());
    DomainRuleException.require(
        sdChange() == 0 || Double.isFinite(meanChange() / sdChange()),
        "sdChange",
        "d_z = mean change %s / SD of changes %s overflows a double",
        meanChange(),
        sdChange());
    interval();
  }

  /** From summary statistics of the changes. */
  public static PairedEffectSize of(int n, double meanChange, double sdChange, ConfidenceLevel level) {
    return builder().n(n).meanChange(meanChange).sdChange(sdChange).level(level).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedEffectSize}; level defaults to 95%. */
  public static final class Builder extends ImmutablePairedEffectSize.Builder {}

  public int degreesOfFreedom() {
    return n() - 1;
  }

  /** {@code d_z = mean change / SD of changes}; empty when the SD is 0. */
  public OptionalDouble dz() {
    return sdChange() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(meanChange() / sdChange());
  }

  /** The small-sample correction {@code J = 1 - 3 / (4 (n - 1) - 1)}. */
  public double j() {
    return 1 - 3.0 / (4.0 * degreesOfFreedom() - 1);
  }

  /** {@code g_z = J d_z}, less biased in small samples; empty when d_z is. */
  public OptionalDouble gz() {
    return dz().isPresent() ? OptionalDouble.of(j() * dz().getAsDouble()) : OptionalDouble.empty();
  }

  /** The noncentral t interval for the population d_z; empty when d_z is. */
  @Value.Lazy
  public Optional<Interval> interval() {
    if (dz().isEmpty()) {
      return Optional.empty();
    }
    double dz = dz().getAsDouble();
    double rootN = Math.sqrt(n());
    double t = dz * rootN;
    double df = degreesOfFreedom();
    double alpha = level().alpha();
    double lower;
    double upper;
    if (Math.abs(t) > LARGE_T || !Double.isFinite(t)) {
      // T = (Z + delta) / S with delta so large that Z is negligible: delta = t S, S = sqrt(V / df).
      ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
      double small = Math.sqrt(chi.inverseCumulativeProbability(alpha / 2) / df);
      double large = Math.sqrt(chi.inverseCumulativeProbability(1 - alpha / 2) / df);
      lower = dz * (dz > 0 ? small : large);
      upper = dz * (dz > 0 ? large : small);
    } else {
      lower = NoncentralT.noncentrality(t, df, 1 - alpha / 2) / rootN;
      upper = NoncentralT.noncentrality(t, df, alpha / 2) / rootN;
    }
    DomainRuleException.require(
        Double.isFinite(lower) && Double.isFinite(upper),
        "sdChange",
        "the interval for d_z = %s overflows a double (SD of changes %s is too small)",
        dz,
        sdChange());
    return Optional.of(Interval.of(lower, upper));
  }

  public String method() {
    return "d_z = mean change / SD of changes, noncentral t interval (df = n - 1)";
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("paired standardised mean change d_z (after - before)")
        .value(
            dz().isPresent()
                ? Fmt.num(dz().getAsDouble()) + " " + level() + " CI " + interval().get()
                : "undefined (SD of changes is 0)")
        .formula(
            "d_z = mean(d) / sd(d); CI: noncentralities of t = d_z sqrt(n) (df = n - 1) at 1 - a/2"
                + " and a/2, divided by sqrt(n)")
        .putInputs("n", Integer.toString(n()))
        .putInputs("mean change", Fmt.num(meanChange()))
        .putInputs("SD of changes", Fmt.num(sdChange()))
        .putInputs("g_z = J d_z", gz().isPresent() ? Fmt.num(gz().getAsDouble()) : "undefined")
        .putInputs("confidence level", level().toString())
        .putInputs(
            "assumes",
            "changes independent between young people and roughly normal; uses the within-person"
                + " correlation through sd(d)")
        .build();
  }

  @Override
  public String toString() {
    return "PairedEffectSize{" + explanation().value() + "}";
  }
}
