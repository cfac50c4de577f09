package org.nwd.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.HubService;
import org.nwd.model.ImpactStory;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.PortfolioArea;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * Named, synthetic fixtures: hubs and young people whose journeys a No Wrong Door practitioner would
 * recognise. All identifiers are pseudonymous, births are month and year only, and the only free
 * text is clearly synthetic impact-story text.
 */
public final class Fixtures {
  /** The DfE local authority number used on every fixture (North Yorkshire). */
  public static final String NORTH_YORKSHIRE = "815";

  /** Id of the Scarborough hub. */
  public static final HubId SCARBOROUGH = HubId.of("HUB-SCARBOROUGH");

  /** Id of the Harrogate hub. */
  public static final HubId HARROGATE = HubId.of("HUB-HARROGATE");

  private Fixtures() {}

  /**
   * The Scarborough hub, serving the east of North Yorkshire: four residential beds and two emergency
   * beds, with every service (nwd-model.md §3).
   */
  public static Hub scarboroughHub() {
    return hub(SCARBOROUGH, "Scarborough");
  }

  /**
   * The Harrogate hub, serving the west of North Yorkshire: four residential beds and two emergency
   * beds, with every service (nwd-model.md §3).
   */
  public static Hub harrogateHub() {
    return hub(HARROGATE, "Harrogate");
  }

  private static Hub hub(HubId id, String name) {
    return Hub.builder()
        .id(id)
        .name(name)
        .localAuthority(NORTH_YORKSHIRE)
        .residentialBeds(4)
        .emergencyBeds(2)
        .addAllServices(EnumSet.allOf(HubService.class))
        .build();
  }

  // ---------------------------------------------------------------- young people

  /** Hub support for the edge-of-care fixture starts on this date (outreach, Scarborough). */
  public static final LocalDate EDGE_OF_CARE_HUB_START = LocalDate.of(2016, 5, 9);

  /** The step-down fixture moves from the external home into a Harrogate hub bed on this date. */
  public static final LocalDate STEP_DOWN_HUB_BED_START = LocalDate.of(2016, 3, 14);

  /** The step-down fixture moves from the hub bed to a community family on this date. */
  public static final LocalDate STEP_DOWN_COMMUNITY_FAMILY_START = LocalDate.of(2016, 5, 23);

  /** The care leaver fixture starts in supported lodgings on this date (their 18th birthday month). */
  public static final LocalDate CARE_LEAVER_LODGINGS_START = LocalDate.of(2016, 9, 1);

  /** The care leaver fixture moves to independent living on this date. */
  public static final LocalDate CARE_LEAVER_INDEPENDENCE = LocalDate.of(2017, 6, 30);

  /** Hub support for the arrests and crisis fixture starts on this date (emergency bed, Harrogate). */
  public static final LocalDate ARRESTS_HUB_START = LocalDate.of(2016, 10, 3);

  /** Hub support for the SDQ fixture starts on this date (outreach, Scarborough). */
  public static final LocalDate SDQ_HUB_START = LocalDate.of(2016, 1, 11);

  /**
   * A 14-year-old on the edge of care with repeated missing incidents who stays at home with
   * outreach from the Scarborough hub: six missing incidents in the year before hub support starts
   * ({@link #EDGE_OF_CARE_HUB_START}), two in the year after. No placements: never looked after.
   * Team: one key worker, the life coach and the police liaison officer.
   */
  public static YoungPersonRecord edgeOfCareRepeatedlyMissing() {
    YoungPersonId id = YoungPersonId.of("YP-EOC-014");
    LocalDate start = EDGE_OF_CARE_HUB_START;
    List<OutcomeEvent> events = new ArrayList<>();
    for (LocalDate d :
        List.of(
            LocalDate.of(2015, 6, 12),
            LocalDate.of(2015, 8, 30),
            LocalDate.of(2015, 11, 2),
            LocalDate.of(2016, 1, 17),
            LocalDate.of(2016, 3, 5),
            LocalDate.of(2016, 4, 22),
            LocalDate.of(2016, 9, 18),
            LocalDate.of(2017, 2, 4))) {
      events.add(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d, 1));
    }
    return YoungPersonRecord.builder()
        .youngPerson(
            person(id, YearMonth.of(2002, 3), Sex.FEMALE,
                CareStatusPeriod.open(CareStatus.EDGE_OF_CARE, LocalDate.of(2015, 9, 1))))
        .addReferrals(
            Referral.of(id, start.minusDays(7), ReferralCategory.EDGE_OF_CARE,
                ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            ended(id, SCARBOROUGH, HubEpisodeKind.OUTREACH, start, start.plusYears(1),
                EndReason.HOME_OR_FAMILY))
        .team(
            team(id, start, start.plusYears(1), "SCA-KW-03",
                Role.LIFE_COACH, Role.POLICE_LIAISON_OFFICER))
        .addAllEvents(events)
        .build();
  }

