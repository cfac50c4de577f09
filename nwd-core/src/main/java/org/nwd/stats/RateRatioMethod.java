package org.nwd.stats;

/**
 * How {@link RateRatio} (and {@link RatioOfRateRatios}) computes its interval and p-value. The
 * clustered and bootstrap methods treat each young person as a cluster, so they hold when counts are
 * overdispersed (a few young people with many events) and when days come in runs; the Poisson methods
 * ({@link #EXACT_CONDITIONAL}, {@link #LOG_WALD}) treat every event as independent and are too narrow
 * then. The coverage study ({@code org.nwd.testkit.coverage}, README of nwd-core) measured each.
 */
public enum RateRatioMethod {
  /**
   * The default. With person-level data ({@link PersonCountSums}): {@link #CLUSTER_ROBUST}, or {@link
   * #EXACT_CONDITIONAL} with a warning when the clustered interval is undefined (no events in a
   * window, fewer than two young people, or no person-level variation). With cohort totals only: the
   * Poisson choice, {@link #EXACT_CONDITIONAL} when either count is below {@link
   * RateRatio#SMALL_COUNT} and {@link #LOG_WALD} otherwise, with a warning that it assumes no
   * overdispersion.
   */
  AUTO,
  /**
   * Poisson, exact: the Clopper-Pearson interval for {@code a} of {@code n = a + b}, mapped back to the
   * rate ratio; central exact binomial p-value (twice the smaller tail).
   */
  EXACT_CONDITIONAL,
  /** Poisson, {@code IRR x exp(+-z sqrt(1/a + 1/b))}; z-test p-value; undefined when a count is 0. */
  LOG_WALD,
  /**
   * Cluster-robust (sandwich, delta method) variance of the log rate ratio from person-level sums,
   * each young person a cluster, with the small-sample factor {@code n/(n - 1)} and Student's t with
   * {@code n - 1} degrees of freedom; t-test p-value.
   */
  CLUSTER_ROBUST,
  /**
   * Seeded person-level bootstrap (young people resampled with replacement, before and after kept
   * together), percentile interval on the log scale; p-value from the replicates' tails.
   */
  BOOTSTRAP_PERCENTILE,
  /**
   * The same bootstrap with the BCa interval (bias-corrected and accelerated, jackknife over young
   * people); p-value by inverting the BCa bounds.
   */
  BOOTSTRAP_BCA;

  /** True for the methods that assume independent (Poisson) events. */
  public boolean isPoisson() {
    return this == EXACT_CONDITIONAL || this == LOG_WALD;
  }

  /** True for the person-level bootstrap methods. */
  public boolean isBootstrap() {
    return this == BOOTSTRAP_PERCENTILE || this == BOOTSTRAP_BCA;
  }

  /** The method in words, e.g. "cluster-robust, young people as clusters". */
  public String text() {
    switch (this) {
      case AUTO:
        return "default (clustered with person-level data)";
      case EXACT_CONDITIONAL:
        return "exact conditional (Poisson)";
      case LOG_WALD:
        return "log-Wald (Poisson)";
      case CLUSTER_ROBUST:
        return "cluster-robust, young people as clusters";
      case BOOTSTRAP_PERCENTILE:
        return "person bootstrap, percentile";
      default:
        return "person bootstrap, BCa";
    }
  }
}
