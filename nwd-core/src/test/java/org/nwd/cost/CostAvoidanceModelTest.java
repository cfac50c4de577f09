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

  /** Crisis presentations (pre/post) and arrests (DiD), one programme cost in year 0. */
  static Appraisal worked() {
    return Appraisal.builder()
        .priceBase(BASE)
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
        .contains("unit cost = HE4.0 (FISCAL) GBP 109 per attendance")
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
    assertThat(fin.explanation().render()).contains("PV(costs) = GBP 1000").contains("BCR = 3.589");
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
            "outcome-to-cost mapping not supplied: shipped default used (proposal, see"
                + " OutcomeCostMapping.proposedDefault)",
            "unit costs not supplied: shipped default used (unit-costs.csv)")
        .anyMatch(s -> s.startsWith("GDP deflator not supplied: shipped default used (HMT"))
        .noneMatch(s -> s.contains("cashable share for ARRESTS / Police"));
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
            .mapping(OutcomeCostMapping.proposedDefault())
            .discountSchedule(DiscountSchedule.greenBook())
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
    assertThatThrownBy(() -> CostAvoidanceModel.run(one("MISSING_INCIDENTS", stated("MISSING_INCIDENTS").build()).build()))
        .hasMessageContaining("unit cost L-UOP-MISSING-MIN (FISCAL) has price year 'Aug 2012'");
    GdpDeflator shortSeries =
        GdpDeflator.of("short", Map.of(BASE, new BigDecimal("195.9697"), PriceYear.of(2013), new BigDecimal("190.0334")));
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                one("ARRESTS", stated("ARRESTS").build()).deflator(shortSeries).build()))
        .hasMessage(
            "unit cost L-CR7.0-POLICE (FISCAL) has price year 2006/07, which is missing from GDP"
                + " deflator 'short'");
    assertThatThrownBy(
            () -> CostAvoidanceModel.run(
                Appraisal.builder().priceBase(PriceYear.of(2030)).firstBenefitYear(1).midYear(false)
                    .addEvents(EventsAvoided.of("ARRESTS", Estimate.of("1"), EventsOrigin.PRE_POST, "x"))
                    .addAssumptions(stated("ARRESTS").build()).build()))
        .hasMessageContaining("price base 2030/31 is missing from GDP deflator");
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
        .hasMessageContaining("use one or the other, never both");
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
    assertThat(m.costsFor("OUT_OF_AREA_PLACEMENT_DAYS").get(0).multiplier()).isEqualByComparingTo("12");
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
    // Every default mapping resolves in the default catalogue (with Aug 2012 mapped by the caller).
    UnitCostCatalogue cat = UnitCostCatalogue.defaults();
    m.costs().values().forEach(list -> list.forEach(mc -> cat.get(mc.unitCostCode(), mc.valueType())));
  }
}