  /**
   * A looked-after 15-year-old stepping down from an external residential placement (a private
   * children's home outside the council area) through a short stay in a Harrogate hub bed (70 days,
   * within the 84-day short-term threshold) to a community family (in-house foster care). Team: one
   * key worker, the communication support worker and an accommodation-transitions portfolio lead.
   * Carries one clearly synthetic impact story.
   */
  public static YoungPersonRecord lookedAfterSteppingDown() {
    YoungPersonId id = YoungPersonId.of("YP-LAC-015");
    LocalDate bed = STEP_DOWN_HUB_BED_START;
    LocalDate family = STEP_DOWN_COMMUNITY_FAMILY_START;
    DatePeriod support = DatePeriod.open(bed);
    return YoungPersonRecord.builder()
        .youngPerson(
            person(id, YearMonth.of(2001, 1), Sex.MALE,
                CareStatusPeriod.open(CareStatus.LOOKED_AFTER, LocalDate.of(2014, 6, 2))))
        .addReferrals(
            Referral.of(id, bed.minusDays(21), ReferralCategory.STEP_DOWN_FROM_RESIDENTIAL,
                ReferralDecision.ACCEPTED))
        .addPlacements(
            placement(id, DatePeriod.of(LocalDate.of(2015, 2, 2), bed), PlacementType.K2,
                PlacementProvider.PR4, false),
            placement(id, DatePeriod.of(bed, family), PlacementType.K2, PlacementProvider.PR1,
                true),
            placement(id, DatePeriod.open(family), PlacementType.U6, PlacementProvider.PR1, true))
        .addHubEpisodes(
            ended(id, HARROGATE, HubEpisodeKind.RESIDENTIAL_STAY, bed, family,
                EndReason.FOSTER_CARE),
            HubEpisode.builder()
                .youngPersonId(id)
                .hubId(HARROGATE)
                .kind(HubEpisodeKind.COMMUNITY_FAMILY)
                .period(DatePeriod.open(family))
                .build())
        .team(
            TeamAroundTheChild.of(
                id,
                List.of(
                    TeamMembership.of(WorkerId.of("HAR-KW-07"), Role.KEY_WORKER, support),
                    TeamMembership.of(
                        WorkerId.of("HAR-CSW-01"), Role.COMMUNICATION_SUPPORT_WORKER, support),
                    TeamMembership.portfolioLead(
                        WorkerId.of("HAR-PL-03"), PortfolioArea.ACCOMMODATION_TRANSITIONS,
                        DatePeriod.of(bed, family.plusMonths(3))))))
        .addStories(
            ImpactStory.builder()
                .id("STORY-SYN-001")
                .youngPersonId(id)
                .consentDate(LocalDate.of(2016, 11, 1))
                .addMeasures("EXTERNAL_PLACEMENT_DAYS", "PLACEMENT_MOVES")
                .text(
                    "SYNTHETIC EXAMPLE TEXT, NOT A REAL PERSON: after a short stay at the hub the"
                        + " young person moved to a community family close to school.")
                .build())
        .build();
  }

