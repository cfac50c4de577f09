package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.testkit.NwdAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * Impact-result assertions on a hand-made cohort: six young people accepted on 2023-01-01 (windows
 * 2022-01-01/2023-01-01 and 2023-01-01/2024-01-01, 365 days each, 2190 days per window in all) and
 * a seventh with no referral, so no index date.
 *
 * <p>Missing incidents 12 before, 8 after: rates 12 x 365.25 / 2190 = 2.0013698630136987 and 8 x
 * 365.25 / 2190 = 1.3342465753424657 (Python 3: {@code 12*365.25/2190}, {@code 8*365.25/2190}),
 * ratio 8 / 12 = 0.6667. Police call-outs 6 before and 6 after: 6 x 365.25 / 2190 =
 * 1.0006849315068493 both, ratio 1.0. Convictions: none (undefined). SDQ: 20 then 15 each.
 */
class ImpactAssertionsTest {

  static final int[] MISSING_AFTER = {2, 2, 1, 1, 1, 1};

  static ImpactResult result() {
    List<YoungPersonRecord> records = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
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
                      .build());
      if (i < 6) {
        r.addReferrals(
            Referral.of(
                id,
                LocalDate.parse("2023-01-01"),
                ReferralCategory.EDGE_OF_CARE,
                ReferralDecision.ACCEPTED));
      }
      event(r, id, StandardMeasures.MISSING_INCIDENTS, "2022-06-01", 2);
      event(r, id, StandardMeasures.MISSING_INCIDENTS, "2023-06-01", MISSING_AFTER[i % 6]);
      event(r, id, StandardMeasures.POLICE_CALL_OUTS, "2022-06-01", 1);
      event(r, id, StandardMeasures.POLICE_CALL_OUTS, "2023-06-01", 1);
      r.addScores(
          ScoreObservation.of(
              id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.parse("2022-06-01"), 20),
          ScoreObservation.of(
              id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.parse("2023-06-01"), 15));
      records.add(r.build());
    }
    return ImpactAnalysis.builder()
        .name("testkit")
        .dataCoverage(DatePeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
        .addMeasures(
            StandardMeasures.MISSING_INCIDENTS,
            StandardMeasures.POLICE_CALL_OUTS,
            StandardMeasures.CONVICTIONS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .build()
        .run(records.stream());
  }

  private static void event(
      YoungPersonRecord.Builder r, YoungPersonId id, OutcomeMeasure m, String date, int count) {
    r.addEvents(OutcomeEvent.of(id, m, LocalDate.parse(date), count));
  }

  private static void failsWith(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  @Test
  void passesOnTheCohortsFacts() {
    ImpactResult r = result();
    assertThat(r).hasIncluded(6).hasExcluded(1).hasExcluded(1, ExclusionReason.NO_INDEX_DATE)
        .hasExcluded(0, ExclusionReason.NOT_ELIGIBLE);
    assertThat(r)
        .measure(StandardMeasures.MISSING_INCIDENTS)
        .isDefined()
        .improved()
        .hasRateRatioBelow(0.67)
        .rateRatio()
        .hasIntervalContaining(2.0 / 3);
  }

  @Test
  void countFailures() {
    ImpactResult r = result();
    failsWith(
        () -> assertThat(r).hasIncluded(7),
        "Expected the impact analysis 'testkit' to include 7 young people but it included 6 of 7");
    failsWith(
        () -> assertThat(r).hasExcluded(0),
        "Expected the impact analysis 'testkit' to exclude 0 young people but it excluded 1 (no"
            + " index date: 1)");
    failsWith(
        () -> assertThat(r).hasExcluded(1, ExclusionReason.NOT_ELIGIBLE),
        "Expected the impact analysis 'testkit' to exclude 1 young people for not eligible on the"
            + " index date but it excluded 0 for that reason (no index date: 1)");
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.ARRESTS),
        "Expected the impact analysis 'testkit' to have measured ARRESTS but it measured only"
            + " MISSING_INCIDENTS, POLICE_CALL_OUTS, CONVICTIONS, SDQ_TOTAL_DIFFICULTIES");
  }

  @Test
  void measureFailures() {
    ImpactResult r = result();
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.POLICE_CALL_OUTS).improved(),
        "Expected POLICE_CALL_OUTS (police call-outs) to improve (a lower rate per person-year"
            + " after) but the rate went from 1.0006849315068493 before to 1.0006849315068493"
            + " after");
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.POLICE_CALL_OUTS).hasRateRatioBelow(1.0),
        "Expected the rate ratio (after / before) of POLICE_CALL_OUTS (police call-outs) to be"
            + " below 1.0 but it was 1.0 (6 events before, 6 after)");
    // The ratio of the two rates in doubles, (8 / PY) / (12 / PY) with PY = 2190 / 365.25: Python 3
    // py=2190/365.25; (8/py)/(12/py) -> 0.6666666666666667 (8/12 alone gives ...666).
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.MISSING_INCIDENTS).hasRateRatioBelow(0.66),
        "Expected the rate ratio (after / before) of MISSING_INCIDENTS (missing incidents) to be"
            + " below 0.66 but it was 0.6666666666666667 (12 events before, 8 after)");
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.CONVICTIONS).improved(),
        "Expected the result for CONVICTIONS (convictions) to be computed but it is undefined: no"
            + " convictions before or after among 6 young people");
    failsWith(
        () -> assertThat(r).measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).improved(),
        "Expected rates per person-year for SDQ_TOTAL_DIFFICULTIES (SDQ total difficulties) but it"
            + " is a score measure");
  }
}
