package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.model.YoungPersonId;

/**
 * A young person left out of the before/after comparison and why. Carries the pseudonymous id and a
 * reason only: no birth month, no dates of personal events.
 */
@Value.Immutable
public abstract class Exclusion implements Comparable<Exclusion> {

  @Value.Parameter
  public abstract YoungPersonId youngPersonId();

  @Value.Parameter
  public abstract ExclusionReason reason();

  /** {@code youngPersonId} left out for {@code reason}. */
  public static Exclusion of(YoungPersonId youngPersonId, ExclusionReason reason) {
    return ImmutableExclusion.of(youngPersonId, reason);
  }

  @Override
  public int compareTo(Exclusion other) {
    int c = youngPersonId().compareTo(other.youngPersonId());
    return c != 0 ? c : reason().compareTo(other.reason());
  }

  @Override
  public String toString() {
    return youngPersonId() + ": " + reason().text();
  }
}
