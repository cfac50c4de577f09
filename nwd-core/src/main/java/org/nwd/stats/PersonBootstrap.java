package org.nwd.stats;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The person-level bootstrap of a log rate ratio {@code log Σa - log ΣTa - (log Σb - log ΣTb)} (the
 * logs of the four sums, so a replicate that redraws the cohort's sums equals the estimate exactly):
 * young people are drawn with replacement (each keeps their before and after together), {@code
 * replicates} times, from {@code RandomSource.XO_RO_SHI_RO_128_PP} seeded with {@code seed}. Gives the
 * percentile interval and
 * the BCa interval (Efron 1987: bias correction from the share of replicates below the estimate,
 * acceleration from the jackknife over people), and a p-value consistent with each.
 *
 * <p>A replicate with no events before and none after has no ratio: it is set aside and counted. A
 * replicate with events only before or only after is {@code -infinity} or {@code +infinity} on the log
 * scale and stays in.
 */
final class PersonBootstrap {
  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  /** The sorted replicates of the log rate ratio (set-aside ones removed). */
  final double[] replicates;

  /** Replicates set aside because they had no events at all. */
  final int setAside;

  final double estimate;

  /** The jackknife acceleration; empty when a leave-one-out ratio is undefined. */
  final OptionalDouble acceleration;

  PersonBootstrap(PersonCounts people, long seed, int replicates) {
    long[] eb = people.eventsBefore();
    long[] db = people.daysBefore();
    long[] ea = people.eventsAfter();
    long[] da = people.daysAfter();
    int n = eb.length;
    double totalA = 0;
    double totalTa = 0;
    double totalB = 0;
    double totalTb = 0;
    for (int i = 0; i < n; i++) {
      totalA += ea[i];
      totalTa += da[i];
      totalB += eb[i];
      totalTb += db[i];
    }
    estimate = logRatio(totalA, totalTa, totalB, totalTb);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double[] out = new double[replicates];
    int kept = 0;
    for (int r = 0; r < replicates; r++) {
      double a = 0;
      double ta = 0;
      double b = 0;
      double tb = 0;
      for (int k = 0; k < n; k++) {
        int i = rng.nextInt(n);
        a += ea[i];
        ta += da[i];
        b += eb[i];
        tb += db[i];
      }
      if (a > 0 || b > 0) {
        out[kept++] = logRatio(a, ta, b, tb);
      }
    }
    this.replicates = Arrays.copyOf(out, kept);
    Arrays.sort(this.replicates);
    setAside = replicates - kept;
    acceleration = jackknifeAcceleration(eb, db, ea, da, totalA, totalTa, totalB, totalTb);
  }

  private static double logRatio(double a, double ta, double b, double tb) {
    return Math.log(a) - Math.log(ta) - (Math.log(b) - Math.log(tb));
  }

  /** {@code a = Σ d³ / (6 (Σ d²)^1.5)}, {@code d} the jackknife deviations; 0 when all are equal. */
  private static OptionalDouble jackknifeAcceleration(
      long[] eb, long[] db, long[] ea, long[] da, double a, double ta, double b, double tb) {
    int n = eb.length;
    double[] leaveOut = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      double value = logRatio(a - ea[i], ta - da[i], b - eb[i], tb - db[i]);
      if (!Double.isFinite(value)) {
        return OptionalDouble.empty();
      }
      leaveOut[i] = value;
      mean += value;
    }
    mean /= n;
    double squares = 0;
    double cubes = 0;
    for (double v : leaveOut) {
      double d = mean - v;
      squares += d * d;
      cubes += d * d * d;
    }
    return OptionalDouble.of(squares == 0 ? 0 : cubes / (6 * Math.pow(squares, 1.5)));
  }

  /** The percentile interval on the log scale: the {@code alpha/2} and {@code 1 - alpha/2} quantiles. */
  double[] percentile(ConfidenceLevel level) {
    double alpha = level.alpha();
    return new double[] {quantile(alpha / 2), quantile(1 - alpha / 2)};
  }

  /** Why the BCa interval cannot be computed, if it cannot. */
  Optional<String> bcaUndefinedReason() {
    if (acceleration.isEmpty()) {
      return Optional.of(
          "the BCa acceleration is undefined: leaving out one young person leaves no events in a"
              + " window");
    }
    double z0 = biasCorrection();
    if (!Double.isFinite(z0)) {
      return Optional.of(
          "the BCa bias correction is undefined: every replicate lies on one side of the estimate");
    }
    return Optional.empty();
  }

  /** {@code z0} of these replicates; see {@link #biasCorrection(double[], double)}. */
  double biasCorrection() {
    return biasCorrection(replicates, estimate);
  }

  /** {@code z0 = Phi^-1(share of sorted replicates below the estimate, ties counted half)}. */
  static double biasCorrection(double[] sorted, double estimate) {
    int below = 0;
    int equal = 0;
    for (double r : sorted) {
      if (r < estimate) {
        below++;
      } else if (r == estimate) {
        equal++;
      }
    }
    return NORMAL.inverseCumulativeProbability((below + 0.5 * equal) / sorted.length);
  }

  /** The BCa interval on the log scale; call only when {@link #bcaUndefinedReason()} is empty. */
  double[] bca(ConfidenceLevel level) {
    double z0 = biasCorrection();
    double a = acceleration.getAsDouble();
    double z = level.z();
    return new double[] {quantile(adjusted(-z, z0, a)), quantile(adjusted(z, z0, a))};
  }

  /** {@code Phi(z0 + (z0 + z) / (1 - a (z0 + z)))}, kept within [0, 1]. */
  static double adjusted(double z, double z0, double a) {
    double s = z0 + z;
    double denominator = 1 - a * s;
    if (denominator <= 0) {
      // Beyond the acceleration's reach: the most extreme replicate on that side.
      return z < 0 ? 0 : 1;
    }
    return NORMAL.cumulativeProbability(z0 + s / denominator);
  }

  /** Two-sided p-value of "ratio = 1" consistent with the percentile interval. */
  double percentilePValue() {
    return percentilePValue(replicates);
  }

  /** {@code min(1, 2 min((1 + #(r <= 0)) / (B + 1), (1 + #(r >= 0)) / (B + 1)))}. */
  static double percentilePValue(double[] sorted) {
    double kept = sorted.length;
    double low = (1 + countAtMost(sorted, 0)) / (kept + 1);
    double high = (1 + countAtLeast(sorted, 0)) / (kept + 1);
    return Math.min(1, 2 * Math.min(low, high));
  }

  /** The BCa p-value of these replicates; see {@link #bcaPValue(double[], double, double)}. */
  double bcaPValue() {
    return bcaPValue(replicates, estimate, acceleration.getAsDouble());
  }

  /**
   * Two-sided p-value consistent with the BCa interval: the level at which a BCa bound reaches 0 on
   * the log scale. With {@code G = (#(r < 0) + #(r = 0)/2 + 1/2) / (B + 1)} and {@code w = Phi^-1(G) -
   * z0}, the bound reaches 0 at {@code z_alpha = w / (1 + a w) - z0}; p is twice the smaller tail of
   * {@code Phi(z_alpha)}.
   */
  static double bcaPValue(double[] sorted, double estimate, double a) {
    double kept = sorted.length;
    double below = countBelow(sorted, 0) + 0.5 * (countAtMost(sorted, 0) - countBelow(sorted, 0));
    double g = (below + 0.5) / (kept + 1);
    double z0 = biasCorrection(sorted, estimate);
    double w = NORMAL.inverseCumulativeProbability(g) - z0;
    double denominator = 1 + a * w;
    if (denominator <= 0) {
      return 2 / (kept + 1);
    }
    double tail = NORMAL.cumulativeProbability(w / denominator - z0);
    return Math.min(1, 2 * Math.min(tail, 1 - tail));
  }

  private static int countBelow(double[] sorted, double x) {
    int c = 0;
    for (double r : sorted) {
      if (r < x) {
        c++;
      }
    }
    return c;
  }

  private static int countAtMost(double[] sorted, double x) {
    int c = 0;
    for (double r : sorted) {
      if (r <= x) {
        c++;
      }
    }
    return c;
  }

  private static int countAtLeast(double[] sorted, double x) {
    int c = 0;
    for (double r : sorted) {
      if (r >= x) {
        c++;
      }
    }
    return c;
  }

  double quantile(double p) {
    return quantile(replicates, p);
  }

  /**
   * R's type 7 quantile of sorted values: {@code h = (n - 1) p}, linear between the order statistics
   * around {@code h}; an infinite neighbour gives that infinity (the bound is unbounded).
   */
  static double quantile(double[] s, double p) {
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    double frac = h - lo;
    if (frac == 0) {
      return s[lo];
    }
    // frac > 0 only below the last order statistic.
    int hi = lo + 1;
    if (s[lo] == s[hi]) {
      return s[lo];
    }
    if (Double.isInfinite(s[lo]) || Double.isInfinite(s[hi])) {
      return p < 0.5 ? s[lo] : s[hi];
    }
    return s[lo] + frac * (s[hi] - s[lo]);
  }
}
