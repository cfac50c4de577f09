package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One bar of a tornado chart: NPV with one assumption at its low and at its high value. */
@Value.Immutable
public abstract class TornadoBar {
  public abstract String measureCode();

  public abstract Assumption assumption();

  public abstract BigDecimal lowValue();

  public abstract BigDecimal highValue();

  public abstract Money npvAtLow();

  public abstract Money npvAtHigh();

  /** {@code |npvAtHigh - npvAtLow|}, the length of the bar. */
  public Money swing() {
    Money d = npvAtHigh().minus(npvAtLow());
    return d.isNegative() ? d.negate() : d;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TornadoBar}. */
  public static final class Builder extends ImmutableTornadoBar.Builder {}
}
