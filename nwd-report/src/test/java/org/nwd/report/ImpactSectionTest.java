package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * Impact results into the report: a cohort of six built with the model builders, everyone accepted
 * on 2023-01-01, so the before and after windows are 2022-01-01/2023-01-01 and
 * 2023-01-01/2024-01-01, 365 days at risk each, 6 x 365 = 2190 days per window in all.
 */
class ImpactSectionTest {
  /** Missing incidents before / after per person: 12 before, 8 after in all. */
  static final int[] MISSING_BEFORE = {2, 2, 2, 2, 2, 2};
  static final int[] MISSING_AFTER = {2, 2, 1, 1, 1, 1};
  /** Arrests: 3 before (a small cell under 5), none after. */
  static final int[] ARRESTS_BEFORE = {1, 1, 1, 0, 0, 0};

  static List<YoungPersonRecord> cohort() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      YoungPersonId id = YoungPersonId.of("T-" + (i + 1));
      YoungPersonRecord.Builder r =
          YoungPersonRecord.builder()
              .youngPerson(
                  YoungPerson.builder()
                      .id(id)
                      .birthMonth(YearMonth.of(2007, 1))
                      .localAuthority("E10000023")
                      .addCareStatusPeriods(
                          CareStatusPeriod.of(
                              CareStatus.EDGE_OF_CARE, DatePeriod.parse("2022-06-01/..")))
                      .build())
              .addReferrals(
                  Referral.of(
                      id,
                      LocalDate.parse("2023-01-01"),
                      ReferralCategory.EDGE_OF_CARE,
                      ReferralDecision.ACCEPTED));
      event(r, id, StandardMeasures.MISSING_INCIDENTS, "2022-06-01", MISSING_BEFORE[i]);
      event(r, id, StandardMeasures.MISSING_INCIDENTS, "2023-06-01", MISSING_AFTER[i]);
      event(r, id, StandardMeasures.ARRESTS, "2022-06-01", ARRESTS_BEFORE[i]);
      // A completed residential stay of 3 + i days (2023-02-01 to 2023-02-04 + i).
      r.addHubEpisodes(
          HubEpisode.builder()
              .youngPersonId(id)
              .hubId(HubId.of("HUB-A"))
              .kind(HubEpisodeKind.RESIDENTIAL_STAY)
              .period(
                  DatePeriod.of(LocalDate.parse("2023-02-01"), LocalDate.parse("2023-02-04").plusDays(i)))
              .endReason(EndReason.HOME_OR_FAMILY)
              .planned(true)
              .build());
      out.add(r.build());
    }
    return out;
  }

  private static void event(
      YoungPersonRecord.Builder r, YoungPersonId id, OutcomeMeasure m, String date, int count) {
    if (count > 0) {
      r.addEvents(OutcomeEvent.of(id, m, LocalDate.parse(date), count));
    }
  }

  static ImpactResult run(int threshold) {
    return ImpactAnalysis.builder()
        .name("glue test")
        .dataCoverage(DatePeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
        .addMeasures(
            StandardMeasures.MISSING_INCIDENTS,
            StandardMeasures.ARRESTS,
            StandardMeasures.CONVICTIONS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .suppressionThreshold(threshold)
        .build()
        .run(cohort().stream());
  }

  @Test
  void rateMeasuresBecomeRowsAndSmallCellsAreSuppressed() {
    List<MeasureChange> rows = MeasureChange.fromImpact(run(5));
    // CONVICTIONS has no events before or after (undefined) and SDQ is a score: no rows.
    assertThat(rows).extracting(MeasureChange::measure)
        .containsExactly("missing incidents", "arrests");
    MeasureChange missing = rows.get(0);
    assertThat(missing.suppressed()).isFalse();
    // PY = 2190 / 365.25 = 5.99589...; before 12 / PY = 12 x 365.25 / 2190 = 2.00136986...;
    // after 8 x 365.25 / 2190 = 1.33424657...; ratio (same PY) 8 / 12 = 0.6667.
    assertThat(missing.rateBefore().getAsDouble()).isCloseTo(12 * 365.25 / 2190, within(1e-12));
    assertThat(missing.rateAfter().getAsDouble()).isCloseTo(8 * 365.25 / 2190, within(1e-12));
    assertThat(missing.rateRatio().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(missing.rateBeforeInterval()).isPresent();
    // Arrests: 3 before is a small cell (1 to 4) under the analysis' threshold of 5.
    assertThat(rows.get(1).suppressed()).isTrue();
    assertThat(rows.get(1).rateBefore()).isEmpty();
  }

  @Test
  void theAnalysisThresholdDecides() {
    // Threshold 3: 3 arrests before is no longer small, 0 after is published.
    List<MeasureChange> three = MeasureChange.fromImpact(run(3));
    assertThat(three).extracting(MeasureChange::suppressed).containsExactly(false, false);
    assertThat(three.get(1).rateAfter().getAsDouble()).isZero();
    // Threshold 7: 12 and 8 missing incidents are not small cells, but 6 young people are fewer
    // than 7, so the row is suppressed too.
    assertThat(MeasureChange.fromImpact(run(7)))
        .extracting(MeasureChange::suppressed)
        .containsExactly(true, true);
  }

  @Test
  void impactAddsTheRatesSectionWithSuppressedRowsMarked() throws Exception {
    Report r = Report.builder("Impact").impact(run(5)).build();
    assertThat(r.tableIds()).containsExactly("headline-facts", "headline-key-figures",
        "rates-table");
    assertThat(r.csv("rates-table"))
        .startsWith("Measure,Young people,Rate before,Lower,Upper,Rate after,Lower,Upper,Rate ratio,"
            + "Lower,Upper,p-value,Holm-adjusted p,Interval method\r\n")
        .contains("arrests,[c],[c],[c],[c],[c],[c],[c],[c],[c],[c],[c],[c],[c]\r\n")
        .contains("missing incidents,6,2.00,");
    // The interval method is named beside the rate ratio: the clustered default.
    assertThat(r.csv("rates-table"))
        .containsPattern("missing incidents,[^\\r]*,\"cluster-robust, young people as clusters\"\r\n");
    assertThat(r.toHtml()).contains("Interval method", "each young person is a cluster");
    // The method section names the method and why it was used, and what the p-values are.
    String text = Fixtures.parse(r.toHtml()).getDocumentElement().getTextContent();
    assertThat(text).contains("The rate ratio's interval (every row): cluster-robust, young people"
            + " as clusters. Why: default with person-level data: each young person is a cluster",
        "the Holm-adjusted p-value allows for every measure the analysis tested")
        .doesNotContain("Poisson intervals treat every event as independent");
  }

  @Test
  void theMethodSectionNamesEachIntervalMethodAndWhy() throws Exception {
    // Cohort totals only: Poisson intervals, log-Wald with both counts at least 10, exact below.
    MeasureChange wald = MeasureChange.of("a", org.nwd.stats.RateRatio.of(
        org.nwd.stats.Rate.of(20, 10), org.nwd.stats.Rate.of(12, 10)));
    MeasureChange exact = MeasureChange.of("b", org.nwd.stats.RateRatio.of(
        org.nwd.stats.Rate.of(20, 10), org.nwd.stats.Rate.of(3, 10)));
    assertThat(ImpactSections.rateRatioMethods(List.of(wald, exact, MeasureChange.suppressed("c"))))
        .containsExactly("The rate ratio's interval (a): log-Wald (Poisson). Why: only cohort totals"
                + " were given, so a Poisson interval (log-Wald, both counts at least 10): it assumes"
                + " every event is independent; give person-level data for the clustered default.",
            "The rate ratio's interval (b): exact conditional (Poisson). Why: only cohort totals were"
                + " given, so a Poisson interval (exact conditional, a count below 10): it assumes"
                + " every event is independent; give person-level data for the clustered default.",
            "Poisson intervals treat every event as independent: when a few young people have many"
                + " events they are too narrow. The clustered interval, the default with person-level"
                + " data, treats each young person as a cluster and does not assume that.");
    assertThat(ImpactSections.rateRatioMethods(List.of(wald))).first().asString()
        .startsWith("The rate ratio's interval (every row): log-Wald (Poisson).");
    // Without intervals there is no method to name, nor p-values to explain.
    MeasureChange bare = MeasureChange.builder().measure("d").rateBefore(1).rateAfter(2).build();
    assertThat(ImpactSections.rateRatioMethods(List.of(bare))).isEmpty();
    String html = Report.builder("t").measureChanges(List.of(bare)).build().toHtml();
    assertThat(html).doesNotContain("p-value").doesNotContain("Holm");
    // Rows from rate ratios carry their p-values; without an impact result there is no Holm column.
    Report withP = Report.builder("t").measureChanges(List.of(wald, exact)).build();
    assertThat(withP.csv("rates-table")).startsWith("Measure,Rate before,Lower,Upper,Rate after,"
        + "Lower,Upper,Rate ratio,Lower,Upper,p-value,Interval method\r\n");
    assertThat(withP.toHtml()).contains("A p-value is the chance of a change at least this large");
  }

  @Test
  void ofRateChangeMapsTheRateRatio() {
    var rates = run(5).measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
    MeasureChange row = MeasureChange.of("missing incidents", rates);
    assertThat(row.rateRatio().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(row.rateAfterInterval()).contains(rates.after().interval());
    assertThatThrownBy(() -> MeasureChange.of("x", (org.nwd.impact.RateChange) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change");
  }

  @Test
  void hubStaysFromIndicators() {
    ImpactResult result = run(5);
    // Six completed stays of 3, 4, 5, 6, 7, 8 days.
    assertThat(result.indicators().completedStayLengths()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
    Report r = Report.builder("Stays").hubStays(result.indicators()).build();
    assertThat(r.tableIds()).containsExactly("hub-stays-table");
  }

  @Test
  void impactWithoutRatesIsRefused() {
    ImpactResult scoresOnly =
        ImpactAnalysis.builder()
            .name("glue test")
            .dataCoverage(
                DatePeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
            .addMeasures(StandardMeasures.CONVICTIONS)
            .build()
            .run(cohort().stream());
    assertThatThrownBy(() -> Report.builder("x").impact(scoresOnly))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("no measure changes to report");
  }
}
