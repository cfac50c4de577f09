package org.nwd.fidelity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Number printing and plain-text tables (package-private helper). */
final class Text {
  private static final MathContext FOUR = new MathContext(4, RoundingMode.HALF_UP);

  private Text() {}

  /** Four significant digits, half up, trailing zeros dropped; infinities and NaN in words. */
  static String num(double x) {
    if (Double.isNaN(x)) {
      return "undefined";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "+infinity" : "-infinity";
    }
    BigDecimal d = new BigDecimal(x).round(FOUR).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A table with a header row, columns padded to their widest cell, separated by two spaces. */
  static String table(List<String> header, List<List<String>> rows) {
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
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? cell + pad : pad + cell);
        if (i < row.size() - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = -2;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(total)).append('\n');
      }
    }
    return out.toString();
  }
}
