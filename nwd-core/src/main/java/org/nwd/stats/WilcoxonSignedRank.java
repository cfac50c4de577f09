package org.nwd.stats;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * Wilcoxon signed-rank test on paired per-person values (e.g. rates before and after), two-sided.
 *
 * <p>Conventions: differences are {@code d = after - before}; tied {@code |d|} get average ranks; the
 * statistic is {@code W+}, the rank sum of the positive differences. Zero differences are handled by
 * {@link #zeroMethod()}: {@link ZeroMethod#WILCOX} (the default, Wilcoxon's) drops them before
 * ranking; {@link ZeroMethod#PRATT} ranks them with the others and then drops their ranks.
 *
 * <p>The p-value is exact, with or without ties and zeros, when fewer than {@link #EXACT_LIMIT}
 * non-zero differences remain: conditional on the observed ranks, each rank is positive or negative
 * with probability 1/2, and the distribution of {@code W+} is counted over the doubled ranks (all
 * integers) by dynamic programming (the shift algorithm); the two-sided p-value is {@code min(1, 2
 * min(P(W+ <= w), P(W+ >= w)))}. This is R's {@code coin::wilcoxsign_test(..., distribution =
 * "exact")} and, without ties or zeros, {@code wilcox.test(..., exact = TRUE)}. From {@link
 * #EXACT_LIMIT} non-zero differences on, the normal approximation is used with the conditional
 * variance {@code sum(r_i^2) / 4} over the ranks in play (for {@link ZeroMethod#WILCOX} this is {@code
 * n(n+1)(2n+1)/24 - sum(t^3 - t)/48}) and, when {@link #continuityCorrection()} is true (the
 * default), a correction of 0.5 towards the mean, as R's {@code wilcox.test(exact = FALSE)} and
 * SciPy's {@code wilcoxon(method = "approx")}.
 *
 * <p>Differences that overflow a double (values near {@code Double.MAX_VALUE} of opposite signs) are
 * ranked from {@code after/2 - before/2}, which orders them exactly as the true differences.
 */
@Value.Immutable
public abstract class WilcoxonSignedRank {

  /** Exact p-values are used below this many non-zero differences (ties and zeros included). */
  public static final int EXACT_LIMIT = 50;

  /** How the p-value was computed. */
  public enum PValueKind {
    EXACT,
    NORMAL_APPROXIMATION
  }

  /** What is done with zero differences. */
  public enum ZeroMethod {
    /** Wilcoxon's: drop zero differences, then rank the rest. The default. */
    WILCOX,
    /** Pratt's: rank all {@code |d|} including the zeros, then drop the zeros' ranks. */
    PRATT
  }

  public abstract List<Double> before();

  public abstract List<Double> after();

  @Value.Default
  public boolean continuityCorrection() {
    return true;
  }

  /** The zero method; defaults to {@link ZeroMethod#WILCOX}. */
  @Value.Default
  public ZeroMethod zeroMethod() {
    return ZeroMethod.WILCOX;
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    PairedData.check(before(), after(), 1);
  }

  /** The test with the defaults: zero method wilcox, continuity correction on, 95%. */
  public static WilcoxonSignedRank of(double[] before, double[] after) {
    return builder().addAllBefore(PairedData.boxed(before)).addAllAfter(PairedData.boxed(after)).build();
  }

  /** The test with the given zero method (continuity correction on, 95%). */
  public static WilcoxonSignedRank of(double[] before, double[] after, ZeroMethod zeroMethod) {
    return builder()
        .addAllBefore(PairedData.boxed(before))
        .addAllAfter(PairedData.boxed(after))
        .zeroMethod(zeroMethod)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WilcoxonSignedRank}. */
  public static final class Builder extends ImmutableWilcoxonSignedRank.Builder {}

  /** The method name recorded with the result. */
  public String method() {
    return "Wilcoxon signed-rank, zero method "
        + (zeroMethod() == ZeroMethod.PRATT ? "pratt" : "wilcox")
        + ", "
        + (pValueKind() == PValueKind.EXACT
            ? "exact" + (hasTies() ? " with ties" : "")
            : "normal approximation with tie correction"
                + (continuityCorrection() ? " and continuity correction" : ""));
  }

  /** The ranks in play and the statistic, computed once. */
  static final class Ranked {
    /** Doubled ranks (integers) of the non-zero differences. */
    final long[] doubledRanks;
    /** Signs of those differences, true when positive. */
    final boolean[] positive;

    final boolean ties;

    Ranked(long[] doubledRanks, boolean[] positive, boolean ties) {
      this.doubledRanks = doubledRanks;
      this.positive = positive;
      this.ties = ties;
    }

    long doubledWPlus() {
      long w = 0;
      for (int i = 0; i < doubledRanks.length; i++) {
        if (positive[i]) {
          w += doubledRanks[i];
        }
      }
      return w;
    }

    long doubledTotal() {
      long w = 0;
      for (long r : doubledRanks) {
        w += r;
      }
      return w;
    }
  }

  @Value.Lazy
  Ranked ranked() {
    double[] d = PairedData.differencesForOrder(before(), after());
    boolean pratt = zeroMethod() == ZeroMethod.PRATT;
    int n = d.length;
    double[] abs = new double[n];
    int used = 0;
    for (double v : d) {
      if (pratt || v != 0) {
        abs[used++] = Math.abs(v);
      }
    }
    abs = Arrays.copyOf(abs, used);
    double[] sorted = abs.clone();
    Arrays.sort(sorted);
    int nonZero = 0;
    for (double v : d) {
      if (v != 0) {
        nonZero++;
      }
    }
    long[] doubledRanks = new long[nonZero];
    boolean[] positive = new boolean[nonZero];
    boolean ties = false;
    int k = 0;
    for (double v : d) {
      if (v == 0) {
        continue;
      }
      double a = Math.abs(v);
      int first = lowerBound(sorted, a);
      int last = upperBound(sorted, a);
      // Average rank of positions first+1 .. last, doubled: first + 1 + last.
      doubledRanks[k] = (long) first + 1 + last;
      positive[k] = v > 0;
      ties |= last - first > 1;
      k++;
    }
    return new Ranked(doubledRanks, positive, ties);
  }

  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of pairs whose difference is not 0 (the pairs whose signs are tested). */
  public int nonZeroPairs() {
    return ranked().doubledRanks.length;
  }

  /** The number of pairs whose difference is 0 (dropped, or ranked then dropped with Pratt's). */
  public int zeroPairsDropped() {
    return before().size() - nonZeroPairs();
  }

  /** True when two of the ranked absolute differences are equal (zeros count with Pratt's). */
  public boolean hasTies() {
    return ranked().ties;
  }

  @Value.Lazy
  public PValueKind pValueKind() {
    return nonZeroPairs() < EXACT_LIMIT ? PValueKind.EXACT : PValueKind.NORMAL_APPROXIMATION;
  }

  /** {@code W+}; empty when every difference is 0. */
  @Value.Lazy
  public OptionalDouble wPlus() {
    return nonZeroPairs() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(ranked().doubledWPlus() / 2.0);
  }

  /** {@code E[W+]} under no change, half the sum of the ranks in play; empty when W+ is. */
  public OptionalDouble expectedWPlus() {
    return nonZeroPairs() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(ranked().doubledTotal() / 4.0);
  }

  /** Two-sided p-value; empty when every difference is 0. */
  @Value.Lazy
  public OptionalDouble pValue() {
    if (nonZeroPairs() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(pValueKind() == PValueKind.EXACT ? exactP() : normalP());
  }

  /**
   * {@code P(W+ <= w)} and {@code P(W+ >= w)} from the exact null distribution of the doubled
   * statistic: each doubled rank {@code R_i} is added with probability 1/2. Probabilities, not counts,
   * so nothing overflows; the size is the total of the doubled ranks, at most {@code n (n + 1)}.
   */
  private double exactP() {
    Ranked r = ranked();
    int total = Math.toIntExact(r.doubledTotal());
    double[] p = new double[total + 1];
    p[0] = 1;
    int reach = 0;
    for (long rank : r.doubledRanks) {
      int s = (int) rank;
      reach += s;
      for (int v = reach; v >= 0; v--) {
        p[v] = 0.5 * (p[v] + (v >= s ? p[v - s] : 0));
      }
    }
    long w = r.doubledWPlus();
    double lower = 0;
    double upper = 0;
    for (int v = 0; v <= total; v++) {
      if (v <= w) {
        lower += p[v];
      }
      if (v >= w) {
        upper += p[v];
      }
    }
    return Math.min(1, 2 * Math.min(lower, upper));
  }

  private double normalP() {
    Ranked r = ranked();
    double sumSquares = 0;
    for (long rank : r.doubledRanks) {
      double half = rank / 2.0;
      sumSquares += half * half;
    }
    double sd = Math.sqrt(sumSquares / 4);
    double diff = wPlus().getAsDouble() - expectedWPlus().getAsDouble();
    double corrected = continuityCorrection() ? diff - Math.signum(diff) * 0.5 : diff;
    return Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(corrected / sd)));
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
            "W+ = sum of ranks of |d| for d > 0, d = after - before, "
                + (zeroMethod() == ZeroMethod.PRATT
                    ? "zeros ranked then dropped (Pratt)"
                    : "zeros dropped before ranking (Wilcoxon)")
                + "; "
                + (pValueKind() == PValueKind.EXACT
                    ? "exact null distribution of W+ over the observed ranks, p = min(1, 2 min(P(W+"
                        + " <= w), P(W+ >= w))), used below "
                        + EXACT_LIMIT
                        + " non-zero differences"
                    : "z = (W+ - E[W+]"
                        + (continuityCorrection() ? " -+ 0.5" : "")
                        + ") / sqrt(sum r^2 / 4), normal approximation from "
                        + EXACT_LIMIT
                        + " non-zero differences on")
                + "; "
                + method())
        .putInputs("pairs", Integer.toString(before().size()))
        .putInputs("zero method", zeroMethod() == ZeroMethod.PRATT ? "pratt" : "wilcox")
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
