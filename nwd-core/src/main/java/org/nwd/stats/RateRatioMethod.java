package org.nwd.stats;

/** How {@link RateRatio} computes its interval. */
public enum RateRatioMethod {
  /**
   * {@link #EXACT_CONDITIONAL} when either count is below {@link RateRatio#SMALL_COUNT} (this includes
   * any zero count), otherwise {@link #LOG_WALD}.
   */
  AUTO,
  /** Clopper-Pearson interval for {@code a} of {@code n = a + b}, mapped back to the rate ratio. */
  EXACT_CONDITIONAL,
  /** {@code IRR x exp(+-z sqrt(1/a + 1/b))}; undefined when either count is 0. */
  LOG_WALD
}
