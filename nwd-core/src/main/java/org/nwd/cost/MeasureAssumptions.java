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
// copy = true: with* methods (one per attribute, validated like build()) so a user varies a
// value without copying every setter; the generated WithMeasureAssumptions interface declares them.
@Value.Immutable(copy = true)
public abstract class MeasureAssumptions implements WithMeasureAssumptions {

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

  /** The shortest lag uncertainty analysis tries (with {@link #lagYearsHigh()}); empty: fixed. */
  public abstract Optional<Integer> lagYearsLow();

  /** The longest lag uncertainty analysis tries (with {@link #lagYearsLow()}). */
  public abstract Optional<Integer> lagYearsHigh();

  /** The shortest benefit horizon uncertainty analysis tries (with {@link #benefitYearsHigh()}). */
  public abstract Optional<Integer> benefitYearsLow();

  /** The longest benefit horizon uncertainty analysis tries (with {@link #benefitYearsLow()}). */
  public abstract Optional<Integer> benefitYearsHigh();

  /** The lag as (low, central, high) whole years; low = central = high when no range is stated. */
  public int[] lagRange() {
    int central = lagYears().orElse(0);
    return new int[] {lagYearsLow().orElse(central), central, lagYearsHigh().orElse(central)};
  }

  /** The benefit horizon as (low, central, high) years; all equal when no range is stated. */
  public int[] benefitYearsRange() {
    int central = benefitYears();
    return new int[] {
      benefitYearsLow().orElse(central), central, benefitYearsHigh().orElse(central)
    };
  }

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
    range(m, "lagYears", lagYearsLow(), lagRange(), lagYearsHigh(), 0);
    range(m, "benefitYears", benefitYearsLow(), benefitYearsRange(), benefitYearsHigh(), 1);
  }

  private static void range(
      String m, String field, Optional<Integer> low, int[] r, Optional<Integer> high, int min) {
    DomainRuleException.require(
        low.isPresent() == high.isPresent(),
        field + "Range",
        "%s range for %s gives only one end (low %s, high %s): give both or neither",
        field,
        m,
        low.map(String::valueOf).orElse("none"),
        high.map(String::valueOf).orElse("none"));
    DomainRuleException.require(
        r[0] >= min && r[0] <= r[1] && r[1] <= r[2],
        field + "Range",
        "%s range for %s is %s to %s around %s: needs %s <= low <= central <= high",
        field,
        m,
        r[0],
        r[2],
        r[1],
        min);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureAssumptions}. */
  public static final class Builder extends ImmutableMeasureAssumptions.Builder {
    /** The assessed cashable share for {@code agency} as typed, e.g. {@code 0.5} for 50%. */
    public Builder putCashableShares(Agency agency, double share) {
      putCashableShares(agency, Money.finite(share, "cashableShare"));
      return this;
    }

    /** The lag's range for uncertainty analysis: {@code low} to {@code high} whole years. */
    public Builder lagYearsRange(int low, int high) {
      lagYearsLow(low);
      lagYearsHigh(high);
      return this;
    }

    /** The benefit horizon's range for uncertainty analysis: {@code low} to {@code high} years. */
    public Builder benefitYearsRange(int low, int high) {
      benefitYearsLow(low);
      benefitYearsHigh(high);
      return this;
    }
  }
}
