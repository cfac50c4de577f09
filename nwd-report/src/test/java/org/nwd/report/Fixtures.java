package org.nwd.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.nwd.Explanation;
import org.nwd.cost.Agency;
import org.nwd.cost.Assumption;
import org.nwd.cost.BenefitLine;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Distribution;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.TornadoBar;
import org.nwd.cost.ValueType;
import org.nwd.stats.Interval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Small hand-made results with round numbers, so pixel positions can be worked out by hand. */
final class Fixtures {
  private Fixtures() {}

  static BenefitLine line(int year, Agency agency, ValueType type, long pv) {
    return BenefitLine.builder()
        .year(year)
        .benefitYear(year)
        .measureCode("MISSING_INCIDENTS")
        .unitCostCode("UC1")
        .valueType(type)
        .agency(agency)
        .transferPayment(false)
        .netEvents(BigDecimal.ONE)
        .grossBenefit(Money.ofPounds(pv))
        .netBenefit(Money.ofPounds(pv))
        .discountFactor(BigDecimal.ONE)
        .presentValue(Money.ofPounds(pv))
        .cashableShare(BigDecimal.ZERO)
        .explanation(Explanation.of("line", "GBP " + pv))
        .build();
  }

  static CaseSummary summary(String name, ValueType... types) {
    return CaseSummary.builder()
        .name(name)
        .addValueTypes(types)
        .presentValueBenefits(Money.ofPounds(6000))
        .presentValueCosts(Money.ofPounds(2000))
        .benefitCostRatio(new BigDecimal("3"))
        .netBenefitCostRatio(new BigDecimal("2"))
        .paybackYearUndiscounted(1)
        .paybackYearDiscounted(Optional.empty())
        .presentValueCashable(Money.ZERO)
        .presentValueNonCashable(Money.ofPounds(6000))
        .putNetBenefitByYear(0, Money.ZERO)
        .putNetBenefitByYear(1, Money.ofPounds(4000))
        .putNetBenefitByYear(2, Money.ofPounds(2000))
        .putPresentValueByYear(0, Money.ZERO)
        .putPresentValueByYear(1, Money.ofPounds(4000))
        .putPresentValueByYear(2, Money.ofPounds(2000))
        .explanation(Explanation.of(name, "GBP 4000"))
        .build();
  }

  /**
   * Financial case: year 1 Local Authority 3000 + Police 1000, year 2 Local Authority 2000; a social
   * line of 5000 in year 2 belongs to the wider case only.
   */
  static CostAvoidanceResult cost() {
    return costBuilder().build();
  }

  /** {@link #cost()}'s builder, to add a price basis or change a case. */
  static CostAvoidanceResult.Builder costBuilder() {
    return CostAvoidanceResult.builder()
        .addBenefitLines(
            line(1, Agency.LOCAL_AUTHORITY, ValueType.FISCAL, 3000),
            line(1, Agency.POLICE, ValueType.FISCAL, 1000),
            line(2, Agency.LOCAL_AUTHORITY, ValueType.FISCAL, 2000),
            line(2, Agency.NOT_APPLICABLE, ValueType.SOCIAL, 5000))
        .financialCase(summary("financial", ValueType.FISCAL))
        .widerCase(summary("wider", ValueType.FISCAL, ValueType.SOCIAL))
        .horizon(2)
        .addDefaultsApplied("optimism bias <default> & \"deadweight\" at 20%");
  }

  static Distribution dist(double p5, double p50, double p95, double mean) {
    return Distribution.builder().p5(p5).p50(p50).p95(p95).mean(mean).build();
  }

  static MonteCarloResult monteCarlo() {
    return MonteCarloResult.builder()
        .iterations(1000)
        .seed(42)
        .financialNpv(dist(-1000, 2000, 5000, 2100))
        .financialBcr(dist(0.5, 1.25, 2.0, 1.3))
        .widerNpv(dist(1000, 4000, 8000, 4200))
        .widerBcr(Optional.empty())
        .build();
  }

  static TornadoBar bar(String code, Assumption a, long low, long high) {
    return TornadoBar.builder()
        .measureCode(code)
        .assumption(a)
        .lowValue(new BigDecimal("0.1"))
        .highValue(new BigDecimal("0.30"))
        .npvAtLow(Money.ofPounds(low))
        .npvAtHigh(Money.ofPounds(high))
        .build();
  }

  static List<TornadoBar> tornado() {
    return List.of(
        bar("MISSING_INCIDENTS", Assumption.DEADWEIGHT, 6000, 2000),
        bar("ARRESTS", Assumption.OPTIMISM_BIAS, 5000, 3000));
  }

  static MeasureChange change(String name, double before, double after) {
    return MeasureChange.builder()
        .measure(name)
        .rateBefore(before)
        .rateBeforeInterval(Interval.of(before - 0.5, before + 0.5))
        .rateAfter(after)
        .rateAfterInterval(Interval.of(after - 0.4, after + 0.6))
        .rateRatio(after / before)
        .rateRatioInterval(Interval.of(0.25, 1.5))
        .build();
  }

  /** Parses the page as XML (namespace aware, no external entities): it must be well-formed. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Elements named {@code tag} (any namespace) whose class list holds {@code cls}. */
  static List<Element> byClass(Element root, String tag, String cls) {
    NodeList nodes = root.getElementsByTagNameNS("*", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The svg whose data-chart is {@code chart}. */
  static Element chart(Document doc, String chart) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("data-chart").equals(chart)) {
        return e;
      }
    }
    throw new AssertionError("no chart " + chart);
  }

  /** The HTML table with this id. */
  static Element table(Document doc, String id) {
    NodeList nodes = doc.getElementsByTagNameNS("*", "table");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no table " + id);
  }
}
