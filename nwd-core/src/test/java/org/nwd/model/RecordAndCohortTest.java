package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.HUB_EAST;
import static org.nwd.model.Fixtures.HUB_WEST;
import static org.nwd.model.Fixtures.W1;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.episode;
import static org.nwd.model.Fixtures.hub;
import static org.nwd.model.Fixtures.p;
import static org.nwd.model.Fixtures.person;
import static org.nwd.model.Fixtures.placement;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordAndCohortTest {
  // Fixtures.person is born 2010-03.

  private static YoungPersonRecord.Builder record() {
    return YoungPersonRecord.builder().youngPerson(person());
  }

  private static YoungPersonRecord full() {
    return record()
        .addReferrals(Referral.of(YP1, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
        .addHubEpisodes(episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-02-01/2023-03-01"))
        .team(TeamAroundTheChild.of(YP1, List.of(TeamMembership.of(W1, Role.KEY_WORKER, p("2023-01-10/..")))))
        .addPlacements(placement(YP1, "2023-03-01/2023-06-01"), placement(YP1, "2023-06-01/.."))
        .addEvents(OutcomeEvent.of(YP1, StandardMeasures.MISSING_INCIDENTS, d("2023-04-01"), 2))
        .addScores(ScoreObservation.of(YP1, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2023-05-01"), 18))
        .addStatusPeriods(StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2023-09-01/.."), true))
        .addDecisions(
            DecisionRecord.builder()
                .date(d("2023-02-01"))
                .youngPersonId(YP1)
                .category(DecisionCategory.PLACEMENT)
                .riskManagedFor(RiskOwner.YOUNG_PERSON)
                .build())
        .addStories(
            ImpactStory.builder().id("S-1").youngPersonId(YP1).consentDate(d("2024-01-01")).text("private").build())
        .build();
  }

  @Test
  void recordToStringShowsIdAndCountsOnly() {
    assertThat(full().id()).isEqualTo(YP1);
    assertThat(full())
        .hasToString(
            "YoungPersonRecord{id=YP-0001, referrals=1, hubEpisodes=1, team=1, placements=2, events=1,"
                + " scores=1, statusPeriods=1, decisions=1, stories=1}");
    assertThat(YoungPersonRecord.of(person()).toString()).contains("team=0").doesNotContain("2010");
  }

  @Test
  void everyItemMustBelongToTheYoungPerson() {
    assertRule(
        () -> record().addReferrals(Referral.of(YP2, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED)).build(),
        "referrals",
        "referral of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().addHubEpisodes(episode(YP2, HUB_EAST, HubEpisodeKind.OUTREACH, "2023-01-01/..")).build(),
        "hubEpisodes",
        "hub episode of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().team(TeamAroundTheChild.of(YP2, List.of())).build(),
        "team",
        "team of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().addPlacements(placement(YP2, "2023-01-01/..")).build(),
        "placements",
        "placement of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().addEvents(OutcomeEvent.of(YP2, StandardMeasures.ARRESTS, d("2023-01-01"), 1)).build(),
        "events",
        "outcome event of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().addScores(ScoreObservation.of(YP2, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2023-01-01"), 1)).build(),
        "scores",
        "score observation of young person YP-0002 in record of YP-0001");
    assertRule(
        () -> record().addStatusPeriods(StatusPeriod.of(YP2, StandardMeasures.IN_EET, p("2023-01-01/.."), true)).build(),
        "statusPeriods",
        "status period of young person YP-0002 in record of YP-0001");
    assertRule(
        () ->
            record()
                .addDecisions(
                    DecisionRecord.builder().date(d("2023-02-01")).youngPersonId(YP2)
                        .category(DecisionCategory.PLACEMENT).riskManagedFor(RiskOwner.YOUNG_PERSON).build())
                .build(),
        "decisions",
        "decision of young person YP-0002 in record of YP-0001");
    assertRule(
        () ->
            record()
                .addStories(ImpactStory.builder().id("S").youngPersonId(YP2).consentDate(d("2024-01-01")).text("t").build())
                .build(),
        "stories",
        "impact story of young person YP-0002 in record of YP-0001");
  }

  @Test
  void noItemIsDatedBeforeTheBirthMonthAndTheMessageDoesNotPrintIt() {
    assertRule(
        () -> record().addReferrals(Referral.of(YP1, d("2010-02-28"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED)).build(),
        "referrals",
        "referral dated 2010-02-28 before the birth month of YP-0001");
    // The first of the birth month is allowed.
    assertThat(
            record().addReferrals(Referral.of(YP1, d("2010-03-01"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED)).build().referrals())
        .hasSize(1);
    assertRule(
        () -> record().addHubEpisodes(episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2009-01-01/..")).build(),
        "hubEpisodes",
        "hub episode dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () -> record().team(TeamAroundTheChild.of(YP1, List.of(TeamMembership.of(W1, Role.KEY_WORKER, p("2009-01-01/..")))))
            .build(),
        "team",
        "team membership dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () -> record().addPlacements(placement(YP1, "2009-01-01/..")).build(),
        "placements",
        "placement dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () -> record().addEvents(OutcomeEvent.of(YP1, StandardMeasures.ARRESTS, d("2009-01-01"), 1)).build(),
        "events",
        "outcome event dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () -> record().addScores(ScoreObservation.of(YP1, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2009-01-01"), 1)).build(),
        "scores",
        "score observation dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () -> record().addStatusPeriods(StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2009-01-01/.."), true)).build(),
        "statusPeriods",
        "status period dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () ->
            record()
                .addDecisions(
                    DecisionRecord.builder().date(d("2009-01-01")).youngPersonId(YP1)
                        .category(DecisionCategory.PLACEMENT).riskManagedFor(RiskOwner.YOUNG_PERSON).build())
                .build(),
        "decisions",
        "decision dated 2009-01-01 before the birth month of YP-0001");
    assertRule(
        () ->
            record()
                .addStories(ImpactStory.builder().id("S").youngPersonId(YP1).consentDate(d("2009-01-01")).text("t").build())
                .build(),
        "stories",
        "impact story dated 2009-01-01 before the birth month of YP-0001");
  }

  @Test
  void placementsOfOnePersonDoNotOverlap() {
    assertRule(
        () -> record().addPlacements(placement(YP1, "2023-01-01/2023-06-01"), placement(YP1, "2023-05-01/..")).build(),
        "placements",
        "placements 2023-01-01/2023-06-01 and 2023-05-01/.. of YP-0001 overlap");
    assertRule(
        () ->
            record()
                .addPlacements(
                    placement(YP1, "2023-01-01/2023-02-01"), placement(YP1, "2023-03-01/2023-04-01"), placement(YP1, "2022-01-01/.."))
                .build(),
        "placements",
        "placements 2023-01-01/2023-02-01 and 2022-01-01/.. of YP-0001 overlap");
  }

  private static YoungPersonRecord recordOf(YoungPersonId id, HubId hub) {
    return YoungPersonRecord.builder()
        .youngPerson(person(id))
        .addHubEpisodes(episode(id, hub, HubEpisodeKind.OUTREACH, "2023-01-01/.."))
        .build();
  }

  @Test
  void cohortLooksUpRecordsAndHubs() {
    Cohort c = Cohort.of(List.of(hub(HUB_EAST), hub(HUB_WEST)), List.of(recordOf(YP1, HUB_EAST), recordOf(YP2, HUB_WEST)));
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.record(YP2)).contains(recordOf(YP2, HUB_WEST));
    assertThat(c.record(YoungPersonId.of("YP-9999"))).isEmpty();
    assertThat(c.hub(HUB_WEST)).contains(hub(HUB_WEST));
    assertThat(c.hub(HubId.of("NONE"))).isEmpty();
    assertThat(c.youngPeople()).containsExactly(person(YP1), person(YP2));
    assertThat(c).hasToString("Cohort{hubs=2, youngPeople=2}");
  }

  @Test
  void cohortRules() {
    assertRule(
        () -> Cohort.of(List.of(hub(HUB_EAST)), List.of(recordOf(YP1, HUB_EAST), recordOf(YP1, HUB_EAST))),
        "records",
        "duplicate young person id YP-0001 in cohort");
    assertRule(
        () -> Cohort.of(List.of(hub(HUB_EAST), hub(HUB_EAST)), List.of()),
        "hubs",
        "duplicate hub id HUB-EAST in cohort");
    assertRule(
        () -> Cohort.of(List.of(hub(HUB_EAST)), List.of(recordOf(YP1, HUB_WEST))),
        "records",
        "hub episode of YP-0001 names unknown hub HUB-WEST");
  }

  @Test
  void equalityIgnoresTheDerivedLookupAndNullsAreRejected() {
    Cohort used = Cohort.of(List.of(hub(HUB_EAST)), List.of(recordOf(YP1, HUB_EAST)));
    used.record(YP1);
    used.hub(HUB_EAST);
    new EqualsTester()
        .addEqualityGroup(used, Cohort.of(List.of(hub(HUB_EAST)), List.of(recordOf(YP1, HUB_EAST))))
        .addEqualityGroup(Cohort.of(List.of(hub(HUB_EAST)), List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(full(), full())
        .addEqualityGroup(YoungPersonRecord.of(person()))
        .addEqualityGroup(YoungPersonRecord.of(person(YP2)))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(Cohort.class);
    Fixtures.nullTester().testAllPublicStaticMethods(YoungPersonRecord.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(used);
  }
}
