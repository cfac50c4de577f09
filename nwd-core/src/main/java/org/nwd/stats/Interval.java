package org.nwd.stats;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A confidence interval {@code [lower, upper]}. The lower bound is finite; the upper bound may be
 * {@code +Infinity} (e.g. an exact rate ratio when there were no events before), which {@link
 * #toString()} prints honestly as {@code +infinity)}.
 */
@Value.Immutable
public abstract class Interval {

  @Value.Parameter
  public abstract double lower();

  @Value.Parameter
  public abstract double upper();

  @Value.Check
  void check() {
    DomainRuleException.require(
        Double.isFinite(lower()), "lower", "interval lower bound %s must be finite", lower());
    DomainRuleException.require(
        !Double.isNaN(upper()) && upper() >= lower(),
        "upper",
        "interval upper bound %s must not be below the lower bound %s",
        upper(),
        lower());
  }

  public static Interval of(double lower, double upper) {
    return ImmutableInterval.of(lower, upper);
  }

  /** True when the upper bound is {@code +Infinity}. */
  public boolean isUpperUnbounded() {
    return upper() == Double.POSITIVE_INFINITY;
  }

  /** True when {@code lower <= x <= upper}. */
  public boolean contains(double x) {
    return lower() <= x && x <= upper();
  }

  /** E.g. {@code [0.25, 1.5]} or {@code [0.4, +infinity)}, six significant digits. */
  @Override
  public String toString() {
    return "["
        + Fmt.num(lower())
        + ", "
        + Fmt.num(upper())
        + (isUpperUnbounded() ? ")" : "]");
  }
}
