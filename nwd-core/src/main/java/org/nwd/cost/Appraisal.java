package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
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
 * assumptions per measure, programme costs by year, the price base, the unit costs and their mapping,
 * the deflator and the discounting conventions.
 *
 * <p>Appraisal years run from 0 (the base year, undiscounted). Benefit year 1 falls in appraisal year
 * {@link #firstBenefitYear()} (0 or 1: the first-year discounting convention, a caller choice).
 * Programme costs are stated in real {@link #priceBase()} prices. The deflator, catalogue, mapping and
 * discount schedule may be left out: the shipped defaults are then used and listed in the result.
 */
@Value.Immutable
public abstract class Appraisal {

  /** The price base year all values are expressed in (Green Book: the first year of the proposal). */
  public abstract PriceYear priceBase();

  /** Appraisal year in which benefit year 1 falls: 0 (undiscounted) or 1 (discounted once). */
  public abstract int firstBenefitYear();

  /** True to discount flows as arising mid-year ({@link DiscountSchedule#midYearFactor}). */
  public abstract boolean midYear();

  public abstract ImmutableList<EventsAvoided> events();

  public abstract ImmutableList<MeasureAssumptions> assumptions();

  /** Programme costs by appraisal year, in price-base prices, each zero or more. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, Money> programmeCosts();

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
          a.measureCode());
    }
    for (String m : seen) {
      DomainRuleException.require(
          assumed.contains(m),
          "assumptions",
          "measure %s has events avoided but no assumptions (benefitYears at least)",
          m);
    }
    for (Map.Entry<Integer, Money> c : programmeCosts().entrySet()) {
      DomainRuleException.require(
          c.getKey() >= 0, "programmeCosts", "programme cost year %s: years start at 0", c.getKey());
      DomainRuleException.require(
          !c.getValue().isNegative(),
          "programmeCosts",
          "programme cost in year %s is %s: must not be negative",
          c.getKey(),
          c.getValue());
    }
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
        .costOptimismBias(costOptimismBias())
        .excludeTransferPaymentsFromWiderCase(excludeTransferPaymentsFromWiderCase())
        .deflator(deflator())
        .catalogue(catalogue())
        .mapping(mapping())
        .discountSchedule(discountSchedule());
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Appraisal}. */
  public static final class Builder extends ImmutableAppraisal.Builder {}
}
