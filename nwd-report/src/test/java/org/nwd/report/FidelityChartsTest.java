package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.DoseResponse;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityBand;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.MeasureResult;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.Interval;
import org.nwd.stats.Proportion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The fidelity charts' geometry and the cohort figures' branches. Charts: labels end at x = 252,
 * bars start at x = 260 and a share of 1 reaches x = 680 (420 px); rows are at least 26 px
 * (indicators) or 30 px (slopes) from y = 30, taller when the longest label wraps (248 px hold 34
 * characters; 15 px a line, 8 px to spare).
 */
class FidelityChartsTest {

  @Test
  void sharesMetAreBarsWithTheirIntervals() throws Exception {
    Document doc = Fixtures.parse(
        Report.builder("Charts").fidelity(FidelitySectionTest.impact()).build().toHtml());
    Element chart = Fixtures.chart(doc, "fidelity-indicators");
    // "recorded decisions citing a provocation" (39 characters) wraps to two lines: rows of
    // 2 x 15 + 8 = 38; three indicators: bottom at 30 + 3 x 38 = 144, the chart 44 px taller.
    assertThat(chart.getAttribute("height")).isEqualTo("188");
    List<Element> bars = Fixtures.byClass(chart, "rect", "bar");
    // First contact: 9 of 14 met, 420 x 9 / 14 = 270 px wide, at y = 30 + 5.
    assertThat(bars.get(0).getAttribute("x")).isEqualTo("260");
    assertThat(bars.get(0).getAttribute("y")).isEqualTo("35");
    assertThat(bars.get(0).getAttribute("width")).isEqualTo("270");
    assertThat(bars.get(0).getAttribute("height")).isEqualTo("28");
    assertThat(bars.get(0).getAttribute("data-value")).isEqualTo("0.64");
    // Decisions: 6 of 14, 180 px, one row down.
    assertThat(bars.get(1).getAttribute("y")).isEqualTo("73");
    assertThat(bars.get(1).getAttribute("width")).isEqualTo("180");
    Interval ci = Proportion.of(9, 14).interval();
    // The interval, with end ticks 5 px either side of the row's middle, 49.
    String lo = Num.px(260 + 420 * ci.lower());
    String hi = Num.px(260 + 420 * ci.upper());
    assertThat(Fixtures.byClass(chart, "path", "errorbar").get(0).getAttribute("d"))
        .isEqualTo("M" + lo + " 44V54M" + lo + " 49H" + hi + "M" + hi + " 44V54");
    assertThat(Fixtures.byClass(chart, "path", "errorbar").get(0).getAttribute("class"))
        .isEqualTo("errorbar share");
    List<Element> labels = Fixtures.byClass(chart, "text", "category");
    // The label wraps at a space (34 characters a line), never cut short; its two lines are centred
    // on the row's middle, 49: the first at 49 + 4 - 15 / 2 = 45.5, the next 15 below.
    org.w3c.dom.NodeList spans = labels.get(0).getElementsByTagNameNS("*", "tspan");
    assertThat(spans.getLength()).isEqualTo(2);
    assertThat(spans.item(0).getTextContent()).isEqualTo("days from referral to first hub");
    assertThat(spans.item(1).getTextContent()).isEqualTo("contact");
    assertThat(((Element) spans.item(1)).getAttribute("dy")).isEqualTo("15");
    assertThat(((Element) spans.item(1)).getAttribute("x")).isEqualTo("252");
    assertThat(labels.get(0).getAttribute("x")).isEqualTo("252");
    assertThat(labels.get(0).getAttribute("y")).isEqualTo("45.5");
    Element na = Fixtures.byClass(chart, "text", "suppressed-marker").get(0);
    assertThat(na.getAttribute("x")).isEqualTo("266");
    assertThat(na.getAttribute("y")).isEqualTo("129"); // third row: 30 + 2 x 38 + 19 + 4
    assertThat(Fixtures.byClass(chart, "text", "tick")).extracting(Element::getTextContent)
        .containsExactly("0", "0.25", "0.5", "0.75", "1");
    assertThat(Fixtures.byClass(chart, "text", "axis-title").get(0).getTextContent())
        .isEqualTo("share met");
    assertThat(doc.getDocumentElement().getTextContent()).contains("fewer than 5 young people or"
        + " events (1 to 4), or a figure computed from such a count");
  }

