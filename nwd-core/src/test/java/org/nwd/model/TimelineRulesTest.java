package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.nwd.model.Fixtures.HUB_EAST;
import static org.nwd.model.Fixtures.HUB_WEST;
import static org.nwd.model.Fixtures.W1;
import static org.nwd.model.Fixtures.W2;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.episode;
import static org.nwd.model.Fixtures.hub;
import static org.nwd.model.Fixtures.p;
import static org.nwd.model.Fixtures.person;
import static org.nwd.model.Fixtures.placement;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/**
 * Rules a human expects of one young person's timeline: one bed at a time (outreach may overlap a
 * stay), errors that point at the offending item, and no one born after the data's horizon.
 */
class TimelineRulesTest {

  private static YoungPersonRecord.Builder record() {
    return YoungPersonRecord.builder().youngPerson(person());
  }

  private static YoungPerson bornIn(YoungPersonId id, YearMonth born) {
    return YoungPerson.builder().id(id).birthMonth(born).localAuthority("E").build();
  }

  private static DomainRuleException fails(YoungPersonRecord.Builder b) {
    return catchThrowableOfType(DomainRuleException.class, b::build);
  }

  @Test
  void twoBedStaysAtOnceAreRefusedWhicheverTheKindOrHub() {
    DomainRuleException e =
        fails(
            record()
                .addHubEpisodes(
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-03-01"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2023-01-01/.."),
                    episode(YP1, HUB_WEST, HubEpisodeKind.EMERGENCY_BED, "2023-02-28/2023-03-02")));
    assertThat(e.field()).isEqualTo("hubEpisodes");
    assertThat(e.path()).isEqualTo("hubEpisodes/2/period");
    assertThat(e)
        .hasMessage(
            "residential (bed) hub episodes 2023-01-01/2023-03-01 and 2023-02-28/2023-03-02 of"
                + " YP-0001 overlap");

