package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.HUB_EAST;
import static org.nwd.model.Fixtures.HUB_WEST;
import static org.nwd.model.Fixtures.LA;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.episode;
import static org.nwd.model.Fixtures.p;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class HubTest {

  private static Hub.Builder hub(String name, int beds, int emergency) {
    return Hub.builder()
        .id(HUB_EAST)
        .name(name)
        .localAuthority(LA)
        .residentialBeds(beds)
        .emergencyBeds(emergency);
  }

  @Test
  void hubRulesNameTheField() {
    assertRule(() -> hub("East", -1, 2).build(), "residentialBeds", "residential beds -1 is negative");
    assertRule(() -> hub("East", 4, -2).build(), "emergencyBeds", "emergency beds -2 is negative");
    assertRule(() -> hub(" ", 4, 2).build(), "name", "hub name is blank");
    assertRule(
        () -> Hub.builder().id(HUB_EAST).name("E").localAuthority("").residentialBeds(0).emergencyBeds(0).build(),
        "localAuthority",
        "local authority is blank");
    Hub outreachOnly = hub("East", 0, 0).addServices(HubService.OUTREACH).build();
    assertThat(outreachOnly.residentialBeds()).isZero();
    assertThat(outreachOnly.services()).containsExactly(HubService.OUTREACH);
  }

  @Test
  void hubEquality() {
    new EqualsTester()
        .addEqualityGroup(hub("East", 4, 2).build(), hub("East", 4, 2).build())
        .addEqualityGroup(hub("East", 4, 1).build())
        .addEqualityGroup(hub("West", 4, 2).build())
        .addEqualityGroup(Fixtures.hub(HUB_WEST))
        .testEquals();
  }

  @Test
  void endedEpisodesNeedEndReasonAndPlannedOpenOnesNeither() {
    HubEpisode.Builder closedWithoutReason =
        HubEpisode.builder()
            .youngPersonId(YP1)
            .hubId(HUB_EAST)
            .kind(HubEpisodeKind.RESIDENTIAL_STAY)
            .period(p("2024-01-01/2024-02-01"))
            .planned(true);
    assertRule(
        closedWithoutReason::build,
        "endReason",
        "hub episode 2024-01-01/2024-02-01: end reason absent must be present exactly when the episode has ended");
    HubEpisode.Builder openWithReason =
        HubEpisode.builder()
            .youngPersonId(YP1)
            .hubId(HUB_EAST)
            .kind(HubEpisodeKind.OUTREACH)
            .period(p("2024-01-01/.."))
            .endReason(EndReason.FOSTER_CARE);
    assertRule(
        openWithReason::build,
        "endReason",
        "hub episode 2024-01-01/..: end reason foster_care must be present exactly when the episode has ended");
    HubEpisode.Builder closedWithoutPlanned =
        HubEpisode.builder()
            .youngPersonId(YP1)
            .hubId(HUB_EAST)
            .kind(HubEpisodeKind.OUTREACH)
            .period(p("2024-01-01/2024-02-01"))
            .endReason(EndReason.FOSTER_CARE);
    assertRule(
        closedWithoutPlanned::build,
        "planned",
        "hub episode 2024-01-01/2024-02-01: planned absent must be present exactly when the episode has ended");
    HubEpisode.Builder openWithPlanned =
        HubEpisode.builder()
            .youngPersonId(YP1)
            .hubId(HUB_EAST)
            .kind(HubEpisodeKind.OUTREACH)
            .period(p("2024-01-01/.."))
            .planned(false);
    assertRule(
        openWithPlanned::build,
        "planned",
        "hub episode 2024-01-01/..: planned false must be present exactly when the episode has ended");
  }

  @Test
  void anEpisodeThatEndsBeforeItStartsIsRejected() {
    assertRule(
        () -> episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2024-02-01/2024-01-03"),
        "end",
        "period ends 2024-01-03 before it starts 2024-02-01");
  }

  @Test
  void exceedsOnlyForResidentialKindsLongerThanTheThreshold() {
    ShortTermThreshold twelveWeeks = ShortTermThreshold.defaultThreshold();
    assertThat(twelveWeeks.days()).isEqualTo(84);
    // 2024-01-01 + 84 days = 2024-03-25 (31 Jan + 29 Feb = 60, + 24 = 84).
    HubEpisode exactly84 = episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2024-01-01/2024-03-25");
    HubEpisode days85 = episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2024-01-01/2024-03-26");
    HubEpisode outreach = episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/2025-01-01");
    HubEpisode open = episode(YP1, HUB_EAST, HubEpisodeKind.RESIDENTIAL_STAY, "2024-01-01/..");
    assertThat(exactly84.lengthInDays(d("2030-01-01"))).isEqualTo(84);
    assertThat(exactly84.exceeds(twelveWeeks, d("2030-01-01"))).isFalse();
    assertThat(days85.exceeds(twelveWeeks, d("2030-01-01"))).isTrue();
    assertThat(outreach.exceeds(twelveWeeks, d("2030-01-01"))).isFalse();
    assertThat(open.exceeds(twelveWeeks, d("2024-03-25"))).isFalse();
    assertThat(open.exceeds(twelveWeeks, d("2024-03-26"))).isTrue();
    assertThat(open.lengthInDays(d("2024-01-11"))).isEqualTo(10);
  }

  @Test
  void thresholdIsPositive() {
    assertRule(() -> ShortTermThreshold.of(0), "days", "threshold 0 days is not positive");
    assertThat(ShortTermThreshold.of(1).days()).isEqualTo(1);
    assertThat(ShortTermThreshold.of(84)).isEqualTo(ShortTermThreshold.defaultThreshold()).hasToString("84 days");
    new EqualsTester()
        .addEqualityGroup(ShortTermThreshold.of(84), ShortTermThreshold.defaultThreshold())
        .addEqualityGroup(ShortTermThreshold.of(85))
        .testEquals();
  }

  @Test
  void episodeAndReferralEqualityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/2024-02-01"),
            episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/2024-02-01"))
        .addEqualityGroup(episode(YP2, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/2024-02-01"))
        .addEqualityGroup(episode(YP1, HUB_WEST, HubEpisodeKind.OUTREACH, "2024-01-01/2024-02-01"))
        .addEqualityGroup(episode(YP1, HUB_EAST, HubEpisodeKind.EMERGENCY_BED, "2024-01-01/2024-02-01"))
        .addEqualityGroup(episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/.."))
        .testEquals();
    Referral r =
        Referral.of(YP1, d("2024-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED);
    new EqualsTester()
        .addEqualityGroup(
            r, Referral.of(YP1, d("2024-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
        .addEqualityGroup(
            Referral.of(YP1, d("2024-01-05"), ReferralCategory.EDGE_OF_CARE, ReferralDecision.DECLINED))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(Referral.class);
    Fixtures.nullTester().testAllPublicStaticMethods(ShortTermThreshold.class);
    Fixtures.nullTester()
        .testAllPublicInstanceMethods(episode(YP1, HUB_EAST, HubEpisodeKind.OUTREACH, "2024-01-01/.."));
  }
}
