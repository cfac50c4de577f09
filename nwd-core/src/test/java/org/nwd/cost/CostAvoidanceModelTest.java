package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class CostAvoidanceModelTest {

  static final PriceYear BASE = PriceYear.parse("2015/16");
  static final Offset<BigDecimal> TINY = Offset.offset(new BigDecimal("1E-25"));

  static MeasureAssumptions.Builder stated(String measure) {
    return MeasureAssumptions.builder()
        .measureCode(measure)
        .deadweight(Estimate.of("0"))
        .displacement(Estimate.of("0"))
        .attribution(Estimate.of("0"))
        .optimismBias(Estimate.of("0"))
        .dropOff(Estimate.of("0"))
        .lagYears(0)
        .benefitYears(1);
  }

  /**
   * Crisis presentations (pre/post) and arrests (DiD), one programme cost in year 0, on the GMCA UCD
   * v1.4 deflator and mapping, both kept by name so GMCA-era figures reproduce.
   */
  static Appraisal worked() {
    return Appraisal.builder()
        .priceBase(BASE)
        .deflator(GdpDeflator.gmcaUcdV14())
        .mapping(OutcomeCostMapping.gmcaV14Proposal())
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(
            EventsAvoided.of(
                "CRISIS_PRESENTATIONS", Estimate.of("10"), EventsOrigin.PRE_POST, "(3 - 1) × 5"),
            EventsAvoided.of(
                "ARRESTS", Estimate.of("4"), EventsOrigin.DIFFERENCE_IN_DIFFERENCES, "DiD"))
        .addAssumptions(
            MeasureAssumptions.builder()
                .measureCode("CRISIS_PRESENTATIONS")
                .deadweight(Estimate.of("0.2"))
                .displacement(Estimate.of("0.1"))
                .attribution(Estimate.of("0.25"))
                .optimismBias(Estimate.of("0.1"))
                .dropOff(Estimate.of("0.5"))
                .lagYears(0)
                .benefitYears(2)
                .build(),
            MeasureAssumptions.builder()
                .measureCode("ARRESTS")
                .deadweight(Estimate.of("0.9"))
                .displacement(Estimate.of("0"))
                .attribution(Estimate.of("0"))
                .optimismBias(Estimate.of("0"))
                .dropOff(Estimate.of("0"))
                .lagYears(0)
                .benefitYears(1)
                .putCashableShares(Agency.POLICE, new BigDecimal("0.5"))
                .build())
        .putProgrammeCosts(0, Money.ofPounds(1000))
        .build();
  }

  /*
   * Expected values, python3 decimal (prec 40):
   *   he  = 109 × 195.9697 / 183.1272 (2011/12)       = 116.6440446858795416519228164903957467815
   *   n1  = 10 × 0.8 × 0.9 × 0.75 = 5.4 ; b1 = n1 × he × 0.9 = 566.8900571733745724283448881433233293581
   *   pv1 = b1 / 1.035 = 547.7198620032604564525071383027278544523
   *   b2  = b1 × 0.5 ; pv2 = b2 / 1.035^2 = 264.5989671513335538417908880689506543247
   *   arrests (DiD, deadweight skipped), f = 195.9697 / 161.7390:
   *   police = 4 × 342 × f / 1.035 = 1601.474108715679071784197675428232872231
   *   solicitor = 4 × 245 × f / 1.035 = 1147.254843962986469553007106666424133615
   *   yos = 4 × 6 × f / 1.035 = 28.09603699501191354007364342856548898650
   *   PV(benefits) = 3589.143818828271465171576451894901003610 ; NPV = 2589.1438188282714651...
   *   BCR = 3.58914381882827146517157645189490100361 ; cashable = police × 0.5 = 800.73705435783953589...
   */
  @Test
  void workedExampleMatchesTheHandCalculation() {
    CostAvoidanceResult r = CostAvoidanceModel.run(worked());
    CaseSummary fin = r.financialCase();
    assertThat(fin.presentValueBenefits().amount())
        .isCloseTo(new BigDecimal("3589.143818828271465171576451894901003610"), TINY);
    assertThat(fin.presentValueCosts()).isEqualTo(Money.ofPounds(1000));
    assertThat(fin.netPresentValue().amount())
        .isCloseTo(new BigDecimal("2589.143818828271465171576451894901003610"), TINY);
    assertThat(fin.benefitCostRatio().orElseThrow())
        .isCloseTo(new BigDecimal("3.58914381882827146517157645189490100361"), TINY);
    assertThat(fin.netBenefitCostRatio().orElseThrow())
        .isCloseTo(new BigDecimal("2.58914381882827146517157645189490100361"), TINY);
    assertThat(fin.presentValueCashable().amount())
        .isCloseTo(new BigDecimal("800.7370543578395358920988377141164361155"), TINY);
    assertThat(fin.presentValueNonCashable().plus(fin.presentValueCashable()))
        .isEqualTo(fin.presentValueBenefits());
    assertThat(fin.presentValueByAgency().get(Agency.POLICE).amount())
        .isCloseTo(new BigDecimal("1601.474108715679071784197675428232872231"), TINY);
    assertThat(fin.presentValueByAgency().get(Agency.of("Youth Offending Service")).amount())
        .isCloseTo(new BigDecimal("28.09603699501191354007364342856548898650"), TINY);
    assertThat(fin.presentValueByMeasure().get("CRISIS_PRESENTATIONS").amount())
        .isCloseTo(
            new BigDecimal("547.7198620032604564525071383027278544523")
                .add(new BigDecimal("264.5989671513335538417908880689506543247")),
            TINY);
    assertThat(fin.presentValueByYear().get(2).amount())
        .isCloseTo(new BigDecimal("264.5989671513335538417908880689506543247"), TINY);
    assertThat(fin.netBenefitByYear().get(0)).isEqualTo(Money.ZERO);
    assertThat(fin.paybackYearUndiscounted()).contains(1);
    assertThat(fin.paybackYearDiscounted()).contains(1);
    assertThat(r.horizon()).isEqualTo(2);
    // Only fiscal values here, so the wider case is the same.
    assertThat(r.widerCase().presentValueBenefits()).isEqualTo(fin.presentValueBenefits());
    assertThat(fin.presentValueByValueType()).containsOnlyKeys(ValueType.FISCAL);
    assertThat(r.costLines()).hasSize(1);
    // 2 crisis lines (HE4.0 × 2 years) + 3 arrest lines (3 constituents × 1 year).
    assertThat(r.benefitLines()).hasSize(5);
    BenefitLine crisis1 =
        r.benefitLines().stream()
            .filter(l -> l.measureCode().equals("CRISIS_PRESENTATIONS") && l.benefitYear() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(crisis1.netEvents()).isEqualByComparingTo("5.4");
    assertThat(crisis1.year()).isEqualTo(1);
    // gross = 10 × he = 1166.440446858795416519228164903957467815
    assertThat(crisis1.grossBenefit().amount())
        .isCloseTo(new BigDecimal("1166.440446858795416519228164903957467815"), TINY);
    assertThat(crisis1.netBenefit().amount())
        .isCloseTo(new BigDecimal("566.8900571733745724283448881433233293581"), TINY);
    assertThat(crisis1.cashable()).isEqualTo(Money.ZERO);
    assertThat(crisis1.nonCashable()).isEqualTo(crisis1.netBenefit());
    assertThat(crisis1.cashablePresentValue()).isEqualTo(Money.ZERO);
    assertThat(crisis1.nonCashablePresentValue()).isEqualTo(crisis1.presentValue());
    assertThat(crisis1.transferPayment()).isFalse();
    String why = crisis1.explanation().render();
    assertThat(why)
        .contains("unit cost = HE4.0 (FISCAL) \u00a3109.00 per attendance")
        .contains("unit cost grading = primary, old")
        .contains("cost per event (price base) = \u00a3116.64")
        .contains("gross benefit = \u00a31,166.44")
        .contains("net benefit = \u00a3566.89")
        .contains("I[2011/12] = 183.1272")
        .contains("I[2015/16] = 195.9697")
        .contains("d (deadweight) = 0.2")
        .contains("OB (optimism bias) = 0.1")
        .contains("discount factor, year 1")
        .contains("r[t] = 0.035");
    BenefitLine police =
        r.benefitLines().stream()
            .filter(l -> l.agency().equals(Agency.POLICE))
            .findFirst()
            .orElseThrow();
    assertThat(police.explanation().render()).contains("d (deadweight) = skipped (comparison group)");
    assertThat(police.cashable()).isEqualTo(police.netBenefit().times(new BigDecimal("0.5")));
    assertThat(fin.explanation().render()).contains("PV(costs) = \u00a31,000.00").contains("BCR = 3.589");
    // Benefit line values read to the penny: 547.7198... is £547.72.
    assertThat(crisis1.explanation().value()).isEqualTo("\u00a3547.72");
  }

  @Test
  void everyDefaultIsListed() {
    assertThat(CostAvoidanceModel.run(worked()).defaultsApplied())
        .contains(
            "deadweight for ARRESTS skipped: events come from a comparison group",
            "cashable share for ARRESTS / Duty solicitor not assessed: treated as 0% cashable",
            "cashable share for CRISIS_PRESENTATIONS / NHS not assessed: treated as 0% cashable",
            "cost optimism bias not stated: no uplift applied to programme costs",
            "discount schedule not supplied: shipped default used (HM Treasury Green Book declining"
                + " schedule)",
            "unit costs not supplied: shipped default used (unit-costs-current.csv and"
                + " unit-costs.csv)",
            "price-year mapping not supplied: shipped default used (PriceYearMapping.standard: a"
                + " month is read as the financial year containing it, a calendar year as the"
                + " financial year starting in its April)",
            "programme costs in years [0] have no paying agency: reported under 'unspecified'"
                + " (state it with Appraisal.Builder.addProgrammeCost)",
            "unit-cost ranges for uncertainty analysis not stated: the library's proposal used"
                + " (uncertain 0.5 to 1.5 times the stated cost); not published guidance")
        .noneMatch(s -> s.startsWith("GDP deflator not supplied"))
        .noneMatch(s -> s.startsWith("outcome-to-cost mapping not supplied"))
        .noneMatch(s -> s.contains("cashable share for ARRESTS / Police"));
    assertThat(
            CostAvoidanceModel.run(
                    Appraisal.builder().priceBase(BASE).firstBenefitYear(1).midYear(false).build())
                .defaultsApplied())
        .contains(
            "GDP deflator not supplied: shipped default used (HM Treasury GDP deflators at market"
                + " prices and money GDP, March 2026 (Quarterly National Accounts); 2024/25 = 100;"
                + " published 2026-03; 2000/01 to 2030/31; forecast from 2025/26)")
        .contains(
            "outcome-to-cost mapping not supplied: shipped default used (proposal, see"
                + " OutcomeCostMapping.proposedDefault)");
    Appraisal bare =
        Appraisal.builder()
            .priceBase(BASE)
            .firstBenefitYear(0)
            .midYear(false)
            .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
            .addAssumptions(MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS").benefitYears(1).build())
            .costOptimismBias(BigDecimal.ZERO)
            .deflator(GdpDeflator.gmcaUcdV14())
            .catalogue(UnitCostCatalogue.defaults())
            .mapping(OutcomeCostMapping.gmcaV14Proposal())
            .discountSchedule(DiscountSchedule.greenBook())
            .priceYearMapping(PriceYearMapping.standard())
            .putUnitCostRanges(Confidence.UNCERTAIN, Estimate.of("0.8", "1", "1.2"))
            .build();
    assertThat(CostAvoidanceModel.run(bare).defaultsApplied())
        .containsExactly(
            "deadweight for CRISIS_PRESENTATIONS not stated: 0 applied",
            "displacement for CRISIS_PRESENTATIONS not stated: 0 applied",
            "attribution for CRISIS_PRESENTATIONS not stated: 0 applied",
            "optimism bias for CRISIS_PRESENTATIONS not stated: 0 applied",
            "drop-off for CRISIS_PRESENTATIONS not stated: 0 applied",
            "lag for CRISIS_PRESENTATIONS not stated: 0 years applied",
            "cashable share for CRISIS_PRESENTATIONS / NHS not assessed: treated as 0% cashable");
    // firstBenefitYear 0: benefit year 1 is undiscounted; no costs, so no BCR and no payback.
    CostAvoidanceResult r = CostAvoidanceModel.run(bare);
    assertThat(r.benefitLines().get(0).discountFactor()).isEqualByComparingTo("1");
    assertThat(r.financialCase().benefitCostRatio()).isEmpty();
    assertThat(r.financialCase().netBenefitCostRatio()).isEmpty();
    assertThat(r.financialCase().paybackYearUndiscounted()).isEmpty();
    assertThat(r.horizon()).isZero();
  }

  @Test
  void counterfactualLagDropOffAndMidYear() {
    // Without the hub, 2 young people would each have spent 26 weeks = 182 days in external care.
    EventsAvoided cf =
        EventsAvoided.counterfactual(
            "EXTERNAL_PLACEMENT_DAYS", new BigDecimal("2"), new BigDecimal("182"),
            "2 young people, 26 weeks each in external residential care");
    assertThat(cf.events().central()).isEqualByComparingTo("364");
    assertThat(cf.origin()).isEqualTo(EventsOrigin.EXPLICIT_COUNTERFACTUAL);
    assertThat(cf.derivation()).endsWith("(2 young people × 182 each)");
    Appraisal a =
        Appraisal.builder()
            .priceBase(BASE)
            .deflator(GdpDeflator.gmcaUcdV14())
            .mapping(OutcomeCostMapping.gmcaV14Proposal())
            .firstBenefitYear(1)
            .midYear(true)
            .addEvents(cf)
            .addAssumptions(
                MeasureAssumptions.builder().measureCode("EXTERNAL_PLACEMENT_DAYS")
                    .deadweight(Estimate.of("0")).displacement(Estimate.of("0"))
                    .attribution(Estimate.of("0")).optimismBias(Estimate.of("0"))
                    .lagYears(1).benefitYears(3).dropOff(Estimate.of("0.5")).build())
            .putProgrammeCosts(0, Money.ofPounds(100000))
            .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    // Benefit year 1 (appraisal year 1) is in the lag: zero.
    assertThat(r.benefitLines().get(0).netBenefit()).isEqualTo(Money.ZERO);
    // python3: 364 × 2947 × 195.9697 / 190.0334 / 7 = 158031.065627410760424220163402854445587 (year 2, full)
    // year 3: × 0.5 = 79015.5328137053802121100817014272227935
    assertThat(r.benefitLines().get(1).netBenefit().amount())
        .isCloseTo(new BigDecimal("158031.0656274107604242"), Offset.offset(new BigDecimal("1E-15")));
    assertThat(r.benefitLines().get(2).netBenefit().amount())
        .isCloseTo(new BigDecimal("79015.5328137053802121"), Offset.offset(new BigDecimal("1E-15")));
    // mid-year: DF(1.5) = sqrt(1.035)/1.035^2
    assertThat(r.benefitLines().get(1).discountFactor())
        .isEqualByComparingTo(DiscountSchedule.greenBook().midYearFactor(2));
    assertThat(r.financialCase().paybackYearUndiscounted()).contains(2);
    assertThat(r.financialCase().paybackYearDiscounted()).contains(2);
  }

  @Test
  void paybackIsEmptyWhenNeverReachedAndCostOptimismBiasUplifts() {
    Appraisal a =
        Appraisal.builder()
            .priceBase(BASE)
            .firstBenefitYear(1)
            .midYear(false)
            .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
            .addAssumptions(stated("CRISIS_PRESENTATIONS").build())
            .putProgrammeCosts(0, Money.ofPounds(1000))
            .putProgrammeCosts(1, Money.ofPounds(1000))
            .costOptimismBias(new BigDecimal("0.5"))
            .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    assertThat(r.financialCase().paybackYearUndiscounted()).isEmpty();
    assertThat(r.financialCase().paybackYearDiscounted()).isEmpty();
    // 1500 + 1500 / 1.035 = 2949.275362318840579710144927536231884058 (python decimal)
    assertThat(r.financialCase().presentValueCosts().amount())
        .isCloseTo(new BigDecimal("2949.275362318840579710144927536232"), Offset.offset(new BigDecimal("1E-28")));
    assertThat(r.costLines().get(0).cost()).isEqualTo(Money.ofPounds(1500));
    assertThat(r.costLines().get(1).explanation().render()).contains("OB_cost = 0.5");
  }

  @Test
  void transferPaymentsStayInTheFinancialCaseOnly() {
    Appraisal a =
        Appraisal.builder()
            .priceBase(BASE)
            .firstBenefitYear(1)
            .midYear(false)
            .addEvents(EventsAvoided.of("IN_EET", Estimate.of("2"), EventsOrigin.PRE_POST, "x"))
            .addAssumptions(stated("IN_EET").build())
            .catalogue(UnitCostCatalogue.defaults().withTransferPayments("L-E&E10.0-DWP"))
            .deflator(GdpDeflator.gmcaUcdV14())
            .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    // f = 195.9697/179.9069 (2010/11); DWP 2×3218×f, HMRC 2×1039×f, economic 2×8998×f, all /1.035.
    Money dwp = r.financialCase().presentValueByAgency().get(Agency.DWP);
    assertThat(r.widerCase().presentValueByAgency()).doesNotContainKey(Agency.DWP);
    assertThat(r.widerCase().presentValueBenefits())
        .isEqualTo(r.financialCase().presentValueBenefits().minus(dwp)
            .plus(r.widerCase().presentValueByValueType().get(ValueType.ECONOMIC)));
    // python3: 2*8998*195.9697/179.9069/1.035 = 18939.85903170427523566986739085873355490
    assertThat(r.widerCase().presentValueByValueType().get(ValueType.ECONOMIC).amount())
        .isCloseTo(new BigDecimal("18939.85903170427523566"), Offset.offset(new BigDecimal("1E-13")));
    assertThat(r.financialCase().valueTypes()).containsExactly(ValueType.FISCAL);
    assertThat(r.financialCase().presentValueByValueType()).doesNotContainKey(ValueType.ECONOMIC);
    assertThat(r.benefitLines().stream().filter(BenefitLine::transferPayment)).hasSize(1);
    Appraisal keep = a.withInputs(a.events(), a.assumptions());
    assertThat(CostAvoidanceModel.run(keep).widerCase()).isEqualTo(r.widerCase());
  }

  /*
   * Who pays, who saves, at a 2024/25 price base on the shipped data (python3 decimal, prec 40):
   *   A&E (L-PSSRU2025-AE, 280 at 2024/25, same year: factor 1): 10 × 280 / 1.035
   *     = 2705.314009661835748792270531400966183575 (NHS, 25% cashable: 676.3285024154589371980676...)
   *   arrests, CR7.0 parts at 2006/07, f = 100 / 63.2017: 2 × part × f / 1.035
   *     police 1045.651565096178274236019105429951629671 (50% cashable: 522.82578254808913711800955...)
   *     duty solicitor 749.0778755805955473328207041822752902620 ; YOS 18.34476429993295217957928255140266016968
   *   costs: Local Authority 3,000 in year 0; NHS 500 in year 1 = 500 / 1.035 = 483.0917874396135265700483...
   *   NHS net position 2705.31... - 483.09... = 2222.222222222222222222222222222222222222
   *   NPV = 4518.388214638542522540689623564595763678 - 3483.091787439613526570048309178743961353
   *       = 1035.296427198928995970641314385851802325
   */
  static Appraisal whoPaysWhoSaves() {
    return Appraisal.builder()
        .priceBase(PriceYear.parse("2024/25"))
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(
            EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(10), EventsOrigin.PRE_POST, "x"),
            EventsAvoided.of("ARRESTS", Estimate.of(2), EventsOrigin.PRE_POST, "y"))
        .addAssumptions(
            stated("CRISIS_PRESENTATIONS").putCashableShares(Agency.NHS, 0.25).build(),
            stated("ARRESTS").putCashableShares(Agency.POLICE, 0.5).build())
        .addProgrammeCost(0, Agency.LOCAL_AUTHORITY, Money.ofPounds(3000))
        .addProgrammeCost(1, Agency.NHS, Money.ofPounds(500))
        .costOptimismBias(0.0)
        .build();
  }

  @Test
  void programmeCostsCarryTheirPayerAndTheResultSaysWhoPaysAndWhoSaves() {
    CostAvoidanceResult r = CostAvoidanceModel.run(whoPaysWhoSaves());
    CaseSummary fin = r.financialCase();
    Offset<BigDecimal> close = Offset.offset(new BigDecimal("1E-25"));
    assertThat(fin.netPresentValue().amount())
        .isCloseTo(new BigDecimal("1035.296427198928995970641314385851802325"), close);
    assertThat(fin.presentValueCostsByAgency()).containsOnlyKeys(Agency.LOCAL_AUTHORITY, Agency.NHS);
    assertThat(fin.presentValueCostsByAgency().get(Agency.LOCAL_AUTHORITY)).isEqualTo(Money.ofPounds(3000));
    assertThat(fin.presentValueCostsByAgency().get(Agency.NHS).amount())
        .isCloseTo(new BigDecimal("483.0917874396135265700483091787439613527"), close);
    var net = fin.netPositionByAgency();
    assertThat(net).containsOnlyKeys(Agency.LOCAL_AUTHORITY, Agency.NHS, Agency.POLICE,
        Agency.of("Duty solicitor"), Agency.of("Youth Offending Service"));
    assertThat(net.get(Agency.LOCAL_AUTHORITY)).isEqualTo(Money.ofPounds(-3000));
    assertThat(net.get(Agency.NHS).amount())
        .isCloseTo(new BigDecimal("2222.222222222222222222222222222222222222"), close);
    assertThat(net.get(Agency.POLICE).amount())
        .isCloseTo(new BigDecimal("1045.651565096178274236019105429951629671"), close);
    assertThat(fin.presentValueCashableByAgency().get(Agency.NHS).amount())
        .isCloseTo(new BigDecimal("676.3285024154589371980676328502415458938"), close);
    assertThat(fin.presentValueCashableByAgency().get(Agency.POLICE).amount())
        .isCloseTo(new BigDecimal("522.8257825480891371180095527149758148355"), close);
    assertThat(fin.presentValueCashableByAgency().get(Agency.of("Duty solicitor"))).isEqualTo(Money.ZERO);
    assertThat(fin.presentValueCashableByAgency()).doesNotContainKey(Agency.LOCAL_AUTHORITY);
    assertThat(r.costLines()).extracting(CostLine::agency)
        .containsExactly(Agency.LOCAL_AUTHORITY, Agency.NHS);
    assertThat(r.costLines().get(1).explanation().render()).contains("paid by = NHS")
        .contains("programme cost PV, NHS, year 1 = \u00a3483.09");
    assertThat(fin.explanation().inputs().get("net position by agency (saves - pays)"))
        .contains("Local Authority -\u00a33,000.00").contains("NHS \u00a32,222.22");
    assertThat(r.defaultsApplied()).noneMatch(d -> d.startsWith("programme costs in years"));
    // Same price year as the base: used as it is, explained as such.
    BenefitLine ae = r.benefitLines().stream()
        .filter(l -> l.unitCostCode().equals("L-PSSRU2025-AE")).findFirst().orElseThrow();
    assertThat(ae.explanation().render())
        .contains("same price year 2024/25: used as it is = \u00a3280.00")
        .contains("unit cost grading = secondary, current");
    // The price basis: 2024/25 is outturn, so no forecast year is used; old costs are named.
    PriceBasis basis = r.priceBasis().orElseThrow();
    assertThat(basis.priceBase()).isEqualTo(PriceYear.parse("2024/25"));
    assertThat(basis.priceBaseIsForecast()).isFalse();
    assertThat(basis.forecastYearsUsed()).isEmpty();
    assertThat(basis.oldUnitCosts()).containsExactly("L-CR7.0-POLICE (FISCAL), 2006/07",
        "L-CR7.0-DUTY-SOLICITOR (FISCAL), 2006/07", "L-CR7.0-YOS (FISCAL), 2006/07");
    assertThat(basis.statement()).startsWith("Prices: real 2024/25 prices. Deflator: HM Treasury")
        .contains("2024/25 = 100, published 2026-03. Forecast years used: none.");
    // No economic or social values: the wider case says so rather than repeat the financial case.
    assertThat(r.widerCaseAddsToFinancialCase()).isFalse();
    assertThat(r.measuresWithEconomicOrSocialValues()).isEmpty();
    assertThat(r.measuresWithFiscalValuesOnly()).containsExactly("ARRESTS", "CRISIS_PRESENTATIONS");
    assertThat(r.widerCaseStatement()).isEqualTo("Wider case: the unit costs used carry no economic or"
        + " social values, so the wider case adds nothing to the financial case and is not shown"
        + " separately.");
  }

  private static Appraisal.Builder missingAt2025() {
    return Appraisal.builder().priceBase(PriceYear.parse("2025/26")).firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of("MISSING_INCIDENTS", Estimate.of(1), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(stated("MISSING_INCIDENTS").build());
  }

  @Test
  void aForecastPriceBaseAndAMonthLabelledCostAreNamedInTheResult() {
    Appraisal a = missingAt2025().build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    PriceBasis basis = r.priceBasis().orElseThrow();
    assertThat(basis.priceBaseIsForecast()).isTrue();
    assertThat(basis.forecastYearsUsed()).containsExactly(PriceYear.parse("2025/26"));
    assertThat(basis.derivedYearsUsed()).containsExactly(PriceYear.parse("2025/26"));
    assertThat(basis.deflatorBaseYear()).contains(PriceYear.parse("2024/25"));
    assertThat(basis.deflatorPublished()).contains(java.time.YearMonth.of(2026, 3));
    assertThat(basis.deflatorSource().orElseThrow()).contains("gov.uk");
    assertThat(basis.priceYearReadings()).containsExactly("L-UOP-MISSING-MIN (FISCAL): 'Aug 2012' is a"
        + " month: the financial year containing it, 2012/13 (standard price-year mapping)");
    assertThat(basis.oldUnitCosts()).containsExactly("L-UOP-MISSING-MIN (FISCAL), Aug 2012");
    assertThat(basis.statement()).isEqualTo("Prices: real 2025/26 prices (a forecast year of the"
        + " deflator). Deflator: HM Treasury GDP deflators at market prices and money GDP, March 2026"
        + " (Quarterly National Accounts), 2024/25 = 100, published 2026-03. Forecast years used:"
        + " 2025/26 (index derived from published % changes: 2025/26). Old unit costs used (no current"
        + " figure found): L-UOP-MISSING-MIN (FISCAL), Aug 2012.");
    String why = r.benefitLines().get(0).explanation().render();
    assertThat(why)
        .contains("price year read = 'Aug 2012' is a month: the financial year containing it,"
            + " 2012/13 (standard price-year mapping)")
        .contains("uprated from 2012/13 to 2025/26 prices = \u00a31,912.59")
        .contains("I[2025/26] = 103.2388 (forecast, derived from published % changes)")
        .contains("unit cost grading = primary, old")
        .contains("price year used = 2012/13");
    // 1325.44 × 103.2388 / 71.5454 / 1.035 = 1847.910592225693819440131450468213224267 (python decimal)
    assertThat(r.financialCase().presentValueBenefits().amount())
        .isCloseTo(new BigDecimal("1847.910592225693819440131450468213224267"), TINY);
    // The caller's own reading wins and is named.
    CostAvoidanceResult mine = CostAvoidanceModel.run(missingAt2025().priceYearMapping(
        PriceYearMapping.standard().with("Aug 2012", PriceYear.parse("2011/12"))).build());
    assertThat(mine.priceBasis().orElseThrow().priceYearReadings()).containsExactly(
        "L-UOP-MISSING-MIN (FISCAL): 'Aug 2012' read as 2011/12 by the caller's entry");
  }

  @Test
  void theWiderCaseSaysWhichMeasuresCarryEconomicOrSocialValues() {
    Appraisal a = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1)
        .midYear(false)
        .addEvents(
            EventsAvoided.of("IN_EET", Estimate.of(1), EventsOrigin.PRE_POST, "x"),
            EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(1), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(stated("IN_EET").build(), stated("CRISIS_PRESENTATIONS").build())
        .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    assertThat(r.widerCaseAddsToFinancialCase()).isTrue();
    assertThat(r.measuresWithEconomicOrSocialValues()).containsExactly("IN_EET");
    assertThat(r.widerCaseStatement()).isEqualTo("Wider case: adds economic and social values for"
        + " IN_EET; valued fiscally only (no economic or social values in the catalogue):"
        + " CRISIS_PRESENTATIONS.");
    assertThat(r.widerCase().presentValueBenefits()).isGreaterThan(r.financialCase().presentValueBenefits());
    // Transfer payments left out make a different wider case even with fiscal values only.
    Appraisal transfers = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of("NEET_FISCAL", Estimate.of(1), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(stated("NEET_FISCAL").build())
        .mapping(OutcomeCostMapping.empty().with("NEET_FISCAL",
            List.of(MeasureCost.of("L-E&E10.0-DWP", ValueType.FISCAL)), "test"))
        .catalogue(UnitCostCatalogue.defaults().withTransferPayments("L-E&E10.0-DWP"))
        .build();
    CostAvoidanceResult t = CostAvoidanceModel.run(transfers);
    assertThat(t.widerCaseAddsToFinancialCase()).isTrue();
    assertThat(t.widerCaseStatement()).isEqualTo("Wider case: adds economic and social values for no"
        + " measure (it leaves out transfer payments); valued fiscally only (no economic or social"
        + " values in the catalogue): NEET_FISCAL.");
  }

  @Test
  void theCrimeCostsSplitAcrossTheCases() {
    // One violence-with-injury offence avoided at 2019/20 prices, undiscounted (benefit year 1 = year 0):
    // financial = response 2,050 (Police and CJS); wider = 2,050 + 13,390 social + 280 economic = 15,720.
    Appraisal a = Appraisal.builder().priceBase(PriceYear.parse("2019/20")).firstBenefitYear(0)
        .midYear(false)
        .addEvents(EventsAvoided.of("VIOLENT_OFFENCES", Estimate.of(1), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(stated("VIOLENT_OFFENCES").build())
        .mapping(OutcomeCostMapping.empty().with("VIOLENT_OFFENCES", List.of(
            MeasureCost.of("L-HOCOC2020-VWI-RESPONSE", ValueType.FISCAL),
            MeasureCost.of("L-HOCOC2020-VWI-CONSEQUENCE", ValueType.SOCIAL),
            MeasureCost.of("L-HOCOC2020-VWI-ANTICIPATION", ValueType.ECONOMIC)), "test"))
        .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    assertThat(r.financialCase().presentValueBenefits()).isEqualTo(Money.ofPounds(2050));
    assertThat(r.widerCase().presentValueBenefits()).isEqualTo(Money.ofPounds(15_720));
    assertThat(r.widerCase().presentValueByValueType())
        .containsEntry(ValueType.SOCIAL, Money.ofPounds(13_390))
        .containsEntry(ValueType.ECONOMIC, Money.ofPounds(280));
    assertThat(r.financialCase().presentValueByAgency())
        .containsOnlyKeys(Agency.of("Police and Criminal Justice System"));
  }

  /*
   * Payback exactly reached: costs 2,800 in year 0; 10 A&E attendances a year (280 at 2024/25 = the
   * base) for 2 benefit years from year 1. Undiscounted, year 1 brings 2,800 = the costs: payback in
   * year 1. Discounted, year 1 brings 2,800 / 1.035 = 2,705.31 < 2,800; year 2 adds 2,800 / 1.035^2:
   * payback in year 2. Costs in year 3 only stretch the horizon: year 3 is listed with no benefit.
   */
  @Test
  void paybackOnDiscountedAndUndiscountedFlowsAndTheHorizonReachesTheLastCost() {
    Appraisal a = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(10), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
            .deadweight(Estimate.of(0)).displacement(Estimate.of(0)).attribution(Estimate.of(0))
            .optimismBias(Estimate.of(0)).dropOff(Estimate.of(0)).lagYears(0).benefitYears(2).build())
        .addProgrammeCost(0, Agency.NHS, Money.ofPounds(2800))
        .addProgrammeCost(3, Agency.NHS, Money.ZERO)
        .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    assertThat(r.financialCase().paybackYearUndiscounted()).contains(1);
    assertThat(r.financialCase().paybackYearDiscounted()).contains(2);
    assertThat(r.horizon()).isEqualTo(3);
    assertThat(r.financialCase().netBenefitByYear()).containsOnlyKeys(0, 1, 2, 3);
    assertThat(r.financialCase().netBenefitByYear().get(3)).isEqualTo(Money.ZERO);
    assertThat(Plan.compile(a).maxHorizon).isEqualTo(3);
    // Costs of 2,800 in year 1 against the same benefits: discounted, both are 2,800 / 1.035 in year
    // 1, so the discounted payback is year 1 as well (it compares discounted with discounted).
    Appraisal later = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(10), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
            .deadweight(Estimate.of(0)).displacement(Estimate.of(0)).attribution(Estimate.of(0))
            .optimismBias(Estimate.of(0)).dropOff(Estimate.of(0)).lagYears(0).benefitYears(2).build())
        .addProgrammeCost(1, Agency.NHS, Money.ofPounds(2800))
        .build();
    assertThat(CostAvoidanceModel.run(later).financialCase().paybackYearDiscounted()).contains(1);
    assertThat(CostAvoidanceModel.run(later).financialCase().paybackYearUndiscounted()).contains(1);
    // A cost line built without a payer (as in documents written before payers were kept).
    CostLine unpaid = CostLine.builder().year(0).cost(Money.ofPounds(1)).discountFactor(BigDecimal.ONE)
        .presentValue(Money.ofPounds(1)).explanation(org.nwd.Explanation.of("c", "1")).build();
    assertThat(unpaid.agency()).isEqualTo(Agency.UNSPECIFIED);
    // No costs and no benefits: no payback, and the position summary says none.
    Appraisal empty = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(0)
        .midYear(false).build();
    CostAvoidanceResult e = CostAvoidanceModel.run(empty);
    assertThat(e.financialCase().paybackYearUndiscounted()).isEmpty();
    assertThat(e.financialCase().explanation().inputs())
        .containsEntry("net position by agency (saves - pays)", "none");
    assertThat(CostAvoidanceModel.run(whoPaysWhoSaves()).financialCase().explanation().inputs()
            .get("net position by agency (saves - pays)"))
        .isEqualTo("Duty solicitor \u00a3749.08; Local Authority -\u00a33,000.00; NHS \u00a32,222.22;"
            + " Police \u00a31,045.65; Youth Offending Service \u00a318.34");
  }

  @Test
  void caseSummariesKeepCostsByAgencyConsistent() {
    CaseSummary ok = CaseSummary.builder().name("financial").presentValueBenefits(Money.ZERO)
        .presentValueCosts(Money.ofPounds(10)).presentValueCashable(Money.ZERO)
        .presentValueNonCashable(Money.ZERO).explanation(org.nwd.Explanation.of("x", "y"))
        .putPresentValueCostsByAgency(Agency.NHS, Money.ofPounds(4))
        .putPresentValueCostsByAgency(Agency.POLICE, Money.ofPounds(6))
        .build();
    assertThat(ok.netPositionByAgency()).containsEntry(Agency.NHS, Money.ofPounds(-4));
    assertThatThrownBy(() -> CaseSummary.builder().name("financial").presentValueBenefits(Money.ZERO)
            .presentValueCosts(Money.ofPounds(10)).presentValueCashable(Money.ZERO)
            .presentValueNonCashable(Money.ZERO).explanation(org.nwd.Explanation.of("x", "y"))
            .putPresentValueCostsByAgency(Agency.NHS, Money.ofPounds(4)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("financial case: costs by agency add up to GBP 4, not PV(costs) GBP 10");
  }

  @Test
  void forecastUnitCostYearsAndConfirmedFinancialYearsInThePriceBasis() {
    // A 2025/26 foster allowance (a forecast year) at a 2024/25 base: deflated, and 2025/26 is named.
    OutcomeCostMapping fostering = OutcomeCostMapping.empty().with("FOSTER_WEEKS",
        List.of(MeasureCost.of("L-NMA2025-ROE-16-17", ValueType.FISCAL)), "x");
    UnitCostCatalogue confirmed = UnitCostCatalogue.defaults().with(UnitCostCatalogue.defaults()
        .get("L-NMA2025-ROE-16-17", ValueType.FISCAL).withMappedPriceYear(PriceYear.parse("2025/26")));
    Appraisal a = Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(0)
        .midYear(false)
        .addEvents(EventsAvoided.of("FOSTER_WEEKS", Estimate.of(1), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(stated("FOSTER_WEEKS").build())
        .mapping(fostering).catalogue(confirmed).build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    PriceBasis basis = r.priceBasis().orElseThrow();
    assertThat(basis.priceBaseIsForecast()).isFalse();
    assertThat(basis.forecastYearsUsed()).containsExactly(PriceYear.parse("2025/26"));
    assertThat(basis.priceYearReadings()).isEmpty();
    assertThat(basis.oldUnitCosts()).isEmpty();
    // 258 × 100 / 103.2388 = 249.9060430768277043127196364157661654339 (GdpDeflatorTest)
    assertThat(r.financialCase().presentValueBenefits().amount())
        .isCloseTo(new BigDecimal("249.9060430768277043127196364157661654339"), TINY);
    assertThat(r.benefitLines().get(0).explanation().render()).doesNotContain("price year read")
        .contains("deflated (a later price year than the base) from 2025/26 to 2024/25 prices");
  }

  private static Appraisal.Builder one(String measure, MeasureAssumptions as) {
    return Appraisal.builder()
        .priceBase(BASE)
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of(measure, Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
        .addAssumptions(as);
  }

  @Test
  void badInputIsAClearErrorNamingTheItem() {
    assertThatThrownBy(() -> CostAvoidanceModel.run(one("POLICE_CALL_OUTS", stated("POLICE_CALL_OUTS").build()).build()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("measure POLICE_CALL_OUTS has no unit-cost mapping");
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                one("MISSING_INCIDENTS", stated("MISSING_INCIDENTS").build())
                    .priceYearMapping(PriceYearMapping.none()).build()))
        .hasMessage("unit cost L-UOP-MISSING-MIN (FISCAL) has price year 'Aug 2012', which the"
            + " price-year mapping without rules does not resolve to a financial year: state it"
            + " with PriceYearMapping.with(label, PriceYear.parse(\"YYYY/YY\"))");
    // An unknown price year: a caller's cost dated "sometime" cannot be uprated.
    UnitCost vague =
        UnitCost.builder().code("L-VAGUE").description("vague").unit(CostUnit.PER_EVENT)
            .amount(Money.ofPounds(100)).sourcePriceYear("sometime").valueType(ValueType.FISCAL)
            .agency(Agency.POLICE).source("test").build();
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                one("MISSING_INCIDENTS", stated("MISSING_INCIDENTS").build())
                    .catalogue(UnitCostCatalogue.defaults().with(vague))
                    .mapping(OutcomeCostMapping.empty().with("MISSING_INCIDENTS",
                        List.of(MeasureCost.of("L-VAGUE", ValueType.FISCAL)), "test"))
                    .build()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("unit cost L-VAGUE (FISCAL) has price year 'sometime', which the"
            + " standard price-year mapping does not resolve");
    // A fiscal cost whose agency the source leaves unspecified cannot be used until it is named.
    OutcomeCostMapping truancy = OutcomeCostMapping.empty().with("TRUANCY",
        List.of(MeasureCost.of("E&S1.0", ValueType.FISCAL)), "test");
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                one("TRUANCY", stated("TRUANCY").build()).mapping(truancy).build()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("unit cost E&S1.0 (FISCAL) used for TRUANCY has agency 'unspecified': a fiscal"
            + " saving must name the agency that makes it (UnitCost.withAgency)")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("agency");
    UnitCostCatalogue named = UnitCostCatalogue.defaults()
        .with(UnitCostCatalogue.defaults().get("E&S1.0", ValueType.FISCAL).withAgency(Agency.EDUCATION));
    assertThat(CostAvoidanceModel.run(one("TRUANCY", stated("TRUANCY").build()).mapping(truancy)
            .catalogue(named).build()).financialCase().presentValueByAgency())
        .containsOnlyKeys(Agency.EDUCATION);
    GdpDeflator shortSeries =
        GdpDeflator.of("short", Map.of(BASE, new BigDecimal("195.9697"), PriceYear.of(2013), new BigDecimal("190.0334")));
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                one("ARRESTS", stated("ARRESTS").build()).deflator(shortSeries).build()))
        .hasMessage(
            "unit cost L-CR7.0-POLICE (FISCAL) has price year 2006/07, which is missing from GDP"
                + " deflator 'short' (covers 2013/14 to 2015/16, with gaps): supply a series that covers it");
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                Appraisal.builder().priceBase(PriceYear.of(2031)).firstBenefitYear(1).midYear(false)
                    .addEvents(EventsAvoided.of("ARRESTS", Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
                    .addAssumptions(stated("ARRESTS").build()).build()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("price base 2031/32 is outside GDP deflator 'HM Treasury GDP deflators at market"
            + " prices and money GDP, March 2026 (Quarterly National Accounts)', which covers 2000/01"
            + " to 2030/31: choose a price base the series covers, or supply a series that covers it")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("priceBase");
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                Appraisal.builder().priceBase(PriceYear.of(1995)).firstBenefitYear(1)
                    .midYear(false).deflator(GdpDeflator.gmcaUcdV14()).build()))
        .hasMessageStartingWith("price base 1995/96 is outside GDP deflator 'HMT GDP deflator at"
            + " market prices, March 2015 Budget")
        .hasMessageContaining("which covers 1989/90 to 2019/20, with gaps: choose");
    assertThatThrownBy(() -> one("ARRESTS", stated("ARRESTS").build()).putProgrammeCosts(2, Money.of("-1")).build())
        .hasMessage("programme cost in year 2 is GBP -1: must not be negative");
    assertThatThrownBy(() -> one("ARRESTS", stated("ARRESTS").build()).putProgrammeCosts(-1, Money.of("1")).build())
        .hasMessage("programme cost year -1: years start at 0");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).deadweight(Estimate.of("1.5")).build())
        .hasMessage("deadweight for ARRESTS is 1.5: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).displacement(Estimate.of("-0.1", "0", "0")).build())
        .hasMessage("displacement for ARRESTS is -0.1: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).attribution(Estimate.of("0", "0", "2")).build())
        .hasMessage("attribution for ARRESTS is 2: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).optimismBias(Estimate.of("1.01")).build())
        .hasMessage("optimismBias for ARRESTS is 1.01: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).dropOff(Estimate.of("-1")).build())
        .hasMessage("dropOff for ARRESTS is -1: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).putCashableShares(Agency.POLICE, new BigDecimal("3")).build())
        .hasMessage("cashableShare for ARRESTS/Police is 3: must be a share between 0 (0%) and 1 (100%)");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1).lagYears(-1).build())
        .hasMessage("lagYears for ARRESTS is -1: must be 0 or more");
    assertThatThrownBy(() -> MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(0).build())
        .hasMessage("benefitYears for ARRESTS is 0: must be at least 1");
    assertThatThrownBy(() -> Estimate.of("0.3", "0.2", "0.4"))
        .hasMessage("estimate needs low <= central <= high, got 0.3 <= 0.2 <= 0.4");
    assertThatThrownBy(() -> Estimate.of("0.1", "0.5", "0.4"))
        .hasMessage("estimate needs low <= central <= high, got 0.1 <= 0.5 <= 0.4");
    assertThatThrownBy(() -> Appraisal.builder().priceBase(BASE).firstBenefitYear(2).midYear(false).build())
        .hasMessage("firstBenefitYear is 2: must be 0 or 1");
    assertThatThrownBy(() -> Appraisal.builder().priceBase(BASE).firstBenefitYear(-1).midYear(false).build())
        .hasMessage("firstBenefitYear is -1: must be 0 or 1");
    assertThatThrownBy(
            () -> one("ARRESTS", stated("ARRESTS").build())
                .addEvents(EventsAvoided.of("ARRESTS", Estimate.of("1"), EventsOrigin.PRE_POST, "y"))
                .build())
        .hasMessage("events for ARRESTS are given twice");
    assertThatThrownBy(() -> one("ARRESTS", stated("ARRESTS").build()).addAssumptions(stated("ARRESTS").build()).build())
        .hasMessage("assumptions for ARRESTS are given twice");
    assertThatThrownBy(() -> one("ARRESTS", stated("IN_EET").build()).build())
        .hasMessage("measure ARRESTS has events avoided but no assumptions (benefitYears at least)");
    assertThatThrownBy(() -> one("ARRESTS", stated("ARRESTS").build()).costOptimismBias(new BigDecimal("-0.1")).build())
        .hasMessage("costOptimismBias is -0.1: must be 0 or more");
    assertThatThrownBy(() -> worked().assumptionsFor("NOPE")).hasMessage("no assumptions for measure NOPE");
    assertThatThrownBy(() -> EventsAvoided.of(" ", Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
        .hasMessage("measure code is blank");
    assertThatThrownBy(() -> EventsAvoided.counterfactual("X", new BigDecimal("-1"), BigDecimal.ONE, "x"))
        .hasMessage("counterfactual for X has -1 young people: must not be negative");
  }

  @Test
  void neverBothAndValueTypeMixingAreRejected() {
    OutcomeCostMapping both =
        OutcomeCostMapping.proposedDefault()
            .with(
                "ARRESTS",
                List.of(MeasureCost.of("CR7.0", ValueType.FISCAL), MeasureCost.of("L-CR7.0-YOS", ValueType.FISCAL)),
                "double counting");
    assertThatThrownBy(() -> CostAvoidanceModel.run(one("ARRESTS", stated("ARRESTS").build()).mapping(both).build()))
        .hasMessage("mapping for ARRESTS counts headline CR7.0 (FISCAL) together with its constituent"
            + " L-CR7.0-YOS (FISCAL): use one or the other, never both");
    // Across two measures the appraisal's cost set still refuses the pair.
    OutcomeCostMapping across = OutcomeCostMapping.empty()
        .with("A", List.of(MeasureCost.of("CR7.0", ValueType.FISCAL)), "x")
        .with("B", List.of(MeasureCost.of("L-CR7.0-YOS", ValueType.FISCAL)), "x");
    assertThatThrownBy(() -> CostAvoidanceModel.run(
            one("A", stated("A").build()).addEvents(EventsAvoided.of("B", Estimate.of(1),
                EventsOrigin.PRE_POST, "x")).addAssumptions(stated("B").build()).mapping(across)
                .build()))
        .hasMessage("cost set uses headline CR7.0 (FISCAL) together with its constituent L-CR7.0-YOS"
            + " (FISCAL): use one or the other, never both");
    CostAvoidanceResult r = CostAvoidanceModel.run(one("IN_EET", stated("IN_EET").build()).build());
    BenefitLine economic =
        r.benefitLines().stream().filter(l -> l.valueType() == ValueType.ECONOMIC).findFirst().orElseThrow();
    assertThatThrownBy(
            () -> CaseSummary.summarise("financial", ImmutableSet.of(ValueType.FISCAL), List.of(economic), List.of(), 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("financial case takes [FISCAL] values only: IN_EET valued with E&E10.0 is ECONOMIC");
  }

  @Test
  void mappingIsEditable() {
    OutcomeCostMapping m = OutcomeCostMapping.proposedDefault();
    assertThat(m.costs()).containsOnlyKeys(
        "ENTRIES_TO_CARE", "RE_ENTRIES_TO_CARE", "PLACEMENT_MOVES", "EXTERNAL_PLACEMENT_DAYS",
        "OUT_OF_AREA_PLACEMENT_DAYS", "IN_EET", "ARRESTS", "CONVICTIONS", "MISSING_INCIDENTS",
        "CRISIS_PRESENTATIONS");
    assertThat(m.costsFor("EXTERNAL_PLACEMENT_DAYS").get(0).divisor()).isEqualByComparingTo("7");
    assertThat(m.costsFor("OUT_OF_AREA_PLACEMENT_DAYS").get(0).divisor()).isEqualByComparingTo("365");
    assertThat(m.costsFor("EXTERNAL_PLACEMENT_DAYS").get(0).unitCostCode())
        .isEqualTo("L-CCN2024-RESIDENTIAL");
    assertThat(m.costsFor("CRISIS_PRESENTATIONS").get(0).unitCostCode()).isEqualTo("L-PSSRU2025-AE");
    assertThat(m.rationale().get("ARRESTS")).endsWith("old: no current figure found");
    OutcomeCostMapping gmca = OutcomeCostMapping.gmcaV14Proposal();
    assertThat(gmca.costs().keySet()).isEqualTo(m.costs().keySet());
    assertThat(gmca.costsFor("OUT_OF_AREA_PLACEMENT_DAYS").get(0).multiplier()).isEqualByComparingTo("12");
    assertThat(gmca.costsFor("CRISIS_PRESENTATIONS").get(0).unitCostCode()).isEqualTo("HE4.0");
    assertThat(m.rationale().get("CRISIS_PRESENTATIONS")).startsWith("Proposal");
    OutcomeCostMapping edited =
        m.with("POLICE_CALL_OUTS", List.of(MeasureCost.converted("CR9.0", ValueType.FISCAL, new BigDecimal("2"), BigDecimal.ONE)), "2 officer hours")
            .without("CONVICTIONS");
    assertThat(edited.costsFor("POLICE_CALL_OUTS").get(0).unitCostCode()).isEqualTo("CR9.0");
    assertThatThrownBy(() -> edited.costsFor("CONVICTIONS")).hasMessage("measure CONVICTIONS has no unit-cost mapping");
    assertThat(OutcomeCostMapping.empty().costs()).isEmpty();
    assertThatThrownBy(() -> m.with("X", List.of(), "none")).hasMessage("mapping for X lists no unit costs");
    assertThatThrownBy(() -> MeasureCost.converted("A", ValueType.FISCAL, BigDecimal.ZERO, BigDecimal.ONE))
        .hasMessage("multiplier for A is 0: must be positive");
    assertThatThrownBy(() -> MeasureCost.converted("A", ValueType.FISCAL, BigDecimal.ONE, new BigDecimal("-7")))
        .hasMessage("divisor for A is -7: must be positive");
    assertThatThrownBy(() -> MeasureCost.converted("A", ValueType.FISCAL, BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessage("divisor for A is 0: must be positive");
    assertThat(EventsAvoided.counterfactual("X", BigDecimal.ZERO, BigDecimal.TEN, "none").events().central())
        .isEqualByComparingTo("0");
    // Every default mapping resolves in the default catalogue, price years included.
    UnitCostCatalogue cat = UnitCostCatalogue.defaults();
    m.costs().values().forEach(list -> list.forEach(mc ->
        PriceYearMapping.standard().require(
            cat.get(mc.unitCostCode(), mc.valueType()).sourcePriceYear(), mc.unitCostCode())));
  }
}
