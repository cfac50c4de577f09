package org.nwd.fidelity;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * One line of a {@link FidelityRubric}: an indicator that counts, the threshold at which it is met
 * (in the indicator's {@link FidelityIndicator#unit() unit}) and its weight in the score.
 */
@Value.Immutable
public abstract class Criterion {

  /** The indicator. */
  public abstract FidelityIndicator indicator();

  /**
   * The threshold: met at or below it for {@link FidelityIndicator#isAtMost() at-most} indicators,
   * at or above it otherwise. Finite, at least 0 and at most the indicator's {@link
   * FidelityIndicator#maxThreshold() maximum} (1 for shares).
   */
  public abstract double threshold();

  /** The weight in the score, greater than 0; exact, as adopters write it (e.g. 1 or 0.5). */
  public abstract BigDecimal weight();

  @Value.Check
  void check() {
    boolean bounded = Double.isFinite(indicator().maxThreshold());
    DomainRuleException.require(
        Double.isFinite(threshold())
            && threshold() >= 0
            && threshold() <= indicator().maxThreshold(),
        "threshold",
        "threshold %s of %s must be finite and %s",
        threshold(),
        indicator().code(),
        bounded ? "from 0 to " + Text.num(indicator().maxThreshold()) : "at least 0");
    DomainRuleException.require(
        weight().signum() > 0,
        "weight",
        "weight %s of %s must be greater than 0",
        weight().toPlainString(),
        indicator().code());
  }

  /** {@code indicator} at {@code threshold} with {@code weight}. */
  public static Criterion of(FidelityIndicator indicator, double threshold, BigDecimal weight) {
    return builder().indicator(indicator).threshold(threshold).weight(weight).build();
  }

  /** {@code indicator} at its {@link FidelityIndicator#defaultThreshold() proposed threshold}, weight 1. */
  public static Criterion proposed(FidelityIndicator indicator) {
    return of(indicator, indicator.defaultThreshold(), BigDecimal.ONE);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {}

  /** True when {@code value} meets the threshold. */
  public boolean isMetBy(double value) {
    return indicator().isAtMost() ? value <= threshold() : value >= threshold();
  }

  /** E.g. {@code days_to_first_hub_contact at most 7 days, weight 1}. */
  @Override
  public String toString() {
    return indicator().code()
        + " "
        + indicator().rule(threshold())
        + ", weight "
        + weight().toPlainString();
  }
}
