package org.nwd.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A referral of a young person to No Wrong Door and what was decided on it. */
@Value.Immutable
public abstract class Referral {

  /** Who was referred. */
  public abstract YoungPersonId youngPersonId();

  /** When the referral was made. */
  public abstract LocalDate date();

  /** Why. */
  public abstract ReferralCategory category();

  /** What was decided. */
  public abstract ReferralDecision decision();

  /** A referral of {@code youngPersonId} on {@code date}. */
  public static Referral of(
      YoungPersonId youngPersonId,
      LocalDate date,
      ReferralCategory category,
      ReferralDecision decision) {
    return builder()
        .youngPersonId(youngPersonId)
        .date(date)
        .category(category)
        .decision(decision)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {}
}