  @Test
  void slopesArePointsOnTheirIntervalsAroundZero() throws Exception {
    FidelityImpactResult r = FidelitySectionTest.impact();
    Document doc = Fixtures.parse(Report.builder("Slopes").fidelity(r).build().toHtml());
    Element chart = Fixtures.chart(doc, "fidelity-dose-response");
    DoseResponse d = r.doseResponses().get(0);
    Interval ci = d.interval().get();
    LinearScale x = LinearScale.nice(Math.min(0, ci.lower()), Math.max(0, ci.upper()), 6, 260, 680);
    // One measure: the row's centre at y = 30 + 15, bottom at 60, the chart 104 px high.
    assertThat(chart.getAttribute("height")).isEqualTo("104");
    Element point = Fixtures.byClass(chart, "circle", "point").get(0);
    assertThat(point.getAttribute("cx")).isEqualTo(Num.px(x.apply(d.slope().getAsDouble())));
    assertThat(point.getAttribute("cy")).isEqualTo("45");
    assertThat(Fixtures.byClass(chart, "path", "errorbar").get(0).getAttribute("d"))
        .isEqualTo("M" + Num.px(x.apply(ci.lower())) + " 45H" + Num.px(x.apply(ci.upper())));
    Element zero = Fixtures.byClass(chart, "line", "zero").get(0);
    assertThat(zero.getAttribute("x1")).isEqualTo(Num.px(x.apply(0)));
    assertThat(zero.getAttribute("y1")).isEqualTo("30");
    assertThat(zero.getAttribute("y2")).isEqualTo("60");
    Element label = Fixtures.byClass(chart, "text", "category").get(0);
    assertThat(label.getAttribute("y")).isEqualTo("49");
    assertThat(Fixtures.byClass(chart, "text", "axis-title").get(0).getTextContent())
        .isEqualTo("change per unit of fidelity score");
    // The table's interval and the by-band table's rate ratio interval, to the printed decimals.
    Element slopes = Fixtures.table(doc, "fidelity-dose-response");
    List<String> row = FidelitySectionTest.row(slopes, "missing incidents");
    assertThat(row.subList(4, 6)).containsExactly(Num.two(ci.lower()), Num.two(ci.upper()));
    MeasureResult high = r.breakdowns().get(0).publishableResult(0).get();
    Interval rr = high.rates().get().rateRatio().interval().get();
    assertThat(FidelitySectionTest.row(Fixtures.table(doc, "fidelity-by-band"),
            "missing incidents, high").subList(5, 7))
        .containsExactly(Num.fixed(rr.lower(), 2), Num.fixed(rr.upper(), 2));
  }

