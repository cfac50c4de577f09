package org.nwd.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * An exact amount of pounds sterling (GBP), backed by {@link BigDecimal}.
 *
 * <p>Addition, subtraction and multiplication are exact. Division and rounding need the caller to say
 * how ({@link MathContext} or {@link RoundingMode}): nothing is rounded silently. Two amounts are equal
 * when they have the same numeric value ({@code GBP 1.50} equals {@code GBP 1.5}). The canonical text form
 * is {@code GBP <plain decimal>}, e.g. {@code GBP 1234.5678} or {@code GBP -12}; {@link #parse} reads
 * exactly what {@link #toString} prints. Only GBP is modelled, so currencies cannot be mixed.
 */
public final class Money implements Comparable<Money> {

  /** The precision used where a documented rule divides (uprating, unit conversion, discounting). */
  public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;

  private static final String PREFIX = "GBP ";

  /** Zero pounds. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /** The exact amount in pounds. */
  public static Money of(BigDecimal pounds) {
    return new Money(Objects.requireNonNull(pounds, "pounds"));
  }

  /** The exact amount in pounds written as a decimal string, e.g. {@code "1325.44"}. */
  public static Money of(String pounds) {
    Objects.requireNonNull(pounds, "pounds");
    try {
      return new Money(new BigDecimal(pounds.trim()));
    } catch (NumberFormatException e) {
      throw new DomainRuleException("pounds", "amount '" + SafeText.bounded(pounds) + "' is not a decimal number");
    }
  }

  /** A whole number of pounds. */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /** Reads the canonical form printed by {@link #toString()}, e.g. {@code "GBP 1234.5678"}. */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    DomainRuleException.require(
        text.startsWith(PREFIX),
        "text",
        "money '%s' must be written as 'GBP <decimal>'",
        SafeText.bounded(text));
    String number = text.substring(PREFIX.length());
    DomainRuleException.require(
        number.matches("-?\\d+(\\.\\d+)?"),
        "text",
        "money '%s' must be written as 'GBP <decimal>'",
        SafeText.bounded(text));
    return new Money(new BigDecimal(number));
  }

  /** The exact amount in pounds. */
  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** Exact product. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")));
  }

  /** Quotient to the stated precision; the only place division happens. */
  public Money dividedBy(BigDecimal divisor, MathContext context) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(context, "context");
    DomainRuleException.require(
        divisor.signum() != 0, "divisor", "cannot divide %s by zero", this);
    return new Money(amount.divide(divisor, context));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  /** Rounded to whole pence with the stated rule, e.g. {@link RoundingMode#HALF_UP} for a report. */
  public Money roundedToPence(RoundingMode mode) {
    return new Money(amount.setScale(2, Objects.requireNonNull(mode, "mode")));
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** The nearest double, for simulation only. */
  public double toDouble() {
    return amount.doubleValue();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /** The canonical form {@code GBP <plain decimal>}, without trailing zeros, e.g. {@code GBP 1234.5}. */
  @Override
  public String toString() {
    return PREFIX + amount.stripTrailingZeros().toPlainString();
  }
}
