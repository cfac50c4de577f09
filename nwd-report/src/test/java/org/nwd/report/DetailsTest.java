package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.report.Fixtures.byClass;
import static org.nwd.report.Fixtures.chart;
import static org.nwd.report.Fixtures.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Assumption;
import org.nwd.cost.Money;
import org.nwd.cost.Sensitivity;
import org.nwd.model.ShortTermThreshold;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DetailsTest {

  @Test
  void tableMarkupNamesItsCellsAndIds() {
    Table t = new Table("t-1", "A & B", List.of("Row", "Value", "Note"),
        List.of(new Table.Row("r <1>", List.of(Cell.of("5"), Cell.text("words"))),
            new Table.Row("r2", List.of(Cell.suppressed(),
                Cell.suppressed(org.nwd.impact.Suppression.SECONDARY)))));
    StringBuilder out = new StringBuilder();
    t.appendHtml(out);
    // A scrolling region labelled by the caption; numbers right, words left; [c] and [d] by kind.
    assertThat(out.toString()).isEqualTo(
        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"t-1-caption\">\n"
            + "<table id=\"t-1\" class=\"data\" data-table=\"t-1\">\n"
            + "<caption id=\"t-1-caption\">A &amp; B</caption>\n"
            + "<thead><tr><th scope=\"col\">Row</th><th scope=\"col\">Value</th>"
            + "<th scope=\"col\">Note</th></tr></thead>\n"
            + "<tbody>\n<tr><th scope=\"row\">r &lt;1&gt;</th><td class=\"num\">5</td>"
            + "<td class=\"text\">words</td></tr>\n"
            + "<tr><th scope=\"row\">r2</th><td class=\"num suppressed primary\">[c]</td>"
            + "<td class=\"num suppressed secondary\">[d]</td></tr>\n"
            + "</tbody>\n</table>\n</div>\n");
    assertThat(t.hasSuppressed()).isTrue();
    // More than five columns: a row of its own.
    Table wide = new Table("w", "c", List.of("a", "b", "c", "d", "e", "f"),
        List.of(new Table.Row("r", List.of(Cell.of("1"), Cell.of("2"), Cell.of("3"), Cell.of("4"),
            Cell.of("5")))));
    StringBuilder w = new StringBuilder();
    wide.appendHtml(w);
    assertThat(w.toString()).startsWith("<div class=\"table-wrap wide\" role=\"region\"");
    assertThat(wide.hasSuppressed()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Cell.suppressed(org.nwd.impact.Suppression.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csvQuotesASpecialCharacterInFirstPlaceToo() {
    assertThat(Table.csvField(",a")).isEqualTo("\",a\"");
    assertThat(Table.csvField("\"a")).isEqualTo("\"\"\"a\"");
    assertThat(Table.csvField("\ra")).isEqualTo("\"'\ra\""); // CR first: neutralised too
    assertThat(Table.csvField("\na")).isEqualTo("\"\na\"");
  }

  @Test
  void descriptionsAndNotesFollowTheData() throws Exception {
    Report withHidden = Report.builder("t").suppressionThreshold(7)
        .measureChanges(List.of(Fixtures.change("a", 2, 1), MeasureChange.suppressed("b")))
        .build();
    Document doc = parse(withHidden.toHtml());
    Element svg = chart(doc, "measure-rates");
    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .endsWith("error bars. 1 suppressed rows show their marker.");
    assertThat(withHidden.toHtml()).contains(
        "[c] suppressed: fewer than 7 young people or events (1 to 6), or a figure computed from"
            + " such a count.");
    // The suppressed row keeps its place: row 2, centre 40 + 44 + 22 = 106, marker at 236, 110.
    Element marker = byClass(svg, "text", "suppressed-marker").get(0);
    assertThat(marker.getAttribute("x") + "," + marker.getAttribute("y")).isEqualTo("236,110");
    Report none = Report.builder("t").measureChanges(List.of(Fixtures.change("a", 2, 1))).build();
    assertThat(chart(parse(none.toHtml()), "measure-rates")
            .getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .endsWith("as horizontal error bars.");
  }

  @Test
  void measureWithoutIntervalsHasNoErrorBarsAndSaysNotAvailable() throws Exception {
    MeasureChange bare = MeasureChange.builder().measure("bare").rateBefore(2).rateAfter(1).build();
    Report r = Report.builder("t").measureChanges(List.of(bare)).build();
    Element svg = chart(parse(r.toHtml()), "measure-rates");
    assertThat(byClass(svg, "path", "errorbar")).isEmpty();
    assertThat(byClass(svg, "circle", "point")).hasSize(1);
    assertThat(r.csv("rates-table"))
        .endsWith("bare,2.00,n/a,n/a,1.00,n/a,n/a,undefined,undefined,undefined\r\n");
    // No caption promises intervals the rows do not carry.
    assertThat(r.toHtml())
        .contains("These rows carry no confidence intervals: they are rates only.")
        .contains("Rates per person-year before and after, by measure (no intervals).")
        .contains("rate ratio (after / before): rates only, no confidence intervals")
        .doesNotContain("95% confidence interval");
    assertThat(Report.builder("t").measureChanges(List.of(Fixtures.change("a", 2, 1))).build().toHtml())
        .contains(", each with its 95% confidence interval.")
        .doesNotContain("rates only");
    // Some rows with, some without: said so, and n/a where there is none.
    Report mixed = Report.builder("t").measureChanges(List.of(Fixtures.change("a", 2, 1), bare))
        .build();
    assertThat(mixed.toHtml()).contains("with 95% confidence intervals where they could be computed"
        + " (rows without one show n/a)").contains("with 95% confidence intervals where computed (n/a"
        + " where not)");
  }

  @Test
  void costSectionListsTheDefaultsEscapedAndThePaybackYear() throws Exception {
    String html = Report.builder("t").costAvoidance(Fixtures.cost()).build().toHtml();
    assertThat(html).contains("<ul class=\"defaults\">\n<li>optimism bias &lt;default&gt; &amp;"
        + " &quot;deadweight&quot; at 20%</li>\n</ul>\n");
    assertThat(ReportTest.rowTexts(Fixtures.table(parse(html), "cost-summary")))
        .contains(List.of("Payback year (undiscounted)", "1", "1"),
            List.of("PV cashable", "\u00a30", "\u00a30"),
            List.of("Net benefit-cost ratio", "2.00", "2.00"));
    org.nwd.cost.CostAvoidanceResult cost = Fixtures.cost();
    org.nwd.cost.CostAvoidanceResult noDefaults = org.nwd.cost.CostAvoidanceResult.builder()
        .addAllBenefitLines(cost.benefitLines()).financialCase(cost.financialCase())
        .widerCase(cost.widerCase()).horizon(2).build();
    assertThat(Report.builder("t").costAvoidance(noDefaults).build().toHtml())
        .doesNotContain("class=\"defaults\"");
  }

  /** The cost section states the prices, deflator vintage and forecast use, and the wider case. */
  @Test
  void costSectionStatesThePriceBasisAndWhatTheWiderCaseHolds() throws Exception {
    org.nwd.cost.Appraisal a = org.nwd.cost.Appraisal.builder()
        .priceBase(org.nwd.cost.PriceYear.parse("2025/26")).firstBenefitYear(1).midYear(false)
        .addEvents(org.nwd.cost.EventsAvoided.of("CRISIS_PRESENTATIONS",
            org.nwd.cost.Estimate.of(10), org.nwd.cost.EventsOrigin.PRE_POST, "x"))
        .addAssumptions(org.nwd.cost.MeasureAssumptions.builder()
            .measureCode("CRISIS_PRESENTATIONS").benefitYears(1).build())
        .addProgrammeCost(0, org.nwd.cost.Agency.NHS, Money.ofPounds(100))
        .build();
    org.nwd.cost.CostAvoidanceResult fiscalOnly = org.nwd.cost.CostAvoidanceModel.run(a);
    String html = Report.builder("t").costAvoidance(fiscalOnly).build().toHtml();
    assertThat(html)
        .contains("<p class=\"price-basis\">Prices: real 2025/26 prices (a forecast year of the"
            + " deflator). Deflator: HM Treasury GDP deflators at market prices and money GDP, March"
            + " 2026 (Quarterly National Accounts), 2024/25 = 100, published 2026-03. Forecast years"
            + " used: 2025/26 (index derived from published % changes: 2025/26).</p>")
        .contains("<p class=\"wider-case\">Wider case: the unit costs used carry no economic or"
            + " social values, so the wider case adds nothing to the financial case and is not shown"
            + " separately.</p>");
    // One column: the financial case is not shown twice.
    assertThat(ReportTest.rowTexts(Fixtures.table(parse(html), "cost-summary")))
        .contains(List.of("PV of costs", "\u00a3100"))
        .allSatisfy(row -> assertThat(row).hasSize(2));
    // A result with social values keeps both columns and says which measures carry them.
    String both = Report.builder("t").costAvoidance(Fixtures.cost()).build().toHtml();
    assertThat(both).contains("Wider case: adds economic and social values for MISSING_INCIDENTS.")
        .doesNotContain("class=\"price-basis\"");
    assertThat(ReportTest.rowTexts(Fixtures.table(parse(both), "cost-summary")))
        .allSatisfy(row -> assertThat(row).hasSize(3));
  }

  @Test
  void monteCarloSectionSaysWhenTheWiderCaseRepeatsTheFinancialCase() {
    org.nwd.cost.MonteCarloResult mc = org.nwd.cost.MonteCarloResult.builder()
        .iterations(1000).seed(42)
        .financialNpv(Fixtures.dist(-1000, 2000, 5000, 2100))
        .widerNpv(Fixtures.dist(-1000, 2000, 5000, 2100))
        .widerCaseNote("the wider case repeats the financial case")
        .build();
    Report once = Report.builder("t").monteCarlo(mc).build();
    assertThat(once.toHtml())
        .contains("<p class=\"wider-case\">Wider case: the wider case repeats the financial"
            + " case. It is not shown separately.</p>");
    // Shown once: no wider-case row, no second line in the chart.
    assertThat(once.csv("monte-carlo-npv")).doesNotContain("Wider");
    assertThat(once.csv("monte-carlo-bcr")).doesNotContain("Wider");
    assertThat(Report.builder("t").monteCarlo(Fixtures.monteCarlo()).build().toHtml())
        .doesNotContain("class=\"wider-case\"");
  }

  @Test
  void aDateLineOnlyWhenGiven() {
    assertThat(Report.builder("t").generatedOn("25 November 2026").measureChanges(
            List.of(Fixtures.change("a", 2, 1))).build().toHtml())
        .contains("<p class=\"meta\">Produced 25 November 2026</p>");
  }

  @Test
  void everyKindOfSectionCanRepeatWithItsOwnIds() {
    Report r = Report.builder("t")
        .monteCarlo(Fixtures.monteCarlo())
        .monteCarlo(Fixtures.monteCarlo())
        .hubStays(List.of(1, 2), ShortTermThreshold.of(84))
        .hubStays(List.of(1, 2), ShortTermThreshold.of(84))
        .sensitivity(Sensitivity.Case.WIDER, Money.ofPounds(4000), Fixtures.tornado())
        .sensitivity(Sensitivity.Case.WIDER, Money.ofPounds(4000), Fixtures.tornado())
        .costAvoidance(Fixtures.cost())
        .costAvoidance(Fixtures.cost())
        .build();
    assertThat(r.tableIds()).containsExactly("headline-facts", "headline-key-figures",
        "monte-carlo-npv", "monte-carlo-bcr",
        "monte-carlo-2-npv", "monte-carlo-2-bcr", "hub-stays-table", "hub-stays-2-table",
        "sensitivity-table", "sensitivity-2-table", "cost-summary", "cost-by-agency-year",
        "cost-by-agency", "cost-2-summary", "cost-2-by-agency-year", "cost-2-by-agency");
    assertThat(r.toHtml()).contains("One-way sensitivity of the wider case NPV (tornado)")
        .contains("Central NPV of the wider case: \u00a34,000.");
  }

  @Test
  void sectionIdsCountOnlyTheirOwnKind() {
    // "rates" must not count "rates-extra"-like ids of another kind, nor be confused by digits.
    Report r = Report.builder("t")
        .measureChanges(List.of(Fixtures.change("a", 2, 1)))
        .hubStays(List.of(1), ShortTermThreshold.of(84))
        .measureChanges(List.of(Fixtures.change("a", 2, 1)))
        .build();
    assertThat(r.tableIds()).containsExactly("rates-table", "hub-stays-table", "rates-2-table");
  }

  @Test
  void tornadoWithAFlatAssumptionDrawsZeroWidthBars() throws Exception {
    Report r = Report.builder("t").sensitivity(Sensitivity.Case.FINANCIAL, Money.ofPounds(4000),
        List.of(Fixtures.bar("X", Assumption.EVENTS, 4000, 4000))).build();
    Element svg = chart(parse(r.toHtml()), "tornado");
    // Central 4000 alone: domain widened to [4000, 4001]; both bars start at 300 with width 0.
    List<Element> bars = byClass(svg, "rect", "bar");
    assertThat(bars).hasSize(2);
    assertThat(bars.get(0).getAttribute("x") + "/" + bars.get(0).getAttribute("width"))
        .isEqualTo("300/0");
  }

  @Test
  void oneBandIsEnough() {
    BandScale b = new BandScale(1, 0, 100, 0);
    assertThat(b.start(0)).isEqualTo(0);
    assertThat(b.width()).isEqualTo(100);
  }

  @Test
  void styleSheetKeepsThePageWellFormed() {
    String html = ReportTest.full().toHtml();
    String css = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    assertThat(css).doesNotContain("<").doesNotContain("&").contains(".threshold{");
  }

  @Test
  void legendWrapsWhenTheRowIsFullAndColoursRepeatAfterEight() throws Exception {
    org.nwd.cost.CostAvoidanceResult.Builder b = org.nwd.cost.CostAvoidanceResult.builder();
    for (int i = 1; i <= 9; i++) {
      b.addBenefitLines(Fixtures.line(1, org.nwd.cost.Agency.of("Agency " + i),
          org.nwd.cost.ValueType.FISCAL, 100L * i));
    }
    org.nwd.cost.CostAvoidanceResult r = b.financialCase(Fixtures.summary("financial",
            org.nwd.cost.ValueType.FISCAL))
        .widerCase(Fixtures.summary("wider", org.nwd.cost.ValueType.FISCAL)).horizon(2).build();
    Element svg = chart(parse(Report.builder("t").costAvoidance(r).build().toHtml()),
        "cost-by-agency-year");
    List<Element> swatches = byClass(svg, "rect", "swatch");
    assertThat(swatches).hasSize(9);
    // "Agency n" is 8 x 7.2 = 57.6 px, an item 18 + 57.6 + 18 = 93.6 px: six fit from x 100 to 690
    // (the sixth ends at 661.6); rows 20 apart from y 20 (swatch 11 above the baseline).
    assertThat(swatches.get(3).getAttribute("x") + "," + swatches.get(3).getAttribute("y"))
        .isEqualTo("380.8,9");
    assertThat(swatches.get(5).getAttribute("x") + "," + swatches.get(5).getAttribute("y"))
        .isEqualTo("568,9");
    assertThat(swatches.get(6).getAttribute("x") + "," + swatches.get(6).getAttribute("y"))
        .isEqualTo("100,29");
    assertThat(swatches.get(8).getAttribute("x") + "," + swatches.get(8).getAttribute("y"))
        .isEqualTo("287.2,29");
    assertThat(swatches.get(8).getAttribute("class")).isEqualTo("swatch s0");
    assertThat(byClass(svg, "rect", "bar").get(8).getAttribute("class")).isEqualTo("bar s0");
    assertThat(byClass(svg, "rect", "bar").get(7).getAttribute("class")).isEqualTo("bar s7");
    // Two legend rows: the plot starts at 20 + 2 x 20 + 16 = 76 and ends 240 lower, 48 above the
    // bottom. No label is cut short.
    assertThat(svg.getAttribute("height")).isEqualTo("364");
    assertThat(byClass(svg, "text", "legend-label").get(8).getTextContent()).isEqualTo("Agency 9");
    assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
        .startsWith("Stacked bars, one per appraisal year from 0 to 2, each split by the 9 agencies");
  }

  @Test
  void hubStaysAcceptZeroDaysAndCarryTheSuppressionNote() {
    String html = Report.builder("t").suppressionThreshold(3)
        .hubStays(List.of(0, 0, 0), ShortTermThreshold.of(84)).build().toHtml();
    String section = html.substring(html.indexOf("<section id=\"hub-stays\""));
    assertThat(section).contains("fewer than 3 young people or events (1 to 2)");
    // Days 0 to 84 need 85 bins of a day, 43 of two days, 13 of a week: a week is the narrowest
    // width with at most 16.
    assertThat(section).contains("How these figures were worked out", "The bins are 7 days wide (the"
        + " narrowest of 1, 2, 7, 14, 28 days and so on that needs at most 16 bins)",
        "A count of young people or of events from 1 to 2 is not shown");
    String days = Report.builder("t").hubStays(List.of(1, 2), ShortTermThreshold.of(3)).build()
        .toHtml();
    assertThat(days).contains("The bins are 1 day wide (the");
  }

  @Test
  void measureSectionsCanCarryTheirOwnHeadings() throws Exception {
    Report r = Report.builder("t")
        .measureChanges(List.of(Fixtures.change("a", 2, 1)))
        .measureChanges("Outcome rates by sex: <female>", List.of(Fixtures.change("a", 2, 1)))
        .build();
    String html = r.toHtml();
    assertThat(html).contains("<h2 id=\"rates-heading\">Outcome rates before and after</h2>")
        .contains("<h2 id=\"rates-2-heading\">Outcome rates by sex: &lt;female&gt;</h2>")
        .contains("<a href=\"#rates-2\">Outcome rates by sex: &lt;female&gt;</a>");
    parse(html);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Report.builder("t")
            .measureChanges(" ", List.of(Fixtures.change("a", 2, 1))))
        .hasMessageContaining("section heading is blank");
  }
}
