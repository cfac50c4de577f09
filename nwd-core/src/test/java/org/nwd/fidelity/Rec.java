package org.nwd.fidelity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/** Test data: one young person's record, built fluently. Born 2007-01 unless said otherwise. */
final class Rec {
  static final HubId HUB = HubId.of("HUB-A");

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static DatePeriod p(String text) {
    return DatePeriod.parse(text);
  }

  final YoungPersonId id;
  private final YoungPerson.Builder person;
  private final YoungPersonRecord.Builder record = YoungPersonRecord.builder();
  private List<TeamMembership> team;

  private Rec(String id, YearMonth born) {
    this.id = YoungPersonId.of(id);
    person = YoungPerson.builder().id(this.id).birthMonth(born).localAuthority("E10000023");
  }

  static Rec yp(String id) {
    return new Rec(id, YearMonth.of(2007, 1));
  }

  Rec referral(String date, ReferralDecision decision) {
    record.addReferrals(Referral.of(id, d(date), ReferralCategory.EDGE_OF_CARE, decision));
    return this;
  }

  Rec accepted(String date) {
    return referral(date, ReferralDecision.ACCEPTED);
  }

  Rec care(CareStatus status, String period) {
    person.addCareStatusPeriods(CareStatusPeriod.of(status, p(period)));
    return this;
  }

  /** A hub episode; {@code end} is used only when the period is closed. */
  Rec hub(HubEpisodeKind kind, String period, EndReason end) {
    DatePeriod dp = p(period);
    HubEpisode.Builder b = HubEpisode.builder().youngPersonId(id).hubId(HUB).kind(kind).period(dp);
    if (!dp.isOpen()) {
      b.endReason(end).planned(true);
    }
    record.addHubEpisodes(b.build());
    return this;
  }

  Rec stay(String period, EndReason end) {
    return hub(HubEpisodeKind.RESIDENTIAL_STAY, period, end);
  }

  Rec outreach(String period, EndReason end) {
    return hub(HubEpisodeKind.OUTREACH, period, end);
  }

  /** An empty team (recorded, with no memberships yet). */
  Rec team() {
    if (team == null) {
      team = new ArrayList<>();
    }
    return this;
  }

  Rec member(Role role, String worker, String period) {
    team();
    team.add(TeamMembership.of(WorkerId.of(worker), role, p(period)));
    return this;
  }

  Rec member(Role role, String worker, String period, int contacts) {
    team();
    team.add(
        TeamMembership.builder()
            .workerId(WorkerId.of(worker))
            .role(role)
            .period(p(period))
            .contacts(contacts)
            .build());
    return this;
  }

  Rec keyWorker(String worker, String period) {
    return member(Role.KEY_WORKER, worker, period);
  }

  Rec placement(String period, PlacementType type) {
    record.addPlacements(
        Placement.builder()
            .youngPersonId(id)
            .period(p(period))
            .type(type)
            .provider(PlacementProvider.PR1)
            .insideCouncilArea(true)
            .build());
    return this;
  }

  Rec decision(String date, String... provocations) {
    record.addDecisions(
        DecisionRecord.builder()
            .date(d(date))
            .youngPersonId(id)
            .category(DecisionCategory.PLACEMENT)
            .addProvocationsConsidered(provocations)
            .riskManagedFor(RiskOwner.YOUNG_PERSON)
            .build());
    return this;
  }

  Rec event(OutcomeMeasure m, String date, int count) {
    record.addEvents(OutcomeEvent.of(id, m, d(date), count));
    return this;
  }

  Rec score(OutcomeMeasure m, String date, double value) {
    record.addScores(ScoreObservation.of(id, m, d(date), value));
    return this;
  }

  YoungPersonRecord build() {
    record.youngPerson(person.build());
    if (team != null) {
      record.team(TeamAroundTheChild.of(id, team));
    }
    return record.build();
  }
}
