package org.nwd.cost;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * The caller's assumptions for one outcome measure (methods.md §6: all local judgements). Shares are
 * written 0 to 1. Anything left empty is applied as 0 (or not cashable) <em>and listed</em> in
 * {@link CostAvoidanceResult#defaultsApplied()}, so no default is silent.
 */
@Value.Immutable
public abstract class MeasureAssumptions {

  public abstract String measureCode();

  /** Share that would have happened anyway; skipped for difference-in-differences events. */
  public abstract Optional<Estimate> deadweight();

  public abstract Optional<Estimate> displacement();

  public abstract Optional<Estimate> attribution();

  /** Optimism-bias cut to benefits, {@code benefit × (1 - OB)}. No generic values exist. */
  public abstract Optional<Estimate> optimismBias();

  /** Share of the remaining effect lost each year after the first benefit year. */
  public abstract Optional<Estimate> dropOff();

  /** Whole years before benefits start. */
  public abstract Optional<Integer> lagYears();

  /** Number of benefit years counted (the horizon of this measure's benefits), at least 1. */
  public abstract int benefitYears();

  /**
   * Assessed cashable share of the fiscal saving by agency; overrides the unit cost's own share.
   * Agencies with neither are treated as 0% cashable and listed.
   */
  public abstract ImmutableMap<Agency, BigDecimal> cashableShares();

  @Value.Check
  void check() {
    String m = measureCode();
    deadweight().ifPresent(e -> e.requireShares("deadweight", m));
    displacement().ifPresent(e -> e.requireShares("displacement", m));
    attribution().ifPresent(e -> e.requireShares("attribution", m));
    optimismBias().ifPresent(e -> e.requireShares("optimismBias", m));
    dropOff().ifPresent(e -> e.requireShares("dropOff", m));
    cashableShares().forEach((a, s) -> Shares.require(s, "cashableShare", m + "/" + a));
    DomainRuleException.require(
        lagYears().orElse(0) >= 0, "lagYears", "lagYears for %s is %s: must be 0 or more", m,
        lagYears().orElse(0));
    DomainRuleException.require(
        benefitYears() >= 1, "benefitYears", "benefitYears for %s is %s: must be at least 1", m,
        benefitYears());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureAssumptions}. */
  public static final class Builder extends ImmutableMeasureAssumptions.Builder {}
}
