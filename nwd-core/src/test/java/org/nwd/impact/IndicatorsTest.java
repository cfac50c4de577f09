package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nwd.impact.People.p;
import static org.nwd.impact.People.yp;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.model.CareStatus;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.StandardMeasures;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonRecord;

/**
 * NWD indicators on fixed records, hand-counted; quantiles and Wilson intervals from R 4.2.2
 * (src/test/resources/org/nwd/impact/indicators.R and indicators.Rout).
 */
class IndicatorsTest {
  private static final double TOL = 1e-9;

  static List<YoungPersonRecord> records() {
    List<YoungPersonRecord> out = new ArrayList<>();
    // Edge of care (coverage ends 2026-01-01, follow-up 12 months).
    out.add(yp("E1").accepted("2023-01-01").care(CareStatus.LOOKED_AFTER, "2023-06-01/..").build());
    out.add(
        yp("E2")
            .referral("2023-01-01", ReferralCategory.EDGING_TO_CARE, ReferralDecision.ACCEPTED)
            .build());
    // Looked after from exactly 12 months on: outside the half-open follow-up, stayed out.
    out.add(yp("E3").accepted("2023-01-01").care(CareStatus.LOOKED_AFTER, "2024-01-01/..").build());
    out.add(yp("E4").accepted("2025-06-01").build()); // follow-up runs past the data
    out.add(yp("E5").accepted("2025-06-01").care(CareStatus.LOOKED_AFTER, "2025-09-01/..").build());
    out.add(
        yp("E6")
            .referral("2023-01-01", ReferralCategory.PLACEMENT_SUPPORT, ReferralDecision.ACCEPTED)
            .build());
    out.add(
        yp("E7")
            .referral("2023-01-01", ReferralCategory.EDGE_OF_CARE, ReferralDecision.DECLINED)
            .build());
    out.add(yp("E8").accepted("2019-06-01").build()); // referral before the data: not counted
    // Residential stays.
    out.add(
        yp("H1")
            .hub(People.HUB_A, HubEpisodeKind.EMERGENCY_BED, "2023-01-01/2023-01-06", EndReason.CUSTODY)
            .hub(People.HUB_A, HubEpisodeKind.RESIDENTIAL_STAY, "2023-02-01/2023-02-11", EndReason.HOME_OR_FAMILY)
            .hub(People.HUB_A, HubEpisodeKind.RESIDENTIAL_STAY, "2023-03-01/2023-03-31", EndReason.FOSTER_CARE)
            .hub(People.HUB_A, HubEpisodeKind.OUTREACH, "2023-04-01/2023-12-01", EndReason.OTHER)
            .build());
    out.add(
        yp("H2")
            // 2023-01-01 + 84 days = 2023-03-26; + 85 = 2023-03-27
            .hub(People.HUB_B, HubEpisodeKind.RESIDENTIAL_STAY, "2023-01-01/2023-03-26", EndReason.EXTERNAL_PLACEMENT)
            .hub(People.HUB_B, HubEpisodeKind.RESIDENTIAL_STAY, "2023-04-01/2023-06-25", EndReason.SUPPORTED_LODGINGS)
            // 120 and 200 days
            .hub(People.HUB_B, HubEpisodeKind.RESIDENTIAL_STAY, "2023-07-01/2023-10-29", EndReason.OTHER)
            .hub(People.HUB_B, HubEpisodeKind.RESIDENTIAL_STAY, "2024-01-01/2024-07-19", EndReason.INDEPENDENT_LIVING)
            .build());
    out.add(
        yp("H3")
            // Ongoing: 2025-09-01 to the end of the data = 122 days, beyond 84.
            .hub(People.HUB_A, HubEpisodeKind.RESIDENTIAL_STAY, "2025-09-01/..", null)
            .build());
    out.add(
        yp("H5") // another person: one young person is never in two beds at once
            // Ends after the data: 31 days to the data end, not completed, not beyond.
            .hub(People.HUB_A, HubEpisodeKind.RESIDENTIAL_STAY, "2025-12-01/2026-02-01", EndReason.OTHER)
            .build());
    out.add(
        yp("H4")
            .hub(People.HUB_A, HubEpisodeKind.RESIDENTIAL_STAY, "2019-01-01/2019-12-01", EndReason.OTHER)
            .build()); // before the data: not counted
    // Teams.
    WorkerId w1 = WorkerId.of("W1");
    WorkerId w2 = WorkerId.of("W2");
    out.add(
        yp("K1")
            .team(
                TeamMembership.of(w1, Role.KEY_WORKER, p("2023-01-01/2023-03-01")),
                TeamMembership.of(w2, Role.KEY_WORKER, p("2023-03-01/2023-05-01")),
                TeamMembership.of(w1, Role.KEY_WORKER, p("2023-05-01/..")),
                TeamMembership.of(WorkerId.of("LC"), Role.LIFE_COACH, p("2023-01-01/..")))
            .build());
    out.add(
        yp("K2")
            .team(
                TeamMembership.of(w1, Role.KEY_WORKER, p("2023-01-01/..")),
                TeamMembership.of(WorkerId.of("PO"), Role.POLICE_LIAISON_OFFICER, p("2023-01-01/..")))
            .build());
    out.add(
        yp("K3")
            .team(
                TeamMembership.of(w1, Role.KEY_WORKER, p("2023-01-01/2023-02-01")),
                TeamMembership.of(w1, Role.KEY_WORKER, p("2023-02-01/..")))
            .build());
    out.add(
        yp("K4")
            .team(TeamMembership.of(WorkerId.of("LC"), Role.LIFE_COACH, p("2023-01-01/..")))
            .build());
    return out;
  }

