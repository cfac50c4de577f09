package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

  static final PriceYear BASE = PriceYear.parse("2015/16");

  static Appraisal appraisal(
      Estimate events, Estimate deadweight, Estimate dropOff, EventsOrigin origin, int years) {
    return Appraisal.builder()
        .priceBase(BASE)
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(
            EventsAvoided.of("ARRESTS", events, origin, "test"),
            EventsAvoided.of("IN_EET", Estimate.of("1", "2", "4"), EventsOrigin.PRE_POST, "test"))
        .addAssumptions(
            MeasureAssumptions.builder()
                .measureCode("ARRESTS")
                .deadweight(deadweight)
                .displacement(Estimate.of("0.1"))
                .attribution(Estimate.of("0", "0.1", "0.3"))
                .optimismBias(Estimate.of("0.1", "0.15", "0.4"))
                .dropOff(dropOff)
                .lagYears(0)
                .benefitYears(years)
                .putCashableShares(Agency.POLICE, new BigDecimal("0.3"))
                .build(),
            MeasureAssumptions.builder()
                .measureCode("IN_EET")
                .deadweight(Estimate.of("0.2"))
                .displacement(Estimate.of("0"))
                .attribution(Estimate.of("0"))
                .optimismBias(Estimate.of("0"))
                .dropOff(Estimate.of("0.1"))
                .lagYears(1)
                .benefitYears(years)
                .build())
        .putProgrammeCosts(0, Money.ofPounds(5000))
        .putProgrammeCosts(1, Money.ofPounds(2000))
        .catalogue(UnitCostCatalogue.defaults().withTransferPayments("L-E&E10.0-DWP"))
        .build();
  }

  static Appraisal central() {
    return appraisal(
        Estimate.of("5", "10", "20"), Estimate.of("0.1", "0.3", "0.5"), Estimate.of("0", "0.2", "0.4"),
        EventsOrigin.PRE_POST, 5);
  }

  @Test
  void tornadoVariesEachUncertainAssumptionOnceLongestFirst() {
    List<TornadoBar> bars = Sensitivity.oneWay(central(), Sensitivity.Case.FINANCIAL);
    // ARRESTS: events, deadweight, attribution, OB, drop-off; IN_EET: events. Displacement is fixed.
    assertThat(bars).hasSize(6);
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i - 1).swing()).isGreaterThanOrEqualTo(bars.get(i).swing());
    }
    TornadoBar dw =
        bars.stream().filter(b -> b.assumption() == Assumption.DEADWEIGHT).findFirst().orElseThrow();
    assertThat(dw.lowValue()).isEqualByComparingTo("0.1");
    assertThat(dw.highValue()).isEqualByComparingTo("0.5");
    // More deadweight, less benefit: NPV falls. Deadweight is linear: the central NPV lies midway.
    assertThat(dw.npvAtHigh()).isLessThan(dw.npvAtLow());
    Money centralNpv = CostAvoidanceModel.run(central()).financialCase().netPresentValue();
    assertThat(dw.npvAtLow().plus(dw.npvAtHigh()).amount().subtract(centralNpv.amount().multiply(BigDecimal.valueOf(2))).abs())
        .isLessThan(new BigDecimal("1E-20"));
    assertThat(dw.swing()).isEqualTo(dw.npvAtLow().minus(dw.npvAtHigh()));
    List<TornadoBar> wider = Sensitivity.oneWay(central(), Sensitivity.Case.WIDER);
    TornadoBar eet = wider.stream().filter(b -> b.measureCode().equals("IN_EET")).findFirst().orElseThrow();
    TornadoBar eetFin = bars.stream().filter(b -> b.measureCode().equals("IN_EET")).findFirst().orElseThrow();
    assertThat(eet.swing()).isNotEqualTo(eetFin.swing());
    assertThat(MonteCarlo.uncertainInputs(central()))
        .containsExactly(
            "ARRESTS EVENTS", "ARRESTS DEADWEIGHT", "ARRESTS ATTRIBUTION", "ARRESTS OPTIMISM_BIAS",
            "ARRESTS DROP_OFF", "IN_EET EVENTS");
  }

  @Test
  void monteCarloIsReproducibleAndOrdered() {
    MonteCarloResult a = MonteCarlo.run(central(), 2000, 42L);
    MonteCarloResult b = MonteCarlo.run(central(), 2000, 42L);
    MonteCarloResult c = MonteCarlo.run(central(), 2000, 43L);
    assertThat(a).isEqualTo(b);
    assertThat(a.financialNpv()).isNotEqualTo(c.financialNpv());
    assertThat(a.iterations()).isEqualTo(2000);
    assertThat(a.seed()).isEqualTo(42L);
    for (Distribution d :
        List.of(a.financialNpv(), a.widerNpv(), a.financialBcr().orElseThrow(), a.widerBcr().orElseThrow())) {
      assertThat(d.p5()).isLessThan(d.p50());
      assertThat(d.p50()).isLessThan(d.p95());
    }
    // The wider case adds lost earnings and drops the DWP transfer; here it is larger.
    assertThat(a.widerNpv().p50()).isGreaterThan(a.financialNpv().p50());
    assertThatThrownBy(() -> MonteCarlo.run(central(), 0, 1L))
        .hasMessage("iterations is 0: must be at least 1");
  }

  @Test
  void quantilesFollowRType7() {
    // R: quantile(c(1,2,3,4,5), c(.05,.5,.95), type=7) -> 1.2 3.0 4.8 ; mean 3
    Distribution d = Distribution.of(new double[] {1, 2, 3, 4, 5});
    assertThat(d.p5()).isCloseTo(1.2, Offset.offset(1e-12));
    assertThat(d.p50()).isEqualTo(3.0);
    assertThat(d.p95()).isCloseTo(4.8, Offset.offset(1e-12));
    assertThat(d.mean()).isEqualTo(3.0);
    assertThat(Distribution.of(new double[] {7}).p95()).isEqualTo(7.0);
  }

  @Test
  void monteCarloIsFast() {
    // 20 measures × 10-year horizon × 10,000 iterations.
    OutcomeCostMapping mapping = OutcomeCostMapping.empty();
    Appraisal.Builder b =
        Appraisal.builder().priceBase(BASE).firstBenefitYear(1).midYear(false)
            .putProgrammeCosts(0, Money.ofPounds(100000));
    for (int i = 0; i < 20; i++) {
      String m = "M" + i;
      mapping = mapping.with(m, List.of(MeasureCost.of("HE4.0", ValueType.FISCAL)), "test");
      b.addEvents(EventsAvoided.of(m, Estimate.of("1", "5", "10"), EventsOrigin.PRE_POST, "t"));
      b.addAssumptions(
          MeasureAssumptions.builder().measureCode(m).deadweight(Estimate.of("0", "0.2", "0.5"))
              .displacement(Estimate.of("0", "0.1", "0.2")).attribution(Estimate.of("0", "0.1", "0.2"))
              .optimismBias(Estimate.of("0", "0.1", "0.3")).dropOff(Estimate.of("0", "0.1", "0.3"))
              .lagYears(0).benefitYears(10).build());
    }
    Appraisal a = b.mapping(mapping).build();
    MonteCarlo.run(a, 10_000, 1L);
    long start = System.nanoTime();
    MonteCarloResult r = MonteCarlo.run(a, 10_000, 2L);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).isLessThan(1000);
    assertThat(r.financialNpv().p95()).isGreaterThan(r.financialNpv().p5());
  }

  @Property(tries = 30)
  void degenerateMonteCarloEqualsTheDeterministicResult(
      @ForAll @BigRange(min = "0", max = "50") BigDecimal events,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal deadweight,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal dropOff,
      @ForAll boolean did,
      @ForAll @IntRange(min = 1, max = 12) int years) {
    Appraisal a = fixed(events, deadweight, dropOff, did, years);
    CostAvoidanceResult exact = CostAvoidanceModel.run(a);
    MonteCarloResult mc = MonteCarlo.run(a, 5, 9L);
    double fin = exact.financialCase().netPresentValue().toDouble();
    double wid = exact.widerCase().netPresentValue().toDouble();
    assertThat(mc.financialNpv().p5()).isCloseTo(fin, Offset.offset(1e-6 * (1 + Math.abs(fin))));
    assertThat(mc.financialNpv().p95()).isCloseTo(fin, Offset.offset(1e-6 * (1 + Math.abs(fin))));
    assertThat(mc.widerNpv().p50()).isCloseTo(wid, Offset.offset(1e-6 * (1 + Math.abs(wid))));
    assertThat(mc.financialBcr().orElseThrow().mean())
        .isCloseTo(exact.financialCase().benefitCostRatio().orElseThrow().doubleValue(), Offset.offset(1e-9));
  }

  static Appraisal fixed(
      BigDecimal events, BigDecimal deadweight, BigDecimal dropOff, boolean did, int years) {
    EventsOrigin origin = did ? EventsOrigin.DIFFERENCE_IN_DIFFERENCES : EventsOrigin.PRE_POST;
    return Appraisal.builder()
        .priceBase(BASE)
        .firstBenefitYear(did ? 0 : 1)
        .midYear(did)
        .addEvents(
            EventsAvoided.of("ARRESTS", Estimate.of(events), origin, "t"),
            EventsAvoided.of("IN_EET", Estimate.of(events), origin, "t"))
        .addAssumptions(
            MeasureAssumptions.builder().measureCode("ARRESTS").deadweight(Estimate.of(deadweight))
                .displacement(Estimate.of("0.1")).attribution(Estimate.of("0.2"))
                .optimismBias(Estimate.of("0.15")).dropOff(Estimate.of(dropOff)).lagYears(0)
                .benefitYears(years).build(),
            MeasureAssumptions.builder().measureCode("IN_EET").deadweight(Estimate.of(deadweight))
                .dropOff(Estimate.of(dropOff)).lagYears(1).benefitYears(years).build())
        .putProgrammeCosts(0, Money.ofPounds(5000))
        .putProgrammeCosts(1, Money.ofPounds(2000))
        .catalogue(UnitCostCatalogue.defaults().withTransferPayments("L-E&E10.0-DWP"))
        .build();
  }

  static Appraisal fixedAll(BigDecimal events, BigDecimal deadweight, int years) {
    return Appraisal.builder()
        .priceBase(BASE)
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(
            EventsAvoided.of("ARRESTS", Estimate.of(events), EventsOrigin.PRE_POST, "t"),
            EventsAvoided.of("IN_EET", Estimate.of(events), EventsOrigin.PRE_POST, "t"),
            EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(events), EventsOrigin.PRE_POST, "t"))
        .addAssumptions(
            MeasureAssumptions.builder().measureCode("ARRESTS").deadweight(Estimate.of(deadweight)).benefitYears(years).build(),
            MeasureAssumptions.builder().measureCode("IN_EET").deadweight(Estimate.of(deadweight)).benefitYears(years).build(),
            MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS").deadweight(Estimate.of(deadweight)).benefitYears(years).build())
        .putProgrammeCosts(0, Money.ofPounds(3000))
        .build();
  }

  @Property(tries = 40)
  void zeroEventsAvoidedGivesZeroBenefit(
      @ForAll @BigRange(min = "0", max = "1") BigDecimal deadweight,
      @ForAll @IntRange(min = 1, max = 15) int years) {
    CostAvoidanceResult r = CostAvoidanceModel.run(fixedAll(BigDecimal.ZERO, deadweight, years));
    assertThat(r.financialCase().presentValueBenefits()).isEqualTo(Money.ZERO);
    assertThat(r.widerCase().presentValueBenefits()).isEqualTo(Money.ZERO);
    assertThat(r.benefitLines()).allSatisfy(l -> assertThat(l.grossBenefit()).isEqualTo(Money.ZERO));
  }

  @Property(tries = 40)
  void raisingDeadweightNeverRaisesNpv(
      @ForAll @BigRange(min = "0", max = "100") BigDecimal events,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal d1,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal d2,
      @ForAll @IntRange(min = 1, max = 10) int years) {
    BigDecimal lo = d1.min(d2);
    BigDecimal hi = d1.max(d2);
    CostAvoidanceResult atLo = CostAvoidanceModel.run(fixedAll(events, lo, years));
    CostAvoidanceResult atHi = CostAvoidanceModel.run(fixedAll(events, hi, years));
    assertThat(atHi.financialCase().netPresentValue()).isLessThanOrEqualTo(atLo.financialCase().netPresentValue());
    assertThat(atHi.widerCase().netPresentValue()).isLessThanOrEqualTo(atLo.widerCase().netPresentValue());
  }

  @Property(tries = 40)
  void agencySplitsSumToTheWhole(
      @ForAll @BigRange(min = "-20", max = "100") BigDecimal events,
      @ForAll @BigRange(min = "0", max = "1") BigDecimal deadweight,
      @ForAll @IntRange(min = 1, max = 10) int years) {
    CostAvoidanceResult r = CostAvoidanceModel.run(fixedAll(events, deadweight, years));
    for (CaseSummary c : List.of(r.financialCase(), r.widerCase())) {
      Money byAgency = c.presentValueByAgency().values().stream().reduce(Money.ZERO, Money::plus);
      Money byMeasure = c.presentValueByMeasure().values().stream().reduce(Money.ZERO, Money::plus);
      Money byYear = c.presentValueByYear().values().stream().reduce(Money.ZERO, Money::plus);
      Money byType = c.presentValueByValueType().values().stream().reduce(Money.ZERO, Money::plus);
      assertThat(byAgency).isEqualTo(c.presentValueBenefits());
      assertThat(byMeasure).isEqualTo(c.presentValueBenefits());
      assertThat(byYear).isEqualTo(c.presentValueBenefits());
      assertThat(byType).isEqualTo(c.presentValueBenefits());
      assertThat(c.presentValueCashable().plus(c.presentValueNonCashable())).isEqualTo(c.presentValueBenefits());
    }
  }
}
