package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * The events of one outcome measure avoided in benefit year 1, before additionality adjustments
 * ({@code A[o,1]}, methods.md §3.1), with how they were derived. Positive means fewer events (for
 * IN_EET: person-years of NEET avoided). The impact analysis produces these.
 *
 * <p>{@link #events()} carries low/high values for uncertainty analysis; {@link #derivation()} says
 * in words how the figure was obtained (no personal data).
 */
@Value.Immutable
public abstract class EventsAvoided {

  /** The outcome-measure code, e.g. {@code MISSING_INCIDENTS}. */
  public abstract String measureCode();

  public abstract Estimate events();

  public abstract EventsOrigin origin();

  /** How the figure was derived, e.g. "(r_pre - r_post) × PY_post = (2.1 - 0.9) × 38.5". */
  public abstract String derivation();

  @Value.Check
  void check() {
    DomainRuleException.require(!measureCode().isBlank(), "measureCode", "measure code is blank");
  }

  public static EventsAvoided of(
      String measureCode, Estimate events, EventsOrigin origin, String derivation) {
    return builder()
        .measureCode(measureCode)
        .events(events)
        .origin(origin)
        .derivation(derivation)
        .build();
  }

  /**
   * An explicit counterfactual: without the service, {@code people} young people would each have had
   * {@code quantityEach} events of the measure (in the measure's own unit, e.g. days), so
   * {@code events = people × quantityEach}.
   */
  public static EventsAvoided counterfactual(
      String measureCode, BigDecimal people, BigDecimal quantityEach, String statement) {
    DomainRuleException.require(
        people.signum() >= 0, "people", "counterfactual for %s has %s young people: must not be negative",
        measureCode, people.toPlainString());
    return of(
        measureCode,
        Estimate.of(people.multiply(quantityEach)),
        EventsOrigin.EXPLICIT_COUNTERFACTUAL,
        statement
            + " ("
            + people.toPlainString()
            + " young people × "
            + quantityEach.toPlainString()
            + " each)");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EventsAvoided}. */
  public static final class Builder extends ImmutableEventsAvoided.Builder {}
}
