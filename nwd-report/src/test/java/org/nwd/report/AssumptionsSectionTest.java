package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.Confidence;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.PriceYear;
import org.nwd.cost.UnitCost;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.cost.ValueType;
import org.w3c.dom.Document;

/** Every assumption behind the cost figures is in a table of the report, in words and numbers. */
class AssumptionsSectionTest {

  static Appraisal appraisal() {
    return Appraisal.builder()
        .priceBase(PriceYear.parse("2025/26"))
        .firstBenefitYear(1)
        .midYear(false)
        .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of("8", "10", "12"),
            EventsOrigin.PRE_POST, "x"))
        .addEvents(EventsAvoided.of("MISSING_INCIDENTS", Estimate.of("20"),
            EventsOrigin.DIFFERENCE_IN_DIFFERENCES, "y"))
        .addAssumptions(MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
            .deadweight(Estimate.of("0.1", "0.3", "0.5")).attribution(Estimate.of("0.2"))
            .lagYears(0).lagYearsRange(0, 1).benefitYears(3).benefitYearsRange(2, 5)
            .putCashableShares(Agency.NHS, 0.25).build())
        .addAssumptions(MeasureAssumptions.builder().measureCode("MISSING_INCIDENTS")
            .deadweight(Estimate.of("0.3")).benefitYears(1).build())
        .addProgrammeCost(0, Agency.NHS, Money.ofPounds(100))
        .addProgrammeCost(1, Agency.LOCAL_AUTHORITY, Money.ofPounds(50))
        .costOptimismBias(0.1)
        .putUnitCostRanges(Confidence.PRIMARY, Estimate.of("0.8", "1", "1.2"))
        .build();
  }

  static Report report(Appraisal a) {
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    return Report.builder("t").costAvoidance(r).assumptions(a, r).build();
  }

  @Test
  void theSettingsTableStatesEveryAppraisalChoiceAndWhereTheLibraryProposedIt() throws Exception {
    Document doc = Fixtures.parse(report(appraisal()).toHtml());
    List<List<String>> rows = ReportTest.rowTexts(Fixtures.table(doc, "assumptions-settings"));
    assertThat(rows.get(0)).containsExactly("Price base", "real 2025/26 prices");
    assertThat(rows.get(1).get(1)).startsWith("HM Treasury GDP deflators")
        .endsWith(", 2024/25 = 100; forecast years used: 2025/26");
    assertThat(rows).contains(
        List.of("First benefit year", "appraisal year 1 (discounted once)"),
        List.of("Timing of flows", "end of year"),
        List.of("Optimism bias on costs", "10%"),
        List.of("Transfer payments in the wider case", "left out"),
        List.of("Unit-cost range, primary grade", "\u00d70.8 to \u00d71.2"),
        List.of("Unit-cost range, secondary grade", "\u00d70.75 to \u00d71.25 (library's proposal)"),
        List.of("Unit-cost range, uncertain grade", "\u00d70.5 to \u00d71.5 (library's proposal)"));
    // Green Book bands: 3.5% for years 1-30, then 3%, ..., 1% from year 301; not stated, so default.
    assertThat(rows.get(4)).containsExactly("Discounting", "HM Treasury Green Book declining"
        + " schedule: 3.5% in years 1-30, 3% in years 31-75, 2.5% in years 76-125, 2% in years"
        + " 126-200, 1.5% in years 201-300, 1% in years 301+ (default)");
  }

  @Test
  void programmeCostsAndMeasureAssumptionsWithTheirRanges() throws Exception {
    Report r = report(appraisal());
    assertThat(r.csv("assumptions-programme-costs")).isEqualTo(
        "Appraisal year,Paid by,Cost\r\nYear 0,NHS,100\r\nYear 1,Local Authority,50\r\n"
            + "Total (undiscounted),,150\r\n");
    List<List<String>> rows = ReportTest.rowTexts(Fixtures.table(Fixtures.parse(r.toHtml()),
        "assumptions-measures"));
    assertThat(rows.get(0)).containsExactly("Crisis presentations (A&E)", "10 (8 to 12)",
        "30% (10% to 50%)", "not stated (0% applied)", "20%", "not stated (0% applied)",
        "not stated (0% applied)", "0 (0 to 1)", "3 (2 to 5)", "NHS 25%");
    // Difference-in-differences events: the comparison already nets out deadweight.
    assertThat(rows.get(1)).containsExactly("Missing incidents", "20",
        "30% (not applied: comparison group)", "not stated (0% applied)", "not stated (0% applied)",
        "not stated (0% applied)", "not stated (0% applied)", "0", "1", "none stated");
  }

  @Test
  void unitCostsAreListedWithTheirSourceAndTheDefaultsTheModelApplied() throws Exception {
    Appraisal a = appraisal();
    CostAvoidanceResult result = CostAvoidanceModel.run(a);
    Report r = Report.builder("t").costAvoidance(result).assumptions(a, result).build();
    List<List<String>> rows = ReportTest.rowTexts(Fixtures.table(Fixtures.parse(r.toHtml()),
        "assumptions-unit-costs"));
    UnitCostCatalogue catalogue = UnitCostCatalogue.defaults();
    List<String> codes = new ArrayList<>();
    for (List<String> row : rows) {
      codes.add(row.get(0));
      UnitCost u = catalogue.get(row.get(0), ValueType.valueOf(row.get(7).toUpperCase(
          java.util.Locale.ROOT)));
      assertThat(row.get(1)).isEqualTo(u.description());
      assertThat(row.get(3)).isEqualTo(Num.pounds(u.amount().amount()));
      assertThat(row.get(4)).isEqualTo(u.unitLabel());
      assertThat(row.get(5)).startsWith(u.sourcePriceYear());
      assertThat(row.get(6)).isEqualTo(u.agency().name());
      assertThat(row.get(8)).isEqualTo(u.grading());
      assertThat(row.get(9)).endsWith(u.source());
    }
    // Every unit cost the model used, once each.
    List<String> used = result.benefitLines().stream().map(l -> l.unitCostCode()).distinct()
        .sorted().toList();
    assertThat(codes).containsExactlyElementsOf(used);
    assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("missing incidents"));
    // The defaults: listed in the assumptions section, not repeated in the cost section.
    List<List<String>> defaults = ReportTest.rowTexts(Fixtures.table(Fixtures.parse(r.toHtml()),
        "assumptions-defaults"));
    assertThat(defaults).hasSize(result.defaultsApplied().size());
    assertThat(defaults.get(0)).containsExactly("1", result.defaultsApplied().get(0));
    assertThat(r.toHtml()).doesNotContain("class=\"defaults\"");
  }

  @Test
  void anAppraisalWithEverythingStatedSaysSo() throws Exception {
    Appraisal a = Appraisal.builder()
        .priceBase(PriceYear.parse("2025/26"))
        .firstBenefitYear(0)
        .midYear(true)
        .excludeTransferPaymentsFromWiderCase(false)
        .discountSchedule(DiscountSchedule.flat(new BigDecimal("0.035")))
        .addProgrammeCost(0, Agency.NHS, Money.ofPounds(100))
        .build();
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    CostAvoidanceResult none = CostAvoidanceResult.builder().financialCase(r.financialCase())
        .widerCase(r.widerCase()).horizon(r.horizon()).priceBasis(r.priceBasis()).build();
    Report report = Report.builder("t").assumptions(a, none).build();
    List<List<String>> rows = ReportTest.rowTexts(Fixtures.table(Fixtures.parse(report.toHtml()),
        "assumptions-settings"));
    assertThat(rows).contains(List.of("First benefit year", "appraisal year 0 (not discounted)"),
        List.of("Timing of flows", "mid-year"),
        List.of("Optimism bias on costs", "none stated"),
        List.of("Transfer payments in the wider case", "counted"));
    assertThat(rows.get(4).get(1)).doesNotEndWith("(default)").contains("3.5% in years 1+");
    assertThat(report.csv("assumptions-defaults"))
        .isEqualTo("Default,What was applied\r\nNone,every input was stated\r\n");
    assertThat(report.csv("assumptions-measures")).isEqualTo("Measure,Events avoided in benefit"
        + " year 1,Deadweight,Displacement,Attribution,Optimism bias,Drop-off a year,Lag (years),"
        + "Benefit years,Cashable share by agency\r\n");
  }
}
