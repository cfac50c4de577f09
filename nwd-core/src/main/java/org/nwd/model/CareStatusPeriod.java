package org.nwd.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A care status held over a (half-open) period. */
@Value.Immutable
public abstract class CareStatusPeriod {

  /** The status held. */
  public abstract CareStatus status();

  /** When it was held. */
  public abstract DatePeriod period();

  /** {@code status} from {@code start} to {@code end} (exclusive). */
  public static CareStatusPeriod of(CareStatus status, LocalDate start, LocalDate end) {
    return of(status, DatePeriod.of(start, end));
  }

  /** {@code status} over {@code period}. */
  public static CareStatusPeriod of(CareStatus status, DatePeriod period) {
    return builder().status(status).period(period).build();
  }

  /** {@code status} from {@code start}, still held. */
  public static CareStatusPeriod open(CareStatus status, LocalDate start) {
    return of(status, DatePeriod.open(start));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CareStatusPeriod}. */
  public static final class Builder extends ImmutableCareStatusPeriod.Builder {}

  @Override
  public String toString() {
    return status().code() + " " + period();
  }
}
