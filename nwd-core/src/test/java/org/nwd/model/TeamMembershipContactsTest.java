package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Contacts on a team membership: optional (absent is not zero) and never negative. */
class TeamMembershipContactsTest {
  private static final DatePeriod PERIOD = DatePeriod.parse("2023-01-01/2023-06-01");

  @Test
  void contactsAreOptionalAndAtLeastZero() {
    TeamMembership without = TeamMembership.of(WorkerId.of("W-1"), Role.LIFE_COACH, PERIOD);
    assertThat(without.contacts()).isEmpty();
    TeamMembership zero =
        TeamMembership.builder().workerId(WorkerId.of("W-1")).role(Role.LIFE_COACH).period(PERIOD)
            .contacts(0).build();
    assertThat(zero.contacts()).contains(0);
    assertThat(zero).isNotEqualTo(without);
    assertThatThrownBy(
            () -> TeamMembership.builder().workerId(WorkerId.of("W-1")).role(Role.LIFE_COACH)
                .period(PERIOD).contacts(-1).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("contacts -1 of worker W-1 is negative")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("contacts");
  }
}