  /**
   * A care leaver moving from supported lodgings to independence: looked after until their 18th
   * birthday month, then supported lodgings through the Scarborough hub from {@link
   * #CARE_LEAVER_LODGINGS_START} until independent living on {@link #CARE_LEAVER_INDEPENDENCE},
   * in education, employment or training throughout. The key worker stays on past 18.
   */
  public static YoungPersonRecord careLeaverMovingToIndependence() {
    YoungPersonId id = YoungPersonId.of("YP-CL-018");
    LocalDate lodgings = CARE_LEAVER_LODGINGS_START;
    LocalDate independence = CARE_LEAVER_INDEPENDENCE;
    return YoungPersonRecord.builder()
        .youngPerson(
            person(id, YearMonth.of(1998, 9), null,
                CareStatusPeriod.of(CareStatus.LOOKED_AFTER, LocalDate.of(2014, 3, 3), lodgings),
                CareStatusPeriod.open(CareStatus.CARE_LEAVER, lodgings)))
        .addReferrals(
            Referral.of(id, LocalDate.of(2016, 7, 4), ReferralCategory.TRANSITION_TO_INDEPENDENCE,
                ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            ended(id, SCARBOROUGH, HubEpisodeKind.SUPPORTED_LODGINGS, lodgings, independence,
                EndReason.INDEPENDENT_LIVING))
        .team(
            TeamAroundTheChild.of(
                id,
                List.of(
                    TeamMembership.of(
                        WorkerId.of("SCA-KW-05"), Role.KEY_WORKER, DatePeriod.open(lodgings)),
                    TeamMembership.of(
                        WorkerId.of("SCA-SLH-02"), Role.SUPPORTED_LODGINGS_HOST,
                        DatePeriod.of(lodgings, independence)))))
        .addStatusPeriods(
            StatusPeriod.of(id, StandardMeasures.IN_EET, DatePeriod.open(lodgings), true))
        .build();
  }

  /**
   * A 16-year-old looked after, with arrests, police call-outs and crisis presentations (A&amp;E)
   * before a five-night stay in a Harrogate emergency bed from {@link #ARRESTS_HUB_START} and
   * outreach after it: four arrests, three crisis presentations and five police call-outs in the
   * year before; one arrest, no crisis presentation and one police call-out in the year after. Team:
   * one key worker, the police liaison officer and the life coach.
   */
  public static YoungPersonRecord arrestsAndCrisisPresentations() {
    YoungPersonId id = YoungPersonId.of("YP-ARR-016");
    LocalDate start = ARRESTS_HUB_START;
    LocalDate out = start.plusDays(5);
    List<OutcomeEvent> events = new ArrayList<>();
    addEvents(events, id, StandardMeasures.ARRESTS,
        "2015-11-20", "2016-02-14", "2016-06-01", "2016-08-27", "2017-03-09");
    addEvents(events, id, StandardMeasures.CRISIS_PRESENTATIONS,
        "2016-01-09", "2016-05-30", "2016-09-12");
    addEvents(events, id, StandardMeasures.POLICE_CALL_OUTS,
        "2015-10-31", "2016-01-08", "2016-04-16", "2016-07-23", "2016-09-30", "2017-05-20");
    return YoungPersonRecord.builder()
        .youngPerson(
            person(id, YearMonth.of(2000, 7), Sex.MALE,
                CareStatusPeriod.open(CareStatus.LOOKED_AFTER, LocalDate.of(2015, 7, 6))))
        .addReferrals(
            Referral.of(id, start, ReferralCategory.PLACEMENT_SUPPORT, ReferralDecision.ACCEPTED))
        .addPlacements(
            placement(id, DatePeriod.of(LocalDate.of(2015, 7, 6), start), PlacementType.U4,
                PlacementProvider.PR4, true),
            placement(id, DatePeriod.of(start, out), PlacementType.K2, PlacementProvider.PR1, true),
            placement(id, DatePeriod.open(out), PlacementType.U4, PlacementProvider.PR1, true))
        .addHubEpisodes(
            ended(id, HARROGATE, HubEpisodeKind.EMERGENCY_BED, start, out,
                EndReason.FOSTER_CARE),
            ended(id, HARROGATE, HubEpisodeKind.OUTREACH, out, start.plusYears(1),
                EndReason.FOSTER_CARE))
        .team(
            team(id, start, start.plusYears(1), "HAR-KW-02",
                Role.POLICE_LIAISON_OFFICER, Role.LIFE_COACH))
        .addAllEvents(events)
        .build();
  }

  /**
   * A 13-year-old edging to care with an SDQ total difficulties score of 24 ("cause for concern",
   * data-standards.md §5) assessed the day before the referral (ten days before outreach from the
   * Scarborough hub starts on {@link #SDQ_HUB_START}), so it is the latest score of the standard
   * analysis' look-back, and 15 ("borderline") on the last day of the year from the referral, the
   * latest score of its follow-up. Team: one key worker, the life coach and the communication
   * support worker.
   */
  public static YoungPersonRecord sdqBeforeAndAfter() {
    YoungPersonId id = YoungPersonId.of("YP-SDQ-013");
    LocalDate start = SDQ_HUB_START;
    OutcomeMeasure sdq = StandardMeasures.SDQ_TOTAL_DIFFICULTIES;
    return YoungPersonRecord.builder()
        .youngPerson(
            person(id, YearMonth.of(2002, 8), Sex.FEMALE,
                CareStatusPeriod.open(CareStatus.EDGING_TO_CARE, LocalDate.of(2015, 10, 5))))
        .addReferrals(
            Referral.of(id, start.minusDays(10), ReferralCategory.EDGING_TO_CARE,
                ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            ended(id, SCARBOROUGH, HubEpisodeKind.OUTREACH, start, start.plusYears(1),
                EndReason.HOME_OR_FAMILY))
        .team(
            team(id, start, start.plusYears(1), "SCA-KW-01",
                Role.LIFE_COACH, Role.COMMUNICATION_SUPPORT_WORKER))
        .addScores(
            ScoreObservation.of(id, sdq, start.minusDays(11), 24),
            ScoreObservation.of(id, sdq, start.minusDays(10).plusYears(1).minusDays(1), 15))
        .build();
  }

  /** Every named young person, in the order above. */
  public static List<YoungPersonRecord> youngPeople() {
    return List.of(
        edgeOfCareRepeatedlyMissing(),
        lookedAfterSteppingDown(),
        careLeaverMovingToIndependence(),
        arrestsAndCrisisPresentations(),
        sdqBeforeAndAfter());
  }

  /** A small reference cohort: both North Yorkshire hubs and every named young person. */
  public static Cohort referenceCohort() {
    return Cohort.of(List.of(scarboroughHub(), harrogateHub()), youngPeople());
  }

  // ---------------------------------------------------------------- helpers

  private static YoungPerson person(
      YoungPersonId id, YearMonth birth, @Nullable Sex sex, CareStatusPeriod... statuses) {
    YoungPerson.Builder b =
        YoungPerson.builder()
            .id(id)
            .birthMonth(birth)
            .localAuthority(NORTH_YORKSHIRE)
            .addCareStatusPeriods(statuses);
    if (sex != null) {
      b.sex(sex);
    }
    return b.build();
  }

  private static HubEpisode ended(
      YoungPersonId id, HubId hub, HubEpisodeKind kind, LocalDate start, LocalDate end,
      EndReason reason) {
    return HubEpisode.builder()
        .youngPersonId(id)
        .hubId(hub)
        .kind(kind)
        .period(DatePeriod.of(start, end))
        .endReason(reason)
        .planned(true)
        .build();
  }

  private static Placement placement(
      YoungPersonId id, DatePeriod period, PlacementType type, PlacementProvider provider,
      boolean insideCouncilArea) {
    return Placement.builder()
        .youngPersonId(id)
        .period(period)
        .type(type)
        .provider(provider)
        .insideCouncilArea(insideCouncilArea)
        .build();
  }

  /** One key worker and the given embedded specialists, all for the same period. */
  private static TeamAroundTheChild team(
      YoungPersonId id, LocalDate start, LocalDate end, String keyWorker, Role... specialists) {
    DatePeriod period = DatePeriod.of(start, end);
    String hub = keyWorker.substring(0, 3);
    List<TeamMembership> members = new ArrayList<>();
    members.add(TeamMembership.of(WorkerId.of(keyWorker), Role.KEY_WORKER, period));
    for (Role role : specialists) {
      members.add(TeamMembership.of(WorkerId.of(hub + "-" + role.code().replace('_', '-')), role, period));
    }
    return TeamAroundTheChild.of(id, members);
  }

  private static void addEvents(
      List<OutcomeEvent> events, YoungPersonId id, OutcomeMeasure measure, String... dates) {
    for (String d : dates) {
      events.add(OutcomeEvent.of(id, measure, LocalDate.parse(d), 1));
    }
  }
}
