package org.nwd.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nwd.stats.Interval;

/** Number printing and plain-text tables for results (package-private helper). */
final class Tables {
  private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_UP);

  private Tables() {}

  /** Four significant digits, half up; infinities spelt out. */
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
    return new BigDecimal(x).round(FOUR).stripTrailingZeros().toPlainString();
  }

  /** A p-value: four significant digits, "<0.0001" below that, "-" when absent. */
  static String p(OptionalDouble p) {
    if (p.isEmpty()) {
      return "-";
    }
    return p.getAsDouble() < 0.0001 ? "<0.0001" : num(p.getAsDouble());
  }

  static String num(OptionalDouble x) {
    return x.isPresent() ? num(x.getAsDouble()) : "-";
  }

  static String interval(Optional<Interval> i) {
    return i.map(Tables::interval).orElse("-");
  }

  static String interval(Interval i) {
    return "["
        + num(i.lower())
        + ", "
        + num(i.upper())
        + (i.isUpperUnbounded() ? ")" : "]");
  }

  /** A table with a header row, columns padded to their widest cell, separated by two spaces. */
  static String render(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] width = new int[header.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      List<String> row = all.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, width[i]) : padLeft(cell, width[i]));
        if (i < row.size() - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(Math.max(0, total - 2))).append('\n');
      }
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }
}
