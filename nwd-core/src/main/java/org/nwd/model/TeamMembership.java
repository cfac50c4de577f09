package org.nwd.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A worker's place in a young person's team for a period, in one role. A portfolio lead names the
 * portfolio area they lead; no other role does.
 */
@Value.Immutable
public abstract class TeamMembership {

  /** The worker. */
  public abstract WorkerId workerId();

  /** Their role for this young person. */
  public abstract Role role();

  /** The area led; present exactly when the role is {@link Role#PORTFOLIO_LEAD}. */
  public abstract Optional<PortfolioArea> portfolioArea();

  /** When the worker held the role. */
  public abstract DatePeriod period();

  /**
   * How many contacts (visits, sessions, calls) the worker had with the young person in this role
   * over the period, where the case system records contacts; absent where it does not. Absent is not
   * zero: fidelity measures treat it as unknown.
   */
  public abstract Optional<Integer> contacts();

  @Value.Check
  void check() {
    boolean lead = role() == Role.PORTFOLIO_LEAD;
    DomainRuleException.require(
        !lead || portfolioArea().isPresent(),
        "portfolioArea",
        "portfolio lead %s has no portfolio area",
        workerId());
    DomainRuleException.require(
        lead || portfolioArea().isEmpty(),
        "portfolioArea",
        "portfolio area %s given for role %s; only portfolio leads have one",
        portfolioArea().map(PortfolioArea::code).orElse(""),
        role().code());
    contacts()
        .ifPresent(
            n ->
                DomainRuleException.require(
                    n >= 0, "contacts", "contacts %s of worker %s is negative", n, workerId()));
  }

  /** {@code workerId} in {@code role} over {@code period}; not for portfolio leads, see {@link #portfolioLead}. */
  public static TeamMembership of(WorkerId workerId, Role role, DatePeriod period) {
    return builder().workerId(workerId).role(role).period(period).build();
  }

  /** {@code workerId} as portfolio lead for {@code area} over {@code period}. */
  public static TeamMembership portfolioLead(WorkerId workerId, PortfolioArea area, DatePeriod period) {
    return builder()
        .workerId(workerId)
        .role(Role.PORTFOLIO_LEAD)
        .portfolioArea(area)
        .period(period)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamMembership}. */
  public static final class Builder extends ImmutableTeamMembership.Builder {}

  /** True when the membership covers {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    return period().contains(date);
  }
}
