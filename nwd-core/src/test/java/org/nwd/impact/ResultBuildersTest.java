package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.DatePeriod;
import org.nwd.model.EndReason;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.Proportion;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * The public builders of the result types (used to rebuild results read from JSON): each
 * consistency rule rejects a broken value with a message naming the field, the values and the rule,
 * and a result the analysis computed is accepted by them.
 */
class ResultBuildersTest {
  private static final ConfidenceLevel L = ConfidenceLevel.NINETY_FIVE;

  private static void broken(Runnable build, String field, String message) {
    assertThatThrownBy(build::run)
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((DomainRuleException) e).field()).isEqualTo(field));
  }

  private static ImpactAnalysis analysis() {
    return ImpactAnalysis.builder()
        .name("builders")
        .dataCoverage(DatePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS)
        .build();
  }

  /** Consistent indicators but for the values in {@code o} (strict builders set each once). */
  private static NwdIndicators.Builder indicators(Object... o) {
    Map<String, Object> v = overrides(o);
    return NwdIndicators.builder()
        .edgeOfCareFollowUpMonths((int) v.getOrDefault("months", 12))
        .edgeOfCareStayedOut(0)
        .edgeOfCareLookedAfter((long) v.getOrDefault("lookedAfter", 0L))
        .edgeOfCareInsufficientFollowUp(0)
        .shortTermThreshold(ShortTermThreshold.defaultThreshold())
        .residentialStays((long) v.getOrDefault("stays", 2L))
        .staysBeyondThreshold((long) v.getOrDefault("beyond", 1L))
        .addCompletedStayLengths(3L, 90L)
        .putDestinations(EndReason.HOME_OR_FAMILY, 2L)
        .peopleWithTeam((long) v.getOrDefault("withTeam", 3L))
        .putKeyWorkerChangeCounts(0, 2L)
        .putKeyWorkerChangeCounts(1, 1L)
        .putSpecialistCounts(firstSpecialist(), 3L)
        .level(L);
  }

  private static Map<String, Object> overrides(Object... o) {
    Map<String, Object> v = new HashMap<>();
    for (int i = 0; i < o.length; i += 2) {
      v.put((String) o[i], o[i + 1]);
    }
    return v;
  }

  private static Role firstSpecialist() {
    for (Role r : Role.values()) {
      if (r.isEmbeddedSpecialist()) {
        return r;
      }
    }
    throw new AssertionError("no embedded specialist role");
  }

  private static Role notSpecialist() {
    for (Role r : Role.values()) {
      if (!r.isEmbeddedSpecialist()) {
        return r;
      }
    }
    throw new AssertionError("every role is a specialist");
  }

  private static MeasureResult.Builder undefined(Object... o) {
    Map<String, Object> v = overrides(o);
    return MeasureResult.builder()
        .measure(StandardMeasures.MISSING_INCIDENTS)
        .people((long) v.getOrDefault("people", 0L))
        .withoutObservation((long) v.getOrDefault("without", 0L))
        .changes((ChangeCounts) v.getOrDefault("changes", ChangeCounts.of(0, 0, 0)))
        .undefinedReason("no young person was included")
        .derivation("count");
  }

  private static ImpactResult.Builder result(Object... o) {
    Map<String, Object> v = overrides(o);
    return ImpactResult.builder()
        .analysis(analysis())
        .design((DesignLevel) v.getOrDefault("design", DesignLevel.PRE_POST))
        .peopleEvaluated((long) v.getOrDefault("evaluated", 1L))
        .peopleIncluded((long) v.getOrDefault("included", 0L))
        .addExclusions(Exclusion.of(YoungPersonId.of("YP-1"), ExclusionReason.NO_INDEX_DATE))
        .addMeasures(undefined().build())
        .indicators(indicators().build())
        .addProblems("no young person could be analysed");
  }

  private static RateChange.Builder rates(Object... o) {
    Map<String, Object> v = overrides(o);
    return RateChange.builder()
        .eventsBefore((long) v.getOrDefault("eb", 2L))
        .eventsAfter((long) v.getOrDefault("ea", 1L))
        .daysAtRiskBefore((long) v.getOrDefault("db", 365L))
        .daysAtRiskAfter((long) v.getOrDefault("da", 365L))
        .unit((String) v.getOrDefault("unit", "incidents"))
        .level(L)
        .wilcoxon(WilcoxonSignedRank.of(new double[] {2}, new double[] {1}));
  }

  @Test
  void consistentValuesBuild() {
    ImpactResult r = result().build();
    assertThat(r.peopleEvaluated()).isEqualTo(1);
    assertThat(indicators().build().keyWorkerChanges()).isEqualTo(1);
    // 2 events over 365 days before: 2 / (365 / 365.25) = 2.001369863...
    assertThat(rates().build().before().rate()).isEqualTo(2 * 365.25 / 365);
  }

  @Test
  void impactResultRules() {
    broken(() -> result("included", 2L).build(), "peopleIncluded",
        "people included 2 must be between 0 and people evaluated 1");
    broken(() -> result("included", -1L).build(), "peopleIncluded",
        "people included -1 must be between 0 and people evaluated 1");
    broken(() -> result("evaluated", 2L).build(), "exclusions",
        "1 exclusions given; people evaluated 2 minus included 0 is 2");
    broken(() -> result().comparisonPeopleIncluded(3L).build(), "comparisonPeopleIncluded",
        "comparison people included must be given exactly when the design is"
            + " DIFFERENCE_IN_DIFFERENCES (design PRE_POST)");
    broken(() -> result("design", DesignLevel.DIFFERENCE_IN_DIFFERENCES).comparisonPeopleIncluded(-1L)
            .build(), "comparisonPeopleIncluded", "comparison people included -1 is negative");
    broken(() -> result().addComparisonExclusions(
            Exclusion.of(YoungPersonId.of("YP-2"), ExclusionReason.NOT_ELIGIBLE)).build(),
        "comparisonExclusions", "comparison exclusions given without a comparison group");
    broken(() -> ImpactResult.builder().analysis(analysis()).design(DesignLevel.PRE_POST)
            .peopleEvaluated(0).peopleIncluded(0).indicators(indicators().build()).build(),
        "measures",
        "measure results [] must be those of analysis builders, in its order: [MISSING_INCIDENTS]");
  }

  @Test
  void measureResultRules() {
    broken(() -> undefined("people", -1L).build(), "people",
        "people -1 is negative");
    broken(() -> undefined("without", -2L).build(), "withoutObservation",
        "people without observation -2 is negative");
    broken(() -> undefined("people", 3L).build(), "changes",
        "must add up to people 3");
    broken(() -> undefined("people", 2L, "changes", ChangeCounts.of(1, 1, 0)).rates(rates().build())
            .build(), "undefinedReason",
        "measure MISSING_INCIDENTS: exactly one of rates, scores and statuses, or none with an"
            + " undefined reason; found 1 with a reason");
    StatusChange statuses = StatusChange.builder()
        .before(Proportion.of(1, 2, L)).after(Proportion.of(1, 2, L))
        .mcNemar(McNemarTest.of(0, 0)).build();
    broken(() -> MeasureResult.builder().measure(StandardMeasures.MISSING_INCIDENTS).people(0)
            .withoutObservation(0).changes(ChangeCounts.of(0, 0, 0)).statuses(statuses)
            .derivation("count").build(), "measure",
        "measure MISSING_INCIDENTS of kind event_count has statistics of another kind");
    broken(() -> undefined().comparison(ImpactToCostTest.comparison()).build(), "comparison",
        "measure MISSING_INCIDENTS: a comparison needs the rates of a count or days measure");
  }

  @Test
  void rateChangeRules() {
    broken(() -> rates("eb", -1L).build(), "eventsBefore", "events before -1 is negative");
    broken(() -> rates("ea", -1L).build(), "eventsAfter", "events after -1 is negative");
    broken(() -> rates("db", 0L).build(), "daysAtRiskBefore",
        "days at risk before 0 must be positive");
    broken(() -> rates("da", 0L).build(), "daysAtRiskAfter",
        "days at risk after 0 must be positive");
    broken(() -> rates("unit", " ").build(), "unit", "unit is blank");
  }

  @Test
  void statusChangeRule() {
    broken(() -> StatusChange.builder().before(Proportion.of(1, 2, L)).after(Proportion.of(1, 3, L))
            .mcNemar(McNemarTest.of(0, 0)).build(), "after",
        "before and after must count the same young people: 2 and 3");
  }

  @Test
  void indicatorRules() {
    broken(() -> indicators("months", 0).build(), "edgeOfCareFollowUpMonths",
        "edge-of-care follow-up 0 months must be at least 1");
    broken(() -> indicators("lookedAfter", -1L).build(), "edgeOfCareStayedOut",
        "edge-of-care counts and people with a team must not be negative");
    broken(() -> indicators("beyond", 3L).build(), "staysBeyondThreshold",
        "stays beyond the threshold 3 must be between 0 and residential stays 2");
    broken(() -> indicators("beyond", -1L).build(), "staysBeyondThreshold",
        "stays beyond the threshold -1 must be between 0 and residential stays 2");
    broken(() -> indicators("withTeam", -1L).build(), "edgeOfCareStayedOut",
        "edge-of-care counts and people with a team must not be negative");
    broken(() -> indicators("stays", 1L, "beyond", 0L).build(),
        "completedStayLengths", "2 completed stays exceed residential stays 1");
    broken(() -> indicators("stays", 5L).addCompletedStayLengths(1L).build(),
        "completedStayLengths", "completed stay lengths must be at least 0 and ascending: [3, 90, 1]");
    broken(() -> indicators().putDestinations(EndReason.CUSTODY, 0L).build(), "destinations",
        "a destination count 0 is not positive");
    broken(() -> indicators().putDestinations(EndReason.CUSTODY, 1L).build(), "destinations",
        "destinations count 3 stays; there are 2 completed stays");
    broken(() -> indicators().putKeyWorkerChangeCounts(-1, 1L).build(), "keyWorkerChangeCounts",
        "key-worker changes -1 for 1 young people");
    broken(() -> indicators("withTeam", 4L).build(), "keyWorkerChangeCounts",
        "key-worker change counts cover 3 young people; people with a team is 4");
    broken(() -> indicators().putSpecialistCounts(notSpecialist(), 1L).build(), "specialistCounts",
        "specialist " + notSpecialist().code() + " counted 1 times: it must be an embedded"
            + " specialist role");
  }

  @Test
  void breakdownRules() {
    SuppressedTable changes = SuppressedTable.of("hub", java.util.List.of("a"),
        java.util.List.of("improved", "unchanged", "worse"), new long[][] {{1, 2, 3}}, 5);
    SuppressedTable events = SuppressedTable.of("hub, incidents", java.util.List.of("a"),
        java.util.List.of("before", "after"), new long[][] {{4, 2}}, 5);
    assertThat(breakdown(changes, events, 1, 1).build().groups()).containsExactly("a");
    broken(() -> breakdown(events, events, 1, 1).build(), "changes",
        "the changes table has 2 columns; it needs improved, unchanged and worse");
    broken(() -> breakdown(changes, null, 1, 1).build(),
        "events", "an events table is given exactly for count and days measures;"
            + " MISSING_INCIDENTS is of kind event_count");
    broken(() -> breakdown(changes, changes, 1, 1).build(), "events",
        "the events table must have the changes table's groups and 2 columns");
    broken(() -> breakdown(changes, events, 1, 2).build(),
        "daysAtRiskBefore", "days at risk before and after need one value per group (1); 1 and 2");
    broken(() -> Breakdown.builder().dimension(BreakdownDimension.HUB)
        .measure(StandardMeasures.MISSING_INCIDENTS).changes(changes).events(events)
        .addDaysAtRiskBefore(-1L).addDaysAtRiskAfter(365L).build(), "daysAtRiskBefore",
        "days at risk of group 0 are negative");
    broken(() -> Breakdown.builder().dimension(BreakdownDimension.HUB)
        .measure(StandardMeasures.MISSING_INCIDENTS).changes(changes).events(events)
        .addDaysAtRiskBefore(365L).addDaysAtRiskAfter(-1L).build(), "daysAtRiskBefore",
        "days at risk of group 0 are negative");
    broken(() -> breakdown(changes, events, 2, 1).build(),
        "daysAtRiskBefore", "days at risk before and after need one value per group (1); 2 and 1");
  }

  private static Breakdown.Builder breakdown(
      SuppressedTable changes, SuppressedTable events, int before, int after) {
    Breakdown.Builder out = Breakdown.builder().dimension(BreakdownDimension.HUB)
        .measure(StandardMeasures.MISSING_INCIDENTS).changes(changes);
    if (events != null) {
      out.events(events);
    }
    for (int i = 0; i < before; i++) {
      out.addDaysAtRiskBefore(365L);
    }
    for (int i = 0; i < after; i++) {
      out.addDaysAtRiskAfter(365L);
    }
    return out;
  }
}
