package org.nwd.stats;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * Percentage change {@code (after - before) / before x 100}. Undefined (empty, with {@link
 * #isDefined()} false) when {@code before = 0}, never infinity.
 */
@Value.Immutable
public abstract class PercentChange {

  @Value.Parameter
  public abstract double before();

  @Value.Parameter
  public abstract double after();

  @Value.Check
  void check() {
    DomainRuleException.require(
        Double.isFinite(before()), "before", "before value %s must be finite", before());
    DomainRuleException.require(
        Double.isFinite(after()), "after", "after value %s must be finite", after());
  }

  public static PercentChange of(double before, double after) {
    return ImmutablePercentChange.of(before, after);
  }

  /** The change between two rates per person-year. */
  public static PercentChange of(Rate before, Rate after) {
    return of(before.rate(), after.rate());
  }

  /** The percentage, e.g. -49.7 for 503 to 253; empty when before is 0. */
  @Value.Lazy
  public OptionalDouble percent() {
    return before() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((after() - before()) / before() * 100);
  }

  public boolean isDefined() {
    return percent().isPresent();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("percentage change")
        .value(isDefined() ? Fmt.num(percent().getAsDouble()) + "%" : "undefined (before is 0)")
        .formula("(after - before) / before x 100, undefined when before = 0")
        .putInputs("before", Fmt.num(before()))
        .putInputs("after", Fmt.num(after()))
        .build();
  }

  @Override
  public String toString() {
    return "PercentChange{" + explanation().value() + "}";
  }
}
