package org.nwd.testkit.coverage;

import org.immutables.value.Value;

/**
 * One cell of a {@link CoverageTable}: for an estimand, a data shape, a cohort size and an interval
 * method, how many simulated intervals contained the true value, how many were undefined (counted as
 * not covering), and their mean width on the ratio scale.
 */
@Value.Immutable
public abstract class CoverageRow {
  /** The estimand of the before/after rate ratio. */
  public static final String RATE_RATIO = "rate ratio";

  /** The estimand of the ratio of rate ratios against a comparison cohort. */
  public static final String RATIO_OF_RATE_RATIOS = "ratio of rate ratios";

  public abstract String estimand();

  public abstract CountShape shape();

  /** Young people per cohort (per group for the ratio of rate ratios). */
  public abstract int people();

  /** The interval method in words. */
  public abstract String method();

  public abstract long simulations();

  public abstract long covered();

  public abstract long undefined();

  /** Mean of upper minus lower over the defined intervals; NaN when none was defined. */
  public abstract double meanWidth();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoverageRow}. */
  public static final class Builder extends ImmutableCoverageRow.Builder {}

  /** {@code covered / simulations}. */
  public double coverage() {
    return (double) covered() / simulations();
  }
}
