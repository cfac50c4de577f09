package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.w3c.dom.Document;

/**
 * Rates per group of a breakdown (each group's own analysis giving its intervals, or rates only,
 * said so), and the comparison against a comparison cohort with its intervals. The cohort is {@link
 * ImpactSectionTest}'s six young people, all at HUB-A: 12 missing incidents before and 8 after, 3
 * arrests before.
 */
class GroupsAndComparisonTest {

  static ImpactAnalysis analysis() {
    return ImpactAnalysis.builder()
        .name("groups")
        .dataCoverage(DatePeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.ARRESTS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .build();
  }

  @Test
  void eachGroupsOwnAnalysisGivesItsRowIntervals() throws Exception {
    ImpactResult all = analysis().run(ImpactSectionTest.cohort().stream());
    Report r = Report.builder("t")
        .groupNames(Map.of("HUB-A", "Alpha"))
        .breakdown("Outcome rates by hub", all, BreakdownDimension.HUB,
            List.of(StandardMeasures.MISSING_INCIDENTS), Map.of("HUB-A", all))
        .build();
    // One hub holds everyone, so its row is the cohort's: 6 young people, rates 12 and 8 over
    // 2190 / 365.25 person-years each, with the cohort's own intervals and ratio.
    var rr = all.measure(StandardMeasures.MISSING_INCIDENTS).rates().get().rateRatio();
    assertThat(r.csv("rates-table")).isEqualTo(
        "Measure,Young people,Rate before,Lower,Upper,Rate after,Lower,Upper,Rate ratio,Lower,Upper,"
            + "p-value,Interval method\r\n"
            + "Alpha: missing incidents,6,2.00," + Num.two(rr.before().interval().lower()) + ","
            + Num.two(rr.before().interval().upper()) + ",1.33,"
            + Num.two(rr.after().interval().lower()) + "," + Num.two(rr.after().interval().upper())
            + ",0.67," + Num.two(rr.interval().get().lower()) + ","
            + Num.two(rr.interval().get().upper()) + "," + Num.p(rr.pValue().getAsDouble()) + ","
            + Table.csvField(MeasureChange.methodText(rr)) + "\r\n");
    String html = r.toHtml();
    assertThat(html).contains("with the rate ratio and intervals of the same analysis run on that"
        + " group&#39;s young people alone.").contains(", each with its 95% confidence interval.");
    // The arrests (3 before) are a small cell: with all rate measures, their row is withheld.
    Report both = Report.builder("t").breakdown("By hub", all, BreakdownDimension.HUB, List.of(),
        Map.of()).build();
    assertThat(both.csv("rates-table")).contains("HUB-A: arrests,[c],[c],[c],[c],[c],[c],[c],[c],"
        + "[c],[c]\r\n");
  }

  @Test
  void withoutGroupResultsTheRowsAreRatesOnlyAndSaySo() {
    ImpactResult all = analysis().run(ImpactSectionTest.cohort().stream());
    Report r = Report.builder("t").breakdown("By hub", all, BreakdownDimension.HUB,
        List.of(StandardMeasures.MISSING_INCIDENTS), Map.of()).build();
    // 12 x 365.25 / 2190 = 2.0014 and 8 x 365.25 / 2190 = 1.3342; ratio 8 / 12.
    assertThat(r.csv("rates-table")).isEqualTo("Measure,Young people,Rate before,Lower,Upper,"
        + "Rate after,Lower,Upper,Rate ratio,Lower,Upper\r\n"
        + "HUB-A: missing incidents,6,2.00,n/a,n/a,1.33,n/a,n/a,0.67,n/a,n/a\r\n");
    String html = r.toHtml();
    String section = html.substring(html.indexOf("<section id=\"rates\""));
    assertThat(section).contains("the rows have rates only.")
        .contains("These rows carry no confidence intervals: they are rates only.")
        .doesNotContain("95% confidence interval");
  }

  @Test
  void groupResultsMustMatchTheBreakdown() {
    ImpactResult all = analysis().run(ImpactSectionTest.cohort().stream());
    ImpactResult half = analysis().run(ImpactSectionTest.cohort().subList(0, 3).stream());
    assertThatThrownBy(() -> Report.builder("t").breakdown("By hub", all, BreakdownDimension.HUB,
            List.of(StandardMeasures.MISSING_INCIDENTS), Map.of("HUB-A", half)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the result for group HUB-A has 3 young people and 6/5 events of"
            + " MISSING_INCIDENTS; the breakdown counts 6 and 12/8");
    ImpactResult sdqOnly = ImpactAnalysis.builder().name("sdq")
        .dataCoverage(DatePeriod.parse("2020-01-01/2026-01-01"))
        .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).build()
        .run(ImpactSectionTest.cohort().stream());
    assertThatThrownBy(() -> Report.builder("t").breakdown("By hub", all, BreakdownDimension.HUB,
            List.of(StandardMeasures.MISSING_INCIDENTS), Map.of("HUB-A", sdqOnly)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("the result for group HUB-A has no rates for MISSING_INCIDENTS");
    assertThatThrownBy(() -> Report.builder("t").breakdown("By hub", all, BreakdownDimension.HUB,
            List.of(StandardMeasures.SDQ_TOTAL_DIFFICULTIES), Map.of()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("no rate measure of the result is broken down by hub");
    assertThatThrownBy(() -> Report.builder("t").breakdown(" ", all, BreakdownDimension.HUB,
            List.of(), Map.of())).hasMessageContaining("section heading is blank");
  }

  @Test
  void aComparisonCohortAddsTheDifferenceInDifferencesWithIntervals() throws Exception {
    // The comparison cohort is the same six young people: every difference is 0, every ratio 1.
    ImpactResult r = analysis().compare(ImpactSectionTest.cohort().stream(),
        ImpactSectionTest.cohort().stream());
    Report report = Report.builder("t").impact(r).build();
    assertThat(report.tableIds()).contains("rates-table", "rates-comparison");
    Document doc = Fixtures.parse(report.toHtml());
    List<List<String>> rows = ReportTest.rowTexts(Fixtures.table(doc, "rates-comparison"));
    var c = r.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow();
    var did = c.differenceInDifferences();
    assertThat(rows.get(0).subList(0, 4)).containsExactly("missing incidents", "6", "6", "1.00");
    // Identical groups: the ratio of rate ratios is 1, its log 0, so its test's p-value is 1 (and
    // Holm's adjustment cannot raise it).
    assertThat(rows.get(0).subList(6, 8)).containsExactly("1.00", "1.00");
    assertThat(rows.get(0).get(8)).isEqualTo(Num.two(did.estimate())).isIn("0.00", "-0.00");
    assertThat(rows.get(0).get(9)).isEqualTo(Num.two(did.interval().lower()));
    assertThat(rows.get(0).get(10)).isEqualTo(Num.two(did.interval().upper()));
    assertThat(rows.get(0).get(11)).isIn("0", "-0");
    // Arrests: 3 before is a small cell, so the whole row is withheld.
    assertThat(rows.get(1)).containsExactly("arrests", "[c]", "[c]", "[c]", "[c]", "[c]", "[c]",
        "[c]", "[c]", "[c]", "[c]", "[c]", "[c]", "[c]");
    String html = report.toHtml();
    assertThat(html).contains("<h3>Against the comparison group</h3>")
        .contains("Design: with a comparison group, the difference-in-differences")
        .contains("<dt>Comparison group</dt><dd>6 evaluated: 6 included in the before/after"
            + " comparison, none excluded.</dd>")
        .contains("Compared with a comparison group (difference-in-differences): level 3 of 5")
        .contains("The ratio of rate ratios&#39; interval (missing incidents): "
            + Html.escape(c.ratioOfRateRatios().methodName()) + ". Why: "
            + Html.escape(c.ratioOfRateRatios().methodReason()) + ".");
    // The headline's key figure points to the comparison.
    assertThat(report.headlineText().orElseThrow())
        .contains("the comparison group's change is in the impact section.");
  }
}
