package org.nwd.cost;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Monte Carlo result: P5/P50/P95 and mean of NPV and BCR for the financial and wider cases, and
 * what was varied. BCR is empty when there are no programme costs. Figures are doubles (simulation),
 * not exact money.
 */
@Value.Immutable
public abstract class MonteCarloResult {
  public abstract int iterations();

  public abstract long seed();

  public abstract Distribution financialNpv();

  public abstract Optional<Distribution> financialBcr();

  public abstract Distribution widerNpv();

  public abstract Optional<Distribution> widerBcr();

  /**
   * Present when the wider case adds nothing to the financial case (no economic or social values and
   * no transfer payments left out), saying so: its figures then repeat the financial case's.
   */
  public abstract Optional<String> widerCaseNote();

  /** What was varied, e.g. "ARRESTS DEADWEIGHT", "ARRESTS LAG", "unit cost CR7.0 (FISCAL)". */
  public abstract com.google.common.collect.ImmutableList<String> varied();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonteCarloResult}. */
  public static final class Builder extends ImmutableMonteCarloResult.Builder {}
}
