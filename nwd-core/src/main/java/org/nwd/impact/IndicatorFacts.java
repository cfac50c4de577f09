package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.model.EndReason;
import org.nwd.model.Role;

/** What one young person contributes to the NWD indicators; small, no dates. */
@Value.Immutable
abstract class IndicatorFacts {

  /** How an accepted edge-of-care referral turned out. */
  enum EdgeOfCare {
    NOT_APPLICABLE,
    STAYED_OUT,
    LOOKED_AFTER,
    INSUFFICIENT_FOLLOW_UP
  }

  abstract EdgeOfCare edgeOfCare();

  /** Lengths in days of completed residential hub stays. */
  abstract ImmutableList<Long> completedStayLengths();

  /** Residential stays started in the data (completed or not). */
  abstract int residentialStays();

  /** Of those, stays longer than the short-term threshold (ongoing stays measured to the data end). */
  abstract int staysBeyondThreshold();

  /** Where completed residential stays ended. */
  abstract ImmutableList<EndReason> destinations();

  /** Key-worker changes, when the young person has a team. */
  abstract Optional<Integer> keyWorkerChanges();

  /** Embedded specialist roles ever in the team. */
  abstract ImmutableSet<Role> specialistRoles();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableIndicatorFacts.Builder {}
}
