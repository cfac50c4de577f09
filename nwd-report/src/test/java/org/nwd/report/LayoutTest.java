package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.report.Fixtures.byClass;
import static org.nwd.report.Fixtures.chart;
import static org.nwd.report.Fixtures.parse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.ValueType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where every label, legend swatch and axis of each chart lands, worked out by hand from the layout
 * constants: chart width 720, plot right edge 680, and each chart's own left edge and row sizes.
 */
class LayoutTest {

  static Document doc() throws Exception {
    return parse(ReportTest.full().toHtml());
  }

  /** "class|text|x|y|anchor" for each text element, in document order. */
  static List<String> texts(Element svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      out.add(e.getAttribute("class") + "|" + e.getTextContent() + "|" + e.getAttribute("x") + "|"
          + e.getAttribute("y") + "|" + e.getAttribute("text-anchor"));
    }
    return out;
  }

  static List<String> xy(List<Element> elements, String xName, String yName) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      out.add(e.getAttribute(xName) + "," + e.getAttribute(yName));
    }
    return out;
  }

  static String line(Element e) {
    return e.getAttribute("x1") + "," + e.getAttribute("y1") + "," + e.getAttribute("x2") + ","
        + e.getAttribute("y2");
  }

  @Test
  void measureRatesLayout() throws Exception {
    Element svg = chart(doc(), "measure-rates");
    // Rows of 44 from y 40: centres 62 and 106; plot bottom 40 + 2 x 44 = 128; height 128 + 44.
    // x: [0, 2.5] onto [220, 680], 184 px per unit; tick labels 16 below the axis.
    assertThat(svg.getAttribute("height")).isEqualTo("172");
    assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 720 172");
    assertThat(texts(svg)).containsExactly(
        "legend-label|before|238|18|", "legend-label|after|348|18|",
        "tick|0|220|144|middle", "tick|0.5|312|144|middle", "tick|1|404|144|middle",
        "tick|1.5|496|144|middle", "tick|2|588|144|middle", "tick|2.5|680|144|middle",
        "axis-title|events per person-year|450|162|middle",
        "category|missing incidents|212|66|end", "category|arrests|212|110|end");
    assertThat(xy(byClass(svg, "rect", "swatch"), "x", "y")).containsExactly("220,8", "330,8");
    assertThat(line(byClass(svg, "line", "domain").get(0))).isEqualTo("220,128,680,128");
    assertThat(line(byClass(svg, "line", "grid").get(1))).isEqualTo("312,40,312,128");
    // Row 2 (arrests): before 1.0 at (404, 98); after 0.5 a diamond around (312, 114).
    assertThat(xy(byClass(svg, "circle", "point"), "cx", "cy")).containsExactly("588,54", "404,98");
    assertThat(byClass(svg, "path", "point").get(1).getAttribute("d"))
        .isEqualTo("M312 109L317 114L312 119L307 114Z");
    // After interval [0.1, 1.1] -> 238.4 .. 422.4 at y 114.
    assertThat(byClass(svg, "path", "errorbar").get(3).getAttribute("d"))
        .isEqualTo("M238.4 110V118M238.4 114H422.4M422.4 110V118");
  }

  @Test
  void costLayout() throws Exception {
    Element svg = chart(doc(), "cost-by-agency-year");
    // Legend from x 100 every 150 at y 20; y: [0, 4000] onto [296, 56]; labels 6 left, 4 down.
    // Year labels at band centres 100 + (i + 0.5) x 580 / 3, 16 below the plot.
    assertThat(svg.getAttribute("height")).isEqualTo("340");
    assertThat(texts(svg)).containsExactly(
        "legend-label|Local Authority|118|20|", "legend-label|Police|268|20|",
        "tick|\u00a30|94|300|end", "tick|\u00a31,000|94|240|end", "tick|\u00a32,000|94|180|end",
        "tick|\u00a33,000|94|120|end", "tick|\u00a34,000|94|60|end",
        "axis-title|present value (GBP)|100|48|start",
        "category|Year 0|196.67|312|middle", "category|Year 1|390|312|middle",
        "category|Year 2|583.33|312|middle");
    assertThat(xy(byClass(svg, "rect", "swatch"), "x", "y")).containsExactly("100,10", "250,10");
    assertThat(line(byClass(svg, "line", "grid").get(1))).isEqualTo("100,236,680,236");
    assertThat(line(byClass(svg, "line", "domain").get(0))).isEqualTo("100,296,100,56");
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("100,296,680,296");
  }

  @Test
  void costStacksNegativeValuesDownFromZero() throws Exception {
    CostAvoidanceResult r = CostAvoidanceResult.builder()
        .addBenefitLines(
            Fixtures.line(1, Agency.LOCAL_AUTHORITY, ValueType.FISCAL, 3000),
            Fixtures.line(1, Agency.POLICE, ValueType.FISCAL, -1000),
            Fixtures.line(2, Agency.LOCAL_AUTHORITY, ValueType.FISCAL, -2000),
            Fixtures.line(2, Agency.POLICE, ValueType.FISCAL, -500))
        .financialCase(Fixtures.summary("financial", ValueType.FISCAL))
        .widerCase(Fixtures.summary("wider", ValueType.FISCAL))
        .horizon(2)
        .build();
    Element svg = chart(parse(Report.builder("t").costAvoidance(r).build().toHtml()),
        "cost-by-agency-year");
    // Stacks reach 3000 up and -2500 down: step 1000, y domain [-3000, 3000] onto [296, 56],
    // 0.04 px per pound, zero at 176.
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("100,176,680,176");
    List<String> bars = new ArrayList<>();
    for (Element e : byClass(svg, "rect", "bar")) {
      bars.add(e.getAttribute("data-value") + ":" + e.getAttribute("y") + "+"
          + e.getAttribute("height"));
    }
    // 3000 up from 176; -1000 down from 176; -2000 down from 176; -500 below it, from 256.
    assertThat(bars).containsExactly("3000:56+120", "-1000:176+40", "-2000:176+80", "-500:256+20");
    assertThat(ReportTest.rowTexts(Fixtures.table(parse(
            Report.builder("t").costAvoidance(r).build().toHtml()), "cost-by-agency-year")).get(2))
        .containsExactly("Year 2", "-\u00a32,000", "-\u00a3500", "-\u00a32,500");
  }

  @Test
  void monteCarloLayout() throws Exception {
    Element svg = chart(doc(), "npv-percentiles");
    // Rows of 60 from y 40: centres 70 and 130; plot bottom 160; x: [-2000, 8000] onto [170, 680],
    // 0.051 px per pound. Percentile labels 13 above the row, ticks 9 either side.
    assertThat(svg.getAttribute("height")).isEqualTo("204");
    assertThat(texts(svg)).containsExactly(
        "legend-label|P5 to P95|188|18|", "legend-label|P50 (median)|308|18|",
        "legend-label|mean|448|18|",
        "tick|-\u00a32,000|170|176|middle", "tick|\u00a30|272|176|middle",
        "tick|\u00a32,000|374|176|middle", "tick|\u00a34,000|476|176|middle",
        "tick|\u00a36,000|578|176|middle", "tick|\u00a38,000|680|176|middle",
        "axis-title|net present value (GBP)|425|194|middle",
        "category|Financial case NPV|162|74|end",
        "percentile-label|P5|221|57|middle", "percentile-label|P50|374|57|middle",
        "percentile-label|P95|527|57|middle",
        "category|Wider case NPV|162|134|end",
        "percentile-label|P5|323|117|middle", "percentile-label|P50|476|117|middle",
        "percentile-label|P95|680|117|middle");
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("272,40,272,160");
    assertThat(line(byClass(svg, "line", "p5").get(0))).isEqualTo("221,61,221,79");
    assertThat(line(byClass(svg, "line", "interval").get(1))).isEqualTo("323,130,680,130");
    // Means 2100 -> 170 + 4100 x 0.051 = 379.1 and 4200 -> 170 + 6200 x 0.051 = 486.2.
    assertThat(xy(byClass(svg, "circle", "mean"), "cx", "cy"))
        .containsExactly("379.1,70", "486.2,130");
    assertThat(byClass(svg, "line", "p95").get(0).getAttribute("data-value")).isEqualTo("5000");
  }

  @Test
  void tornadoLayout() throws Exception {
    Element svg = chart(doc(), "tornado");
    // Rows of 28 from y 40 (bars 4 below each row top, labels 14 below that); plot bottom 96.
    // x: [2000, 6000] onto [300, 680]; six ticks wanted -> step 500, 47.5 px apart.
    assertThat(svg.getAttribute("height")).isEqualTo("140");
    assertThat(texts(svg)).containsExactly(
        "legend-label|assumption at low value|318|18|",
        "legend-label|assumption at high value|518|18|",
        "tick|\u00a32,000|300|112|middle", "tick|\u00a32,500|347.5|112|middle",
        "tick|\u00a33,000|395|112|middle", "tick|\u00a33,500|442.5|112|middle",
        "tick|\u00a34,000|490|112|middle", "tick|\u00a34,500|537.5|112|middle",
        "tick|\u00a35,000|585|112|middle", "tick|\u00a35,500|632.5|112|middle",
        "tick|\u00a36,000|680|112|middle",
        "axis-title|net present value (GBP)|490|130|middle",
        "category|MISSING_INCIDENTS: deadweight|292|58|end",
        "category|ARRESTS: optimism bias|292|86|end");
    assertThat(line(byClass(svg, "line", "centre").get(0))).isEqualTo("490,40,490,96");
  }

  @Test
  void hubStaysLayout() throws Exception {
    Element svg = chart(doc(), "hub-stays");
    // Plot from y 50 to 270, x [0, 105] days onto [70, 680]; y [0, 10] stays, 22 px per stay.
    // The threshold line at 563.81 is within 120 of the right edge, so its label sits to its left.
    assertThat(svg.getAttribute("height")).isEqualTo("314");
    assertThat(texts(svg)).containsExactly(
        "legend-label|stays per bin|88|18|",
        "legend-label|short-term threshold (84 days)|228|18|",
        "tick|0|64|274|end", "tick|2|64|230|end", "tick|4|64|186|end", "tick|6|64|142|end",
        "tick|8|64|98|end", "tick|10|64|54|end",
        "axis-title|stays|70|42|start",
        "tick|0|70|286|middle", "tick|14|151.33|286|middle", "tick|28|232.67|286|middle",
        "tick|42|314|286|middle", "tick|56|395.33|286|middle", "tick|70|476.67|286|middle",
        "tick|84|558|286|middle", "tick|98|639.33|286|middle",
        "axis-title|length of stay (days)|375|304|middle",
        "suppressed-marker|[c]|659.67|266|middle",
        "threshold-label|threshold 84 days|559.81|62|end");
    assertThat(line(byClass(svg, "line", "threshold").get(0))).isEqualTo("563.81,50,563.81,270");
    // Threshold 30 -> line at 70 + 31 x 610 / 105 = 250.095, well left: label 4 to its right.
    Element left = chart(parse(Report.builder("t")
            .hubStays(ReportTest.stays(), org.nwd.model.ShortTermThreshold.of(30)).build()
            .toHtml()), "hub-stays");
    List<String> t = texts(left);
    assertThat(t.get(t.size() - 1)).isEqualTo("threshold-label|threshold 30 days|254.1|62|start");
  }
}
