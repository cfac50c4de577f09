package org.nwd.model;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A count of events of one {@link MeasureKind#EVENT_COUNT event-count} measure for a young person on a
 * date, e.g. two missing incidents on 2024-03-02. The count is always stated by the caller (no default
 * of 1) and may be zero.
 */
@Value.Immutable
public abstract class OutcomeEvent {

  /** Whose event. */
  public abstract YoungPersonId youngPersonId();

  /** The event-count measure. */
  public abstract OutcomeMeasure measure();

  /** When. */
  public abstract LocalDate date();

  /** How many events, {@code >= 0}. */
  public abstract int count();

  @Value.Check
  void check() {
    DomainRuleException.require(
        measure().kind() == MeasureKind.EVENT_COUNT,
        "measure",
        "outcome event measure %s is of kind %s, not event_count",
        measure().code(),
        measure().kind().code());
    DomainRuleException.require(
        count() >= 0, "count", "%s count %s is negative", measure().code(), count());
  }

  /** {@code count} events of {@code measure} on {@code date}. */
  public static OutcomeEvent of(
      YoungPersonId youngPersonId, OutcomeMeasure measure, LocalDate date, int count) {
    return builder().youngPersonId(youngPersonId).measure(measure).date(date).count(count).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeEvent}. */
  public static final class Builder extends ImmutableOutcomeEvent.Builder {}
}
