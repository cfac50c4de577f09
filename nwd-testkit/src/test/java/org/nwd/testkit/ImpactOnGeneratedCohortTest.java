package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.PersonResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.WindowValues;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;

/**
 * The standard impact analysis, end to end, on seeded generated cohorts with a known intervention
 * effect, and on the named fixtures.
 *
 * <p>Intervals are at 99.9%, so that a correct analysis of a correct generator fails on a given seed
 * with probability about 0.1% per interval: the seeds are not picked to pass. With 20,000 young
 * people the rate ratio's 99.9% interval for missing incidents (about 28,400 events before) is about
 * exp(+-3.29 sqrt(1/28400 + 1/14200)) = x/ 1.035, so the configured 0.5 and 1 are far apart.
 */
class ImpactOnGeneratedCohortTest {
  private static final int N = 20_000;
  private static final ConfidenceLevel LEVEL = ConfidenceLevel.of(0.999);
  private static final List<OutcomeMeasure> RATE_MEASURES =
      List.of(
          StandardMeasures.PLACEMENT_MOVES,
          StandardMeasures.ARRESTS,
          StandardMeasures.POLICE_CALL_OUTS,
          StandardMeasures.MISSING_INCIDENTS,
          StandardMeasures.CRISIS_PRESENTATIONS);

  private static ImpactResult halved;
  private static ImpactResult noEffect;

  /**
   * SDQ spreads small enough that clamping to 0-40 is negligible: baseline 20 (sd 3), change -2 (sd
   * 2), so both scores stay over 5 sd from the ends and the mean change is -2.
   */
  static CohortSettings.Builder settings(double effect, long seed) {
    return CohortSettings.builder()
        .size(N)
        .seed(seed)
        .rateMultiplierAfterIndex(effect)
        .sdqBaselineMean(20)
        .sdqBaselineSd(3)
        .sdqMeanChange(-2)
        .sdqChangeSd(2);
  }

  /** The data cover 12 months before the first referral to 12 months after the last. */
  static ImpactAnalysis analysis(CohortSettings s) {
    return ImpactAnalysis.builder()
        .name("generated cohort")
        .dataCoverage(
            DatePeriod.of(
                s.referralsFrom().minusMonths(s.followUpMonths()),
                s.referralsUntil().plusMonths(s.followUpMonths())))
        .addAllMeasures(CohortGenerator.standardMeasures())
        .level(LEVEL)
        .build();
  }

  static ImpactResult run(CohortSettings s) {
    return analysis(s).run(CohortGenerator.of(s).stream());
  }

  @BeforeAll
  static void runAnalyses() {
    halved = run(settings(0.5, 2024).build());
    noEffect = run(settings(1.0, 2025).build());
  }

  @Test
  void everyoneIsIncludedAndEveryGeneratedMeasureIsRead() {
    // Ages 12-20 at referral (eligible 12-25), windows inside the data coverage, nobody in custody.
    NwdAssertions.assertThat(halved).hasIncluded(N).hasExcluded(0);
    for (OutcomeMeasure m : CohortGenerator.standardMeasures()) {
      NwdAssertions.assertThat(halved).measure(m).isDefined();
    }
  }

  @Test
  void eachRateMeasuresIntervalContainsTheConfiguredEffectAndExcludesOne() {
    for (OutcomeMeasure m : RATE_MEASURES) {
      NwdAssertions.assertThat(halved)
          .measure(m)
          .improved()
          .rateRatio()
          .as(m.code())
          .hasIntervalContaining(0.5)
          .showsAReduction();
    }
  }

  @Test
  void withNoEffectEveryRateMeasuresIntervalContainsOne() {
    for (OutcomeMeasure m : RATE_MEASURES) {
      Interval ci = noEffect.measure(m).rates().orElseThrow().rateRatio().interval().orElseThrow();
      NwdAssertions.assertThat(noEffect.measure(m).rates().orElseThrow().rateRatio())
          .as(m.code())
          .hasIntervalContaining(1.0);
      // And is narrow enough to exclude the halving: the test could tell the two apart.
      assertThat(ci.lower()).as(m.code()).isGreaterThan(0.5);
    }
  }

  @Test
  void placementMovesPerPersonYearMatchTheLookedAfterShareTimesTheirRate() {
    // Before: 0.8 moves a looked-after person-year x 30% looked after = 0.24 a person-year over the
    // whole cohort. About 4,800 moves: Poisson sd 69 (1.4%), looked-after count binomial sd
    // sqrt(20000 x 0.3 x 0.7) = 65 of 6,000 (1.1%); together 1.8%, so +-6% is over 3.29 sd.
    RateChange moves = halved.measure(StandardMeasures.PLACEMENT_MOVES).rates().orElseThrow();
    assertThat(moves.before().rate()).isBetween(0.24 * 0.94, 0.24 * 1.06);
    assertThat(moves.after().rate()).isBetween(0.12 * 0.94, 0.12 * 1.06);
  }

