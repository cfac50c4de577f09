package org.nwd.json;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nwd.Explanation;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.HubService;
import org.nwd.model.ImpactStory;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.PortfolioArea;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
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
import org.nwd.testkit.CohortGenerator;

/**
 * Seeded edge cases that nwd-testkit's {@code CohortGenerator} does not produce, kept local on
 * purpose: every enum constant (placement types and providers, roles, portfolio areas, end reasons,
 * sexes), status periods, decision records, impact stories, a vendor's own measures, optional fields
 * both absent and present, open periods and non-ASCII text. The testkit generates realistic young
 * people (and its output may grow); these records make sure the JSON format is exercised on every
 * shape the model allows. Items are dated after the birth month; placements and key-worker
 * memberships are consecutive, so they never overlap.
 */
final class EdgeCases {
  static final OutcomeMeasure VENDOR_SCORE =
      OutcomeMeasure.builder().code("VENDOR_WELLBEING").name("vendor wellbeing").kind(MeasureKind.SCORE)
          .unit("points").direction(ImprovementDirection.HIGHER_IS_BETTER).scoreMin(-2.5).scoreMax(7.25)
          .build();
  static final OutcomeMeasure VENDOR_COUNT =
      OutcomeMeasure.builder().code("VENDOR_EXCLUSIONS").name("exclusions \u00e9l\u00e8ve \"quoted\"")
          .kind(MeasureKind.EVENT_COUNT).unit("exclusions").direction(ImprovementDirection.LOWER_IS_BETTER)
          .build();

  private final Random random;

  EdgeCases(long seed) {
    this.random = new Random(seed);
  }

