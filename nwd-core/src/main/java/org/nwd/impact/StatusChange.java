package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.ConditionalOddsRatio;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedProportions;
import org.nwd.stats.Proportion;

/**
 * A status measure over the young people whose status is known at the end of both windows: the
 * proportions in the status before and after (Wilson intervals), McNemar's test on the paired
 * changes, and, derived from the same paired table, the change in the proportion with Newcombe's
 * paired interval ({@link #difference()}) and the conditional odds ratio with its exact interval
 * ({@link #oddsRatio()}).
 *
 * <p>The paired table is recovered from the parts: {@code a = before.successes - b = after.successes
 * - c}, {@code d = n - a - b - c}, with {@code b} and {@code c} McNemar's discordant counts; the parts
 * must agree on it.
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
    long b = mcNemar().yesToNo();
    long c = mcNemar().noToYes();
    DomainRuleException.require(
        b <= before().successes()
            && c <= after().successes()
            && before().successes() - b == after().successes() - c
            && before().successes() - b + b + c <= before().trials(),
        "mcNemar",
        "discordant counts b = %s, c = %s do not fit the proportions %s of %s before and %s of %s"
            + " after (a = before - b = after - c and a + b + c <= n)",
        b,
        c,
        before().successes(),
        before().trials(),
        after().successes(),
        after().trials());
  }

  /** The change in the share in the status, after - before, with Newcombe's paired interval. */
  @Value.Lazy
  public PairedProportions difference() {
    long b = mcNemar().yesToNo();
    long c = mcNemar().noToYes();
    long a = before().successes() - b;
    return PairedProportions.of(a, b, c, before().trials() - a - b - c, mcNemar().level());
  }

  /** The conditional odds ratio c / b of being in the status after vs before (exact interval). */
  @Value.Lazy
  public ConditionalOddsRatio oddsRatio() {
    return ConditionalOddsRatio.of(mcNemar().yesToNo(), mcNemar().noToYes(), mcNemar().level());
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("share in the status at the end of each window")
        .value(Tables.num(before().estimate()) + " -> " + Tables.num(after().estimate()))
        .putInputs("young people", Long.toString(before().trials()))
        .addSteps(
            before().explanation(),
            after().explanation(),
            difference().explanation(),
            oddsRatio().explanation(),
            mcNemar().explanation())
        .build();
  }
}