  @Test
  void sdqMeanChangeIntervalContainsTheConfiguredChange() {
    var change = halved.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).scores().orElseThrow();
    // Every young person has a baseline in the look-back and a follow-up score in the follow-up.
    assertThat(change.pairs()).isEqualTo(N);
    Interval ci = change.meanChange().interval();
    // Configured change -2; the interval half-width is about 3.29 x sqrt(4 + 2/12) / sqrt(20000)
    // = 0.047 (rounding each score to a whole point adds variance 1/12).
    assertThat(ci.contains(-2.0)).as("SDQ change interval %s", ci).isTrue();
    assertThat(ci.upper()).isLessThan(0);
    assertThat(ci.upper() - ci.lower()).isBetween(0.08, 0.11);
  }

  @Test
  void placementDaysAreReadAndCarryNoEngineeredEffect() {
    // External days before: 30% looked after x 35% of placement time external x 365.25 days =
    // 38.35 days a person-year; out of area 30% x 10% x 365.25 = 10.96. Placement days cluster
    // within a person (one placement spans months), so the Poisson interval is too narrow; a 12%
    // band is about 3.3 of the overdispersed sd (about 3.6% for external days, from about 6,000
    // looked-after people each with sd of about 145 external days a year around 128).
    RateChange external =
        halved.measure(StandardMeasures.EXTERNAL_PLACEMENT_DAYS).rates().orElseThrow();
    assertThat(external.before().rate()).isBetween(38.35 * 0.88, 38.35 * 1.12);
    assertThat(external.after().rate()).isBetween(38.35 * 0.88, 38.35 * 1.12);
    RateChange outOfArea =
        halved.measure(StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS).rates().orElseThrow();
    assertThat(outOfArea.before().rate()).isBetween(10.96 * 0.80, 10.96 * 1.20);
  }

  // ------------------------------------------------------------------ named journeys (fixtures)

  private static final ImpactAnalysis FIXTURE_ANALYSIS =
      ImpactAnalysis.builder()
          .name("fixtures")
          .dataCoverage(DatePeriod.of(java.time.LocalDate.of(2014, 1, 1),
              java.time.LocalDate.of(2019, 1, 1)))
          .addMeasures(
              StandardMeasures.MISSING_INCIDENTS,
              StandardMeasures.ARRESTS,
              StandardMeasures.CRISIS_PRESENTATIONS,
              StandardMeasures.PLACEMENT_MOVES,
              StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
          .build();

  private static WindowValues values(YoungPersonRecord r, OutcomeMeasure m) {
    PersonResult p = FIXTURE_ANALYSIS.evaluate(r);
    assertThat(p.isIncluded()).as("%s included", r.id()).isTrue();
    return p.values().get(m);
  }

  @Test
  void theEdgeOfCareFourteenYearOldIsIncludedAndTheirMissingIncidentsFell() {
    YoungPersonRecord r = Fixtures.edgeOfCareRepeatedlyMissing();
    // Index date: the referral, 2016-05-02 (hub start 2016-05-09 minus 7 days). Incidents in
    // [2015-05-02, 2016-05-02): Jun, Aug, Nov 2015, Jan, Mar, Apr 2016 = 6; in
    // [2016-05-02, 2017-05-02): Sep 2016, Feb 2017 = 2.
    assertThat(FIXTURE_ANALYSIS.evaluate(r).indexDate()).contains(java.time.LocalDate.of(2016, 5, 2));
    WindowValues missing = values(r, StandardMeasures.MISSING_INCIDENTS);
    assertThat(missing.before()).hasValue(6.0);
    assertThat(missing.after()).hasValue(2.0);
    // Never looked after: no placements, no moves.
    assertThat(values(r, StandardMeasures.PLACEMENT_MOVES).before()).hasValue(0.0);
    assertThat(values(r, StandardMeasures.PLACEMENT_MOVES).after()).hasValue(0.0);
  }

  @Test
  void theSixteenYearOldHadFewerArrestsAndNoCrisisPresentationAfterTheEmergencyBed() {
    YoungPersonRecord r = Fixtures.arrestsAndCrisisPresentations();
    // Index 2016-10-03. Arrests before: Nov 2015, Feb, Jun, Aug 2016 = 4; after: Mar 2017 = 1.
    // Crisis presentations: Jan, May, Sep 2016 = 3 before, none after.
    assertThat(values(r, StandardMeasures.ARRESTS).before()).hasValue(4.0);
    assertThat(values(r, StandardMeasures.ARRESTS).after()).hasValue(1.0);
    assertThat(values(r, StandardMeasures.CRISIS_PRESENTATIONS).before()).hasValue(3.0);
    assertThat(values(r, StandardMeasures.CRISIS_PRESENTATIONS).after()).hasValue(0.0);
    // Into the emergency bed on the index date and out to foster care five days later: two
    // placement moves, both in the follow-up.
    assertThat(values(r, StandardMeasures.PLACEMENT_MOVES).before()).hasValue(0.0);
    assertThat(values(r, StandardMeasures.PLACEMENT_MOVES).after()).hasValue(2.0);
  }

  @Test
  void theSdqFixturesScoresAreReadAsBeforeAndAfter() {
    // Referral 2016-01-01 (hub start 2016-01-11 minus 10 days): 24 on 2015-12-31, the last day of
    // the look-back; 15 on 2016-12-31, the last day of the follow-up [2016-01-01, 2017-01-01).
    WindowValues sdq =
        values(Fixtures.sdqBeforeAndAfter(), StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(sdq.before()).hasValue(24.0);
    assertThat(sdq.after()).hasValue(15.0);
  }

  @Test
  void theReferenceCohortIsAnalysedWithEveryNamedYoungPersonIncluded() {
    ImpactResult r = FIXTURE_ANALYSIS.run(Fixtures.referenceCohort());
    NwdAssertions.assertThat(r).hasIncluded(5).hasExcluded(0);
    // Missing incidents over the five: only the edge-of-care young person has any, 6 then 2.
    RateChange missing = r.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
    assertThat(missing.eventsBefore()).isEqualTo(6);
    assertThat(missing.eventsAfter()).isEqualTo(2);
    NwdAssertions.assertThat(r).measure(StandardMeasures.MISSING_INCIDENTS).improved();
  }
}
