package org.nwd.stats;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The mean per-person change {@code d = after - before} with a paired t interval and test:
 * {@code d_bar +- t_{1-alpha/2, n-1} s_d / sqrt(n)}, {@code t = d_bar / (s_d / sqrt(n))}, two-sided
 * p-value. As R's {@code t.test(after, before, paired = TRUE)}. When every difference is equal
 * ({@code s_d = 0}) the interval collapses to the point and t and p are undefined.
 *
 * <p>The mean and SD are computed on values scaled by a power of two, so finite inputs of any size
 * give the right figures; a mean change or interval bound beyond {@code Double.MAX_VALUE} (possible
 * only with values near it) is rejected with a {@link DomainRuleException}.
 *
 * <p>{@link #pairedEffectSize()} gives the standardised mean change {@code d_z} that uses the
 * within-person correlation; {@link #hedgesG(HedgesG.Variance)} the before/after Hedges' g that
 * ignores it.
 */
@Value.Immutable
public abstract class PairedMeanChange {

  public static final String METHOD = "paired t (Student, df = n - 1)";

  public abstract List<Double> before();

  public abstract List<Double> after();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    PairedData.check(before(), after(), 2);
    DomainRuleException.require(
        Double.isFinite(meanChange()) && Double.isFinite(sdChange()),
        "after",
        "the mean change %s or SD of changes %s overflows a double: differences must stay within"
            + " +-1.79e308 on average",
        meanChange(),
        sdChange());
    double half = halfWidth();
    DomainRuleException.require(
        Double.isFinite(meanChange() - half) && Double.isFinite(meanChange() + half),
        "after",
        "the interval %s +- %s for the mean change overflows a double",
        meanChange(),
        half);
  }

  public static PairedMeanChange of(double[] before, double[] after, ConfidenceLevel level) {
    return builder()
        .addAllBefore(Arrays.stream(before).boxed().toList())
        .addAllAfter(Arrays.stream(after).boxed().toList())
        .level(level)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedMeanChange}; level defaults to 95%. */
  public static final class Builder extends ImmutablePairedMeanChange.Builder {}

  public int n() {
    return before().size();
  }

  public int degreesOfFreedom() {
    return n() - 1;
  }

  @Value.Lazy
  double[] meanAndSd() {
    return PairedData.meanAndSdOfDifferences(before(), after());
  }

  /** Mean of {@code after - before}. */
  public double meanChange() {
    return meanAndSd()[0];
  }

  /** Sample SD of the differences (divisor n - 1). */
  public double sdChange() {
    return meanAndSd()[1];
  }

  public double standardError() {
    return sdChange() / Math.sqrt(n());
  }

  private double halfWidth() {
    return TDistribution.of(degreesOfFreedom()).inverseCumulativeProbability(1 - level().alpha() / 2)
        * standardError();
  }

  @Value.Lazy
  public Interval interval() {
    double half = halfWidth();
    return Interval.of(meanChange() - half, meanChange() + half);
  }

  /** The t statistic; empty when {@code s_d = 0}. */
  public OptionalDouble t() {
    return sdChange() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(meanChange() / standardError());
  }

  /** Two-sided p-value; empty when {@code s_d = 0}. */
  public OptionalDouble pValue() {
    return t().isPresent()
        ? OptionalDouble.of(
            2 * TDistribution.of(degreesOfFreedom()).survivalProbability(Math.abs(t().getAsDouble())))
        : OptionalDouble.empty();
  }

  /** Hedges' g of after vs before using the before and after SDs (see {@link HedgesG}). */
  public HedgesG hedgesG(HedgesG.Variance variance) {
    double[] b = PairedData.meanAndSd(PairedData.toArray(before()));
    double[] a = PairedData.meanAndSd(PairedData.toArray(after()));
    return HedgesG.of(a[0], a[1], n(), b[0], b[1], n(), variance, level());
  }

  /**
   * The paired standardised mean change {@code d_z = mean change / SD of changes} with its noncentral
   * t interval, from this change's n, mean and SD (see {@link PairedEffectSize}).
   */
  @Value.Lazy
  public PairedEffectSize pairedEffectSize() {
    return PairedEffectSize.of(n(), meanChange(), sdChange(), level());
  }

  public String method() {
    return METHOD;
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("mean change per person (after - before)")
        .value(Fmt.num(meanChange()) + " " + level() + " CI " + interval())
        .formula("d_bar +- t_{1-a/2, n-1} s_d / sqrt(n); " + METHOD)
        .putInputs("n", Integer.toString(n()))
        .putInputs("s_d", Fmt.num(sdChange()))
        .putInputs("t", t().isPresent() ? Fmt.num(t().getAsDouble()) : "undefined (s_d = 0)")
        .putInputs(
            "p (two-sided)",
            pValue().isPresent() ? Fmt.num(pValue().getAsDouble()) : "undefined (s_d = 0)")
        .build();
  }

  @Override
  public String toString() {
    return "PairedMeanChange{" + explanation().value() + "}";
  }
}
