package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nwd.fidelity.Rec.d;
import static org.nwd.fidelity.Rec.p;
import static org.nwd.fidelity.Rec.yp;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.SuppressedTable;
import org.nwd.model.Cohort;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;

/**
 * Impact by fidelity band and the dose-response on a small cohort whose tables and slopes are worked
 * out by hand: six young people in the high band whose missing incidents fall from 4 to 1, three in
 * the partial band with 2 and 2, five in the low band rising from 1 to 3, and one partial young
 * person without a referral (excluded from the impact analysis).
 */
class FidelityImpactTest {

  static final ImpactAnalysis ANALYSIS =
      ImpactAnalysis.builder()
          .name("fidelity test")
          .dataCoverage(p("2020-01-01/2026-01-01"))
          .addMeasures(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
          .build();

  /** First contact within 7 days and decisions citing a provocation, weight 1 each. */
  static final FidelityRubric RUBRIC =
      ProfilesTest.bands(FidelityRubric.builder().name("two").proposal(false))
          .addCriteria(
              Criterion.proposed(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT),
              Criterion.proposed(FidelityIndicator.DECISIONS_CITING_PROVOCATION))
          .build();

  static final FidelityAssessment ASSESSMENT = FidelityAssessment.of(RUBRIC, d("2026-01-01"));

  /**
   * Referred 2023-01-01: windows 2022-01-01/2023-01-01 and 2023-01-01/2024-01-01, 365 days each.
   * Contact after {@code contactDays}; one decision, citing a provocation or not.
   */
  static Rec person(String id, int contactDays, boolean citing, int before, int after) {
    Rec r = yp(id).accepted("2023-01-01")
        .outreach(d("2023-01-01").plusDays(contactDays) + "/2024-06-01", EndReason.HOME_OR_FAMILY);
    if (citing) {
      r.decision("2023-02-01", "good_enough_for_my_child");
    } else {
      r.decision("2023-02-01");
    }
    if (before > 0) {
      r.event(StandardMeasures.MISSING_INCIDENTS, "2022-06-01", before);
    }
    if (after > 0) {
      r.event(StandardMeasures.MISSING_INCIDENTS, "2023-06-01", after);
    }
    return r;
  }

  static List<YoungPersonRecord> cohort() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) { // both met: score 1, high; SDQ 20 -> 15
      out.add(person("H" + i, 1, true, 4, 1)
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-12-01", 20)
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-12-01", 15).build());
    }
    for (int i = 1; i <= 3; i++) { // contact met, decision not: 0.5, partial; no SDQ
      out.add(person("P" + i, 1, false, 2, 2).build());
    }
    for (int i = 1; i <= 5; i++) { // contact after 31 days, decision not citing: 0, low; SDQ 18 -> 22
      out.add(person("L" + i, 31, false, 1, 3)
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-12-01", 18)
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-12-01", 22).build());
    }
    // No referral (contact unknown), decision citing: 0.5, partial; no index date.
    out.add(yp("X1").decision("2023-02-01", "risk_for_whom").build());
    return out;
  }

  static FidelityImpactResult run() {
    return FidelityImpact.of(ANALYSIS, ASSESSMENT).run(cohort().stream());
  }

  @Test
  void eachBandIsAnalysedOnItsOwnYoungPeople() {
    FidelityImpactResult r = run();
    assertThat(r.fidelity().bandCounts()).containsExactly(
        java.util.Map.entry("high", 6L), java.util.Map.entry("partial", 4L),
        java.util.Map.entry("low", 5L));
    assertThat(r.bandResults().keySet()).containsExactly("high", "partial", "low");
    ImpactResult partial = r.bandResults().get("partial");
    assertThat(partial.peopleEvaluated()).isEqualTo(4);
    assertThat(partial.peopleIncluded()).isEqualTo(3);
    assertThat(partial.exclusions()).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.NO_INDEX_DATE));
    // The high band's result is the analysis run on the high band's records alone.
    List<YoungPersonRecord> high = cohort().subList(0, 6);
    assertThat(r.bandResults().get("high")).isEqualTo(ANALYSIS.run(high.stream()));
    assertThat(r.bandResults().get("high").measure(StandardMeasures.MISSING_INCIDENTS).rates().get()
            .rateRatio().estimate())
        .hasValue(0.25); // 6 / 24 over equal person-years
  }

  @Test
  void theBandTablesAreSuppressedLikeAnyBreakdown() {
    FidelityBreakdown b = run().breakdown(StandardMeasures.MISSING_INCIDENTS);
    assertThat(b.bands()).containsExactly("high", "partial", "low");
    SuppressedTable changes = b.changes();
    // high 6 improved; partial 3 unchanged; low 5 worse.
    assertThat(changes.counts().get(0)).containsExactly(6L, 0L, 0L);
    assertThat(changes.counts().get(1)).containsExactly(0L, 3L, 0L);
    assertThat(changes.counts().get(2)).containsExactly(0L, 0L, 5L);
    assertThat(changes.threshold()).isEqualTo(5);
    // The partial row (3) is suppressed, with the grand total to protect it; the others are not.
    assertThat(changes.isSuppressed(1, 1)).isTrue();
    assertThat(changes.isSuppressed(1, 3)).isTrue();
    assertThat(changes.isSuppressed(3, 3)).isTrue();
    assertThat(changes.published(0, 3)).hasValue(6);
    assertThat(changes.published(2, 3)).hasValue(5);
    assertThat(b.isPublishable(0)).isTrue();
    assertThat(b.isPublishable(1)).isFalse();
    assertThat(b.isPublishable(2)).isTrue();
    SuppressedTable events = b.events().get();
    // 6 x 4 = 24 before, 6 after; 3 x 2 = 6 and 6; 5 x 1 = 5 and 5 x 3 = 15.
    assertThat(events.counts().get(0)).containsExactly(24L, 6L);
    assertThat(events.counts().get(1)).containsExactly(6L, 6L);
    assertThat(events.counts().get(2)).containsExactly(5L, 15L);
    assertThat(b.daysAtRiskBefore()).containsExactly(6 * 365L, 3 * 365L, 5 * 365L);
    assertThat(b.daysAtRiskAfter()).containsExactly(6 * 365L, 3 * 365L, 5 * 365L);
    // Rates per person-year: 24 / (2190 / 365.25) and 6 / (2190 / 365.25).
    double[] highRates = b.publishableRates(0).get();
    assertThat(highRates[0]).isCloseTo(24 / (2190 / 365.25), within(1e-12));
    assertThat(highRates[1]).isCloseTo(6 / (2190 / 365.25), within(1e-12));
    assertThat(b.publishableRates(1)).isEmpty();
    assertThat(b.publishableResult(1)).isEmpty();
    assertThat(b.publishableResult(0).get().rates().get().rateRatio().estimate()).hasValue(0.25);
    assertThat(b.publishableResult(2).get().rates().get().rateRatio().estimate().getAsDouble())
        .isCloseTo(3, within(1e-12));
    assertThat(b.bandResults().keySet()).containsExactly("high", "partial", "low");
    String text = b.render();
    assertThat(text).contains("MISSING_INCIDENTS by fidelity band", "rate ratio 0.25 [")
        .containsPattern("partial +\\[c] +\\[c] +\\[c]");
  }

  @Test
  void scoreMeasuresHaveNoEventsTable() {
    FidelityBreakdown sdq = run().breakdown(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(sdq.events()).isEmpty();
    // SDQ is lower-is-better: high 20 -> 15 improved; the partial band has no scores; low worse.
    assertThat(sdq.changes().counts().get(0)).containsExactly(6L, 0L, 0L);
    assertThat(sdq.changes().counts().get(1)).containsExactly(0L, 0L, 0L);
    assertThat(sdq.changes().counts().get(2)).containsExactly(0L, 0L, 5L);
    assertThat(sdq.publishableRates(0)).isEmpty();
    assertThat(sdq.publishableResult(0).get().scores().get().meanChange().meanChange())
        .isEqualTo(-5.0);
    assertThat(FidelityBreakdown.headline(sdq.publishableResult(0).get()))
        .startsWith("mean change -5 [");
    assertThat(sdq.render()).contains("mean change -5");
  }

  @Test
  void theDoseResponseRegressesEachYoungPersonsChangeOnTheirScore() {
    FidelityImpactResult r = run();
    DoseResponse missing = r.doseResponse(StandardMeasures.MISSING_INCIDENTS);
    // Changes per person-year (k = 365.25 / 365): high 1 - 4 = -3k at score 1 (x6), partial 0 at
    // 0.5 (x3), low 3 - 1 = 2k at 0 (x5); X1 has no change. Sum x = 7.5, sum x^2 = 6.75, n = 14:
    // Sxx = 6.75 - 7.5^2 / 14 = 38.25 / 14; Sxy = sum xy - sum x sum y / n = -18k - 7.5(-8k) / 14
    // = -192k / 14; slope = -192k / 38.25.
    double k = 365.25 / 365;
    assertThat(missing.n()).isEqualTo(14);
    assertThat(missing.slope().getAsDouble()).isCloseTo(-192 * k / 38.25, within(1e-9));
    assertThat(missing.changeUnit())
        .isEqualTo("change in incidents per person-year at risk (after minus before)");
    assertThat(missing.interval()).isPresent();
    // SDQ: -5 at score 1 (x6), +4 at score 0 (x5): slope -9.
    DoseResponse sdq = r.doseResponse(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(sdq.n()).isEqualTo(11);
    assertThat(sdq.slope().getAsDouble()).isCloseTo(-9, within(1e-12));
    assertThat(sdq.changes()).containsOnly(-5.0, 4.0);
    // Rates: -3k at score 1, 0 at 0.5, 2k at 0 (k = 365.25 / 365).
    assertThat(missing.changes().subList(0, 6)).allSatisfy(c -> assertThat(c).isCloseTo(-3 * k,
        within(1e-12)));
    assertThat(missing.changes().get(6)).isEqualTo(0.0);
    assertThat(missing.changes().get(13)).isCloseTo(2 * k, within(1e-12));
    assertThat(missing.scores().subList(6, 9)).containsOnly(0.5);
    String text = r.render();
    assertThat(text).contains(Text.num(missing.slope().getAsDouble()), "SDQ_TOTAL_DIFFICULTIES",
        "[" + Text.num(missing.interval().get().lower()) + ", ");
    assertThat(sdq.changeUnit()).isEqualTo("change in score (after minus before)");
    assertThat(r.explanation().formula().get()).contains("ASSOCIATION ONLY");
    assertThat(r.explanation().steps()).hasSize(3);
    assertThat(r.render()).contains("Dose-response", "Associations only", "MISSING_INCIDENTS",
        "95% CI (HC3)");
    assertThat(r.toString())
        .isEqualTo("FidelityImpactResult{fidelity test, bands {high=6, partial=4, low=5}}");
    assertThatThrownBy(() -> r.doseResponse(StandardMeasures.ARRESTS))
        .hasMessage("measure ARRESTS is not in analysis fidelity test");
    assertThatThrownBy(() -> r.breakdown(StandardMeasures.ARRESTS))
        .isInstanceOf(DomainRuleException.class);
  }

  @Test
  void youngPeopleWithoutAScoreFormTheirOwnGroup() {
    FidelityRubric stays =
        ProfilesTest.bands(FidelityRubric.builder().name("stays").proposal(true))
            .addCriteria(Criterion.proposed(FidelityIndicator.SHORT_BED_STAYS)).build();
    List<YoungPersonRecord> records = new ArrayList<>(cohort().subList(0, 3));
    records.add(person("S1", 1, true, 2, 1).stay("2023-01-02/2023-02-01", EndReason.HOME_OR_FAMILY)
        .build());
    Hub hub = Hub.builder().id(Rec.HUB).name("A").localAuthority("E1").residentialBeds(4)
        .emergencyBeds(2).build();
    FidelityImpactResult r =
        FidelityImpact.of(ANALYSIS, FidelityAssessment.of(stays, d("2026-01-01")))
            .run(Cohort.of(List.of(hub), records));
    FidelityBreakdown b = r.breakdown(StandardMeasures.MISSING_INCIDENTS);
    assertThat(b.bands()).containsExactly("high", "partial", "low", CohortFidelity.NOT_SCORED);
    assertThat(b.changes().counts().get(0)).containsExactly(1L, 0L, 0L);
    assertThat(b.changes().counts().get(1)).containsExactly(0L, 0L, 0L);
    assertThat(b.changes().counts().get(3)).containsExactly(3L, 0L, 0L);
    assertThat(r.bandResults().keySet()).containsExactly("high", CohortFidelity.NOT_SCORED);
    // Young people without a score are not in the dose-response.
    assertThat(r.doseResponse(StandardMeasures.MISSING_INCIDENTS).n()).isEqualTo(1);
  }

  @Test
  void theAssessmentAndTheAnalysisMustShareTheirLevel() {
    FidelityAssessment ninety =
        FidelityAssessment.builder().rubric(RUBRIC).asOf(d("2026-01-01"))
            .level(ConfidenceLevel.of(0.9)).build();
    assertThatThrownBy(() -> FidelityImpact.of(ANALYSIS, ninety))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("the assessment's level 90% differs from the analysis' level 95%");
    assertThat(FidelityImpact.of(ANALYSIS, ASSESSMENT).toString())
        .isEqualTo("FidelityImpact{fidelity test, FidelityAssessment{two, as of 2026-01-01, 95%}}");
  }

  @Test
  void resultsAndBreakdownsCheckTheirShape() {
    FidelityImpactResult r = run();
    assertThatThrownBy(() -> FidelityImpactResult.builder().analysis(ANALYSIS).fidelity(r.fidelity())
            .addBreakdowns(r.breakdowns().get(0)).addAllDoseResponses(r.doseResponses()).build())
        .hasMessage("breakdowns and dose-responses must be one per measure of analysis fidelity test,"
            + " in its order");
    FidelityBreakdown b = r.breakdown(StandardMeasures.MISSING_INCIDENTS);
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
            .changes(b.changes()).events(b.events().get()).addAllDaysAtRiskBefore(b.daysAtRiskBefore())
            .addAllDaysAtRiskAfter(b.daysAtRiskAfter()).build())
        .hasMessage("an events table is given exactly for count and days measures;"
            + " SDQ_TOTAL_DIFFICULTIES is of kind score");
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changes(b.changes()).addAllDaysAtRiskBefore(b.daysAtRiskBefore())
            .addAllDaysAtRiskAfter(b.daysAtRiskAfter()).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changes(b.changes()).events(b.events().get()).addDaysAtRiskBefore(1L)
            .addAllDaysAtRiskAfter(b.daysAtRiskAfter()).build())
        .hasMessage("days at risk need one value per band (3); 1 and 3 given");
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changes(b.changes()).events(b.events().get()).addAllDaysAtRiskBefore(b.daysAtRiskBefore())
            .addAllDaysAtRiskAfter(b.daysAtRiskAfter())
            .putBandResults("other", b.bandResults().get("high")).build())
        .hasMessage("a result for other, which is not a band of the table");
    SuppressedTable two = SuppressedTable.of("t", List.of("a"), List.of("x", "y"),
        new long[][] {{1, 2}}, 5);
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
            .changes(two).addDaysAtRiskBefore(0L).addDaysAtRiskAfter(0L).build())
        .hasMessage("the changes table has 2 columns; it needs improved, unchanged and worse");
    SuppressedTable otherBands = SuppressedTable.of("t", List.of("x", "y", "z"),
        List.of("before", "after"), new long[][] {{1, 2}, {1, 2}, {1, 2}}, 5);
    assertThatThrownBy(() -> FidelityBreakdown.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changes(b.changes()).events(otherBands).addAllDaysAtRiskBefore(b.daysAtRiskBefore())
            .addAllDaysAtRiskAfter(b.daysAtRiskAfter()).build())
        .hasMessage("the events table must have the changes table's bands and 2 columns");
  }
}
