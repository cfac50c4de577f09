package org.nwd.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * Three synthetic journeys of known fidelity, for tests of {@code org.nwd.fidelity}: as of {@link
 * #AS_OF} and under {@link org.nwd.fidelity.FidelityRubric#proposedDefault()}, the faithful journey
 * meets all eleven indicators (score 1, band high), the partly faithful one meets 4 of the 7 that
 * apply to it (score 4/7, band partial) and the unfaithful one none of its eleven (score 0, band
 * low). Each method's comment works the indicators out. Pseudonymous ids, birth months only.
 */
public final class FidelityFixtures {
  /** The as-of date the fixtures' profiles are worked out for: the day after the data end. */
  public static final LocalDate AS_OF = LocalDate.of(2018, 4, 1);

  private FidelityFixtures() {}

  private static YoungPerson person(String id, YearMonth born, CareStatus status, LocalDate from) {
    return YoungPerson.builder()
        .id(YoungPersonId.of(id))
        .birthMonth(born)
        .localAuthority(Fixtures.NORTH_YORKSHIRE)
        .addCareStatusPeriods(CareStatusPeriod.open(status, from))
        .build();
  }

  private static HubEpisode episode(
      YoungPersonId id, HubId hub, HubEpisodeKind kind, DatePeriod period, EndReason end) {
    return HubEpisode.builder()
        .youngPersonId(id)
        .hubId(hub)
        .kind(kind)
        .period(period)
        .endReason(end)
        .planned(true)
        .build();
  }

  private static TeamMembership member(String worker, Role role, DatePeriod period, int contacts) {
    return TeamMembership.builder()
        .workerId(WorkerId.of(worker))
        .role(role)
        .period(period)
        .contacts(contacts)
        .build();
  }

  private static DecisionRecord decision(
      YoungPersonId id, LocalDate date, RiskOwner owner, String... provocations) {
    return DecisionRecord.builder()
        .date(date)
        .youngPersonId(id)
        .category(DecisionCategory.PLACEMENT)
        .addProvocationsConsidered(provocations)
        .riskManagedFor(owner)
        .build();
  }

  /**
   * Referred 2016-05-02 on the edge of care: an emergency bed at Scarborough from the same day for 28
   * days (first contact 0 days; stay 28 &lt;= 84), ending at home, then outreach from 2016-05-30 to
   * 2016-11-30 (184 days of continuing support &gt;= 28), ending at home (2 of 2 endings in a family
   * in the 12 months after the stay). Never looked after: no placement moves. One key worker from the
   * referral day (0 days; no change), the life coach (9 contacts), the communication support worker
   * (4) and the police liaison officer (3); three decisions, each citing a provocation (share 1).
   */
  public static YoungPersonRecord faithfulJourney() {
    YoungPersonId id = YoungPersonId.of("YP-FID-HIGH");
    LocalDate referral = LocalDate.of(2016, 5, 2);
    LocalDate bedEnd = LocalDate.of(2016, 5, 30);
    DatePeriod support = DatePeriod.of(referral, LocalDate.of(2016, 11, 30));
    return YoungPersonRecord.builder()
        .youngPerson(
            person("YP-FID-HIGH", YearMonth.of(2002, 2), CareStatus.EDGE_OF_CARE,
                LocalDate.of(2016, 1, 1)))
        .addReferrals(
            Referral.of(id, referral, ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            episode(id, Fixtures.SCARBOROUGH, HubEpisodeKind.EMERGENCY_BED,
                DatePeriod.of(referral, bedEnd), EndReason.HOME_OR_FAMILY),
            episode(id, Fixtures.SCARBOROUGH, HubEpisodeKind.OUTREACH,
                DatePeriod.of(bedEnd, support.end().get()), EndReason.HOME_OR_FAMILY))
        .team(
            TeamAroundTheChild.of(
                id,
                List.of(
                    TeamMembership.of(WorkerId.of("SCA-KW-01"), Role.KEY_WORKER, support),
                    member("SCA-LC-01", Role.LIFE_COACH, support, 9),
                    member("SCA-CSW-01", Role.COMMUNICATION_SUPPORT_WORKER, support, 4),
                    member("SCA-PLO-01", Role.POLICE_LIAISON_OFFICER, support, 3))))
        .addDecisions(
            decision(id, LocalDate.of(2016, 5, 2), RiskOwner.YOUNG_PERSON,
                "good_enough_for_my_child"),
            decision(id, LocalDate.of(2016, 5, 27), RiskOwner.YOUNG_PERSON, "risk_for_whom",
                "family_based_setting"),
            decision(id, LocalDate.of(2016, 11, 20), RiskOwner.YOUNG_PERSON, "adult_at_20_35_50"))
        .build();
  }

  /**
   * Referred 2016-06-01 edging to care: outreach from Harrogate from 2016-06-03 (2 days) to
   * 2017-06-01; a key worker from the referral day (0 days), no change (0 per person-year); the life
   * coach (met); no communication support worker or police liaison officer (not met); no hub bed, so
   * the four stay indicators do not apply; one of three decisions cites a provocation (share 1/3 &lt;
   * 0.5, not met). 4 met of 7: score 4/7, band partial.
   */
  public static YoungPersonRecord partlyFaithfulJourney() {
    YoungPersonId id = YoungPersonId.of("YP-FID-PARTIAL");
    LocalDate referral = LocalDate.of(2016, 6, 1);
    DatePeriod support = DatePeriod.of(referral, LocalDate.of(2017, 6, 1));
    return YoungPersonRecord.builder()
        .youngPerson(
            person("YP-FID-PARTIAL", YearMonth.of(2003, 9), CareStatus.EDGING_TO_CARE,
                LocalDate.of(2016, 3, 1)))
        .addReferrals(
            Referral.of(id, referral, ReferralCategory.EDGING_TO_CARE, ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            episode(id, Fixtures.HARROGATE, HubEpisodeKind.OUTREACH,
                DatePeriod.of(referral.plusDays(2), support.end().get()), EndReason.HOME_OR_FAMILY))
        .team(
            TeamAroundTheChild.of(
                id,
                List.of(
                    TeamMembership.of(WorkerId.of("HAR-KW-04"), Role.KEY_WORKER, support),
                    member("HAR-LC-01", Role.LIFE_COACH, support, 5))))
        .addDecisions(
            decision(id, LocalDate.of(2016, 6, 10), RiskOwner.YOUNG_PERSON, "shared_parenting"),
            decision(id, LocalDate.of(2016, 9, 1), RiskOwner.ORGANISATION),
            decision(id, LocalDate.of(2017, 1, 15), RiskOwner.ORGANISATION))
        .build();
  }

  /**
   * Referred 2016-07-01, looked after: first hub contact 2016-08-15, 45 days later (&gt; 7), a
   * residential stay of 184 days (&gt; 84) to 2017-02-15 ending in an external placement (0 of 1
   * endings in a family) with no support after it (0 days &lt; 28); placements K2 for the stay, an
   * external R1 from 2017-02-15 and foster care from 2017-05-01: 2 moves in the 12 months after the
   * stay (&gt; 1). Key workers from 2016-09-01 (62 days), 2016-12-01 and 2017-03-01: 2 changes in 577
   * days = 1.27 per person-year (&gt; 1). No embedded specialist; neither decision cites a
   * provocation. 0 met of 11: score 0, band low.
   */
  public static YoungPersonRecord unfaithfulJourney() {
    YoungPersonId id = YoungPersonId.of("YP-FID-LOW");
    LocalDate referral = LocalDate.of(2016, 7, 1);
    LocalDate bed = LocalDate.of(2016, 8, 15);
    LocalDate bedEnd = LocalDate.of(2017, 2, 15);
    LocalDate foster = LocalDate.of(2017, 5, 1);
    return YoungPersonRecord.builder()
        .youngPerson(
            person("YP-FID-LOW", YearMonth.of(2002, 11), CareStatus.LOOKED_AFTER,
                LocalDate.of(2016, 8, 15)))
        .addReferrals(
            Referral.of(id, referral, ReferralCategory.PLACEMENT_SUPPORT, ReferralDecision.ACCEPTED))
        .addHubEpisodes(
            episode(id, Fixtures.HARROGATE, HubEpisodeKind.RESIDENTIAL_STAY,
                DatePeriod.of(bed, bedEnd), EndReason.EXTERNAL_PLACEMENT))
        .addPlacements(
            placement(id, DatePeriod.of(bed, bedEnd), PlacementType.K2, PlacementProvider.PR1),
            placement(id, DatePeriod.of(bedEnd, foster), PlacementType.R1, PlacementProvider.PR4),
            placement(id, DatePeriod.open(foster), PlacementType.U6, PlacementProvider.PR1))
        .team(
            TeamAroundTheChild.of(
                id,
                List.of(
                    TeamMembership.of(WorkerId.of("HAR-KW-08"), Role.KEY_WORKER,
                        DatePeriod.of(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 12, 1))),
                    TeamMembership.of(WorkerId.of("HAR-KW-09"), Role.KEY_WORKER,
                        DatePeriod.of(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 3, 1))),
                    TeamMembership.of(WorkerId.of("HAR-KW-10"), Role.KEY_WORKER,
                        DatePeriod.open(LocalDate.of(2017, 3, 1))))))
        .addDecisions(
            decision(id, LocalDate.of(2016, 8, 14), RiskOwner.ORGANISATION),
            decision(id, LocalDate.of(2017, 2, 10), RiskOwner.ORGANISATION))
        .build();
  }

  private static Placement placement(
      YoungPersonId id, DatePeriod period, PlacementType type, PlacementProvider provider) {
    return Placement.builder()
        .youngPersonId(id)
        .period(period)
        .type(type)
        .provider(provider)
        .insideCouncilArea(true)
        .build();
  }

  /** The three journeys, high, partial and low, with the Scarborough and Harrogate hubs. */
  public static Cohort fidelityCohort() {
    return Cohort.of(
        List.of(Fixtures.scarboroughHub(), Fixtures.harrogateHub()),
        List.of(faithfulJourney(), partlyFaithfulJourney(), unfaithfulJourney()));
  }
}
