package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The result of {@link CostAvoidanceModel#run}: every benefit line (year × measure × unit cost, hence
 * agency and value type), every cost line, the financial and wider cases, and the list of defaults the
 * model applied because the caller did not state them.
 */
@Value.Immutable
public abstract class CostAvoidanceResult {

  public abstract ImmutableList<BenefitLine> benefitLines();

  public abstract ImmutableList<CostLine> costLines();

  /** Fiscal values only, with cashable and non-cashable parts. */
  public abstract CaseSummary financialCase();

  /** Fiscal, economic and social values, without transfer payments if flagged. */
  public abstract CaseSummary widerCase();

  /** Last appraisal year with a benefit or a cost. */
  public abstract int horizon();

  /** Each default applied in place of a caller judgement, in words; empty if the caller stated all. */
  public abstract ImmutableList<String> defaultsApplied();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostAvoidanceResult}. */
  public static final class Builder extends ImmutableCostAvoidanceResult.Builder {}
}
