package org.nwd.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Prints numbers for explanations: six significant digits (half up), infinities spelt out. */
final class Fmt {
  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);

  private Fmt() {}

  private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_UP);

  /** A p-value: as {@link #num(double)}, but below 0.0001 in scientific notation (e.g. 4.154E-19). */
  static String p(double p) {
    return p < 0.0001 && p > 0
        ? new BigDecimal(p).round(FOUR).stripTrailingZeros().toString()
        : num(p);
  }

  /** The number, or "undefined" when empty. */
  static String num(OptionalDouble x) {
    return x.isPresent() ? num(x.getAsDouble()) : "undefined";
  }

  static String num(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return "+infinity";
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return "-infinity";
    }
    if (Double.isNaN(x)) {
      return "undefined";
    }
    return new BigDecimal(x).round(SIX).stripTrailingZeros().toPlainString();
  }
}