    // An open stay overlaps anything after its start; the path names the later one in the list.
    DomainRuleException open =
        fails(
            record()
                .addHubEpisodes(
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2024-05-01/2024-06-01"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-01-01/..")));
    assertThat(open.path()).isEqualTo("hubEpisodes/1/period");
    assertThat(open).hasMessageContaining("2024-05-01/2024-06-01 and 2023-01-01/.."); // list order

    // A stay inside a long earlier one is caught even when a short one comes between them.
    DomainRuleException nested =
        fails(
            record()
                .addHubEpisodes(
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-12-01"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-02-01/2023-02-03"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-06-01/2023-07-01")));
    assertThat(nested.path()).isEqualTo("hubEpisodes/1/period");

    // The sweep keeps the stay that ends last: after a stay that ended, the next one counts...
    DomainRuleException afterNext =
        fails(
            record()
                .addHubEpisodes(
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-02-01"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-02-01/2023-03-01"),
                    episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-02-15/2023-02-20")));
    assertThat(afterNext.path()).isEqualTo("hubEpisodes/2/period");
    // ...and an open one, too...
    assertThat(fails(record().addHubEpisodes(
            episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-02-01"),
            episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-02-01/.."),
            episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-03-01/2023-03-02"))).path())
        .isEqualTo("hubEpisodes/2/period");
    // ...but an empty period (no night) does not hide a long stay that started with it.
    assertThat(fails(record().addHubEpisodes(
            episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-03-05"),
            episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-01-01/2023-01-01"),
            episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2023-02-01/2023-02-02"))).path())
        .isEqualTo("hubEpisodes/2/period");
  }

  @Test
  void bedStaysMayFollowEachOtherAndOutreachMayOverlapThem() {
    YoungPersonRecord r =
        record()
            .addHubEpisodes(
                episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-02-01"),
                episode(YP1, HUB_WEST, HubEpisodeKind.EMERGENCY_BED, "2023-02-01/2023-02-05"),
                episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2023-02-05/.."),
                episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2022-06-01/.."),
                episode(YP1, HUB_EAST, HubEpisodeKind.COMMUNITY_FAMILY, "2023-01-15/2023-03-01"),
                episode(YP1, HUB_EAST, HubEpisodeKind.SUPPORTED_LODGINGS, "2023-01-20/2023-02-20"))
            .build();
    assertThat(r.hubEpisodes()).hasSize(6);
  }

  @Test
  void itemErrorsPointAtTheItem() {
    DomainRuleException owner =
        fails(
            record()
                .addReferrals(
                    Referral.of(YP1, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED),
                    Referral.of(YP2, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED)));
    assertThat(owner.field()).isEqualTo("referrals");
    assertThat(owner.path()).isEqualTo("referrals/1/youngPersonId");

    DomainRuleException early =
        fails(record().addPlacements(placement(YP1, "2023-01-01/2023-02-01"), placement(YP1, "2009-01-01/2009-02-01")));
    assertThat(early.path()).isEqualTo("placements/1/period");

    DomainRuleException overlap =
        fails(record().addPlacements(placement(YP1, "2023-01-01/2023-03-01"), placement(YP1, "2023-02-01/..")));
    assertThat(overlap.path()).isEqualTo("placements/1/period");
    assertThat(overlap).hasMessage("placements 2023-01-01/2023-03-01 and 2023-02-01/.. of YP-0001 overlap");

    DomainRuleException story =
        fails(
            record()
                .addStories(
                    ImpactStory.builder().id("S").youngPersonId(YP1).consentDate(d("2009-01-01")).text("t").build()));
    assertThat(story.path()).isEqualTo("stories/0/consentDate");

    DomainRuleException team =
        fails(
            record()
                .team(
                    TeamAroundTheChild.of(
                        YP1,
                        List.of(
                            TeamMembership.of(W1, Role.KEY_WORKER, p("2023-01-01/..")),
                            TeamMembership.of(W2, Role.LIFE_COACH, p("2009-01-01/.."))))));
    assertThat(team.field()).isEqualTo("team");
    assertThat(team.path()).isEqualTo("team/memberships/1/period");
    assertThat(fails(record().team(TeamAroundTheChild.of(YP2, List.of()))).path()).isEqualTo("team/youngPersonId");

    DomainRuleException keyWorkers =
        catchThrowableOfType(
            DomainRuleException.class,
            () ->
                TeamAroundTheChild.of(
                    YP1,
                    List.of(
                        TeamMembership.of(W1, Role.KEY_WORKER, p("2023-01-01/2023-06-01")),
                        TeamMembership.of(W2, Role.LIFE_COACH, p("2023-01-01/..")),
                        TeamMembership.of(W2, Role.KEY_WORKER, p("2023-05-01/..")))));
    assertThat(keyWorkers.path()).isEqualTo("memberships/2/period");

    DomainRuleException care =
        catchThrowableOfType(
            DomainRuleException.class,
            () ->
                YoungPerson.builder().id(YP1).birthMonth(YearMonth.of(2010, 3)).localAuthority("E")
                    .addCareStatusPeriods(
                        CareStatusPeriod.of(CareStatus.LOOKED_AFTER, p("2023-01-01/2023-03-01")),
                        CareStatusPeriod.of(CareStatus.CARE_LEAVER, p("2023-02-01/..")))
                    .build());
    assertThat(care.path()).isEqualTo("careStatusPeriods/1/period");
  }

  @Test
  void aCohortRefusesAnyoneBornAfterTheLatestDateItsDataMention() {
    YoungPersonRecord dated =
        record()
            .addReferrals(Referral.of(YP1, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
            .addHubEpisodes(episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2023-02-01/2024-03-10"))
            .build();
    assertThat(dated.latestDate()).hasValue(d("2024-03-10"));
    assertThat(YoungPersonRecord.of(person()).latestDate()).isEmpty();

    YoungPersonRecord march = YoungPersonRecord.of(bornIn(YP2, YearMonth.of(2024, 3)));
    assertThat(Cohort.of(List.of(hub(HUB_EAST)), List.of(dated, march)).size()).isEqualTo(2);

    YoungPersonRecord april = YoungPersonRecord.of(bornIn(YP2, YearMonth.of(2024, 4)));
    DomainRuleException e =
        catchThrowableOfType(
            DomainRuleException.class, () -> Cohort.of(List.of(hub(HUB_EAST)), List.of(dated, april)));
    assertThat(e.field()).isEqualTo("records");
    assertThat(e.path()).isEqualTo("records/1/youngPerson/birthMonth");
    assertThat(e)
        .hasMessage(
            "young person YP-0002: birth month after the latest date in the cohort's data,"
                + " 2024-03-10 (value withheld: personal data)")
        .hasMessageNotContaining("2024-04");

    // The horizon is the latest over all records, whatever their order.
    YoungPersonRecord earlier =
        YoungPersonRecord.builder().youngPerson(bornIn(YoungPersonId.of("YP-3"), YearMonth.of(2010, 1)))
            .addReferrals(Referral.of(YoungPersonId.of("YP-3"), d("2020-01-05"), ReferralCategory.EDGE_OF_CARE,
                ReferralDecision.ACCEPTED))
            .build();
    assertThat(Cohort.of(List.of(hub(HUB_EAST)), List.of(dated, earlier, march)).size()).isEqualTo(3);
    assertThat(Cohort.of(List.of(hub(HUB_EAST)), List.of(march, earlier, dated)).size()).isEqualTo(3);

    // Nothing dated anywhere: nothing to check against.
    assertThat(Cohort.of(List.of(), List.of(YoungPersonRecord.of(bornIn(YP2, YearMonth.of(2999, 1))))).size())
        .isEqualTo(1);
  }

  @Test
  void theLatestDateCountsEveryKindOfItem() {
    YoungPerson withCare =
        YoungPerson.builder().id(YP1).birthMonth(YearMonth.of(2010, 3)).localAuthority("E")
            .addCareStatusPeriods(CareStatusPeriod.of(CareStatus.LOOKED_AFTER, p("2020-01-01/2030-01-01")))
            .build();
    assertThat(YoungPersonRecord.of(withCare).latestDate()).hasValue(d("2030-01-01"));
    assertThat(record().team(TeamAroundTheChild.of(YP1, List.of(TeamMembership.of(W1, Role.KEY_WORKER, p("2031-01-01/..")))))
        .build().latestDate()).hasValue(d("2031-01-01"));
    assertThat(record().addPlacements(placement(YP1, "2032-01-01/..")).build().latestDate()).hasValue(d("2032-01-01"));
    assertThat(record().addEvents(OutcomeEvent.of(YP1, StandardMeasures.ARRESTS, d("2033-01-01"), 1)).build().latestDate())
        .hasValue(d("2033-01-01"));
    assertThat(record().addScores(ScoreObservation.of(YP1, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, d("2034-01-01"), 1))
        .build().latestDate()).hasValue(d("2034-01-01"));
    assertThat(record().addStatusPeriods(StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2035-01-01/2035-02-01"), true))
        .build().latestDate()).hasValue(d("2035-02-01"));
    assertThat(record().addDecisions(DecisionRecord.builder().date(d("2036-01-01")).youngPersonId(YP1)
            .category(DecisionCategory.PLACEMENT).riskManagedFor(RiskOwner.YOUNG_PERSON).build())
        .build().latestDate()).hasValue(d("2036-01-01"));
    assertThat(record().addStories(ImpactStory.builder().id("S").youngPersonId(YP1).consentDate(d("2037-01-01")).text("t").build())
        .build().latestDate()).hasValue(d("2037-01-01"));
    // Earlier items do not lower it.
    assertThat(record()
        .addReferrals(Referral.of(YP1, d("2023-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
        .addReferrals(Referral.of(YP1, d("2022-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
        .build().latestDate()).hasValue(d("2023-01-05"));
  }
}
