package org.nwd.stats;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * The mean per-person change {@code d = after - before} with a paired t interval and test:
 * {@code d_bar +- t_{1-alpha/2, n-1} s_d / sqrt(n)}, {@code t = d_bar / (s_d / sqrt(n))}, two-sided
 * p-value. As R's {@code t.test(after, before, paired = TRUE)}. When every difference is equal
 * ({@code s_d = 0}) the interval collapses to the point and t and p are undefined.
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
  double[] differences() {
    return PairedData.differences(before(), after());
  }

  /** Mean of {@code after - before}. */
  @Value.Lazy
  public double meanChange() {
    return PairedData.mean(differences());
  }

  /** Sample SD of the differences (divisor n - 1). */
  @Value.Lazy
  public double sdChange() {
    return PairedData.sd(differences());
  }

  public double standardError() {
    return sdChange() / Math.sqrt(n());
  }

  @Value.Lazy
  public Interval interval() {
    double q =
        TDistribution.of(degreesOfFreedom()).inverseCumulativeProbability(1 - level().alpha() / 2);
    double half = q * standardError();
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
    double[] b = PairedData.toArray(before());
    double[] a = PairedData.toArray(after());
    return HedgesG.of(
        PairedData.mean(a),
        PairedData.sd(a),
        n(),
        PairedData.mean(b),
        PairedData.sd(b),
        n(),
        variance,
        level());
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
