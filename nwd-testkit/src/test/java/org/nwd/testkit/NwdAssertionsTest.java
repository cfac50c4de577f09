package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.testkit.NwdAssertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwd.Explanation;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.Money;
import org.nwd.model.CareStatus;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;

class NwdAssertionsTest {

  private static final LocalDate HUB_START = Fixtures.EDGE_OF_CARE_HUB_START;

  private static void failsWith(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  // ------------------------------------------------------------ young person records

  @Test
  void recordAssertionsPassOnTheFixturesFacts() {
    YoungPersonRecord r = Fixtures.edgeOfCareRepeatedlyMissing();
    assertThat(r)
        .hasId("YP-EOC-014")
        .hasAgeOn(HUB_START, 14)
        .hasCareStatusOn(HUB_START, CareStatus.EDGE_OF_CARE)
        .hasEvents(StandardMeasures.MISSING_INCIDENTS, 8)
        .hasEvents(StandardMeasures.ARRESTS, 0)
        .hasFewerEventsAfter(StandardMeasures.MISSING_INCIDENTS, HUB_START)
        .wasSupportedThroughOutreachOnly()
        .hasHubEpisode(HubEpisodeKind.OUTREACH)
        .hasKeyWorkerOn(HUB_START)
        .hasTeamMember(Role.LIFE_COACH)
        .hasTeamMember(Role.POLICE_LIAISON_OFFICER);
    assertThat(Fixtures.sdqBeforeAndAfter())
        .hasImprovedScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .hasId("YP-SDQ-013");
    assertThat(Fixtures.careLeaverMovingToIndependence())
        .wasSupportedThroughOutreachOnly()
        .hasHubEpisode(HubEpisodeKind.SUPPORTED_LODGINGS);
  }

  @Test
  void recordAssertionsFailInTheDomainsWords() {
    YoungPersonRecord r = Fixtures.edgeOfCareRepeatedlyMissing();
    failsWith(() -> assertThat(r).hasId("YP-X"),
        "Expected the record of young person YP-X but it was of YP-EOC-014");
    failsWith(() -> assertThat(r).hasAgeOn(HUB_START, 15),
        "Expected young person YP-EOC-014 to be 15 on 2016-05-09 but they were 14");
    failsWith(() -> assertThat(r).hasCareStatusOn(HUB_START, CareStatus.LOOKED_AFTER),
        "Expected young person YP-EOC-014 to be looked_after on 2016-05-09 but they were"
            + " edge_of_care");
    failsWith(() -> assertThat(r).hasEvents(StandardMeasures.MISSING_INCIDENTS, 7),
        "Expected young person YP-EOC-014 to have 7 missing incidents but they had 8");
    // Before 2015-09-01: two incidents (June, August); on or after: six.
    failsWith(
        () -> assertThat(r).hasFewerEventsAfter(
            StandardMeasures.MISSING_INCIDENTS, LocalDate.of(2015, 9, 1)),
        "Expected the missing incidents of YP-EOC-014 to fall after 2015-09-01 but there were 2"
            + " before and 6 on or after");
    // Equal counts are not a fall: 4 before 2016-03-05, 4 from then on (the 5 March incident
    // counts as "on or after").
    failsWith(
        () -> assertThat(r).hasFewerEventsAfter(
            StandardMeasures.MISSING_INCIDENTS, LocalDate.of(2016, 3, 5)),
        "Expected the missing incidents of YP-EOC-014 to fall after 2016-03-05 but there were 4"
            + " before and 4 on or after");
    failsWith(() -> assertThat(r).hasHubEpisode(HubEpisodeKind.EMERGENCY_BED),
        "Expected young person YP-EOC-014 to have a emergency_bed hub episode but their hub"
            + " episodes were [outreach]");
    failsWith(() -> assertThat(r).hasKeyWorkerOn(HUB_START.minusDays(1)),
        "Expected young person YP-EOC-014 to have a key worker on 2016-05-08 but they had none");
    failsWith(() -> assertThat(r).hasTeamMember(Role.COMMUNICATION_SUPPORT_WORKER),
        "Expected the team around YP-EOC-014 to include a communication support worker (speech"
            + " and language therapist) but it did not");
    failsWith(() -> assertThat(r).hasImprovedScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES),
        "Expected SDQ total difficulties of YP-EOC-014 to improve but there were 0 scores, not"
            + " two or more");
    failsWith(() -> assertThat(Fixtures.arrestsAndCrisisPresentations())
            .wasSupportedThroughOutreachOnly(),
        "Expected young person YP-ARR-016 to be supported through outreach only but they had a"
            + " hub bed: emergency_bed 2016-10-03/2016-10-08");
    YoungPersonRecord bare = YoungPersonRecord.of(r.youngPerson());
    failsWith(() -> assertThat(bare).wasSupportedThroughOutreachOnly(),
        "Expected young person YP-EOC-014 to be supported through outreach only but they had no"
            + " hub episode");
    failsWith(() -> assertThat(bare).hasKeyWorkerOn(HUB_START),
        "Expected young person YP-EOC-014 to have a key worker on 2016-05-09 but they had none");
    failsWith(() -> assertThat(bare).hasTeamMember(Role.KEY_WORKER),
        "Expected the team around YP-EOC-014 to include a key worker but it did not");
    failsWith(() -> assertThat((YoungPersonRecord) null).hasId("YP-1"),
        "\nExpecting actual not to be null");
  }

