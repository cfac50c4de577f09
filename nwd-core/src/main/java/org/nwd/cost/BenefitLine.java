package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * The benefit of one measure, valued with one unit cost, in one appraisal year: gross (events avoided
 * × uprated unit cost, before additionality and optimism bias), net (after both), discounted, and
 * split into cashable and non-cashable. All amounts exact, in price-base prices.
 */
@Value.Immutable
public abstract class BenefitLine {

  /** Appraisal year (0 = base year). */
  public abstract int year();

  /** Benefit year (1 = first benefit year). */
  public abstract int benefitYear();

  public abstract String measureCode();

  public abstract String unitCostCode();

  public abstract ValueType valueType();

  public abstract Agency agency();

  public abstract boolean transferPayment();

  /** Net events avoided this year (after additionality, lag and drop-off). */
  public abstract BigDecimal netEvents();

  public abstract Money grossBenefit();

  public abstract Money netBenefit();

  public abstract BigDecimal discountFactor();

  /** {@code netBenefit × discountFactor}. */
  public abstract Money presentValue();

  /** Cashable share applied (0 for economic and social values and for unassessed fiscal values). */
  public abstract BigDecimal cashableShare();

  public Money cashable() {
    return netBenefit().times(cashableShare());
  }

  public Money nonCashable() {
    return netBenefit().minus(cashable());
  }

  public Money cashablePresentValue() {
    return presentValue().times(cashableShare());
  }

  public Money nonCashablePresentValue() {
    return presentValue().minus(cashablePresentValue());
  }

  public abstract Explanation explanation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BenefitLine}. */
  public static final class Builder extends ImmutableBenefitLine.Builder {}
}
