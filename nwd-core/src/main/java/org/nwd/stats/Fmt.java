package org.nwd.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Prints numbers for explanations: six significant digits (half up), infinities spelt out. */
final class Fmt {
  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);

  private Fmt() {}

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