  @Test
  void aScoreThatGotWorseOrStayedTheSameIsNotAnImprovement() {
    YoungPersonRecord r = Fixtures.sdqBeforeAndAfter();
    YoungPersonId id = r.id();
    YoungPersonRecord worse =
        YoungPersonRecord.builder()
            .youngPerson(r.youngPerson())
            .addScores(
                org.nwd.model.ScoreObservation.of(
                    id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.of(2017, 1, 1), 20),
                org.nwd.model.ScoreObservation.of(
                    id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.of(2016, 1, 1), 20))
            .build();
    failsWith(() -> assertThat(worse).hasImprovedScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES),
        "Expected SDQ total difficulties of YP-SDQ-013 to improve (lower is better) but it went"
            + " from 20.0 to 20.0");
    org.nwd.model.OutcomeMeasure wellbeing =
        org.nwd.model.OutcomeMeasure.builder().code("WELLBEING").name("wellbeing")
            .kind(org.nwd.model.MeasureKind.SCORE).unit("points")
            .direction(org.nwd.model.ImprovementDirection.HIGHER_IS_BETTER)
            .scoreMin(0.0).scoreMax(10.0).build();
    YoungPersonRecord higher =
        YoungPersonRecord.builder()
            .youngPerson(r.youngPerson())
            .addScores(
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2016, 1, 1), 4),
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2017, 1, 1), 7))
            .build();
    assertThatCode(() -> assertThat(higher).hasImprovedScore(wellbeing))
        .doesNotThrowAnyException();
    // Scores are taken in date order, and only those of the measure asked about: recorded out of
    // order, 24 (2016) then 15 (2017) is an improvement, whatever the wellbeing scores did.
    YoungPersonRecord outOfOrder =
        YoungPersonRecord.builder()
            .youngPerson(r.youngPerson())
            .addScores(
                org.nwd.model.ScoreObservation.of(
                    id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.of(2017, 1, 1), 15),
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2017, 6, 1), 9),
                org.nwd.model.ScoreObservation.of(
                    id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, LocalDate.of(2016, 1, 1), 24),
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2015, 6, 1), 1))
            .build();
    assertThatCode(
            () -> assertThat(outOfOrder).hasImprovedScore(StandardMeasures.SDQ_TOTAL_DIFFICULTIES))
        .doesNotThrowAnyException();
    YoungPersonRecord same =
        YoungPersonRecord.builder()
            .youngPerson(r.youngPerson())
            .addScores(
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2016, 1, 1), 5),
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2017, 1, 1), 5))
            .build();
    failsWith(() -> assertThat(same).hasImprovedScore(wellbeing),
        "Expected wellbeing of YP-SDQ-013 to improve (higher is better) but it went from 5.0 to"
            + " 5.0");
    YoungPersonRecord lower =
        YoungPersonRecord.builder()
            .youngPerson(r.youngPerson())
            .addScores(
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2016, 1, 1), 7),
                org.nwd.model.ScoreObservation.of(id, wellbeing, LocalDate.of(2017, 1, 1), 4))
            .build();
    failsWith(() -> assertThat(lower).hasImprovedScore(wellbeing),
        "Expected wellbeing of YP-SDQ-013 to improve (higher is better) but it went from 7.0 to"
            + " 4.0");
  }

  // ------------------------------------------------------------ cohorts

  @Test
  void cohortAssertions() {
    Cohort c = Fixtures.referenceCohort();
    assertThat(c).hasYoungPeople(5).hasHubs(2).containsYoungPerson("YP-CL-018").hasHubs(2);
    failsWith(() -> assertThat(c).hasYoungPeople(200),
        "Expected the cohort to have 200 young people but it had 5");
    failsWith(() -> assertThat(c).hasHubs(1), "Expected the cohort to have 1 hubs but it had 2");
    failsWith(() -> assertThat(c).containsYoungPerson("YP-NOBODY"),
        "Expected the cohort to contain young person YP-NOBODY but it did not");
  }

  // ------------------------------------------------------------ hub episodes

  private static HubEpisode bed(LocalDate start, LocalDate end) {
    HubEpisode.Builder b = HubEpisode.builder()
        .youngPersonId(YoungPersonId.of("YP-1"))
        .hubId(Fixtures.SCARBOROUGH)
        .kind(HubEpisodeKind.RESIDENTIAL_STAY);
    if (end == null) {
      return b.period(DatePeriod.open(start)).build();
    }
    return b.period(DatePeriod.of(start, end)).endReason(EndReason.FOSTER_CARE).planned(true)
        .build();
  }

  @Test
  void hubEpisodeAssertions() {
    HubEpisode stepDownStay = Fixtures.lookedAfterSteppingDown().hubEpisodes().get(0);
    assertThat(stepDownStay).isShortTerm().isHubBedStay().endedWith(EndReason.FOSTER_CARE)
        .isShortTerm();
    LocalDate start = LocalDate.of(2016, 1, 1);
    // 84 days is still short-term under the default 84-day threshold; 85 is not.
    assertThat(bed(start, start.plusDays(84))).isShortTerm();
    failsWith(() -> assertThat(bed(start, start.plusDays(85))).isShortTerm(),
        "Expected the residential_stay hub episode of YP-1 (2016-01-01/2016-03-26) to be"
            + " short-term (at most 84 days) but it lasted 85 days");
    HubEpisode open = bed(start, null);
    failsWith(() -> assertThat(open).isShortTerm(),
        "Expected the residential_stay hub episode of YP-1 to be short-term but it is still open"
            + " (2016-01-01/..); give an as-of date");
    assertThat(open).isShortTerm(ShortTermThreshold.of(10), start.plusDays(10));
    failsWith(() -> assertThat(open).isShortTerm(ShortTermThreshold.of(10), start.plusDays(11)),
        "Expected the residential_stay hub episode of YP-1 (2016-01-01/..) to be short-term (at"
            + " most 10 days) but it lasted 11 days");
    failsWith(() -> assertThat(open).endedWith(EndReason.HOME_OR_FAMILY),
        "Expected the residential_stay hub episode of YP-1 to end with home_or_family but it is"
            + " still open");
    failsWith(() -> assertThat(stepDownStay).endedWith(EndReason.HOME_OR_FAMILY),
        "Expected the residential_stay hub episode of YP-LAC-015 to end with home_or_family but"
            + " it ended with foster_care");
    HubEpisode outreach = Fixtures.edgeOfCareRepeatedlyMissing().hubEpisodes().get(0);
    failsWith(() -> assertThat(outreach).isHubBedStay(),
        "Expected a hub bed stay (residential or emergency) for YP-EOC-014 but the episode was"
            + " outreach");
  }

  // ------------------------------------------------------------ rate ratios

  @Test
  void rateRatioAssertions() {
    // 50 events in 100 person-years after vs 100 in 100 before: IRR 0.5; log-Wald 95% CI
    // 0.5 * exp(+-1.959964 * sqrt(1/50 + 1/100)) = [0.35605, 0.70212] (worked by hand).
    RateRatio rr = RateRatio.of(100, 100, 50, 100, ConfidenceLevel.NINETY_FIVE,
        RateRatioMethod.LOG_WALD);
    assertThat(rr).hasIntervalContaining(0.5).hasIntervalContaining(0.70).showsAReduction()
        .hasEstimateWithin(Interval.of(0.45, 0.55)).showsAReduction();
    String ci = rr.interval().orElseThrow().toString();
    failsWith(() -> assertThat(rr).hasIntervalContaining(0.71),
        "Expected the 95% confidence interval of the rate ratio, " + ci
            + ", to contain 0.71 but it did not");
    failsWith(() -> assertThat(rr).hasEstimateWithin(Interval.of(0.6, 0.9)),
        "Expected the rate ratio estimate 0.5 to lie within " + Interval.of(0.6, 0.9)
            + " but it did not");
    // 90 after vs 100 before: IRR 0.9, CI 0.9 * exp(+-1.96 * sqrt(1/90 + 1/100)) spans 1.
    RateRatio noChange = RateRatio.of(100, 100, 90, 100, ConfidenceLevel.NINETY_FIVE,
        RateRatioMethod.LOG_WALD);
    failsWith(() -> assertThat(noChange).showsAReduction(),
        "Expected the rate ratio to show a reduction (whole 95% confidence interval below 1) but"
            + " the interval was " + noChange.interval().orElseThrow());
    RateRatio undefined = RateRatio.of(0, 1, 0, 1, ConfidenceLevel.NINETY_FIVE,
        RateRatioMethod.AUTO);
    failsWith(() -> assertThat(undefined).hasIntervalContaining(1),
        "Expected a rate ratio with a confidence interval but it is undefined: no events before"
            + " or after: the rate ratio is undefined");
    failsWith(() -> assertThat(undefined).hasEstimateWithin(Interval.of(0, 1)),
        "Expected a rate ratio estimate within " + Interval.of(0, 1) + " but it is undefined");
  }

  // ------------------------------------------------------------ money and NPV

  @Test
  void moneyIsComparedToThePenny() {
    // 1234.565 rounds half-up to 1234.57; 1234.5649 rounds to 1234.56.
    assertThat(Money.of("1234.565")).isEqualToThePenny("1234.57");
    assertThat(Money.of("1234.5650")).isEqualToThePenny(Money.of("1234.570"))
        .isEqualToThePenny("1234.57").isEqualToThePenny(Money.of("1234.57"));
    assertThat(Money.of("-2.005")).isEqualToThePenny("-2.01"); // half-up is away from zero
    failsWith(() -> assertThat(Money.of("1234.5649")).isEqualToThePenny("1234.57"),
        "Expected GBP 1234.57 to the penny but was GBP 1234.5649 (GBP 1234.56 to the penny)");
    assertThatThrownBy(() -> assertThat(Money.of("1")).isEqualToThePenny("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected amount GBP 1.005 is not in whole pence; give at most two decimals");
  }

  private static CaseSummary caseOf(String benefits, String costs) {
    return CaseSummary.builder()
        .name("financial")
        .presentValueBenefits(Money.of(benefits))
        .presentValueCosts(Money.of(costs))
        .presentValueCashable(Money.of(benefits))
        .presentValueNonCashable(Money.ZERO)
        .explanation(Explanation.of("financial case", "synthetic"))
        .build();
  }

  @Test
  void netPresentValueAssertions() {
    // NPV = 1,000,000.004 - 400,000.00 = 600,000.004, which is 600,000.00 to the penny.
    CaseSummary good = caseOf("1000000.004", "400000.00");
    assertThat(good).hasNetPresentValueToThePenny("600000.00").hasPositiveNetPresentValue()
        .hasNetPresentValueToThePenny("600000");
    failsWith(() -> assertThat(good).hasNetPresentValueToThePenny("600000.01"),
        "Expected the financial case to have a net present value of GBP 600000.01 but it was GBP"
            + " 600000 (PV benefits GBP 1000000.004 - PV costs GBP 400000)");
    CaseSummary even = caseOf("100", "100");
    failsWith(() -> assertThat(even).hasPositiveNetPresentValue(),
        "Expected the financial case to have a positive net present value but it was GBP 0 (PV"
            + " benefits GBP 100 - PV costs GBP 100)");
  }
}
