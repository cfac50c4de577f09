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
    // Plus one bar per unit cost (3 arrest parts, 2 NEET fiscal parts, NEET economic).
    assertThat(bars).hasSize(12);
    assertThat(bars.stream().filter(b -> b.assumption() == Assumption.UNIT_COST)).hasSize(6);
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
            "ARRESTS DROP_OFF", "IN_EET EVENTS", "unit cost L-CR7.0-POLICE (FISCAL)",
            "unit cost L-CR7.0-DUTY-SOLICITOR (FISCAL)", "unit cost L-CR7.0-YOS (FISCAL)",
            "unit cost L-E&E10.0-DWP (FISCAL)", "unit cost L-E&E10.0-HMRC (FISCAL)",
            "unit cost E&E10.0 (ECONOMIC)");
  }

  @Test
  void monteCarloIsReproducibleAndOrdered() {
    MonteCarloResult a = MonteCarlo.run(central(), 2000, 42L);
    MonteCarloResult b = MonteCarlo.run(central(), 2000, 42L);
    MonteCarloResult c = MonteCarlo.run(central(), 2000, 43L);
    assertThat(a).isEqualTo(b);
    assertThat(a.financialNpv()).isNotEqualTo(c.financialNpv());
    assertThat(a.iterations()).isEqualTo(2000);
    assertThat(a.varied()).isEqualTo(MonteCarlo.uncertainInputs(central()));
    assertThat(a.widerCaseNote()).isEmpty();
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
    MonteCarloResult one = MonteCarlo.run(central(), 1, 1L);
    assertThat(one.financialNpv().p5()).isEqualTo(one.financialNpv().p95());
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
  void monteCarloRunsTheBenchmarkWorkload() {
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
    assertThat(MonteCarlo.uncertainInputs(a)).contains("unit cost HE4.0 (FISCAL)");
    // Its speed is measured by JMH (benchmarks: CostBenchmark.monteCarlo, ceiling 1 second), not
    // by a wall-clock unit test on a shared machine.
    MonteCarloResult r = MonteCarlo.run(a, 10_000, 2L);
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
    assertThat(mc.widerBcr().orElseThrow().p50())
        .isCloseTo(exact.widerCase().benefitCostRatio().orElseThrow().doubleValue(), Offset.offset(1e-9));
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
        .putUnitCostRanges(Confidence.PRIMARY, Estimate.of(1))
        .putUnitCostRanges(Confidence.SECONDARY, Estimate.of(1))
        .putUnitCostRanges(Confidence.UNCERTAIN, Estimate.of(1))
        .build();
  }

  /*
   * One A&E attendance avoided (L-PSSRU2025-AE, 280 at 2024/25 = the price base, secondary), no
   * additionality, benefit year 1 = appraisal year 1, end-of-year discounting at 3.5%, no programme
   * cost; benefit years 2 (1 to 3), lag 0 (0 to 1). Hand values (python3 decimal, prec 40):
   *   n = 2, lag 0: 280/1.035 + 280/1.035^2      = 531.9143970687764008494947373334266844034
   *   n = 1:        280/1.035                     = 270.5314009661835748792270531400966183575
   *   n = 3:        + 280/1.035^3                 = 784.4583546558226095164200360709436564284
   *   lag 1, n = 2: 280/1.035^2                   = 261.3829961025928259702676841933300660459
   *   unit cost x 0.75 / x 1.25 (secondary range) = 398.9357978015823006371210530000700133026
   *                                               / 664.8929963359705010618684216667833555042
   *   one year, x 2 (caller's range 0.5-2):  560/1.035 = 541.0628019323671497584541062801932367150
   */
  private static MeasureAssumptions.Builder statedWithoutYears(String m) {
    return MeasureAssumptions.builder().measureCode(m).deadweight(Estimate.of(0))
        .displacement(Estimate.of(0)).attribution(Estimate.of(0)).optimismBias(Estimate.of(0))
        .dropOff(Estimate.of(0));
  }

  @Test
  void sensitivityVariesTheLagTheHorizonAndEachUnitCost() {
    Offset<BigDecimal> close = Offset.offset(new BigDecimal("1E-25"));
    Appraisal a =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1).midYear(false)
            .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(1), EventsOrigin.PRE_POST, "t"))
            .addAssumptions(statedWithoutYears("CRISIS_PRESENTATIONS").benefitYears(2)
                .benefitYearsRange(1, 3).lagYears(0).lagYearsRange(0, 1).build())
            .build();
    assertThat(CostAvoidanceModel.run(a).financialCase().netPresentValue().amount())
        .isCloseTo(new BigDecimal("531.9143970687764008494947373334266844034"), close);
    List<TornadoBar> bars = Sensitivity.oneWay(a, Sensitivity.Case.FINANCIAL);
    assertThat(bars).extracting(TornadoBar::assumption)
        .containsExactly(Assumption.BENEFIT_YEARS, Assumption.LAG, Assumption.UNIT_COST);
    TornadoBar years = bars.get(0);
    assertThat(years.lowValue()).isEqualByComparingTo("1");
    assertThat(years.highValue()).isEqualByComparingTo("3");
    assertThat(years.npvAtLow().amount())
        .isCloseTo(new BigDecimal("270.5314009661835748792270531400966183575"), close);
    assertThat(years.npvAtHigh().amount())
        .isCloseTo(new BigDecimal("784.4583546558226095164200360709436564284"), close);
    assertThat(years.label()).isEqualTo("CRISIS_PRESENTATIONS BENEFIT_YEARS");
    TornadoBar lag = bars.get(1);
    assertThat(lag.npvAtLow().amount())
        .isCloseTo(new BigDecimal("531.9143970687764008494947373334266844034"), close);
    assertThat(lag.npvAtHigh().amount())
        .isCloseTo(new BigDecimal("261.3829961025928259702676841933300660459"), close);
    TornadoBar cost = bars.get(2);
    assertThat(cost.unitCost()).contains("L-PSSRU2025-AE (FISCAL)");
    assertThat(cost.measureCode()).isEqualTo("CRISIS_PRESENTATIONS");
    assertThat(cost.label()).isEqualTo("unit cost L-PSSRU2025-AE (FISCAL)");
    assertThat(cost.lowValue()).isEqualByComparingTo("0.75");
    assertThat(cost.highValue()).isEqualByComparingTo("1.25");
    assertThat(cost.npvAtLow().amount())
        .isCloseTo(new BigDecimal("398.9357978015823006371210530000700133026"), close);
    assertThat(cost.npvAtHigh().amount())
        .isCloseTo(new BigDecimal("664.8929963359705010618684216667833555042"), close);
    // The caller's range for the grade replaces the proposal, and is no longer listed as a default.
    Appraisal mine = Appraisal.builder()
        .priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1).midYear(false)
        .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(1), EventsOrigin.PRE_POST, "t"))
        .addAssumptions(statedWithoutYears("CRISIS_PRESENTATIONS").benefitYears(1).lagYears(0).build())
        .putUnitCostRanges(Confidence.SECONDARY, Estimate.of("0.5", "1", "2"))
        .build();
    TornadoBar wide = Sensitivity.oneWay(mine, Sensitivity.Case.FINANCIAL).get(0);
    assertThat(wide.lowValue()).isEqualByComparingTo("0.5");
    assertThat(wide.npvAtHigh().amount())
        .isCloseTo(new BigDecimal("541.0628019323671497584541062801932367150"), close);
    assertThat(CostAvoidanceModel.run(mine).defaultsApplied())
        .noneMatch(d -> d.startsWith("unit-cost ranges"));
    assertThat(CostAvoidanceModel.run(a).defaultsApplied())
        .contains("unit-cost ranges for uncertainty analysis not stated: the library's proposal used"
            + " (secondary 0.75 to 1.25 times the stated cost); not published guidance");
    String why = CostAvoidanceModel.run(a).benefitLines().get(0).explanation().render();
    assertThat(why).doesNotContain("unit-cost multiplier");
  }

  /**
   * The lag drawn from a triangular distribution on (-0.5, 1, 2.5), rounded: P(0) = P(X < 0.5) =
   * 1^2 / (3 × 1.5) = 2/9, P(2) = P(X >= 1.5) = 1^2 / (3 × 1.5) = 2/9, P(1) = 5/9 (closed form). With
   * everything else fixed, NPV takes three values, so its percentiles and mean follow these weights.
   */
  @Test
  void monteCarloDrawsWholeYearsWithTheStatedOneMostLikely() {
    Appraisal a =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1).midYear(false)
            .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(1), EventsOrigin.PRE_POST, "t"))
            .addAssumptions(statedWithoutYears("CRISIS_PRESENTATIONS").benefitYears(3)
                .lagYears(1).lagYearsRange(0, 2).build())
            .putUnitCostRanges(Confidence.SECONDARY, Estimate.of(1))
            .build();
    double r = 1.035;
    double lag0 = 280 / r + 280 / (r * r) + 280 / (r * r * r);
    double lag1 = 280 / (r * r) + 280 / (r * r * r);
    double lag2 = 280 / (r * r * r);
    MonteCarloResult mc = MonteCarlo.run(a, 20_000, 7L);
    assertThat(mc.financialNpv().p5()).isCloseTo(lag2, Offset.offset(1e-9));
    assertThat(mc.financialNpv().p50()).isCloseTo(lag1, Offset.offset(1e-9));
    assertThat(mc.financialNpv().p95()).isCloseTo(lag0, Offset.offset(1e-9));
    double mean = (2 * lag0 + 5 * lag1 + 2 * lag2) / 9;
    // sd of NPV about 180; 20,000 draws: standard error about 1.3; allow 5.
    assertThat(mc.financialNpv().mean()).isCloseTo(mean, Offset.offset(5.0));
    assertThat(mc.varied()).containsExactly("CRISIS_PRESENTATIONS LAG");
    assertThat(mc.widerCaseNote()).contains("the unit costs used carry no economic or social values"
        + " and no transfer payment is left out, so the wider case repeats the financial case");
    assertThat(mc.financialBcr()).isEmpty();
  }

  /** One draw per unit cost per iteration, shared by every measure it values. */
  @Test
  void aUnitCostDrawIsSharedByTheMeasuresItValues() {
    OutcomeCostMapping twice = OutcomeCostMapping.empty()
        .with("A", List.of(MeasureCost.of("L-PSSRU2025-AE", ValueType.FISCAL)), "t")
        .with("B", List.of(MeasureCost.of("L-PSSRU2025-AE", ValueType.FISCAL)), "t");
    Appraisal a =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2024/25")).firstBenefitYear(0).midYear(false)
            .addEvents(EventsAvoided.of("A", Estimate.of(1), EventsOrigin.PRE_POST, "t"),
                EventsAvoided.of("B", Estimate.of(1), EventsOrigin.PRE_POST, "t"))
            .addAssumptions(statedWithoutYears("A").benefitYears(1).lagYears(0).build(),
                statedWithoutYears("B").benefitYears(1).lagYears(0).build())
            .mapping(twice)
            .build();
    // Undiscounted: NPV = 2 × 280 × u, u ~ triangular(0.75, 1, 1.25). Shared draws keep the full
    // spread: P5 = 560 × (0.75 + sqrt(0.05 × 0.5 × 0.25)) = 560 × 0.8290569... = 464.27;
    // independent draws would pull it towards 560.
    MonteCarloResult mc = MonteCarlo.run(a, 20_000, 3L);
    assertThat(mc.financialNpv().p5()).isCloseTo(560 * (0.75 + Math.sqrt(0.05 * 0.5 * 0.25)),
        Offset.offset(3.0));
    assertThat(mc.varied()).containsExactly("unit cost L-PSSRU2025-AE (FISCAL)");
    TornadoBar bar = Sensitivity.oneWay(a, Sensitivity.Case.FINANCIAL).get(0);
    assertThat(bar.measureCode()).isEqualTo("A, B");
    assertThat(bar.npvAtLow()).isEqualTo(Money.ofPounds(420));
    assertThat(bar.npvAtHigh()).isEqualTo(Money.ofPounds(700));
  }

  @Test
  void rangesAreCheckedNamingTheMeasure() {
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).benefitYearsLow(1).build())
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessage("benefitYears range for M gives only one end (low 1, high none): give both or"
            + " neither");
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).lagYearsHigh(1).build())
        .hasMessage("lagYears range for M gives only one end (low none, high 1): give both or neither");
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).benefitYearsRange(3, 4).build())
        .hasMessage("benefitYears range for M is 3 to 4 around 2: needs 1 <= low <= central <= high");
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).benefitYearsRange(0, 4).build())
        .hasMessage("benefitYears range for M is 0 to 4 around 2: needs 1 <= low <= central <= high");
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).lagYears(1).lagYearsRange(2, 3).build())
        .hasMessage("lagYears range for M is 2 to 3 around 1: needs 0 <= low <= central <= high");
    assertThatThrownBy(() -> statedWithoutYears("M").benefitYears(2).lagYears(1).lagYearsRange(0, 0).build())
        .hasMessage("lagYears range for M is 0 to 0 around 1: needs 0 <= low <= central <= high");
    MeasureAssumptions ok = statedWithoutYears("M").benefitYears(2).lagYearsRange(0, 0).build();
    assertThat(ok.lagRange()).containsExactly(0, 0, 0);
    assertThat(ok.benefitYearsRange()).containsExactly(2, 2, 2);
    assertThatThrownBy(
            () -> Appraisal.builder().priceBase(BASE).firstBenefitYear(1).midYear(false)
                .putUnitCostRanges(Confidence.PRIMARY, Estimate.of("0.9", "1.1", "1.2")).build())
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessage("unit-cost range for PRIMARY is 0.9 to 1.2 around 1.1: a multiplier range needs"
            + " central 1 and low 0 or more");
    assertThatThrownBy(
            () -> Appraisal.builder().priceBase(BASE).firstBenefitYear(1).midYear(false)
                .putUnitCostRanges(Confidence.PRIMARY, Estimate.of("-0.1", "1", "1.2")).build())
        .hasMessage("unit-cost range for PRIMARY is -0.1 to 1.2 around 1: a multiplier range needs"
            + " central 1 and low 0 or more");
    assertThatThrownBy(() -> Estimate.of(Double.NaN))
        .isInstanceOf(org.nwd.DomainRuleException.class)
        .hasMessage("estimate is NaN: must be a finite number");
    assertThatThrownBy(() -> Estimate.of(0.1, Double.POSITIVE_INFINITY, 0.3))
        .hasMessage("central is Infinity: must be a finite number");
    assertThatThrownBy(() -> Estimate.of("ten"))
        .hasMessage("estimate 'ten' is not a decimal number");
    assertThatThrownBy(() -> Estimate.of("0", "x", "1"))
        .hasMessage("central 'x' is not a decimal number");
    assertThat(Estimate.of(0.1, 0.2, 0.4)).isEqualTo(Estimate.of("0.1", "0.2", "0.4"));
    assertThat(Estimate.of(0.25)).isEqualTo(Estimate.of("0.25"));
    // A multiplier range may reach down to 0 (a cost that may not arise at all).
    assertThat(Appraisal.builder().priceBase(BASE).firstBenefitYear(1).midYear(false)
            .putUnitCostRanges(Confidence.UNCERTAIN, Estimate.of("0", "1", "2")).build()
            .unitCostRanges()).containsKey(Confidence.UNCERTAIN);
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
