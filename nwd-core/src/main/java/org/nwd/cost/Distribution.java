package org.nwd.cost;

import org.immutables.value.Value;

/** Percentiles of a simulated figure: P5, P50, P95 (linear interpolation, R type 7) and the mean. */
@Value.Immutable
public abstract class Distribution {
  public abstract double p5();

  public abstract double p50();

  public abstract double p95();

  public abstract double mean();

  /** Summarises {@code sorted} (ascending, not empty). */
  static Distribution of(double[] sorted) {
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return builder()
        .p5(quantile(sorted, 0.05))
        .p50(quantile(sorted, 0.5))
        .p95(quantile(sorted, 0.95))
        .mean(sum / sorted.length)
        .build();
  }

  /** R type 7: {@code h = (n-1)q}, {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Distribution}. */
  public static final class Builder extends ImmutableDistribution.Builder {}
}
