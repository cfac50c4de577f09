package org.nwd.stats;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * Wilcoxon signed-rank test on paired per-person values (e.g. rates before and after), two-sided.
 *
 * <p>Conventions: differences are {@code after - before}; zero method "wilcox" (zero differences are
 * dropped before ranking); tied {@code |d|} get average ranks; the statistic is {@code W+}, the rank
 * sum of the positive differences. The p-value is exact when fewer than {@link #EXACT_LIMIT} non-zero
 * differences remain and none of their absolute values tie; otherwise the normal approximation with
 * the tie-corrected variance {@code n(n+1)(2n+1)/24 - sum(t^3 - t)/48}, with a continuity correction of
 * 0.5 towards the mean when {@link #continuityCorrection()} is true (the default, as R's {@code
 * wilcox.test}). Computed by Apache Commons Statistics {@code WilcoxonSignedRankTest} on the non-zero
 * differences; equals R's {@code wilcox.test(d[d != 0], exact = ..., correct = ...)}.
 */
@Value.Immutable
public abstract class WilcoxonSignedRank {

  /** Exact p-values are used below this many non-zero differences (and only without ties). */
  public static final int EXACT_LIMIT = 50;

  /** How the p-value was computed. */
  public enum PValueKind {
    EXACT,
    NORMAL_APPROXIMATION
  }

  public abstract List<Double> before();

  public abstract List<Double> after();

  @Value.Default
  public boolean continuityCorrection() {
    return true;
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    PairedData.check(before(), after(), 1);
  }

  /** The test with the defaults: continuity correction on, 95%. */
  public static WilcoxonSignedRank of(double[] before, double[] after) {
    return builder()
        .addAllBefore(Arrays.stream(before).boxed().toList())
        .addAllAfter(Arrays.stream(after).boxed().toList())
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WilcoxonSignedRank}. */
  public static final class Builder extends ImmutableWilcoxonSignedRank.Builder {}

  /** The method name recorded with the result. */
  public String method() {
    return "Wilcoxon signed-rank, zero method wilcox, "
        + (pValueKind() == PValueKind.EXACT
            ? "exact"
            : "normal approximation with tie correction"
                + (continuityCorrection() ? " and continuity correction" : ""));
  }

  @Value.Lazy
  double[] nonZeroDifferences() {
    return Arrays.stream(PairedData.differences(before(), after())).filter(d -> d != 0).toArray();
  }

  /** The number of pairs used (non-zero differences). */
  public int nonZeroPairs() {
    return nonZeroDifferences().length;
  }

  /** The number of pairs dropped because their difference is 0. */
  public int zeroPairsDropped() {
    return before().size() - nonZeroPairs();
  }

  /** True when two non-zero absolute differences are equal. */
  @Value.Lazy
  public boolean hasTies() {
    double[] abs = Arrays.stream(nonZeroDifferences()).map(Math::abs).sorted().toArray();
    for (int i = 1; i < abs.length; i++) {
      if (abs[i] == abs[i - 1]) {
        return true;
      }
    }
    return false;
  }

  @Value.Lazy
  public PValueKind pValueKind() {
    return nonZeroPairs() < EXACT_LIMIT && !hasTies()
        ? PValueKind.EXACT
        : PValueKind.NORMAL_APPROXIMATION;
  }

  @Value.Lazy
  OptionalDouble[] computed() {
    if (nonZeroPairs() == 0) {
      return new OptionalDouble[] {OptionalDouble.empty(), OptionalDouble.empty()};
    }
    WilcoxonSignedRankTest.Result r =
        WilcoxonSignedRankTest.withDefaults()
            .with(
                pValueKind() == PValueKind.EXACT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .with(
                continuityCorrection()
                    ? ContinuityCorrection.ENABLED
                    : ContinuityCorrection.DISABLED)
            .test(nonZeroDifferences());
    return new OptionalDouble[] {
      OptionalDouble.of(r.getStatistic()), OptionalDouble.of(r.getPValue())
    };
  }

  /** {@code W+}; empty when every difference is 0. */
  public OptionalDouble wPlus() {
    return computed()[0];
  }

  /** Two-sided p-value; empty when every difference is 0. */
  public OptionalDouble pValue() {
    return computed()[1];
  }

  /** True when the p-value is below {@code 1 - level}. */
  public boolean isSignificant() {
    return pValue().isPresent() && pValue().getAsDouble() < level().alpha();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("Wilcoxon signed-rank p-value (two-sided)")
        .value(pValue().isPresent() ? Fmt.num(pValue().getAsDouble()) : "undefined (no change)")
        .formula(
            "W+ = sum of ranks of |d| for d > 0, d = after - before, zeros dropped; " + method())
        .putInputs("pairs", Integer.toString(before().size()))
        .putInputs("zero differences dropped", Integer.toString(zeroPairsDropped()))
        .putInputs("W+", wPlus().isPresent() ? Fmt.num(wPlus().getAsDouble()) : "undefined")
        .putInputs("ties", Boolean.toString(hasTies()))
        .putInputs("significance level", Fmt.num(level().alpha()))
        .build();
  }

  @Override
  public String toString() {
    return "WilcoxonSignedRank{p = " + explanation().value() + ", " + method() + "}";
  }
}
