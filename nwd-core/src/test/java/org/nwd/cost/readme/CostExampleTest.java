package org.nwd.cost.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.PriceYear;

/**
 * The README's cost example, verbatim between the markers below (the test checks the README holds
 * exactly these lines), run at a 2025/26 price base on the shipped data only: the HM Treasury March
 * 2026 deflator, the current unit-cost catalogue, the proposed mapping and the standard price-year
 * mapping, none of them supplied.
 *
 * <p>Expected figures worked out independently with Python's decimal module (prec 40), as a
 * spreadsheet would, from the published inputs only (index values from the domain reference's
 * gdp-deflator-current.csv: I[2025/26] = 103.2388, I[2024/25] = 100, I[2012/13] = 71.5454; unit costs
 * from unit-costs-current.md and unit-costs.csv; DF[t] = 1/1.035^t):
 *
 * <pre>
 * missing incidents (Portsmouth 1,325.44, "Aug 2012" = 2012/13, Police, 10% cashable):
 *   UC = 1325.44 × 103.2388 / 71.5454                       = 1912.587462953593103120536051234600687116
 *   PV = 60 × 0.7 × 0.8 × 0.75 × UC × (1/1.035 + 0.67/1.035^2 + 0.67^2/1.035^3)
 *                                                            = 96226.57701928815416784817585647124760459
 * crisis presentations (PSSRU 2025 A&E 280, 2024/25, NHS, not cashable):
 *   PV = 12 × 0.7 × 280 × 1.032388 / 1.035                  = 2346.064324637681159420289855072463768116
 * external placement days (CCN 6,108 a week, "2024 (cash)" = 2024/25, Local Authority, 50% cashable):
 *   UC = 6108 × 1.032388 / 7                                 = 900.832272 a day
 *   PV = 364 × 0.9 × UC × (1/1.035 + 0.5/1.035^2)           = 422878.4067694013862633900441083805923126
 * PV benefits                                                = 521451.0481133272215906585098199243036853
 * PV costs = 120000 × 1.1 + 60000 × 1.1 / 1.035             = 195768.1159420289855072463768115942028986
 * NPV                                                        = 325682.9321712982360834121330083301007867
 * Local Authority net position = 422878.40... - 195768.11... = 227110.2908273724007561436672967863894140
 * PV cashable = 0.1 × 96226.57... + 0.5 × 422878.40...       = 221061.8610866295085484798396398374209168
 * </pre>
 *
 * The script is {@code readme-cost-example.py} beside this test's resources.
 */
class CostExampleTest {

  static final Offset<BigDecimal> CLOSE = Offset.offset(new BigDecimal("1E-24"));

  @Test
  void theReadmeCostExampleGivesTheHandCalculatedFigures() {
    // README:start
    Appraisal appraisal = Appraisal.builder()
        .priceBase(PriceYear.parse("2025/26"))      // today's prices; shipped HMT March 2026 deflator
        .firstBenefitYear(1).midYear(false)          // benefits from year 1, end-of-year discounting
        .addEvents(
            EventsAvoided.of("MISSING_INCIDENTS", Estimate.of(40, 60, 80), EventsOrigin.PRE_POST,
                "(r_before - r_after) x PY_after"),
            EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(12), EventsOrigin.PRE_POST,
                "(r_before - r_after) x PY_after"),
            EventsAvoided.counterfactual("EXTERNAL_PLACEMENT_DAYS", BigDecimal.valueOf(2),
                BigDecimal.valueOf(182), "2 young people, 26 weeks each in an external home"))
        .addAssumptions(
            MeasureAssumptions.builder().measureCode("MISSING_INCIDENTS")
                .deadweight(Estimate.of(0.3)).displacement(Estimate.of(0))
                .attribution(Estimate.of(0.2)).optimismBias(Estimate.of(0.25))
                .dropOff(Estimate.of(0.33)).lagYears(0).benefitYears(3).lagYearsRange(0, 1)
                .putCashableShares(Agency.POLICE, 0.1).build(),
            MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
                .deadweight(Estimate.of(0.3)).displacement(Estimate.of(0))
                .attribution(Estimate.of(0)).optimismBias(Estimate.of(0)).dropOff(Estimate.of(0))
                .lagYears(0).benefitYears(1).putCashableShares(Agency.NHS, 0.0).build(),
            MeasureAssumptions.builder().measureCode("EXTERNAL_PLACEMENT_DAYS")
                .deadweight(Estimate.of(0.1)).displacement(Estimate.of(0))
                .attribution(Estimate.of(0)).optimismBias(Estimate.of(0))
                .dropOff(Estimate.of(0.5)).lagYears(0).benefitYears(2).benefitYearsRange(1, 3)
                .putCashableShares(Agency.LOCAL_AUTHORITY, 0.5).build())
        .addProgrammeCost(0, Agency.LOCAL_AUTHORITY, Money.ofPounds(120_000))
        .addProgrammeCost(1, Agency.LOCAL_AUTHORITY, Money.ofPounds(60_000))
        .costOptimismBias(0.1)
        .build();
    CostAvoidanceResult result = CostAvoidanceModel.run(appraisal);
    System.out.println(result.priceBasis().orElseThrow().statement());
    System.out.println(result.financialCase().netPresentValue());      // £325,682.93
    System.out.println(result.financialCase().netPositionByAgency());  // who pays, who saves
    System.out.println(result.widerCaseStatement());
    result.defaultsApplied().forEach(System.out::println);             // what you did not state
    // README:end

