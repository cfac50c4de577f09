package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One bar of a tornado chart: NPV with one assumption at its low and at its high value. For a
 * {@link Assumption#UNIT_COST} bar, {@link #unitCost()} names the cost ("code (TYPE)"), the values are
 * multipliers of it, and {@link #measureCode()} lists the measures it values (comma-separated).
 */
@Value.Immutable
public abstract class TornadoBar {
  public abstract String measureCode();

  public abstract Assumption assumption();

  /** The unit cost varied, for a {@link Assumption#UNIT_COST} bar. */
  public abstract java.util.Optional<String> unitCost();

  public abstract BigDecimal lowValue();

  public abstract BigDecimal highValue();

  public abstract Money npvAtLow();

  public abstract Money npvAtHigh();

  /** {@code |npvAtHigh - npvAtLow|}, the length of the bar. */
  public Money swing() {
    Money d = npvAtHigh().minus(npvAtLow());
    return d.isNegative() ? d.negate() : d;
  }

  /** What was varied, in words: "ARRESTS DEADWEIGHT" or "unit cost CR7.0 (FISCAL)". */
  public String label() {
    return unitCost().map(u -> "unit cost " + u).orElse(measureCode() + " " + assumption());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TornadoBar}. */
  public static final class Builder extends ImmutableTornadoBar.Builder {}
}
