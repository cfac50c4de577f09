package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A decision about a young person, with the provocations considered and whose risk it managed. Lets a
 * service see how often decisions managed risk for the young person rather than for the organisation.
 */
@Value.Immutable
public abstract class DecisionRecord {

  /** When the decision was made. */
  public abstract LocalDate date();

  /** About whom. */
  public abstract YoungPersonId youngPersonId();

  /** What it was about. */
  public abstract DecisionCategory category();

  /** The ids of the provocations considered (see {@link ProvocationCatalogue}). */
  public abstract ImmutableList<String> provocationsConsidered();

  /** Whose risk the decision managed. */
  public abstract RiskOwner riskManagedFor();

  @Value.Check
  void check() {
    for (String id : provocationsConsidered()) {
      Checks.requireId(id, "provocationsConsidered", "provocation id");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRecord}. */
  public static final class Builder extends ImmutableDecisionRecord.Builder {}
}
