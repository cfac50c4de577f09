package org.nwd.stats;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * One person's events and days at risk in the before and after windows, the unit that {@link
 * DifferenceInDifferences} resamples. Carries no identifier.
 */
@Value.Immutable
public abstract class PersonPeriods {

  @Value.Parameter
  public abstract long eventsBefore();

  @Value.Parameter
  public abstract double daysAtRiskBefore();

  @Value.Parameter
  public abstract long eventsAfter();

  @Value.Parameter
  public abstract double daysAtRiskAfter();

  @Value.Check
  void check() {
    DomainRuleException.require(
        eventsBefore() >= 0 && eventsAfter() >= 0,
        "eventsBefore",
        "events before %s and after %s must be at least 0",
        eventsBefore(),
        eventsAfter());
    DomainRuleException.require(
        Double.isFinite(daysAtRiskBefore())
            && daysAtRiskBefore() > 0
            && Double.isFinite(daysAtRiskAfter())
            && daysAtRiskAfter() > 0,
        "daysAtRiskBefore",
        "days at risk before %s and after %s must be finite and greater than 0",
        daysAtRiskBefore(),
        daysAtRiskAfter());
  }

  public static PersonPeriods of(
      long eventsBefore, double daysAtRiskBefore, long eventsAfter, double daysAtRiskAfter) {
    return ImmutablePersonPeriods.of(eventsBefore, daysAtRiskBefore, eventsAfter, daysAtRiskAfter);
  }
}
