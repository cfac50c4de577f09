package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.testkit.Fixtures.ARRESTS_HUB_START;
import static org.nwd.testkit.Fixtures.CARE_LEAVER_INDEPENDENCE;
import static org.nwd.testkit.Fixtures.CARE_LEAVER_LODGINGS_START;
import static org.nwd.testkit.Fixtures.EDGE_OF_CARE_HUB_START;
import static org.nwd.testkit.Fixtures.SDQ_HUB_START;
import static org.nwd.testkit.Fixtures.STEP_DOWN_COMMUNITY_FAMILY_START;
import static org.nwd.testkit.Fixtures.STEP_DOWN_HUB_BED_START;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nwd.model.CareStatus;
import org.nwd.model.Cohort;
import org.nwd.model.EndReason;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubService;
import org.nwd.model.Placement;
import org.nwd.model.PlacementCategory;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.StandardMeasures;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPersonRecord;

/** Every fixture is valid (it was built, so every rule held) and its journey is what it says. */
class FixturesTest {

  private static long events(YoungPersonRecord r, org.nwd.model.OutcomeMeasure m,
      LocalDate from, LocalDate until) {
    return r.events().stream()
        .filter(e -> e.measure().equals(m))
        .filter(e -> !e.date().isBefore(from) && e.date().isBefore(until))
        .mapToLong(e -> e.count())
        .sum();
  }

  private static void hasOneKeyWorkerAnd(YoungPersonRecord r, Role... specialists) {
    TeamAroundTheChild team = r.team().orElseThrow();
    assertThat(team.memberships().stream().filter(m -> m.role() == Role.KEY_WORKER)).hasSize(1);
    assertThat(team.keyWorkerChanges()).isZero();
    for (Role role : specialists) {
      assertThat(team.hasRole(role)).as(role.code()).isTrue();
      assertThat(role.isEmbeddedSpecialist()).isTrue();
    }
  }

  @Test
  void hubsAreScarboroughAndHarrogateWithFourPlusTwoBeds() {
    for (Hub hub : new Hub[] {Fixtures.scarboroughHub(), Fixtures.harrogateHub()}) {
      assertThat(hub.residentialBeds()).isEqualTo(4);
      assertThat(hub.emergencyBeds()).isEqualTo(2);
      assertThat(hub.services()).containsExactlyInAnyOrder(HubService.values());
      assertThat(hub.localAuthority()).isEqualTo("815");
    }
    assertThat(Fixtures.scarboroughHub().name()).isEqualTo("Scarborough");
    assertThat(Fixtures.scarboroughHub().id()).isEqualTo(Fixtures.SCARBOROUGH);
    assertThat(Fixtures.harrogateHub().name()).isEqualTo("Harrogate");
    assertThat(Fixtures.harrogateHub().id()).isEqualTo(Fixtures.HARROGATE);
  }