  <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }

  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  List<Hub> hubs() {
    int n = between(1, 3);
    List<Hub> hubs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Hub.Builder b = Hub.builder().id(HubId.of("HUB-" + i)).name("Hub \u2013 " + i)
          .localAuthority("E1000002" + i).residentialBeds(between(0, 6)).emergencyBeds(between(0, 2));
      for (HubService s : HubService.values()) {
        if (random.nextBoolean()) {
          b.addServices(s);
        }
      }
      hubs.add(b.build());
    }
    return hubs;
  }

  /**
   * A cohort of nwd-testkit's {@code generated} young people and {@code edges} local edge cases,
   * with the hubs of both (the edge cases' hubs cover every service).
   */
  static Cohort cohort(long seed, int generated, int edges) {
    Cohort testkit = CohortGenerator.of(generated, seed).generate();
    EdgeCases gen = new EdgeCases(seed);
    List<Hub> hubs = new ArrayList<>(testkit.hubs());
    hubs.addAll(gen.hubs());
    List<YoungPersonRecord> records = new ArrayList<>(testkit.records());
    for (int i = 0; i < edges; i++) {
      records.add(gen.record("EDGE-" + i, hubs, gen.random.nextInt(4) != 0));
    }
    return Cohort.of(hubs, records);
  }

  LocalDate dateAfter(LocalDate from, int maxDays) {
    return from.plusDays(random.nextInt(maxDays + 1));
  }

  DatePeriod period(LocalDate start, boolean open) {
    return open ? DatePeriod.open(start) : DatePeriod.of(start, dateAfter(start, 400));
  }

  YoungPersonRecord record(String idText, List<Hub> hubs, boolean rich) {
    YoungPersonId id = YoungPersonId.of(idText);
    YearMonth birth = YearMonth.of(between(1995, 2012), between(1, 12));
    LocalDate base = birth.atDay(1).plusYears(10);
    YoungPerson.Builder person = YoungPerson.builder().id(id).birthMonth(birth).localAuthority("E10000023");
    if (random.nextBoolean()) {
      person.sex(pick(Sex.values()));
    }
    LocalDate cursor = base;
    for (int i = between(0, 3); i > 0; i--) {
      LocalDate end = dateAfter(cursor, 300);
      person.addCareStatusPeriods(
          i == 1 && random.nextBoolean()
              ? CareStatusPeriod.open(pick(CareStatus.values()), cursor)
              : CareStatusPeriod.of(pick(CareStatus.values()), cursor, end));
      cursor = end;
    }
    YoungPersonRecord.Builder b = YoungPersonRecord.builder().youngPerson(person.build());
    for (int i = between(0, 2); i > 0; i--) {
      b.addReferrals(Referral.of(id, dateAfter(base, 900), pick(ReferralCategory.values()),
          pick(ReferralDecision.values())));
    }
    boolean bed = false;
    for (int i = between(0, 2); i > 0; i--) {
      boolean open = random.nextBoolean();
      HubEpisodeKind kind = pick(HubEpisodeKind.values());
      if (bed && kind.isResidential()) {
        kind = HubEpisodeKind.OUTREACH; // one bed at a time: a second bed stay could overlap
      }
      bed |= kind.isResidential();
      HubEpisode.Builder e = HubEpisode.builder().youngPersonId(id)
          .hubId(hubs.get(random.nextInt(hubs.size())).id()).kind(kind)
          .period(period(dateAfter(base, 900), open));
      if (!open) {
        e.endReason(pick(EndReason.values())).planned(random.nextBoolean());
      }
      b.addHubEpisodes(e.build());
    }
    cursor = base;
    for (int i = between(0, 3); i > 0; i--) {
      DatePeriod p = period(cursor, i == 1 && random.nextBoolean());
      PlacementType type = pick(PlacementType.values());
      Placement.Builder pl = Placement.builder().youngPersonId(id).period(p)
          .type(type).location(pick(PlacementLocation.values()));
      if (type.allowsProvider() && random.nextBoolean()) {
        pl.provider(pick(PlacementProvider.values()));
      }
      b.addPlacements(pl.build());
      cursor = p.end().orElse(cursor).plusDays(between(0, 30));
    }
    if (rich) {
      List<TeamMembership> members = new ArrayList<>();
      LocalDate kw = base;
      for (int i = between(0, 3); i > 0; i--) {
        DatePeriod p = DatePeriod.of(kw, dateAfter(kw, 200));
        members.add(TeamMembership.of(WorkerId.of("W-" + between(1, 5)), Role.KEY_WORKER, p));
        kw = p.end().get();
      }
      for (int i = between(0, 3); i > 0; i--) {
        Role role = pick(Role.values());
        DatePeriod p = period(dateAfter(base, 500), random.nextBoolean());
        members.add(role == Role.PORTFOLIO_LEAD
            ? TeamMembership.portfolioLead(WorkerId.of("PL-" + i), pick(PortfolioArea.values()), p)
            : role == Role.KEY_WORKER ? TeamMembership.of(WorkerId.of("S-" + i), Role.SOCIAL_WORKER, p)
            : TeamMembership.of(WorkerId.of("S-" + i), role, p));
      }
      b.team(TeamAroundTheChild.of(id, members));
      b.addEvents(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, dateAfter(base, 900), between(0, 5)));
      b.addEvents(OutcomeEvent.of(id, VENDOR_COUNT, dateAfter(base, 900), between(0, 5)));
      b.addScores(ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, dateAfter(base, 900),
          random.nextInt(81) / 2.0));
      b.addScores(ScoreObservation.of(id, VENDOR_SCORE, dateAfter(base, 900), -2.5 + random.nextDouble() * 9.75));
      b.addStatusPeriods(StatusPeriod.of(id, StandardMeasures.IN_EET, period(dateAfter(base, 900), random.nextBoolean()),
          random.nextBoolean()));
      b.addDecisions(DecisionRecord.builder().date(dateAfter(base, 900)).youngPersonId(id)
          .category(pick(DecisionCategory.values())).addProvocationsConsidered("good_enough_for_my_child")
          .riskManagedFor(pick(RiskOwner.values())).build());
      b.addStories(ImpactStory.builder().id("S-" + idText).youngPersonId(id).consentDate(dateAfter(base, 900))
          .addMeasures("MISSING_INCIDENTS").text("I went back to college \ud83c\udf93 \"and\" stayed\n").build());
    }
    return b.build();
  }

  Explanation explanation(int depth) {
    Explanation.Builder b = Explanation.builder().label("figure " + depth).value(Double.toString(random.nextDouble()));
    if (random.nextBoolean()) {
      b.formula("a / b");
    }
    for (int i = between(0, 3); i > 0; i--) {
      b.putInputs("in" + i, Integer.toString(random.nextInt(100)));
    }
    if (depth > 0) {
      for (int i = between(0, 2); i > 0; i--) {
        b.addSteps(explanation(depth - 1));
      }
    }
    return b.build();
  }
}
