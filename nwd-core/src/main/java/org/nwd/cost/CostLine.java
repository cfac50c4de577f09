package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.Explanation;

/** The programme cost of one appraisal year, after any cost optimism-bias uplift, and its PV. */
@Value.Immutable
public abstract class CostLine {

  public abstract int year();

  public abstract Money cost();

  public abstract BigDecimal discountFactor();

  public abstract Money presentValue();

  public abstract Explanation explanation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostLine}. */
  public static final class Builder extends ImmutableCostLine.Builder {}
}