  @Test
  void edgeOfCareYoungPersonStaysHomeAndGoesMissingLessAfterTheHubStarts() {
    YoungPersonRecord r = Fixtures.edgeOfCareRepeatedlyMissing();
    LocalDate start = EDGE_OF_CARE_HUB_START;
    assertThat(r.youngPerson().ageOn(start)).isEqualTo(14);
    assertThat(r.youngPerson().careStatusOn(start)).isEqualTo(CareStatus.EDGE_OF_CARE);
    assertThat(r.placements()).isEmpty(); // never looked after: stays at home
    assertThat(r.hubEpisodes()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(HubEpisodeKind.OUTREACH);
      assertThat(e.period().start()).isEqualTo(start);
      assertThat(e.endReason()).contains(EndReason.HOME_OR_FAMILY);
      assertThat(e.hubId()).isEqualTo(Fixtures.SCARBOROUGH);
    });
    long before = events(r, StandardMeasures.MISSING_INCIDENTS, start.minusYears(1), start);
    long after = events(r, StandardMeasures.MISSING_INCIDENTS, start, start.plusYears(1));
    assertThat(before).isEqualTo(6);
    assertThat(after).isEqualTo(2);
    hasOneKeyWorkerAnd(r, Role.LIFE_COACH, Role.POLICE_LIAISON_OFFICER);
    assertThat(r.referrals().get(0).date()).isBefore(start);
  }

  @Test
  void lookedAfterFifteenYearOldStepsDownThroughAShortHubStayToACommunityFamily() {
    YoungPersonRecord r = Fixtures.lookedAfterSteppingDown();
    LocalDate bed = STEP_DOWN_HUB_BED_START;
    LocalDate family = STEP_DOWN_COMMUNITY_FAMILY_START;
    assertThat(r.youngPerson().ageOn(bed)).isEqualTo(15);
    assertThat(r.youngPerson().careStatusOn(bed)).isEqualTo(CareStatus.LOOKED_AFTER);
    Placement external = r.placements().get(0);
    assertThat(external.isExternal()).isTrue();
    assertThat(external.isOutOfArea()).isTrue();
    assertThat(external.type().category()).isEqualTo(PlacementCategory.CHILDRENS_HOME);
    assertThat(external.period().end()).contains(bed);
    assertThat(r.placements().get(1).isExternal()).isFalse();
    Placement community = r.placements().get(2);
    assertThat(community.type().category()).isEqualTo(PlacementCategory.FOSTER);
    assertThat(community.isExternal()).isFalse();
    assertThat(community.period().start()).isEqualTo(family);
    HubEpisode stay = r.hubEpisodes().get(0);
    assertThat(stay.kind()).isEqualTo(HubEpisodeKind.RESIDENTIAL_STAY);
    assertThat(stay.lengthInDays(family)).isEqualTo(70); // 14 Mar to 23 May 2016: 17 + 30 + 23
    assertThat(stay.exceeds(ShortTermThreshold.defaultThreshold(), family)).isFalse();
    assertThat(stay.endReason()).contains(EndReason.FOSTER_CARE);
    assertThat(r.hubEpisodes().get(1).kind()).isEqualTo(HubEpisodeKind.COMMUNITY_FAMILY);
    assertThat(r.hubEpisodes().get(1).period().isOpen()).isTrue();
    hasOneKeyWorkerAnd(r, Role.COMMUNICATION_SUPPORT_WORKER);
    assertThat(r.stories()).singleElement()
        .satisfies(s -> assertThat(s.text()).startsWith("SYNTHETIC EXAMPLE TEXT"));
  }

  @Test
  void careLeaverMovesFromSupportedLodgingsToIndependence() {
    YoungPersonRecord r = Fixtures.careLeaverMovingToIndependence();
    assertThat(r.youngPerson().ageOn(CARE_LEAVER_LODGINGS_START)).isEqualTo(18);
    assertThat(r.youngPerson().careStatusOn(CARE_LEAVER_LODGINGS_START.minusDays(1)))
        .isEqualTo(CareStatus.LOOKED_AFTER);
    assertThat(r.youngPerson().careStatusOn(CARE_LEAVER_LODGINGS_START))
        .isEqualTo(CareStatus.CARE_LEAVER);
    assertThat(r.hubEpisodes()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(HubEpisodeKind.SUPPORTED_LODGINGS);
      assertThat(e.period().end()).contains(CARE_LEAVER_INDEPENDENCE);
      assertThat(e.endReason()).contains(EndReason.INDEPENDENT_LIVING);
    });
    // The key worker stays on past independence (up to 25, nwd-model.md §2.1).
    assertThat(r.team().orElseThrow().keyWorkerOn(CARE_LEAVER_INDEPENDENCE.plusMonths(6)))
        .isPresent();
    assertThat(r.team().orElseThrow().hasRole(Role.SUPPORTED_LODGINGS_HOST)).isTrue();
    assertThat(r.statusPeriods()).singleElement()
        .satisfies(s -> {
          assertThat(s.measure()).isEqualTo(StandardMeasures.IN_EET);
          assertThat(s.inStatus()).isTrue();
        });
    assertThat(r.youngPerson().sex()).isEmpty();
  }

  @Test
  void youngPersonWithArrestsAndCrisisPresentationsHasFewerAfterAnEmergencyBed() {
    YoungPersonRecord r = Fixtures.arrestsAndCrisisPresentations();
    LocalDate start = ARRESTS_HUB_START;
    LocalDate yearBefore = start.minusYears(1);
    LocalDate yearAfter = start.plusYears(1);
    assertThat(r.youngPerson().ageOn(start)).isEqualTo(16);
    assertThat(events(r, StandardMeasures.ARRESTS, yearBefore, start)).isEqualTo(4);
    assertThat(events(r, StandardMeasures.ARRESTS, start, yearAfter)).isEqualTo(1);
    assertThat(events(r, StandardMeasures.CRISIS_PRESENTATIONS, yearBefore, start)).isEqualTo(3);
    assertThat(events(r, StandardMeasures.CRISIS_PRESENTATIONS, start, yearAfter)).isZero();
    assertThat(events(r, StandardMeasures.POLICE_CALL_OUTS, yearBefore, start)).isEqualTo(5);
    assertThat(events(r, StandardMeasures.POLICE_CALL_OUTS, start, yearAfter)).isEqualTo(1);
    HubEpisode bed = r.hubEpisodes().get(0);
    assertThat(bed.kind()).isEqualTo(HubEpisodeKind.EMERGENCY_BED);
    assertThat(bed.lengthInDays(start)).isEqualTo(5);
    assertThat(r.hubEpisodes().get(1).kind()).isEqualTo(HubEpisodeKind.OUTREACH);
    hasOneKeyWorkerAnd(r, Role.POLICE_LIAISON_OFFICER, Role.LIFE_COACH);
  }

  @Test
  void sdqScoreFallsFromCauseForConcernToBorderline() {
    YoungPersonRecord r = Fixtures.sdqBeforeAndAfter();
    assertThat(r.youngPerson().ageOn(SDQ_HUB_START)).isEqualTo(13);
    assertThat(r.youngPerson().careStatusOn(SDQ_HUB_START)).isEqualTo(CareStatus.EDGING_TO_CARE);
    assertThat(r.scores()).extracting(s -> s.score()).containsExactly(24.0, 15.0);
    // Referral 10 days before the hub start; the baseline the day before the referral.
    assertThat(r.scores().get(0).date()).isEqualTo(SDQ_HUB_START.minusDays(11));
    assertThat(r.scores().get(0).date()).isBefore(r.referrals().get(0).date());
    assertThat(r.scores().get(1).date()).isEqualTo(LocalDate.of(2016, 12, 31));
    hasOneKeyWorkerAnd(r, Role.LIFE_COACH, Role.COMMUNICATION_SUPPORT_WORKER);
  }

  @Test
  void referenceCohortHoldsBothHubsAndEveryNamedYoungPerson() {
    Cohort c = Fixtures.referenceCohort();
    assertThat(c.hubs()).containsExactly(Fixtures.scarboroughHub(), Fixtures.harrogateHub());
    assertThat(c.records()).isEqualTo(Fixtures.youngPeople());
    assertThat(c.size()).isEqualTo(5);
    // Everyone is eligible in North Yorkshire (12-25) when their hub support starts.
    EligibilityPolicy ny = EligibilityPolicy.northYorkshire();
    for (YoungPersonRecord r : c.records()) {
      LocalDate start = r.hubEpisodes().get(0).period().start();
      assertThat(ny.isEligible(r.youngPerson(), start)).as(r.id().value()).isTrue();
      assertThat(r.team()).isPresent();
      assertThat(r.youngPerson().localAuthority()).isEqualTo(Fixtures.NORTH_YORKSHIRE);
      assertThat(r.referrals()).singleElement().satisfies(x -> assertThat(x.date()).isBeforeOrEqualTo(start));
    }
    assertThat(c.records().stream().map(r -> r.id().value()).collect(Collectors.toList()))
        .allMatch(id -> id.matches("YP-[A-Z]+-\\d{3}"));
    assertThat(c.records().stream()
            .flatMap(r -> r.team().orElseThrow().memberships().stream())
            .map(TeamMembership::workerId)
            .map(Object::toString))
        .allMatch(w -> w.startsWith("SCA-") || w.startsWith("HAR-"));
  }
}
