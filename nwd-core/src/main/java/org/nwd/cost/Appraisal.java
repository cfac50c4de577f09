package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * Everything one cost-avoidance appraisal needs: events avoided per measure, the caller's
 * assumptions per measure, programme costs by year and paying agency, the price base, the unit costs
 * and their mapping, the price-year mapping, the deflator, the discounting conventions and the
 * unit-cost ranges for uncertainty analysis.
 *
 * <p>Appraisal years run from 0 (the base year, undiscounted). Benefit year 1 falls in appraisal year
 * {@link #firstBenefitYear()} (0 or 1: the first-year discounting convention, a caller choice).
 * Programme costs are stated in real {@link #priceBase()} prices, each with the agency that pays it
 * ({@link #programmeCostItems()}; costs given by year only ({@link #programmeCosts()}) have no stated
 * payer and are reported under {@link Agency#UNSPECIFIED}). The deflator (HM Treasury, March 2026),
 * catalogue, mapping, price-year mapping ({@link PriceYearMapping#standard()}), discount schedule and
 * unit-cost ranges may be left out: the shipped defaults are then used and listed in the result.
 */
// copy = true: with* methods (one per attribute, validated like build()) so a user varies a
// value without copying every setter; the generated WithAppraisal interface declares them.
@Value.Immutable(copy = true)
public abstract class Appraisal implements WithAppraisal {

  /** The price base year all values are expressed in (Green Book: the first year of the proposal). */
  public abstract PriceYear priceBase();

  /** Appraisal year in which benefit year 1 falls: 0 (undiscounted) or 1 (discounted once). */
  public abstract int firstBenefitYear();

  /** True to discount flows as arising mid-year ({@link DiscountSchedule#midYearFactor}). */
  public abstract boolean midYear();

  public abstract ImmutableList<EventsAvoided> events();

  public abstract ImmutableList<MeasureAssumptions> assumptions();

  /**
   * Programme costs by appraisal year, in price-base prices, each zero or more, whose paying agency is
   * not stated (reported under {@link Agency#UNSPECIFIED}). Prefer {@link #programmeCostItems()}.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Money> programmeCosts();

  /** Programme costs by appraisal year and the agency that pays them, in price-base prices. */
  public abstract ImmutableList<ProgrammeCost> programmeCostItems();

  /** Optimism-bias uplift to costs, {@code cost × (1 + OB_cost)}; empty means none (listed). */
  public abstract Optional<BigDecimal> costOptimismBias();

  /** Leave fiscal transfer payments out of the wider case (methods.md §3.7). */
  @Value.Default
  public boolean excludeTransferPaymentsFromWiderCase() {
    return true;
  }

  public abstract Optional<GdpDeflator> deflator();

  public abstract Optional<UnitCostCatalogue> catalogue();

  public abstract Optional<OutcomeCostMapping> mapping();

  public abstract Optional<DiscountSchedule> discountSchedule();

  /** How non-financial price-year labels are read; empty means {@link PriceYearMapping#standard()}. */
  public abstract Optional<PriceYearMapping> priceYearMapping();

  /**
   * Multiplier ranges (low, 1, high) by which uncertainty analysis varies each unit cost, by its
   * {@linkplain UnitCost#uncertaintyGrade() grade}; grades left out take {@link
   * Confidence#proposedRange()} (listed in the result's defaults). Give {@code Estimate.of("1")} for
   * a grade to hold its costs fixed.
   */
  public abstract ImmutableMap<Confidence, Estimate> unitCostRanges();

  @Value.Check
  void check() {
    DomainRuleException.require(
        firstBenefitYear() == 0 || firstBenefitYear() == 1,
        "firstBenefitYear",
        "firstBenefitYear is %s: must be 0 or 1",
        firstBenefitYear());
    Set<String> seen = new HashSet<>();
    for (EventsAvoided e : events()) {
      DomainRuleException.require(
          seen.add(e.measureCode()), "events", "events for %s are given twice", e.measureCode());
    }
    Set<String> assumed = new HashSet<>();
    for (MeasureAssumptions a : assumptions()) {
      DomainRuleException.require(
          assumed.add(a.measureCode()),
          "assumptions",
          "assumptions for %s are given twice",
          SafeText.bounded(a.measureCode()));
    }
    for (String m : seen) {
      DomainRuleException.require(
          assumed.contains(m),
          "assumptions",
          "measure %s has events avoided but no assumptions (benefitYears at least)",
          SafeText.bounded(m));
    }
    for (Map.Entry<Integer, Money> c : programmeCosts().entrySet()) {
      DomainRuleException.require(
          c.getKey() >= 0, "programmeCosts", "programme cost year %s: years start at 0", c.getKey());
      DomainRuleException.require(
          !c.getValue().isNegative(),
          "programmeCosts",
          "programme cost in year %s is %s: must not be negative",
          c.getKey(),
          c.getValue().toExactString());
    }
    unitCostRanges()
        .forEach(
            (grade, range) ->
                DomainRuleException.require(
                    range.central().compareTo(BigDecimal.ONE) == 0 && range.low().signum() >= 0,
                    "unitCostRanges",
                    "unit-cost range for %s is %s to %s around %s: a multiplier range needs"
                        + " central 1 and low 0 or more",
                    grade,
                    range.low().toPlainString(),
                    range.high().toPlainString(),
                    range.central().toPlainString()));
    costOptimismBias()
        .ifPresent(
            ob ->
                DomainRuleException.require(
                    ob.signum() >= 0,
                    "costOptimismBias",
                    "costOptimismBias is %s: must be 0 or more",
                    ob.toPlainString()));
  }

  /** The assumptions for {@code measureCode}. */
  public MeasureAssumptions assumptionsFor(String measureCode) {
    return assumptions().stream()
        .filter(a -> a.measureCode().equals(measureCode))
        .findFirst()
        .orElseThrow(
            () ->
                new DomainRuleException(
                    "assumptions", "no assumptions for measure " + SafeText.bounded(measureCode)));
  }

  /** This appraisal with other events and assumptions (for sensitivity analysis). */
  public Appraisal withInputs(List<EventsAvoided> events, List<MeasureAssumptions> assumptions) {
    Builder b = builder();
    b.priceBase(priceBase())
        .firstBenefitYear(firstBenefitYear())
        .midYear(midYear())
        .addAllEvents(events)
        .addAllAssumptions(assumptions)
        .putAllProgrammeCosts(programmeCosts())
        .addAllProgrammeCostItems(programmeCostItems())
        .costOptimismBias(costOptimismBias())
        .excludeTransferPaymentsFromWiderCase(excludeTransferPaymentsFromWiderCase())
        .deflator(deflator())
        .catalogue(catalogue())
        .mapping(mapping())
        .discountSchedule(discountSchedule())
        .priceYearMapping(priceYearMapping())
        .putAllUnitCostRanges(unitCostRanges());
    return b.build();
  }

  /** Every programme cost as an item: {@link #programmeCosts()} (payer unspecified), then the items. */
  public List<ProgrammeCost> allProgrammeCosts() {
    List<ProgrammeCost> out = new ArrayList<>();
    programmeCosts().forEach((y, m) -> out.add(ProgrammeCost.of(y, Agency.UNSPECIFIED, m)));
    out.addAll(programmeCostItems());
    return out;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Appraisal}. */
  public static final class Builder extends ImmutableAppraisal.Builder {
    /** Adds {@code amount} paid by {@code agency} in appraisal year {@code year}. */
    public Builder addProgrammeCost(int year, Agency agency, Money amount) {
      addProgrammeCostItems(ProgrammeCost.of(year, agency, amount));
      return this;
    }

    /** The cost optimism-bias uplift as typed, e.g. {@code 0.1} for 10% (BigDecimal.valueOf semantics). */
    public Builder costOptimismBias(double uplift) {
      costOptimismBias(Money.finite(uplift, "costOptimismBias"));
      return this;
    }
  }
}
