package org.nwd.stats;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * The confidence level of an interval, e.g. 0.95, strictly between 0 and 1. Every result in this
 * package records the level it was computed at.
 */
@Value.Immutable
public abstract class ConfidenceLevel {

  /** The default, 95%. */
  public static final ConfidenceLevel NINETY_FIVE = of(0.95);

  /** The level as a fraction, e.g. 0.95. */
  @Value.Parameter
  public abstract double value();

  @Value.Check
  void check() {
    DomainRuleException.require(
        value() > 0 && value() < 1,
        "confidenceLevel",
        "confidence level %s must be strictly between 0 and 1",
        value());
  }

  public static ConfidenceLevel of(double value) {
    return ImmutableConfidenceLevel.of(value);
  }

  /** {@code alpha = 1 - level}, e.g. 0.05. */
  public double alpha() {
    return 1 - value();
  }

  /** The two-sided standard normal quantile {@code z = Phi^-1(1 - alpha/2)}, 1.959964 at 95%. */
  public double z() {
    return NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha() / 2);
  }

  /** The level as a percentage, e.g. "95%" or "99.5%". */
  @Override
  public String toString() {
    return BigDecimal.valueOf(value()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
