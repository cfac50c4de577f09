package org.nwd.model;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Whether a young person was in a {@link MeasureKind#STATUS status} (e.g. in education, employment or
 * training) over a period.
 */
@Value.Immutable
public abstract class StatusPeriod {

  /** Whose status. */
  public abstract YoungPersonId youngPersonId();

  /** The status measure. */
  public abstract OutcomeMeasure measure();

  /** When. */
  public abstract DatePeriod period();

  /** True when the young person was in the status over the period. */
  public abstract boolean inStatus();

  @Value.Check
  void check() {
    DomainRuleException.require(
        measure().kind() == MeasureKind.STATUS,
        "measure",
        "status period measure %s is of kind %s, not status",
        measure().code(),
        measure().kind().code());
  }

  /** {@code inStatus} for {@code measure} over {@code period}. */
  public static StatusPeriod of(
      YoungPersonId youngPersonId, OutcomeMeasure measure, DatePeriod period, boolean inStatus) {
    return builder()
        .youngPersonId(youngPersonId)
        .measure(measure)
        .period(period)
        .inStatus(inStatus)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusPeriod}. */
  public static final class Builder extends ImmutableStatusPeriod.Builder {}
}
