package org.nwd.impact;

import java.time.LocalDate;
import java.time.YearMonth;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
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
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StatusPeriod;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/** Test data: a fluent way to build one young person's record. */
final class People {
  static final String LA = "E10000023";
  static final HubId HUB_A = HubId.of("HUB-A");
  static final HubId HUB_B = HubId.of("HUB-B");
  static final DatePeriod COVERAGE = DatePeriod.of(d("2020-01-01"), d("2026-01-01"));

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static DatePeriod p(String text) {
    return DatePeriod.parse(text);
  }

  final YoungPersonId id;
  final YoungPerson.Builder person;
  final YoungPersonRecord.Builder record = YoungPersonRecord.builder();

  private People(String id, YearMonth born) {
    this.id = YoungPersonId.of(id);
    this.person = YoungPerson.builder().id(this.id).birthMonth(born).localAuthority(LA);
  }

  /** A young person born 2007-01: 13 on 2020-01-01, 16 on 2023-01-01, 19 on 2026-01-01. */
  static People yp(String id) {
    return new People(id, YearMonth.of(2007, 1));
  }

  static People yp(String id, YearMonth born) {
    return new People(id, born);
  }

  People sex(Sex sex) {
    person.sex(sex);
    return this;
  }

  People care(org.nwd.model.CareStatus status, String period) {
    person.addCareStatusPeriods(CareStatusPeriod.of(status, p(period)));
    return this;
  }

  People referral(String date, ReferralCategory category, ReferralDecision decision) {
    record.addReferrals(Referral.of(id, d(date), category, decision));
    return this;
  }

  People accepted(String date) {
    return referral(date, ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED);
  }

  People event(OutcomeMeasure m, String date, int count) {
    record.addEvents(OutcomeEvent.of(id, m, d(date), count));
    return this;
  }

  People score(OutcomeMeasure m, String date, double score) {
    record.addScores(ScoreObservation.of(id, m, d(date), score));
    return this;
  }

  People status(OutcomeMeasure m, String period, boolean in) {
    record.addStatusPeriods(StatusPeriod.of(id, m, p(period), in));
    return this;
  }

  People placement(String period, PlacementType type, boolean external, boolean inArea) {
    Placement.Builder b =
        Placement.builder().youngPersonId(id).period(p(period)).type(type).insideCouncilArea(inArea);
    if (type.allowsProvider()) {
      b.provider(external ? PlacementProvider.PR4 : PlacementProvider.PR1);
    }
    record.addPlacements(b.build());
    return this;
  }

  People custody(String period) {
    return placement(period, PlacementType.R5, false, true);
  }

  People hub(HubId hub, HubEpisodeKind kind, String period, EndReason end) {
    DatePeriod dp = p(period);
    HubEpisode.Builder b = HubEpisode.builder().youngPersonId(id).hubId(hub).kind(kind).period(dp);
    if (!dp.isOpen()) {
      b.endReason(end).planned(true);
    }
    record.addHubEpisodes(b.build());
    return this;
  }

  People team(org.nwd.model.TeamMembership... memberships) {
    record.team(org.nwd.model.TeamAroundTheChild.of(id, java.util.List.of(memberships)));
    return this;
  }

  YoungPersonRecord build() {
    return record.youngPerson(person.build()).build();
  }
}
