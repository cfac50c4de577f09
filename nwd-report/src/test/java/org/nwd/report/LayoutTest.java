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
    // Labels fit on one line (218 px, 30 characters), so rows of 44 from y 40: centres 62 and 106;
    // plot bottom 40 + 2 x 44 = 128; height 128 + 48.
    // x: [0, 2.5] onto [230, 690], 184 px per unit; tick labels 16 below the axis.
    assertThat(svg.getAttribute("height")).isEqualTo("176");
    assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 720 176");
    // Legend from x 230: "before" is 6 x 7.2 = 43.2 px, so the next item starts 18 + 43.2 + 18 on.
    assertThat(texts(svg)).containsExactly(
        "legend-label|before|248|18|", "legend-label|after|327.2|18|",
        "tick|0|230|144|middle", "tick|0.5|322|144|middle", "tick|1|414|144|middle",
        "tick|1.5|506|144|middle", "tick|2|598|144|middle", "tick|2.5|690|144|middle",
        "axis-title|events per person-year|460|162|middle",
        "category|missing incidents|222|66|end", "category|arrests|222|110|end");
    assertThat(xy(byClass(svg, "rect", "swatch"), "x", "y")).containsExactly("230,7", "309.2,7");
    assertThat(line(byClass(svg, "line", "domain").get(0))).isEqualTo("230,128,690,128");
    assertThat(line(byClass(svg, "line", "grid").get(1))).isEqualTo("322,40,322,128");
    // Row 2 (arrests): before 1.0 at (414, 98); after 0.5 a diamond around (322, 114).
    assertThat(xy(byClass(svg, "circle", "point"), "cx", "cy")).containsExactly("598,54", "414,98");
    assertThat(byClass(svg, "path", "point").get(1).getAttribute("d"))
        .isEqualTo("M322 109L327 114L322 119L317 114Z");
    // After interval [0.1, 1.1] -> 248.4 .. 432.4 at y 114.
    assertThat(byClass(svg, "path", "errorbar").get(3).getAttribute("d"))
        .isEqualTo("M248.4 110V118M248.4 114H432.4M432.4 110V118");
  }

  @Test
  void costLayout() throws Exception {
    Element svg = chart(doc(), "cost-by-agency-year");
    // Legend from x 100: "Local Authority" is 15 x 7.2 = 108 px, so "Police" starts at
    // 100 + 18 + 108 + 18 = 244; one row, so the plot runs from 20 + 20 + 16 = 56 to 296.
    // y: [0, 4000] onto [296, 56]; labels 6 left, 4 down. Year labels at band centres
    // 100 + (i + 0.5) x 590 / 3, 16 below the plot.
    assertThat(svg.getAttribute("height")).isEqualTo("344");
    assertThat(texts(svg)).containsExactly(
        "legend-label|Local Authority|118|20|", "legend-label|Police|262|20|",
        "tick|\u00a30|94|300|end", "tick|\u00a31,000|94|240|end", "tick|\u00a32,000|94|180|end",
        "tick|\u00a33,000|94|120|end", "tick|\u00a34,000|94|60|end",
        "axis-title|present value (GBP)|100|48|start",
        "category|Year 0|198.33|312|middle", "category|Year 1|395|312|middle",
        "category|Year 2|591.67|312|middle");
    assertThat(xy(byClass(svg, "rect", "swatch"), "x", "y")).containsExactly("100,9", "244,9");
    assertThat(line(byClass(svg, "line", "grid").get(1))).isEqualTo("100,236,690,236");
    assertThat(line(byClass(svg, "line", "domain").get(0))).isEqualTo("100,296,100,56");
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("100,296,690,296");
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
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("100,176,690,176");
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
    // One legend row, so rows of 60 from y 44: centres 74 and 134; plot bottom 164; x:
    // [-2000, 8000] onto [170, 690], 0.052 px per pound. Percentile labels 13 above the row, ticks 9
    // either side. Legend items from 170: "P5 to P95" 64.8 px, "P50 (median)" 86.4 px.
    assertThat(svg.getAttribute("height")).isEqualTo("212");
    assertThat(texts(svg)).containsExactly(
        "legend-label|P5 to P95|188|18|", "legend-label|P50 (median)|288.8|18|",
        "legend-label|mean|411.2|18|",
        "tick|-\u00a32,000|170|180|middle", "tick|\u00a30|274|180|middle",
        "tick|\u00a32,000|378|180|middle", "tick|\u00a34,000|482|180|middle",
        "tick|\u00a36,000|586|180|middle", "tick|\u00a38,000|690|180|middle",
        "axis-title|net present value (GBP)|430|198|middle",
        "category|Financial case NPV|162|78|end",
        "percentile-label|P5|222|61|middle", "percentile-label|P50|378|61|middle",
        "percentile-label|P95|534|61|middle",
        "category|Wider case NPV|162|138|end",
        "percentile-label|P5|326|121|middle", "percentile-label|P50|482|121|middle",
        "percentile-label|P95|690|121|middle");
    assertThat(line(byClass(svg, "line", "zero").get(0))).isEqualTo("274,44,274,164");
    assertThat(line(byClass(svg, "line", "p5").get(0))).isEqualTo("222,65,222,83");
    assertThat(line(byClass(svg, "line", "interval").get(1))).isEqualTo("326,134,690,134");
    // Means 2100 -> 170 + 4100 x 0.052 = 383.2 and 4200 -> 170 + 6200 x 0.052 = 492.4.
    assertThat(xy(byClass(svg, "circle", "mean"), "cx", "cy"))
        .containsExactly("383.2,74", "492.4,134");
    assertThat(byClass(svg, "line", "p95").get(0).getAttribute("data-value")).isEqualTo("5000");
  }

  @Test
  void tornadoLayout() throws Exception {
    Element svg = chart(doc(), "tornado");
    // The two legend items (165.6 and 172.8 px of text) do not fit side by side from 300 to 690, so
    // they take two rows and the plot starts at 24 + 2 x 20 = 64. Rows of 28 (bars 4 below each row
    // top, labels centred); plot bottom 120. x: [2000, 6000] onto [300, 690], 0.0975 px per pound;
    // six ticks wanted -> step 500, 48.75 px apart.
    assertThat(svg.getAttribute("height")).isEqualTo("168");
    assertThat(texts(svg)).containsExactly(
        "legend-label|assumption at low value|318|18|",
        "legend-label|assumption at high value|318|38|",
        "tick|\u00a32,000|300|136|middle", "tick|\u00a32,500|348.75|136|middle",
        "tick|\u00a33,000|397.5|136|middle", "tick|\u00a33,500|446.25|136|middle",
        "tick|\u00a34,000|495|136|middle", "tick|\u00a34,500|543.75|136|middle",
        "tick|\u00a35,000|592.5|136|middle", "tick|\u00a35,500|641.25|136|middle",
        "tick|\u00a36,000|690|136|middle",
        "axis-title|net present value (GBP)|495|154|middle",
        "category|Missing incidents: deadweight|292|82|end",
        "category|Arrests: optimism bias|292|110|end");
    assertThat(line(byClass(svg, "line", "centre").get(0))).isEqualTo("495,64,495,120");
  }

  @Test
  void hubStaysLayout() throws Exception {
    Element svg = chart(doc(), "hub-stays");
    // Stays up to 100 days with the threshold at 84: weekly bins split at day 85, 0-7 (the lowest,
    // one day too short, joins 1-7), 8-14, ..., 78-84, then 85-91, 92-98, 99-105: x [0, 106] days
    // onto [70, 690], 620 / 106 px a day. Plot from y 50 to 270; y [0, 10] stays, 22 px per stay.
    // Ticks every second bin edge. The threshold line at x(85) = 567.17 is within 140 of the right
    // edge, so its label sits to its left.
    assertThat(svg.getAttribute("height")).isEqualTo("318");
    assertThat(texts(svg)).containsExactly(
        "legend-label|stays per bin|88|18|",
        "legend-label|short-term threshold (84 days)|217.6|18|",
        "tick|0|64|274|end", "tick|2|64|230|end", "tick|4|64|186|end", "tick|6|64|142|end",
        "tick|8|64|98|end", "tick|10|64|54|end",
        "axis-title|stays|70|42|start",
        "tick|0|70|286|middle", "tick|15|157.74|286|middle", "tick|29|239.62|286|middle",
        "tick|43|321.51|286|middle", "tick|57|403.4|286|middle", "tick|71|485.28|286|middle",
        "tick|85|567.17|286|middle", "tick|99|649.06|286|middle",
        "axis-title|length of stay (days)|380|304|middle",
        "suppressed-marker|[c]|669.53|266|middle",
        "threshold-label|threshold 84 days|563.17|62|end");
    assertThat(line(byClass(svg, "line", "threshold").get(0))).isEqualTo("567.17,50,567.17,270");
    // Threshold 30: bins 0-9, 10-16, 17-23, 24-30, then 31-37 ... 94-100: x [0, 101]; the line at
    // 70 + 31 x 620 / 101 = 260.3 is well left, so its label is 4 to its right.
    Element left = chart(parse(Report.builder("t")
            .hubStays(ReportTest.stays(), org.nwd.model.ShortTermThreshold.of(30)).build()
            .toHtml()), "hub-stays");
    List<String> t = texts(left);
    assertThat(t.get(t.size() - 1)).isEqualTo("threshold-label|threshold 30 days|264.3|62|start");
  }
}
