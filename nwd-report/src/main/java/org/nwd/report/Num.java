package org.nwd.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every number the report prints goes through here, under one display rule, always half up, with ASCII
 * digits, '.' as the decimal point and ',' between thousands whatever the default locale: money to
 * whole pounds; rates, ratios and other estimates to two decimals; computed percentages to whole
 * per cent; counts and estimated numbers of events to whole numbers; p-values as "&lt; 0.001" or to
 * three significant figures; a caller's stated assumption exactly as stated.
 */
final class Num {
  private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_UP);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private Num() {}

  /** {@code x} to {@code decimals} places, half up; infinities and NaN in words. */
  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "undefined";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "infinite" : "-infinite";
    }
    return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A rate, ratio or other estimate: two decimals. */
  static String two(double x) {
    return fixed(x, 2);
  }

  /** A whole number, grouped, e.g. {@code 1,235} or {@code -12}: counts and estimated events. */
  static String whole(double x) {
    if (!Double.isFinite(x)) {
      return fixed(x, 0);
    }
    BigDecimal r = new BigDecimal(x).setScale(0, RoundingMode.HALF_UP);
    return (r.signum() < 0 ? "-" : "") + grouped(r.abs().toPlainString());
  }

  /** A p-value: "&lt; 0.001" below 0.001, otherwise three significant figures (0.0123, 0.500). */
  static String p(double p) {
    if (Double.isNaN(p)) {
      return "undefined";
    }
    if (p < 0.001) {
      return "< 0.001";
    }
    BigDecimal r = new BigDecimal(p).round(THREE);
    // Trailing zeros count: 0.5 is 0.500.
    return (r.precision() < 3 ? r.setScale(r.scale() + 3 - r.precision()) : r).toPlainString();
  }

  /** A coordinate for SVG: two decimals, half up, trailing zeros dropped. */
  static String px(double x) {
    BigDecimal d = new BigDecimal(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** Whole pounds, half up, without grouping, e.g. {@code -1235}: the CSV form. */
  static String poundsPlain(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  /** Whole pounds, half up, grouped, e.g. {@code £1,235} or {@code -£12,000}. */
  static String pounds(BigDecimal amount) {
    BigDecimal r = amount.setScale(0, RoundingMode.HALF_UP);
    String digits = grouped(r.abs().toPlainString());
    return (r.signum() < 0 ? "-" : "") + "\u00a3" + digits;
  }

  /** A plain decimal with trailing zeros dropped, e.g. {@code 0.25} or {@code 1200}. */
  static String plain(BigDecimal value) {
    BigDecimal d = value.stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A stated share (0.25) as the percentage it states, exactly: {@code 25%}, {@code 2.5%}. */
  static String statedPercent(BigDecimal share) {
    return plain(share.movePointRight(2)) + "%";
  }

  /** A date as "1 April 2024". */
  static String date(LocalDate d) {
    return DAY.format(d);
  }

  /** Inserts ',' every three digits left of the decimal point of a plain non-negative number. */
  static String grouped(String plainDigits) {
    int dot = plainDigits.indexOf('.');
    String whole = dot < 0 ? plainDigits : plainDigits.substring(0, dot);
    String rest = dot < 0 ? "" : plainDigits.substring(dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(rest).toString();
  }
}
