package org.nwd.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * An exact amount of pounds sterling (GBP), backed by {@link BigDecimal}.
 *
 * <p>Addition, subtraction and multiplication are exact. Division and rounding need the caller to say
 * how ({@link MathContext} or {@link RoundingMode}): nothing is rounded silently. Two amounts are equal
 * when they have the same numeric value ({@code GBP 1.50} equals {@code GBP 1.5}). Only GBP is modelled,
 * so currencies cannot be mixed.
 *
 * <p>Two text forms:
 *
 * <ul>
 *   <li>{@link #toString()} reads like money: pounds to the penny, rounded half up ({@link
 *       #DISPLAY_ROUNDING}), with thousands separators, e.g. {@code £1,234.57} or {@code -£12.00}. Every
 *       explanation shows money this way. It is for reading: the exact value stays in {@link #amount()}.
 *   <li>{@link #toExactString()} is the exact canonical form {@code GBP <plain decimal>}, e.g. {@code GBP
 *       1234.5678}, for logs and round trips.
 * </ul>
 *
 * <p>{@link #parse} reads both: the exact form gives back an equal amount; the display form gives the
 * amount it shows (to the penny).
 */
public final class Money implements Comparable<Money> {

  /** The precision used where a documented rule divides (uprating, unit conversion, discounting). */
  public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;

  /**
   * The rule for every rounded display of money in the library: half up (ties away from zero), as a
   * spreadsheet rounds. {@link #toString()} rounds to the penny, {@link #toWholePoundsString()} to the
   * pound.
   */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  private static final String PREFIX = "GBP ";
  private static final Pattern EXACT = Pattern.compile("GBP (-?\\d+(\\.\\d+)?)");
  private static final Pattern DISPLAY =
      Pattern.compile("(-?)\u00a3(\\d{1,3}(,\\d{3})*|\\d+)(\\.\\d{2})?");

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
      throw new DomainRuleException(
          "pounds", "amount '" + SafeText.bounded(pounds) + "' is not a decimal number");
    }
  }

  /** A whole number of pounds, e.g. {@code Money.ofPounds(120_000)}. */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /**
   * Pounds as a researcher types them, e.g. {@code Money.ofPounds(1234.5)} or {@code
   * Money.ofPounds(0.1)}: the amount is the decimal the literal reads as, with {@link
   * BigDecimal#valueOf(double)} semantics (the shortest decimal that gives back the same double, so
   * {@code 0.1} is exactly 0.1, not 0.1000000000000000055...). For amounts that must be exact beyond
   * about 15 significant digits, use {@link #of(String)} or {@link #of(BigDecimal)}.
   *
   * @throws DomainRuleException if {@code pounds} is NaN or infinite
   */
  public static Money ofPounds(double pounds) {
    return new Money(Money.finite(pounds, "pounds"));
  }

  /**
   * Reads either text form: the exact {@code GBP 1234.5678} (as {@link #toExactString()} prints it)
   * or the display form {@code £1,234.57} / {@code -£1,234.57} (as {@link #toString()} prints it).
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher exact = EXACT.matcher(text);
    if (exact.matches()) {
      return new Money(new BigDecimal(exact.group(1)));
    }
    Matcher display = DISPLAY.matcher(text);
    DomainRuleException.require(
        display.matches(),
        "text",
        "money '%s' must be written as 'GBP <decimal>' or '£1,234.56'",
        SafeText.bounded(text));
    String digits = display.group(2).replace(",", "");
    String pence = display.group(4) == null ? "" : display.group(4);
    return new Money(new BigDecimal(display.group(1) + digits + pence));
  }

  /** A finite double as the decimal it reads as ({@link BigDecimal#valueOf(double)}). */
  static BigDecimal finite(double value, String field) {
    DomainRuleException.require(
        Double.isFinite(value), field, "%s is %s: must be a finite number", field, value);
    return BigDecimal.valueOf(value);
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
        divisor.signum() != 0, "divisor", "cannot divide %s by zero", toExactString());
    return new Money(amount.divide(divisor, context));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  /** Rounded to whole pence with the stated rule, e.g. {@link RoundingMode#HALF_UP} for a report. */
  public Money roundedToPence(RoundingMode mode) {
    return new Money(amount.setScale(2, Objects.requireNonNull(mode, "mode")));
  }

  /** Rounded to whole pounds with the stated rule, e.g. {@link #DISPLAY_ROUNDING} for a table. */
  public Money roundedToPounds(RoundingMode mode) {
    return new Money(amount.setScale(0, Objects.requireNonNull(mode, "mode")));
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

  /**
   * Pounds to the penny, rounded half up, grouped in thousands: {@code £1,234.57}, {@code -£0.50},
   * {@code £0.00}. For reading only; the exact value is {@link #amount()} or {@link #toExactString()}.
   */
  @Override
  public String toString() {
    return display(amount.setScale(2, DISPLAY_ROUNDING));
  }

  /** Whole pounds, rounded half up, grouped in thousands: {@code £1,235}, {@code -£12,000}. */
  public String toWholePoundsString() {
    return display(amount.setScale(0, DISPLAY_ROUNDING));
  }

  /** The exact canonical form {@code GBP <plain decimal>} without trailing zeros, e.g. {@code GBP 1234.5}. */
  public String toExactString() {
    return PREFIX + plain(amount);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  private static String display(BigDecimal rounded) {
    String digits = rounded.abs().toPlainString();
    int dot = digits.indexOf('.');
    String whole = dot == -1 ? digits : digits.substring(0, dot);
    StringBuilder out = new StringBuilder(rounded.signum() < 0 ? "-\u00a3" : "\u00a3");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(dot == -1 ? "" : digits.substring(dot)).toString();
  }
}
