package org.nwd.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the console and JShell: a title, a header row and rows, columns padded to
 * their widest cell, numbers (cells starting with a digit, sign or currency) right-aligned.
 */
public final class TextTable {
  private final String title;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(String title, String... header) {
    this.title = title;
    this.header = Arrays.asList(header);
  }

  /** A table with this title and these column headings. */
  public static TextTable of(String title, String... header) {
    return new TextTable(title, header);
  }

  /** Adds a row; it must have a cell for every column. */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + header.size() + " columns");
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  /** The table as text, ending in a newline. */
  public String render() {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n');
    line(out, header, w, false);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.append(rule).append('\n');
    for (List<String> r : rows) {
      line(out, r, w, true);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] w, boolean alignNumbers) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - c.length());
      l.append(i == 0 ? "" : "  ").append(alignNumbers && numeric(c) ? pad + c : c + pad);
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }

  private static boolean numeric(String c) {
    return !c.isEmpty() && (Character.isDigit(c.charAt(0)) || "-+£".indexOf(c.charAt(0)) >= 0);
  }

  @Override
  public String toString() {
    return render();
  }
}
