package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.impact.ImpactResult;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.StandardMeasures;

/**
 * Cost avoidance, end to end: a seeded generated cohort with a known effect, the standard impact
 * analysis, the core adaptor {@link EventsAvoided#fromImpact} and the cost model with the shipped
 * unit costs, deflator and proposed outcome-to-cost mapping. The expected net present value is worked
 * by hand from the configured rates and the unit costs, not read from the code.
 *
 * <p>Costed: crisis presentations (A&amp;E attendance, UCD HE4.0, GBP 109 at 2011/12 prices) and
 * placement moves (find a subsequent placement, UCD SS2.5, GBP 224 at 2009/10 prices). Price base
 * 2015/16; benefit year 1 in appraisal year 0 (no discounting); no deadweight, displacement,
 * attribution, optimism bias or drop-off; one benefit year; programme cost GBP 500,000 in year 0.
 *
 * <pre>
 * Uprating (GMCA UCD v1.4 deflator, data in gdp-deflator.csv):
 *   HE4.0: 109 x 195.9697 / 183.1272 = 116.64404 per attendance
 *   SS2.5: 224 x 195.9697 / 175.0612 = 250.75352 per move
 * Events avoided = (r_before - r_after) x PY_after, expected base rate x (1 - effect) x PY_after,
 * with PY_after close to 20,000 (12 months each):
 *   crisis: 0.3 x (1 - 0.5) x 20,000 = 3,000             -> 3,000 x 116.64404 = GBP 349,932
 *   moves:  0.8 x 0.30 looked after x (1 - 0.5) x 20,000 = 2,400 -> 2,400 x 250.75352 = GBP 601,808
 *   PV benefits = GBP 951,741; NPV = 951,741 - 500,000 = GBP 451,741.
 * Tolerance: events avoided is close to (events before - events after), Poisson variance
 *   crisis 6,000 + 3,000, moves 4,800 + 2,400: sd sqrt(9,000) x 116.64 = GBP 11,066 and
 *   sqrt(7,200) x 250.75 = GBP 21,277, together GBP 23,983; 3.29 sd = GBP 78,915, so +-GBP 80,000.
 *   (The looked-after share adds a binomial 1.1% to the moves: GBP 6,600, well inside.)
 * With no effect: events avoided 0 +- the same sd, NPV = -500,000 +- 80,000.
 * </pre>
 */
class CostOnGeneratedCohortTest {
  private static final Money PROGRAMME_COST = Money.ofPounds(500_000);
  private static final BigDecimal TOLERANCE = BigDecimal.valueOf(80_000);

  private static CostAvoidanceResult halved;
  private static CostAvoidanceResult noEffect;
  private static ImpactResult halvedImpact;

  private static MeasureAssumptions none(OutcomeMeasure m) {
    return MeasureAssumptions.builder()
        .measureCode(m.code())
        .deadweight(Estimate.of("0"))
        .displacement(Estimate.of("0"))
        .attribution(Estimate.of("0"))
        .optimismBias(Estimate.of("0"))
        .dropOff(Estimate.of("0"))
        .lagYears(0)
        .benefitYears(1)
        .build();
  }

  static Appraisal appraisal(ImpactResult impact) {
    Appraisal.Builder b =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2015/16"))
            .firstBenefitYear(0)
            .midYear(false)
            .putProgrammeCosts(0, PROGRAMME_COST)
            .costOptimismBias(BigDecimal.ZERO)
            .deflator(GdpDeflator.gmcaUcdV14())
            .discountSchedule(DiscountSchedule.greenBook())
            .mapping(OutcomeCostMapping.gmcaV14Proposal())
            .catalogue(UnitCostCatalogue.defaults());
    for (OutcomeMeasure m :
        new OutcomeMeasure[] {
          StandardMeasures.CRISIS_PRESENTATIONS, StandardMeasures.PLACEMENT_MOVES
        }) {
      b.addEvents(EventsAvoided.fromImpact(impact.measure(m))).addAssumptions(none(m));
    }
    return b.build();
  }

  @BeforeAll
  static void run() {
    halvedImpact =
        ImpactOnGeneratedCohortTest.run(ImpactOnGeneratedCohortTest.settings(0.5, 7).build());
    halved = CostAvoidanceModel.run(appraisal(halvedImpact));
    noEffect =
        CostAvoidanceModel.run(
            appraisal(
                ImpactOnGeneratedCohortTest.run(
                    ImpactOnGeneratedCohortTest.settings(1.0, 8).build())));
  }

  @Test
  void eventsAvoidedComeFromTheCoreAdaptorAsBeforeAfterEstimates() {
    EventsAvoided crisis =
        EventsAvoided.fromImpact(halvedImpact.measure(StandardMeasures.CRISIS_PRESENTATIONS));
    assertThat(crisis.origin()).isEqualTo(EventsOrigin.PRE_POST);
    // 3,000 expected (class comment), Poisson sd 95: 3.29 sd is 312.
    assertThat(crisis.events().central().doubleValue()).isBetween(3_000 - 312.0, 3_000 + 312.0);
    assertThat(crisis.events().low()).isLessThan(crisis.events().central());
    assertThat(crisis.events().high()).isGreaterThan(crisis.events().central());
    EventsAvoided moves =
        EventsAvoided.fromImpact(halvedImpact.measure(StandardMeasures.PLACEMENT_MOVES));
    // 2,400 expected, sd sqrt(7,200) = 85 plus the looked-after share's 1.1%: 3.29 sd is about 300.
    assertThat(moves.events().central().doubleValue()).isBetween(2_400 - 300.0, 2_400 + 300.0);
  }

  @Test
  void halvingTheRatesGivesThePositiveNpvWorkedByHand() {
    CaseSummary financial = halved.financialCase();
    NwdAssertions.assertThat(financial).hasPositiveNetPresentValue();
    BigDecimal expected = new BigDecimal("451741");
    assertThat(financial.netPresentValue().amount())
        .isBetween(expected.subtract(TOLERANCE), expected.add(TOLERANCE));
    assertThat(financial.presentValueCosts().amount()).isEqualByComparingTo("500000");
    // Placement moves are the local authority's saving, crisis presentations the NHS's.
    assertThat(financial.presentValueByMeasure().get("PLACEMENT_MOVES").amount())
        .isBetween(new BigDecimal("601808").subtract(TOLERANCE),
            new BigDecimal("601808").add(TOLERANCE));
    assertThat(financial.presentValueByMeasure().get("CRISIS_PRESENTATIONS").amount())
        .isBetween(new BigDecimal("349932").subtract(TOLERANCE),
            new BigDecimal("349932").add(TOLERANCE));
  }

  @Test
  void withNoEffectTheNpvIsAboutMinusTheProgrammeCost() {
    CaseSummary financial = noEffect.financialCase();
    BigDecimal expected = PROGRAMME_COST.amount().negate();
    assertThat(financial.netPresentValue().amount())
        .isBetween(expected.subtract(TOLERANCE), expected.add(TOLERANCE));
    assertThat(financial.netPresentValue().signum()).isNegative();
  }
}
