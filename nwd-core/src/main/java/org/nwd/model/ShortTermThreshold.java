package org.nwd.model;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * How long a residential hub stay may last and still count as short-term ("residential care is a
 * short-term intervention, not a long-term solution"). No source gives a number: the {@link
 * #defaultThreshold() default} of 84 days (12 weeks) is a configurable proposal, not a sourced figure.
 */
@Value.Immutable
public abstract class ShortTermThreshold {

  /** The longest stay, in days, that is still short-term. */
  @Value.Parameter
  public abstract int days();

  @Value.Check
  void check() {
    DomainRuleException.require(days() > 0, "days", "threshold %s days is not positive", days());
  }

  /** A threshold of {@code days} days. */
  public static ShortTermThreshold of(int days) {
    return ImmutableShortTermThreshold.of(days);
  }

  /** 84 days (12 weeks): the library's proposal, to be set by each adopter. */
  public static ShortTermThreshold defaultThreshold() {
    return of(84);
  }

  @Override
  public String toString() {
    return days() + " days";
  }
}