  private final NwdIndicators ind =
      ImpactAnalysis.builder()
          .name("indicators")
          .dataCoverage(People.COVERAGE)
          .addMeasures(StandardMeasures.MISSING_INCIDENTS)
          .build()
          .run(records().stream())
          .indicators();

  @Test
  void edgeOfCare() {
    // Stayed out: E2, E3; looked after: E1, E5; E4 without full follow-up.
    assertThat(ind.edgeOfCareStayedOut()).isEqualTo(2);
    assertThat(ind.edgeOfCareLookedAfter()).isEqualTo(2);
    assertThat(ind.edgeOfCareInsufficientFollowUp()).isEqualTo(1);
    assertThat(ind.edgeOfCareFollowUpMonths()).isEqualTo(12);
    // R: prop.test(2, 4, correct = FALSE)$conf.int = 0.15003898915215 0.84996101084785
    assertThat(ind.stayedOutOfCare().orElseThrow().estimate()).isEqualTo(0.5);
    assertThat(ind.stayedOutOfCare().orElseThrow().interval().lower()).isCloseTo(0.15003898915215, within(TOL));
    assertThat(ind.stayedOutOfCare().orElseThrow().interval().upper()).isCloseTo(0.84996101084785, within(TOL));
  }

  @Test
  void residentialStays() {
    // Completed: 5 (emergency bed), 10, 30, 84, 85, 120, 200.
    assertThat(ind.completedStayLengths()).containsExactly(5L, 10L, 30L, 84L, 85L, 120L, 200L);
    // R: quantile(c(5, 10, 30, 84, 85, 120, 200), c(.25, .5, .75, .9)) = 20, 84, 102.5, 152
    assertThat(ind.stayLengthQuantile(0.25)).hasValue(20);
    assertThat(ind.medianStayLength()).hasValue(84);
    assertThat(ind.stayLengthQuantile(0.75)).hasValue(102.5);
    assertThat(ind.stayLengthQuantile(0.9).getAsDouble()).isCloseTo(152, within(1e-9));
    assertThat(ind.stayLengthQuantile(0)).hasValue(5);
    assertThat(ind.stayLengthQuantile(1)).hasValue(200);
    // 9 stays in the data (7 completed, 1 ongoing, 1 ending after the data); beyond 84 days: 85,
    // 120, 200 and the ongoing 122.
    assertThat(ind.residentialStays()).isEqualTo(9);
    assertThat(ind.staysBeyondThreshold()).isEqualTo(4);
    // R: prop.test(4, 9, correct = FALSE)$conf.int = 0.188778521097665 0.733348706504507
    assertThat(ind.shareBeyondThreshold().orElseThrow().interval().lower()).isCloseTo(0.188778521097665, within(TOL));
    assertThat(ind.shareBeyondThreshold().orElseThrow().interval().upper()).isCloseTo(0.733348706504507, within(TOL));
    // Home or family, foster care, supported lodgings, independent living: 4 of 7.
    assertThat(ind.familyOrCommunityEndings()).isEqualTo(4);
    assertThat(ind.destinations())
        .containsEntry(EndReason.CUSTODY, 1L)
        .containsEntry(EndReason.OTHER, 1L)
        .containsEntry(EndReason.EXTERNAL_PLACEMENT, 1L)
        .hasSize(7);
    // R: prop.test(4, 7, correct = FALSE)$conf.int = 0.250458364527657 0.841780144748530
    assertThat(ind.familyOrCommunityShare().orElseThrow().interval().lower()).isCloseTo(0.250458364527657, within(TOL));
    assertThat(ind.familyOrCommunityShare().orElseThrow().interval().upper()).isCloseTo(0.841780144748530, within(TOL));
  }