    var fin = result.financialCase();
    assertThat(fin.netPresentValue().amount())
        .isCloseTo(new BigDecimal("325682.9321712982360834121330083301007867"), CLOSE);
    assertThat(fin.netPresentValue().toString()).isEqualTo("\u00a3325,682.93");
    assertThat(fin.presentValueBenefits().amount())
        .isCloseTo(new BigDecimal("521451.0481133272215906585098199243036853"), CLOSE);
    assertThat(fin.presentValueCosts().amount())
        .isCloseTo(new BigDecimal("195768.1159420289855072463768115942028986"), CLOSE);
    assertThat(fin.presentValueByMeasure().get("MISSING_INCIDENTS").amount())
        .isCloseTo(new BigDecimal("96226.57701928815416784817585647124760459"), CLOSE);
    assertThat(fin.presentValueByMeasure().get("CRISIS_PRESENTATIONS").amount())
        .isCloseTo(new BigDecimal("2346.064324637681159420289855072463768116"), CLOSE);
    assertThat(fin.presentValueByMeasure().get("EXTERNAL_PLACEMENT_DAYS").amount())
        .isCloseTo(new BigDecimal("422878.4067694013862633900441083805923126"), CLOSE);
    assertThat(fin.netPositionByAgency().get(Agency.LOCAL_AUTHORITY).amount())
        .isCloseTo(new BigDecimal("227110.2908273724007561436672967863894140"), CLOSE);
    assertThat(fin.netPositionByAgency().get(Agency.POLICE).amount())
        .isCloseTo(new BigDecimal("96226.57701928815416784817585647124760459"), CLOSE);
    assertThat(fin.presentValueCashable().amount())
        .isCloseTo(new BigDecimal("221061.8610866295085484798396398374209168"), CLOSE);
    assertThat(fin.benefitCostRatio().orElseThrow())
        .isCloseTo(new BigDecimal("2.663615806915870468593088331179654793772"), CLOSE);
    // Prices, deflator vintage and forecast use are stated; the old missing-person cost is named.
    assertThat(result.priceBasis().orElseThrow().statement())
        .startsWith("Prices: real 2025/26 prices (a forecast year of the deflator). Deflator: HM"
            + " Treasury GDP deflators at market prices and money GDP, March 2026 (Quarterly National"
            + " Accounts), 2024/25 = 100, published 2026-03. Forecast years used: 2025/26")
        .contains("Old unit costs used (no current figure found): L-UOP-MISSING-MIN (FISCAL), Aug"
            + " 2012");
    assertThat(result.widerCaseAddsToFinancialCase()).isFalse();
    assertThat(result.defaultsApplied())
        .anyMatch(d -> d.startsWith("GDP deflator not supplied: shipped default used (HM Treasury"))
        .anyMatch(d -> d.startsWith("unit-cost ranges for uncertainty analysis not stated"));
  }

  /** The README holds the example exactly as it is compiled and run above. */
  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/org/nwd/cost/readme/CostExampleTest.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("    // README:start");
    int end = source.indexOf("    // README:end");
    String snippet =
        source.subList(start + 1, end).stream()
            .map(l -> l.substring(Math.min(4, l.length())))
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    // The README shows the snippet's imports above it.
    assertThat(readme).contains("\n\n" + snippet + "\n```");
  }
}
