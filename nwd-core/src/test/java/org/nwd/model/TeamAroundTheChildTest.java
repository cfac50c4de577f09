package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.W1;
import static org.nwd.model.Fixtures.W2;
import static org.nwd.model.Fixtures.W3;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.p;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamAroundTheChildTest {

  private static TeamMembership key(WorkerId w, String period) {
    return TeamMembership.of(w, Role.KEY_WORKER, p(period));
  }

  private static final TeamMembership LIFE_COACH =
      TeamMembership.of(W3, Role.LIFE_COACH, p("2024-01-01/.."));
  private static final TeamMembership SAFETY_LEAD =
      TeamMembership.portfolioLead(W3, PortfolioArea.SAFETY, p("2024-02-01/2024-04-01"));

  private static TeamAroundTheChild team(TeamMembership... memberships) {
    return TeamAroundTheChild.of(YP1, List.of(memberships));
  }

  @Test
  void overlappingKeyWorkersAreRejected() {
    assertRule(
        () -> team(key(W1, "2024-01-01/2024-06-01"), key(W2, "2024-03-01/..")),
        "memberships",
        "key worker memberships overlap: W-001 2024-01-01/2024-06-01 and W-002 2024-03-01/..;"
            + " at most one key worker at a time");
  }

  @Test
  void handOverOnTheSameDayIsAllowedAndOtherRolesMayOverlap() {
    TeamAroundTheChild t =
        team(key(W1, "2024-01-01/2024-06-01"), key(W2, "2024-06-01/.."), LIFE_COACH, SAFETY_LEAD);
    assertThat(t.keyWorkerOn(d("2024-05-31"))).contains(W1);
    assertThat(t.keyWorkerOn(d("2024-06-01"))).contains(W2);
    assertThat(t.keyWorkerOn(d("2023-12-31"))).isEmpty();
  }

  @Test
  void keyWorkerChangesCountsRunsInStartOrder() {
    assertThat(team().keyWorkerChanges()).isZero();
    assertThat(team(key(W1, "2024-01-01/..")).keyWorkerChanges()).isZero();
    // Given out of order: W2 (Mar-Jun), W1 (Jan-Mar), W1 again (Jun-..): runs W1 | W2 | W1 = 2 changes.
    assertThat(
            team(key(W2, "2024-03-01/2024-06-01"), key(W1, "2024-01-01/2024-03-01"), key(W1, "2024-06-01/.."))
                .keyWorkerChanges())
        .isEqualTo(2);
    // W1 renewed with no one in between is not a change: runs W1 | W2 = 1.
    assertThat(
            team(key(W1, "2024-01-01/2024-02-01"), key(W1, "2024-02-01/2024-03-01"), key(W2, "2024-03-01/.."), LIFE_COACH)
                .keyWorkerChanges())
        .isEqualTo(1);
  }

  @Test
  void rolesAndMembersOnADate() {
    TeamAroundTheChild t = team(key(W1, "2024-01-01/.."), LIFE_COACH, SAFETY_LEAD);
    assertThat(t.hasRole(Role.LIFE_COACH)).isTrue();
    assertThat(t.hasRole(Role.PORTFOLIO_LEAD)).isTrue();
    assertThat(t.hasRole(Role.POLICE_LIAISON_OFFICER)).isFalse();
    assertThat(t.membersOn(d("2024-01-15"))).containsExactly(key(W1, "2024-01-01/.."), LIFE_COACH);
    assertThat(t.membersOn(d("2024-02-01")))
        .containsExactly(key(W1, "2024-01-01/.."), LIFE_COACH, SAFETY_LEAD);
    assertThat(t.membersOn(d("2023-12-31"))).isEmpty();
    assertThat(SAFETY_LEAD.isActiveOn(d("2024-04-01"))).isFalse();
    assertThat(t).hasToString("TeamAroundTheChild{youngPersonId=YP-0001, memberships=3}");
  }

  @Test
  void portfolioAreaExactlyForPortfolioLeads() {
    assertRule(
        () -> TeamMembership.of(W1, Role.PORTFOLIO_LEAD, p("2024-01-01/..")),
        "portfolioArea",
        "portfolio lead W-001 has no portfolio area");
    assertRule(
        () ->
            TeamMembership.builder()
                .workerId(W1)
                .role(Role.KEY_WORKER)
                .portfolioArea(PortfolioArea.SAFETY)
                .period(p("2024-01-01/.."))
                .build(),
        "portfolioArea",
        "portfolio area safety given for role key_worker; only portfolio leads have one");
    assertThat(SAFETY_LEAD.portfolioArea()).contains(PortfolioArea.SAFETY);
    assertThat(SAFETY_LEAD.role()).isEqualTo(Role.PORTFOLIO_LEAD);
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(team(key(W1, "2024-01-01/..")), team(key(W1, "2024-01-01/..")))
        .addEqualityGroup(TeamAroundTheChild.of(YP2, List.of(key(W1, "2024-01-01/.."))))
        .addEqualityGroup(team())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SAFETY_LEAD, TeamMembership.portfolioLead(W3, PortfolioArea.SAFETY, p("2024-02-01/2024-04-01")))
        .addEqualityGroup(TeamMembership.portfolioLead(W3, PortfolioArea.EDUCATION_AND_TRAINING, p("2024-02-01/2024-04-01")))
        .addEqualityGroup(LIFE_COACH)
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(TeamAroundTheChild.class);
    Fixtures.nullTester().testAllPublicStaticMethods(TeamMembership.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(team(key(W1, "2024-01-01/..")));
  }
}
