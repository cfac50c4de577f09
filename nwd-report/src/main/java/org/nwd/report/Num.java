package org.nwd.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every number the report prints goes through here: fixed decimals with {@link RoundingMode#HALF_UP},
 * ASCII digits, '.' as the decimal point and ',' between thousands, whatever the default locale.
 */
final class Num {
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
