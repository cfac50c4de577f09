package org.nwd.cost;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Monte Carlo result: P5/P50/P95 and mean of NPV and BCR for the financial and wider cases. BCR is
 * empty when there are no programme costs. Figures are doubles (simulation), not exact money.
 */
@Value.Immutable
public abstract class MonteCarloResult {
  public abstract int iterations();

  public abstract long seed();

  public abstract Distribution financialNpv();

  public abstract Optional<Distribution> financialBcr();

  public abstract Distribution widerNpv();

  public abstract Optional<Distribution> widerBcr();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonteCarloResult}. */
  public static final class Builder extends ImmutableMonteCarloResult.Builder {}
}
