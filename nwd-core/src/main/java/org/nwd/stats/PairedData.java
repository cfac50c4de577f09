package org.nwd.stats;

import java.util.ArrayList;
import java.util.List;
import org.nwd.DomainRuleException;

/**
 * Checks and differences for per-person before/after vectors. Sums and spreads are computed on values
 * scaled by a power of two (exact), so finite inputs near {@code Double.MAX_VALUE} or near the
 * smallest doubles neither overflow nor underflow on the way.
 */
final class PairedData {
  private PairedData() {}

  static void check(List<Double> before, List<Double> after, int minimum) {
    DomainRuleException.require(
        before.size() == after.size(),
        "after",
        "after has %s values but before has %s: pairs must line up",
        after.size(),
        before.size());
    DomainRuleException.require(
        before.size() >= minimum,
        "before",
        "%s pairs given, at least %s needed",
        before.size(),
        minimum);
    for (int i = 0; i < before.size(); i++) {
      DomainRuleException.require(
          Double.isFinite(before.get(i)) && Double.isFinite(after.get(i)),
          "before",
          "pair %s is not finite",
          i);
    }
  }

  /**
   * {@code after_i - before_i}, or, when one of those overflows a double, {@code after_i / 2 -
   * before_i / 2} for every pair: the same order, signs and ties, so enough for ranks.
   */
  static double[] differencesForOrder(List<Double> before, List<Double> after) {
    double[] d = new double[before.size()];
    boolean overflow = false;
    for (int i = 0; i < d.length; i++) {
      d[i] = after.get(i) - before.get(i);
      overflow |= Double.isInfinite(d[i]);
    }
    if (overflow) {
      for (int i = 0; i < d.length; i++) {
        d[i] = after.get(i) / 2 - before.get(i) / 2;
      }
    }
    return d;
  }

  /** The mean and sample SD (divisor n - 1) of {@code after - before}, overflow-safe. */
  static double[] meanAndSdOfDifferences(List<Double> before, List<Double> after) {
    int n = before.size();
    double[] b = toArray(before);
    double[] a = toArray(after);
    // Scale every value by one power of two so the largest is about 1: exact, and no difference,
    // sum or square of a difference can overflow. Tiny values come up so squares do not underflow.
    double max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, Math.max(Math.abs(a[i]), Math.abs(b[i])));
    }
    if (max == 0) {
      return new double[] {0, 0};
    }
    int shift = Math.getExponent(max);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = Math.scalb(a[i], -shift) - Math.scalb(b[i], -shift);
    }
    double mean = mean(d);
    double sd = n < 2 ? 0 : sd(d, mean);
    return new double[] {Math.scalb(mean, shift), Math.scalb(sd, shift)};
  }

  /** The mean and sample SD (divisor n - 1) of {@code x}, overflow-safe. */
  static double[] meanAndSd(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, Math.abs(v));
    }
    if (max == 0) {
      return new double[] {0, 0};
    }
    int shift = Math.getExponent(max);
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = Math.scalb(x[i], -shift);
    }
    double mean = mean(s);
    double sd = x.length < 2 ? 0 : sd(s, mean);
    return new double[] {Math.scalb(mean, shift), Math.scalb(sd, shift)};
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** Sample standard deviation, divisor n - 1 (two-pass). */
  private static double sd(double[] x, double mean) {
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  static double[] toArray(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static List<Double> boxed(double[] x) {
    List<Double> out = new ArrayList<>(x.length);
    for (double v : x) {
      out.add(v);
    }
    return out;
  }
}
