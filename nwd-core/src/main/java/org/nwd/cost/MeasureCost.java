package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * One unit cost an outcome measure is valued with, and how to convert the cost's unit to one event
 * of the measure: {@code cost per event = unit cost × multiplier / divisor}. For example a weekly
 * residential cost valued per placement day has divisor 7; a monthly cost per day has multiplier 12
 * and divisor 365.
 */
@Value.Immutable
public abstract class MeasureCost {

  /** The unit cost's code; with {@link #valueType()} the catalogue key. */
  public abstract String unitCostCode();

  public abstract ValueType valueType();

  @Value.Default
  public BigDecimal multiplier() {
    return BigDecimal.ONE;
  }

  @Value.Default
  public BigDecimal divisor() {
    return BigDecimal.ONE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        multiplier().signum() > 0, "multiplier", "multiplier for %s is %s: must be positive",
        unitCostCode(), multiplier().toPlainString());
    DomainRuleException.require(
        divisor().signum() > 0, "divisor", "divisor for %s is %s: must be positive",
        unitCostCode(), divisor().toPlainString());
  }

  /** The cost used as it stands (one unit per event). */
  public static MeasureCost of(String unitCostCode, ValueType valueType) {
    return builder().unitCostCode(unitCostCode).valueType(valueType).build();
  }

  /** The cost converted: {@code × multiplier / divisor} per event. */
  public static MeasureCost converted(
      String unitCostCode, ValueType valueType, BigDecimal multiplier, BigDecimal divisor) {
    return builder()
        .unitCostCode(unitCostCode)
        .valueType(valueType)
        .multiplier(multiplier)
        .divisor(divisor)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureCost}. */
  public static final class Builder extends ImmutableMeasureCost.Builder {}
}