  @Test
  void keyWorkersAndSpecialists() {
    // K1: W1, W2, W1 = 2 changes; K2: none; K3: W1 twice = none; K4: no key worker = none.
    assertThat(ind.peopleWithTeam()).isEqualTo(4);
    assertThat(ind.keyWorkerChanges()).isEqualTo(2);
    assertThat(ind.meanKeyWorkerChanges()).hasValue(0.5);
    assertThat(ind.keyWorkerChangeCounts()).containsExactly(
        java.util.Map.entry(0, 3L), java.util.Map.entry(2, 1L));
    assertThat(ind.specialistCounts())
        .containsEntry(Role.LIFE_COACH, 2L)
        .containsEntry(Role.POLICE_LIAISON_OFFICER, 1L)
        .doesNotContainKey(Role.COMMUNICATION_SUPPORT_WORKER);
    // R: prop.test(2, 4, correct = FALSE)$conf.int = 0.15003898915215 0.84996101084785
    assertThat(ind.specialistShare(Role.LIFE_COACH).orElseThrow().interval().lower()).isCloseTo(0.15003898915215, within(TOL));
    assertThat(ind.specialistShare(Role.COMMUNICATION_SUPPORT_WORKER).orElseThrow().successes()).isZero();
    assertThat(ind.specialistShare(Role.POLICE_LIAISON_OFFICER).orElseThrow().successes()).isEqualTo(1);
  }

  @Test
  void renderAndExplain() {
    String text = ind.render();
    assertThat(text)
        .contains("edge-of-care referrals not looked after within 12 months")
        .contains("2 of 4 (1 without full follow-up)")
        .contains("residential stays beyond 84 days")
        .contains("4 of 9")
        .contains("84 [20, 102.5], 152")
        .contains("0.5 (2 in 4)")
        .contains("involved with life coach (clinical psychologist)")
        .contains("[0.15, 0.85]");
    assertThat(ind.toString()).isEqualTo(text);
    assertThat(ind.explanation().steps()).hasSize(3);
    assertThat(ind.explanation().label()).isEqualTo("No Wrong Door indicators");
  }

  @Test
  void emptyIndicatorsAreEmptyNotZero() {
    NwdIndicators none =
        ImpactAnalysis.builder()
            .name("none")
            .dataCoverage(People.COVERAGE)
            .addMeasures(StandardMeasures.MISSING_INCIDENTS)
            .build()
            .run(java.util.stream.Stream.of(yp("X").build()))
            .indicators();
    assertThat(none.stayedOutOfCare()).isEmpty();
    assertThat(none.shareBeyondThreshold()).isEmpty();
    assertThat(none.familyOrCommunityShare()).isEmpty();
    assertThat(none.medianStayLength()).isEmpty();
    assertThat(none.meanKeyWorkerChanges()).isEmpty();
    assertThat(none.specialistShare(Role.LIFE_COACH)).isEmpty();
    assertThat(none.render()).contains("0 of 0");
    assertThat(none.explanation().steps()).isEmpty();
  }
}
