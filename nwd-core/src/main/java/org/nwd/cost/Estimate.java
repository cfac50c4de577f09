package org.nwd.cost;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * A central value with the low and high values used by sensitivity and Monte Carlo analysis
 * ({@code low <= central <= high}). Monte Carlo draws from a triangular distribution on
 * (low, central, high); {@link #of(BigDecimal)} is a fixed value.
 */
@Value.Immutable
public abstract class Estimate {

  public abstract BigDecimal central();

  public abstract BigDecimal low();

  public abstract BigDecimal high();

  @Value.Check
  void check() {
    DomainRuleException.require(
        low().compareTo(central()) <= 0 && central().compareTo(high()) <= 0,
        "estimate",
        "estimate needs low <= central <= high, got %s <= %s <= %s",
        low().toPlainString(),
        central().toPlainString(),
        high().toPlainString());
  }

  /** A fixed value (low = central = high). */
  public static Estimate of(BigDecimal value) {
    return of(value, value, value);
  }

  /** A fixed value from its decimal text, e.g. {@code "0.25"}. */
  public static Estimate of(String value) {
    return of(decimal(value, "estimate"));
  }

  public static Estimate of(BigDecimal low, BigDecimal central, BigDecimal high) {
    return builder().low(low).central(central).high(high).build();
  }

  /** From decimal texts, e.g. {@code of("0.1", "0.2", "0.4")}. */
  public static Estimate of(String low, String central, String high) {
    return of(decimal(low, "low"), decimal(central, "central"), decimal(high, "high"));
  }

  private static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new org.nwd.DomainRuleException(
          field, field + " '" + SafeText.bounded(text) + "' is not a decimal number");
    }
  }

  /**
   * A fixed value as typed, e.g. {@code Estimate.of(0.25)}: the decimal the literal reads as
   * ({@link BigDecimal#valueOf(double)} semantics, so 0.1 is exactly 0.1).
   *
   * @throws org.nwd.DomainRuleException if the value is NaN or infinite
   */
  public static Estimate of(double value) {
    return of(Money.finite(value, "estimate"));
  }

  /** Low, central and high as typed, e.g. {@code Estimate.of(0.1, 0.2, 0.4)}. */
  public static Estimate of(double low, double central, double high) {
    return of(
        Money.finite(low, "low"), Money.finite(central, "central"), Money.finite(high, "high"));
  }

  /** True if low = high (no uncertainty). */
  public boolean isFixed() {
    return low().compareTo(high()) == 0;
  }

  void requireShares(String field, String item) {
    // low <= central <= high, so the two ends bound the central value too.
    Shares.require(low(), field, item);
    Shares.require(high(), field, item);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Estimate}. */
  public static final class Builder extends ImmutableEstimate.Builder {}
}
