package org.nwd.examples;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.PriceYearMapping;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.RateChange;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.StandardMeasures;

/**
 * The ILLUSTRATIVE assumptions the examples use to turn events avoided into cost avoidance. They are
 * made up to show the method working: they are not North Yorkshire's figures and not a
 * recommendation. A real appraisal states its own, agreed locally with finance colleagues
 * (methods.md §6). {@link #LINES} says each one in words, and every example prints them.
 */
public final class Illustrative {
  private Illustrative() {}

  /**
   * The measures costed: those the examples analyse that have a unit cost in the proposed mapping
   * (police call-outs have none; the SDQ is a score, not an event).
   */
  public static final ImmutableList<OutcomeMeasure> COSTED_MEASURES =
      ImmutableList.of(
          StandardMeasures.MISSING_INCIDENTS,
          StandardMeasures.ARRESTS,
          StandardMeasures.CRISIS_PRESENTATIONS,
          StandardMeasures.PLACEMENT_MOVES);

  /** Price base of the appraisal: today's prices (a forecast year of the shipped deflator). */
  public static final PriceYear PRICE_BASE = PriceYear.parse("2025/26");

  /** Monte Carlo iterations. */
  public static final int ITERATIONS = 10_000;

  /** Monte Carlo seed: the same seed always gives the same percentiles. */
  public static final long MONTE_CARLO_SEED = 20170401L;

  /**
   * Illustrative programme costs (price-base prices), paid by the local authority: set-up in year 0,
   * running costs in year 1.
   */
  public static final Money COST_YEAR_0 = Money.ofPounds(120_000);

  public static final Money COST_YEAR_1 = Money.ofPounds(60_000);

  /** The assumptions in words, printed by every example and placed in the report's notes. */
  public static final ImmutableList<String> LINES =
      ImmutableList.of(
          "ILLUSTRATIVE ASSUMPTIONS (made up for this example, not real figures):",
          "  price base 2025/26; benefit year 1 = appraisal year 1; end-of-year discounting"
              + " (Green Book schedule); shipped deflator (HM Treasury, March 2026)",
          "  programme costs paid by the Local Authority: GBP 120,000 in year 0, GBP 60,000 in"
              + " year 1; cost optimism bias 10%",
          "  per measure: deadweight 30% (10-50%), displacement 0% (0-10%), attribution 20%"
              + " (10-30%), optimism bias 25% (10-40%), drop-off 33% a year (20-50%), no lag"
              + " (0-1 years), 3 benefit years (2-5)",
          "  events avoided = (r_before - r_after) x PY_after, range from the 95% interval of"
              + " r_after",
          "  cashable shares: Local Authority 50%, Police 10%, NHS 0%",
          "  unit costs: the shipped catalogue and proposed outcome-to-cost mapping; price years"
              + " such as 'Aug 2012' read by the standard price-year mapping; unit costs varied by"
              + " the library's proposed ranges by confidence grade",
          "  Monte Carlo: " + ITERATIONS + " draws, seed " + MONTE_CARLO_SEED
              + ", triangular (low, central, high)");

  /** The assumptions for one measure (the same illustrative values for every measure). */
  public static MeasureAssumptions assumptions(String measureCode) {
    return MeasureAssumptions.builder()
        .measureCode(measureCode)
        .deadweight(Estimate.of("0.10", "0.30", "0.50"))
        .displacement(Estimate.of("0", "0", "0.10"))
        .attribution(Estimate.of("0.10", "0.20", "0.30"))
        .optimismBias(Estimate.of("0.10", "0.25", "0.40"))
        .dropOff(Estimate.of("0.20", "0.33", "0.50"))
        .lagYears(0)
        .lagYearsRange(0, 1)
        .benefitYears(3)
        .benefitYearsRange(2, 5)
        .putCashableShares(Agency.LOCAL_AUTHORITY, new BigDecimal("0.5"))
        .putCashableShares(Agency.POLICE, new BigDecimal("0.1"))
        .putCashableShares(Agency.NHS, BigDecimal.ZERO)
        .build();
  }

  /**
   * The appraisal of {@code impact}'s costed measures with every illustrative assumption stated. A
   * measure whose rates cannot be computed is left out (the caller lists it).
   */
  public static Appraisal appraisal(ImpactResult impact) {
    Appraisal.Builder b =
        Appraisal.builder()
            .priceBase(PRICE_BASE)
            .firstBenefitYear(1)
            .midYear(false)
            .addProgrammeCost(0, Agency.LOCAL_AUTHORITY, COST_YEAR_0)
            .addProgrammeCost(1, Agency.LOCAL_AUTHORITY, COST_YEAR_1)
            .costOptimismBias(new BigDecimal("0.10"))
            .deflator(GdpDeflator.defaultSeries())
            .discountSchedule(DiscountSchedule.greenBook())
            .mapping(OutcomeCostMapping.proposedDefault())
            .priceYearMapping(PriceYearMapping.standard())
            .catalogue(UnitCostCatalogue.defaults());
    for (OutcomeMeasure m : costedMeasures(impact)) {
      RateChange rates = impact.measure(m).rates().orElseThrow();
      // The core adaptor: central (r_before - r_after) x PY_after, range from the after rate's
      // exact interval, unrounded.
      b.addEvents(EventsAvoided.fromImpact(m, rates)).addAssumptions(assumptions(m.code()));
    }
    return b.build();
  }

  /**
   * The costed measures whose rates could be computed in {@code impact} and that have at least one
   * event before or after (a cohort that records none, such as a vendor's export without
   * placements, has nothing to cost for that measure).
   */
  public static List<OutcomeMeasure> costedMeasures(ImpactResult impact) {
    return COSTED_MEASURES.stream()
        .filter(m -> impact.measures().stream().anyMatch(r -> r.measure().equals(m)))
        .filter(m -> impact.measure(m).rates().isPresent())
        .filter(
            m -> {
              RateChange r = impact.measure(m).rates().get();
              return r.eventsBefore() + r.eventsAfter() > 0;
            })
        .collect(ImmutableList.toImmutableList());
  }
}
