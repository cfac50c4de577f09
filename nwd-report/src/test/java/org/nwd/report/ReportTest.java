package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.report.Fixtures.byClass;
import static org.nwd.report.Fixtures.chart;
import static org.nwd.report.Fixtures.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.DomainRuleException;
import org.nwd.cost.Money;
import org.nwd.cost.Sensitivity;
import org.nwd.model.ShortTermThreshold;
import org.nwd.stats.Interval;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ReportTest {

  static Report full() {
    return Report.builder("No Wrong Door: test report")
        .generatedOn("2026-11-25")
        .measureChanges(List.of(Fixtures.change("missing incidents", 2.0, 1.0),
            Fixtures.change("arrests", 1.0, 0.5)))
        .costAvoidance(Fixtures.cost())
        .monteCarlo(Fixtures.monteCarlo())
        .sensitivity(Sensitivity.Case.FINANCIAL, Money.ofPounds(4000), Fixtures.tornado())
        .hubStays(stays(), ShortTermThreshold.defaultThreshold())
        .build();
  }

  /** 10 stays of 3 days, 6 of 20, 7 of 50 and 2 of 100 (a small cell). */
  static List<Integer> stays() {
    List<Integer> out = new ArrayList<>();
    out.addAll(Collections.nCopies(10, 3));
    out.addAll(Collections.nCopies(6, 20));
    out.addAll(Collections.nCopies(7, 50));
    out.addAll(Collections.nCopies(2, 100));
    return out;
  }

  @Test
  void pageIsWellFormedXhtmlWithOneAccessibleSvgPerChart() throws Exception {
    Document doc = parse(full().toHtml());
    Element html = doc.getDocumentElement();
    assertThat(html.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(html.getAttribute("lang")).isEqualTo("en-GB");
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isEqualTo(5);
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      kinds.add(svg.getAttribute("data-chart"));
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
      Element desc = (Element) svg.getElementsByTagNameNS("*", "desc").item(0);
      assertThat(title.getTextContent()).isNotBlank();
      assertThat(desc.getTextContent()).isNotBlank();
      assertThat(svg.getAttribute("aria-labelledby"))
          .isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
      // Each chart sits in its scrolling box in a figure, next to its table.
      Element box = (Element) svg.getParentNode();
      assertThat(box.getAttribute("class")).isEqualTo("chart-box");
      Element pair = (Element) box.getParentNode().getParentNode();
      assertThat(pair.getAttribute("class")).isEqualTo("pair");
      assertThat(pair.getElementsByTagNameNS("*", "table").getLength()).isEqualTo(1);
    }
    assertThat(kinds).containsExactly("measure-rates", "cost-by-agency-year", "npv-percentiles",
        "tornado", "hub-stays");
    NodeList tables = doc.getElementsByTagNameNS("*", "table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      assertThat(t.getElementsByTagNameNS("*", "caption").item(0).getTextContent()).isNotBlank();
      NodeList ths = t.getElementsByTagNameNS("*", "th");
      for (int j = 0; j < ths.getLength(); j++) {
        assertThat(((Element) ths.item(j)).getAttribute("scope")).isIn("col", "row");
      }
    }
    assertThat(full().tableIds()).containsExactly("headline-facts", "headline-key-figures",
        "rates-table", "cost-summary", "cost-by-agency-year", "cost-by-agency", "monte-carlo-npv",
        "monte-carlo-bcr", "sensitivity-table", "hub-stays-table");
    // The headline panel shows its two tables as a list of facts and a list of key figures.
    assertThat(tables.getLength()).isEqualTo(8);
  }

  @Test
  void pageNeedsNoScriptAndNoNetwork() {
    String html = full().toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>\n").doesNotContain("<script")
        .doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
        .doesNotContain("<link").contains("<meta charset=\"utf-8\"/>");
    // The only URLs are the two namespace names.
    Matcher m = Pattern.compile("https?://[^\"]*").matcher(html);
    List<String> urls = new ArrayList<>();
    while (m.find()) {
      urls.add(m.group());
    }
    assertThat(urls).containsOnly("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg");
  }

  @Test
  void measureChartPlacesPointsAndErrorBarsWhereWorkedOutByHand() throws Exception {
    Element svg = chart(parse(full().toHtml()), "measure-rates");
    // Two measures: two points each. x: max upper 2.5, step 0.5, domain [0, 2.5] onto [230, 690],
    // so 184 px per unit. Row 0 centre y = 40 + 44/2 = 62; before at 54, after at 70.
    assertThat(byClass(svg, "circle", "point")).hasSize(2);
    assertThat(byClass(svg, "path", "point")).hasSize(2);
    assertThat(byClass(svg, "path", "errorbar")).hasSize(4);
    Element before = byClass(svg, "circle", "before").get(0);
    assertThat(before.getAttribute("cx")).isEqualTo("598"); // 230 + 2.0 x 184
    assertThat(before.getAttribute("cy")).isEqualTo("54");
    assertThat(before.getAttribute("data-value")).isEqualTo("2.00");
    // After 1.0 -> 414; a diamond of half-width 5 around (414, 70).
    assertThat(byClass(svg, "path", "point").get(0).getAttribute("d"))
        .isEqualTo("M414 65L419 70L414 75L409 70Z");
    // Interval [1.5, 2.5] -> 506 .. 690, caps 4 px either side of y = 54.
    assertThat(byClass(svg, "path", "errorbar").get(0).getAttribute("d"))
        .isEqualTo("M506 50V58M506 54H690M690 50V58");
    List<String> ticks = byClass(svg, "text", "tick").stream().map(Node::getTextContent)
        .collect(Collectors.toList());
    assertThat(ticks).containsExactly("0", "0.5", "1", "1.5", "2", "2.5");
  }

  @Test
  void costChartStacksAgenciesPerYearToHandWorkedPixels() throws Exception {
    Document doc = parse(full().toHtml());
    Element svg = chart(doc, "cost-by-agency-year");
    // Fiscal lines only: year 1 LA 3000 + Police 1000, year 2 LA 2000; the social 5000 is left out.
    List<Element> bars = byClass(svg, "rect", "bar");
    assertThat(bars).hasSize(3);
    // y: [0, 4000] onto [296, 56] (top = 20 + 1 legend row x 20 + 16), 0.06 px per pound.
    // x: 3 years over [100, 690], band 590 / 3 = 196.667, padding 29.5 each side, so bars are
    // 137.667 wide and start at 100 + 196.667 i + 29.5.
    Element la1 = bars.get(0);
    assertThat(la1.getAttribute("data-series")).isEqualTo("Local Authority");
    assertThat(la1.getAttribute("data-value")).isEqualTo("3000");
    assertThat(List.of(la1.getAttribute("x"), la1.getAttribute("y"), la1.getAttribute("width"),
        la1.getAttribute("height"))).containsExactly("326.17", "116", "137.67", "180");
    Element police1 = bars.get(1);
    assertThat(police1.getAttribute("data-series")).isEqualTo("Police");
    assertThat(List.of(police1.getAttribute("y"), police1.getAttribute("height")))
        .containsExactly("56", "60");
    Element la2 = bars.get(2);
    assertThat(List.of(la2.getAttribute("x"), la2.getAttribute("y"), la2.getAttribute("height")))
        .containsExactly("522.83", "176", "120");
    assertThat(byClass(svg, "rect", "swatch")).hasSize(2);
    assertThat(rowTexts(Fixtures.table(doc, "cost-by-agency-year")))
        .containsExactly(
            List.of("Year 0", "\u00a30", "\u00a30", "\u00a30"),
            List.of("Year 1", "\u00a33,000", "\u00a31,000", "\u00a34,000"),
            List.of("Year 2", "\u00a32,000", "\u00a30", "\u00a32,000"));
    assertThat(rowTexts(Fixtures.table(doc, "cost-summary")))
        .contains(List.of("Benefit-cost ratio", "3.00", "3.00"),
            List.of("Payback year (discounted)", "not reached", "not reached"),
            List.of("Net present value", "\u00a34,000", "\u00a34,000"));
  }

  @Test
  void tornadoBarsRunFromTheCentralNpv() throws Exception {
    Element svg = chart(parse(full().toHtml()), "tornado");
    // x: [2000, 6000] onto [300, 690], 0.0975 px per pound; central 4000 -> 495.
    List<Element> bars = byClass(svg, "rect", "bar");
    assertThat(bars).hasSize(4);
    assertThat(byClass(svg, "line", "centre").get(0).getAttribute("x1")).isEqualTo("495");
    // Bar 1: low 6000 -> 690 (495..690), high 2000 -> 300 (300..495); rows from 64 (two legend
    // rows), bar 4 below the row top: y 68, height 20.
    assertThat(List.of(bars.get(0).getAttribute("x"), bars.get(0).getAttribute("width"),
        bars.get(0).getAttribute("y"), bars.get(0).getAttribute("height")))
        .containsExactly("495", "195", "68", "20");
    assertThat(List.of(bars.get(1).getAttribute("x"), bars.get(1).getAttribute("width")))
        .containsExactly("300", "195");
    // Bar 2: low 5000 -> 592.5, high 3000 -> 397.5; second row at y 96.
    assertThat(List.of(bars.get(2).getAttribute("x"), bars.get(2).getAttribute("width"),
        bars.get(2).getAttribute("y"))).containsExactly("495", "97.5", "96");
    assertThat(List.of(bars.get(3).getAttribute("x"), bars.get(3).getAttribute("width")))
        .containsExactly("397.5", "97.5");
    assertThat(bars.get(0).getAttribute("class")).isEqualTo("bar low");
    assertThat(bars.get(1).getAttribute("class")).isEqualTo("bar high");
  }

  @Test
  void monteCarloChartMarksP5P50P95AndSaysItIsAPercentileChart() throws Exception {
    String html = full().toHtml();
    Element svg = chart(parse(html), "npv-percentiles");
    // x: [-1000, 8000] widens to [-2000, 8000] (step 2000) onto [170, 690]: 0.052 px per pound.
    assertThat(byClass(svg, "line", "zero").get(0).getAttribute("x1")).isEqualTo("274");
    Element interval = byClass(svg, "line", "interval").get(0);
    assertThat(interval.getAttribute("x1")).isEqualTo("222"); // -1000
    assertThat(interval.getAttribute("x2")).isEqualTo("534"); // 5000
    assertThat(byClass(svg, "line", "percentile")).hasSize(6);
    assertThat(byClass(svg, "line", "p50").get(1).getAttribute("x1")).isEqualTo("482"); // 4000
    assertThat(byClass(svg, "circle", "mean")).hasSize(2);
    assertThat(html).contains("rather than a histogram").contains("1,000 simulations, seed 42")
        .contains("P5 to P95 is not a confidence interval");
    Document doc = parse(html);
    assertThat(rowTexts(Fixtures.table(doc, "monte-carlo-npv")).get(0))
        .containsExactly("Financial case NPV", "-\u00a31,000", "\u00a32,000", "\u00a35,000",
            "\u00a32,100");
    assertThat(rowTexts(Fixtures.table(doc, "monte-carlo-bcr")))
        .containsExactly(List.of("Financial case BCR", "0.50", "1.25", "2.00", "1.30"),
            List.of("Wider case BCR", "n/a (no costs)", "n/a (no costs)", "n/a (no costs)",
                "n/a (no costs)"));
  }

  @Test
  void hubStaysHistogramSuppressesSmallBinsAndMarksTheThreshold() throws Exception {
    Document doc = parse(full().toHtml());
    Element svg = chart(doc, "hub-stays");
    // Span 100 days -> weekly bins split at day 85: 0-7, 8-14, ..., 78-84, 85-91, 92-98, 99-105;
    // x: [0, 106] onto [70, 690], 620 / 106 px per day. Counts 10, 6, 7 shown; 2 (bin 99-105)
    // suppressed. y: [0, 10] onto [270, 50], 22 px per stay.
    // Bin 0 (0-7): x 70 + 1 (gap), width 8 x 620 / 106 - 2 = 44.79; count 10 -> y 50, height 220.
    List<Element> bars = byClass(svg, "rect", "bar");
    assertThat(bars).hasSize(3);
    assertThat(List.of(bars.get(0).getAttribute("x"), bars.get(0).getAttribute("y"),
        bars.get(0).getAttribute("width"), bars.get(0).getAttribute("height")))
        .containsExactly("71", "50", "44.79", "220");
    assertThat(List.of(bars.get(1).getAttribute("data-bin"), bars.get(1).getAttribute("x"),
        bars.get(1).getAttribute("y"), bars.get(1).getAttribute("height")))
        .containsExactly("15-21", "158.74", "138", "132"); // 70 + 15 x 620/106 + 1; 270 - 6 x 22
    List<Element> markers = byClass(svg, "text", "suppressed-marker");
    assertThat(markers).hasSize(1);
    assertThat(markers.get(0).getAttribute("data-bin")).isEqualTo("99-105");
    // Threshold 84: "over" starts at day 85, a bin edge -> 70 + 85 x 620 / 106 = 567.17.
    assertThat(byClass(svg, "line", "threshold").get(0).getAttribute("x1")).isEqualTo("567.17");
    // Ticks every 2 bins (15 bins, at most about 8 ticks): 0, 15, ..., 99.
    assertThat(byClass(svg, "text", "tick").stream().map(Node::getTextContent)
            .collect(Collectors.toList()))
        .containsExactly("0", "2", "4", "6", "8", "10", "0", "15", "29", "43", "57", "71", "85",
            "99");
    List<List<String>> rows = rowTexts(Fixtures.table(doc, "hub-stays-table"));
    assertThat(rows).hasSize(18);
    assertThat(rows.get(0)).containsExactly("0-7 days", "10");
    assertThat(rows.get(11)).containsExactly("78-84 days", "0");
    assertThat(rows.get(12)).containsExactly("85-91 days", "0");
    assertThat(rows.get(14)).containsExactly("99-105 days", "[c]");
    assertThat(rows.get(15)).containsExactly("Short-term (84 days or fewer)", "23");
    assertThat(rows.get(16)).containsExactly("Longer than 84 days", "[c]");
    // 25 in all would give the 2 longer stays away from the 23 short-term ones: withheld, as [d].
    assertThat(rows.get(17)).containsExactly("All completed stays", "[d]");
  }

  @Test
  void suppressedFiguresAppearNowhereInThePage() throws Exception {
    MeasureChange hidden = MeasureChange.builder().measure("self-harm").suppressed(true)
        .rateBefore(123.456).rateBeforeInterval(Interval.of(111.111, 222.222)).rateAfter(7.777)
        .rateRatio(0.0629).build();
    List<Integer> stays = new ArrayList<>();
    stays.addAll(Collections.nCopies(50, 10));
    stays.addAll(Collections.nCopies(45, 30));
    stays.addAll(Collections.nCopies(37, 200));
    Report r = Report.builder("suppression")
        .suppressionThreshold(40)
        .measureChanges(List.of(Fixtures.change("missing incidents", 2.0, 1.0), hidden))
        .hubStays(stays, ShortTermThreshold.of(84))
        .build();
    String html = r.toHtml();
    Document doc = parse(html);
    List<String> tokens = numberTokens(doc.getDocumentElement());
    // The 37 long stays, and the hidden measure's figures, rounded or not.
    assertThat(tokens).doesNotContain("37", "123.456", "123.46", "7.777", "7.78", "0.06", "111.11",
        "222.22", "0.0629");
    assertThat(r.csv("hub-stays-table")).doesNotContain(",37\r\n");
    assertThat(r.csv("rates-table")).contains("self-harm,[c],[c],[c],[c],[c],[c],[c],[c],[c]\r\n");
    // The visible measure still shows; the y scale ignores the hidden bin (max shown 50).
    assertThat(tokens).contains("50", "45", "95");
    Element stayChart = chart(doc, "hub-stays");
    assertThat(byClass(stayChart, "text", "suppressed-marker")).hasSize(1);
    Element rates = chart(doc, "measure-rates");
    assertThat(byClass(rates, "text", "suppressed-marker")).hasSize(1);
    assertThat(html).contains("fewer than 40 young people or events (1 to 39)");
    assertThat(hidden.toString()).isEqualTo("MeasureChange{self-harm, suppressed}");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    String evil = "<script>alert('x')</script> & \"q\"";
    Report r = Report.builder(evil)
        .generatedOn(evil)
        .measureChanges(List.of(Fixtures.change(evil, 2.0, 1.0)))
        .build();
    String html = r.toHtml();
    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    Document doc = parse(html);
    assertThat(doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent()).isEqualTo(evil);
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    Element row = (Element) byClass(chart(doc, "measure-rates"), "g", "row").get(0);
    assertThat(row.getAttribute("data-measure")).isEqualTo(evil);
    assertThat(r.csv("rates-table")).startsWith("Measure,Rate before").contains(
        "\"<script>alert('x')</script> & \"\"q\"\"\",2.00,1.50,2.50,1.00,0.60,1.60,0.50,0.25,1.50");
  }

  @Test
  void outputIsByteIdenticalForTheSameInputInAnyLocale() {
    Locale saved = Locale.getDefault();
    try {
      String first = full().toHtml();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(full().toHtml()).isEqualTo(first);
      Locale.setDefault(Locale.GERMANY);
      assertThat(full().toHtml()).isEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void writesThePageAndOneCsvPerTable(@TempDir Path dir) throws Exception {
    Report r = full();
    Path page = dir.resolve("report.html");
    r.writeTo(page);
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(r.toHtml());
    List<Path> files = r.writeCsvTables(dir.resolve("tables"));
    assertThat(files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()))
        .containsExactly("headline-facts.csv", "headline-key-figures.csv", "rates-table.csv",
            "cost-summary.csv", "cost-by-agency-year.csv", "cost-by-agency.csv",
            "monte-carlo-npv.csv", "monte-carlo-bcr.csv", "sensitivity-table.csv",
            "hub-stays-table.csv");
    assertThat(Files.readString(dir.resolve("tables/cost-by-agency-year.csv")))
        .isEqualTo("Appraisal year,Local Authority,Police,Total\r\n"
            + "Year 0,0,0,0\r\nYear 1,3000,1000,4000\r\nYear 2,2000,0,2000\r\n");
    assertThat(Files.readString(dir.resolve("tables/sensitivity-table.csv")))
        .isEqualTo("Measure,Assumption,Low value,High value,NPV at low,NPV at high,Swing\r\n"
            + "Missing incidents,deadweight,10%,30%,6000,2000,4000\r\n"
            + "Arrests,optimism bias,10%,30%,5000,3000,2000\r\n");
    assertThatThrownBy(() -> r.csv("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no table with id 'nope'; tables: [headline-facts,");
    assertThat(r.title()).isEqualTo("No Wrong Door: test report");
    assertThat(r.toString()).isEqualTo("Report{No Wrong Door: test report, 6 sections}");
  }

  @Test
  void repeatedSectionsGetDistinctIdsAndOneSectionHasNoContentsList() throws Exception {
    Report r = Report.builder("t")
        .measureChanges(List.of(Fixtures.change("a", 2, 1)))
        .measureChanges(List.of(Fixtures.change("b", 2, 1)))
        .measureChanges(List.of(Fixtures.change("c", 2, 1)))
        .build();
    assertThat(r.tableIds()).containsExactly("rates-table", "rates-2-table", "rates-3-table");
    assertThat(r.toHtml()).contains("<nav aria-label=\"Contents\">")
        .contains("<a href=\"#rates-2\">");
    String single = Report.builder("t").measureChanges(List.of(Fixtures.change("a", 2, 1)))
        .build().toHtml();
    assertThat(single).doesNotContain("<nav").doesNotContain("class=\"meta\"");
    parse(single);
  }

  @Test
  void builderAndRowsCheckTheirInputs() {
    assertThatThrownBy(() -> Report.builder(" ")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("report title is blank");
    ReportBuilder b = Report.builder("t");
    assertThatThrownBy(() -> b.suppressionThreshold(0)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("suppression threshold 0 must be at least 1");
    b.suppressionThreshold(1);
    assertThatThrownBy(() -> b.measureChanges(List.of())).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("no measure changes to report");
    assertThatThrownBy(() -> b.hubStays(List.of(), ShortTermThreshold.of(84)))
        .hasMessageContaining("no hub stays to report");
    assertThatThrownBy(() -> b.hubStays(List.of(3, -1), ShortTermThreshold.of(84)))
        .hasMessageContaining("stay length -1 days is negative");
    assertThatThrownBy(() -> b.sensitivity(Sensitivity.Case.WIDER, Money.ZERO, List.of()))
        .hasMessageContaining("no sensitivity bars to report");
    assertThatThrownBy(() -> b.generatedOn(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> MeasureChange.builder().measure("x").rateBefore(1).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("measure 'x' is not suppressed, so it needs a rate before and a rate after");
    assertThatThrownBy(() -> MeasureChange.builder().measure("x").rateAfter(1).build())
        .hasMessageContaining("needs a rate before and a rate after");
    assertThatThrownBy(() -> MeasureChange.builder().measure("x").rateBefore(-1).rateAfter(1).build())
        .hasMessageContaining("rateBefore -1.0 of measure 'x' must be finite and at least 0");
    assertThatThrownBy(() -> MeasureChange.builder().measure("x").rateBefore(1)
            .rateAfter(Double.POSITIVE_INFINITY).build())
        .hasMessageContaining("rateAfter Infinity of measure 'x' must be finite and at least 0");
    assertThatThrownBy(() -> MeasureChange.suppressed(" ")).hasMessageContaining("measure name is blank");
    assertThat(MeasureChange.suppressed("x").suppressed()).isTrue();
    assertThat(MeasureChange.builder().measure("x").rateBefore(0).rateAfter(0).build().suppressed())
        .isFalse();
  }

  @Test
  void measureChangeTakesARateRatioAsItIs() {
    RateRatio rr = RateRatio.of(Rate.of(10, 5), Rate.of(5, 5));
    MeasureChange m = MeasureChange.of("missing incidents", rr);
    assertThat(m.rateBefore().getAsDouble()).isEqualTo(2.0); // 10 / 5
    assertThat(m.rateAfter().getAsDouble()).isEqualTo(1.0); // 5 / 5
    assertThat(m.rateRatio().getAsDouble()).isEqualTo(0.5);
    assertThat(m.rateBeforeInterval()).contains(rr.before().interval());
    assertThat(m.rateAfterInterval()).contains(rr.after().interval());
    assertThat(m.rateRatioInterval()).isEqualTo(rr.interval());
    assertThat(m.toString()).isEqualTo("MeasureChange{missing incidents}");
    // No events at all: the ratio is undefined and the table says so.
    MeasureChange none = MeasureChange.of("none", RateRatio.of(Rate.of(0, 5), Rate.of(0, 5)));
    Report r = Report.builder("t").measureChanges(List.of(none)).build();
    assertThat(r.csv("rates-table")).endsWith(",undefined,undefined,undefined\r\n");
    // Only before zero: infinite ratio, printed in words.
    MeasureChange inf = MeasureChange.of("inf", RateRatio.of(Rate.of(0, 5), Rate.of(3, 5)));
    assertThat(Report.builder("t").measureChanges(List.of(inf)).build().csv("rates-table"))
        .contains(",infinite,");
  }

  static List<List<String>> rowTexts(Element table) {
    List<List<String>> out = new ArrayList<>();
    NodeList trs = ((Element) table.getElementsByTagNameNS("*", "tbody").item(0))
        .getElementsByTagNameNS("*", "tr");
    for (int i = 0; i < trs.getLength(); i++) {
      List<String> row = new ArrayList<>();
      NodeList cells = trs.item(i).getChildNodes();
      for (int j = 0; j < cells.getLength(); j++) {
        row.add(cells.item(j).getTextContent());
      }
      out.add(row);
    }
    return out;
  }

  /** Every number in every text node and attribute value, as printed. */
  static List<String> numberTokens(Node node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(Node node, List<String> out) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      split(node.getTextContent(), out);
    }
    NamedNodeMap attrs = node.getAttributes();
    if (attrs != null) {
      for (int i = 0; i < attrs.getLength(); i++) {
        split(attrs.item(i).getNodeValue(), out);
      }
    }
    NodeList kids = node.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      collect(kids.item(i), out);
    }
  }

  private static void split(String text, List<String> out) {
    Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text.replace(",", ""));
    while (m.find()) {
      out.add(m.group());
    }
  }
}
