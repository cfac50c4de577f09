package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.Proportion;

/**
 * A status measure over the young people whose status is known at the end of both windows: the
 * proportions in the status before and after (Wilson intervals) and McNemar's test on the paired
 * changes.
 */
@Value.Immutable
public abstract class StatusChange {

  public abstract Proportion before();

  public abstract Proportion after();

  public abstract McNemarTest mcNemar();

  /** A builder, for code that rebuilds a result computed elsewhere (for example nwd-json). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusChange}; see {@link StatusChange#builder()}. */
  public static final class Builder extends ImmutableStatusChange.Builder {}

  @Value.Check
  void check() {
    DomainRuleException.require(
        before().trials() == after().trials(),
        "after",
        "before and after must count the same young people: %s and %s",
        before().trials(),
        after().trials());
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("share in the status at the end of each window")
        .value(Tables.num(before().estimate()) + " -> " + Tables.num(after().estimate()))
        .putInputs("young people", Long.toString(before().trials()))
        .addSteps(before().explanation(), after().explanation(), mcNemar().explanation())
        .build();
  }
}
