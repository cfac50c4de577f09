package org.nwd.stats;

import java.util.List;
import org.nwd.DomainRuleException;

/** Checks and differences for per-person before/after vectors. */
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

  /** {@code after_i - before_i}. */
  static double[] differences(List<Double> before, List<Double> after) {
    double[] d = new double[before.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = after.get(i) - before.get(i);
    }
    return d;
  }

  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** Sample standard deviation, divisor n - 1 (two-pass). */
  static double sd(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  static double[] toArray(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
