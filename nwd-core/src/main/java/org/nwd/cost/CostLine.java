package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * The programme cost one agency pays in one appraisal year, after any cost optimism-bias uplift, and
 * its PV.
 */
@Value.Immutable
public abstract class CostLine {

  public abstract int year();

  /** The agency that pays; {@link Agency#UNSPECIFIED} when the appraisal did not say. */
  @Value.Default
  public Agency agency() {
    return Agency.UNSPECIFIED;
  }

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