  @Test
  void smallOrUndefinedSlopesAreMarked() throws Exception {
    ImpactAnalysis analysis = ImpactAnalysis.builder().name("small")
        .dataCoverage(DatePeriod.parse("2020-01-01/2026-01-01"))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS).build();
    // Three young people: a slope over fewer than 5 is suppressed.
    FidelityImpactResult three = FidelityImpact.of(analysis, FidelitySectionTest.ASSESSMENT)
        .run(List.of(FidelitySectionTest.person("A", 1, true, 2, 1),
            FidelitySectionTest.person("B", 1, false, 2, 1),
            FidelitySectionTest.person("C", 31, false, 2, 1)).stream());
    Document doc = Fixtures.parse(Report.builder("Three").fidelity(three).build().toHtml());
    assertThat(FidelitySectionTest.row(Fixtures.table(doc, "fidelity-dose-response"),
        "missing incidents").subList(1, 6)).containsOnly("[c]");
    assertThat(Fixtures.byClass(Fixtures.chart(doc, "fidelity-dose-response"), "text",
        "suppressed-marker").get(0).getTextContent()).isEqualTo("[c]");
    // Six young people all scoring 1: no slope, shown as such, not suppressed.
    FidelityImpactResult same = FidelityImpact.of(analysis, FidelitySectionTest.ASSESSMENT)
        .run(FidelitySectionTest.cohort().subList(0, 6).stream());
    doc = Fixtures.parse(Report.builder("Same").fidelity(same).build().toHtml());
    assertThat(FidelitySectionTest.row(Fixtures.table(doc, "fidelity-dose-response"),
        "missing incidents")).containsExactly("missing incidents", "6",
        "change in incidents per person-year at risk (after minus before)", "undefined", "n/a", "n/a");
    assertThat(Fixtures.byClass(Fixtures.chart(doc, "fidelity-dose-response"), "text",
        "suppressed-marker").get(0).getTextContent()).isEqualTo("undefined");
  }

  // ---------------------------------------------------------------- cohort figures

  /**
   * Ten young people referred 2023-01-01, first hub contact the next day. The first five have a
   * life coach (2, 4, 6, 8, 10 contacts), one key worker throughout, a stay of 10, 20, 30, 40 or 50
   * days; the other five no life coach, no stay, and one key-worker change on 2024-01-01.
   */
  static List<YoungPersonRecord> ten() {
    List<YoungPersonRecord> out = new ArrayList<>();
    LocalDate referral = LocalDate.parse("2023-01-01");
    LocalDate start = referral.plusDays(1);
    for (int i = 1; i <= 10; i++) {
      YoungPersonId id = YoungPersonId.of("F" + i);
      boolean first = i <= 5;
      List<TeamMembership> team = new ArrayList<>();
      if (first) {
        team.add(TeamMembership.of(WorkerId.of("KW1"), Role.KEY_WORKER, DatePeriod.open(referral)));
        team.add(TeamMembership.builder().workerId(WorkerId.of("LC1")).role(Role.LIFE_COACH)
            .period(DatePeriod.open(start)).contacts(2 * i).build());
      } else {
        team.add(TeamMembership.of(WorkerId.of("KW1"), Role.KEY_WORKER,
            DatePeriod.parse("2023-01-01/2024-01-01")));
        team.add(TeamMembership.of(WorkerId.of("KW2"), Role.KEY_WORKER,
            DatePeriod.open(LocalDate.parse("2024-01-01"))));
      }
      HubEpisode episode = HubEpisode.builder().youngPersonId(id).hubId(HubId.of("HUB-A"))
          .kind(first ? HubEpisodeKind.RESIDENTIAL_STAY : HubEpisodeKind.OUTREACH)
          .period(DatePeriod.of(start, start.plusDays(first ? 10L * i : 300)))
          .endReason(EndReason.HOME_OR_FAMILY).planned(true).build();
      out.add(YoungPersonRecord.builder()
          .youngPerson(YoungPerson.builder().id(id).birthMonth(YearMonth.of(2007, 1))
              .localAuthority("E10000023").build())
          .addReferrals(Referral.of(id, referral, ReferralCategory.EDGE_OF_CARE,
              ReferralDecision.ACCEPTED))
          .addHubEpisodes(episode)
          .team(TeamAroundTheChild.of(id, team))
          .build());
    }
    return out;
  }

  static final FidelityRubric FOUR =
      FidelityRubric.builder().name("four").proposal(false)
          .addCriteria(Criterion.proposed(FidelityIndicator.LIFE_COACH_INVOLVED),
              Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS),
              Criterion.proposed(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR),
              Criterion.proposed(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT))
          .addBands(FidelityBand.of("all", BigDecimal.ZERO))
          .build();

  @Test
  void cohortFiguresCarryContactsStaysAndRates() throws Exception {
    CohortFidelity c = FidelityAssessment.of(FOUR, LocalDate.parse("2026-01-01")).assess(ten().stream());
    Element t = Fixtures.table(
        Fixtures.parse(Report.builder("Figures").fidelity(c).build().toHtml()), "fidelity-indicators");
    // Life coach: 5 of 10 involved; contacts 2..10, mean 6.
    assertThat(FidelitySectionTest.row(t, "life coach (clinical psychologist) involved").get(9))
        .isEqualTo("5 of 10 (0.50); contacts when involved 6.0");
    // Stays: none of 5 over 84 days; median of 10, 20, 30, 40, 50 = 30.
    assertThat(FidelitySectionTest.row(t, "hub bed stays no longer than the threshold").get(9))
        .isEqualTo("0 of 5 (0.00); median completed stay 30.0 days");
    // Key workers: 5 changes in 10 x 1096 days: 5 x 365.25 / 10960 = 0.17 a year.
    assertThat(FidelitySectionTest.row(t, "key-worker changes per person-year").get(9))
        .isEqualTo("0.17 per person-year");
    assertThat(FidelitySectionTest.row(t, "days from referral to first hub contact").get(9))
        .isEqualTo("median 1.0 days");
    // Five young people, exactly the threshold: the median is shown; below it, the rate is not.
    CohortFidelity five =
        FidelityAssessment.of(FOUR, LocalDate.parse("2026-01-01")).assess(ten().subList(5, 10).stream());
    Element f = Fixtures.table(
        Fixtures.parse(Report.builder("Five").fidelity(five).build().toHtml()), "fidelity-indicators");
    assertThat(FidelitySectionTest.row(f, "days from referral to first hub contact").get(9))
        .isEqualTo("median 1.0 days");
    Element open = Fixtures.table(Fixtures.parse(Report.builder("Six").suppressionThreshold(6)
        .fidelity(five).build().toHtml()), "fidelity-indicators");
    assertThat(FidelitySectionTest.row(open, "key-worker changes per person-year").get(9))
        .isEqualTo("[c]");
    // With a threshold of 1, five stays are enough for a median but 5 involved are too few at 6.
    CohortFidelity firstFive =
        FidelityAssessment.of(FOUR, LocalDate.parse("2026-01-01")).assess(ten().subList(0, 5).stream());
    Element one = Fixtures.table(Fixtures.parse(Report.builder("One").suppressionThreshold(1)
        .fidelity(firstFive).build().toHtml()), "fidelity-indicators");
    assertThat(FidelitySectionTest.row(one, "life coach (clinical psychologist) involved").get(9))
        .isEqualTo("5 of 5 (1.00); contacts when involved 6.0");
  }

  @Test
  void scoresPerBandShowTheirMeanChange() throws Exception {
    // SDQ 20 -> 15 for the six high young people: a mean change of -5 with its t interval.
    ImpactAnalysis analysis = ImpactAnalysis.builder().name("sdq")
        .dataCoverage(DatePeriod.parse("2020-01-01/2026-01-01"))
        .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).build();
    List<YoungPersonRecord> records = new ArrayList<>();
    int k = 0;
    for (YoungPersonRecord r : FidelitySectionTest.cohort().subList(0, 6)) {
      k++;
      records.add(withScores(r, 20, 14 + k % 3));
    }
    FidelityImpactResult sdq = FidelityImpact.of(analysis, FidelitySectionTest.ASSESSMENT)
        .run(records.stream());
    Document doc = Fixtures.parse(Report.builder("SDQ").fidelity(sdq).build().toHtml());
    MeasureResult m = sdq.breakdowns().get(0).publishableResult(0).get();
    Interval ci = m.scores().get().meanChange().interval();
    assertThat(FidelitySectionTest.row(Fixtures.table(doc, "fidelity-by-band"),
            "SDQ total difficulties, high").subList(1, 7))
        .containsExactly("6", "n/a", "n/a", Num.fixed(m.scores().get().meanChange().meanChange(), 2),
            Num.fixed(ci.lower(), 2), Num.fixed(ci.upper(), 2));
  }

  private static YoungPersonRecord withScores(YoungPersonRecord r, double before, double after) {
    YoungPersonRecord.Builder b = YoungPersonRecord.builder().youngPerson(r.youngPerson())
        .addAllReferrals(r.referrals()).addAllHubEpisodes(r.hubEpisodes())
        .addAllDecisions(r.decisions()).addAllEvents(r.events());
    b.addScores(ScoreObservation.of(r.id(), StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
        LocalDate.parse("2022-12-01"), before));
    b.addScores(ScoreObservation.of(r.id(), StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
        LocalDate.parse("2023-12-01"), after));
    return b.build();
  }
}
