package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A data table of the report: an id (also the CSV file name), a caption, column headings and rows,
 * each row with a heading cell and data cells. Rendered as an accessible HTML table (caption, {@code
 * th scope}) and as RFC 4180 CSV.
 */
final class Table {
  final String id;
  final String caption;
  final ImmutableList<String> columns;
  final ImmutableList<Row> rows;

  /** One row: its heading and one cell per column after the first. */
  static final class Row {
    final String heading;
    final ImmutableList<Cell> cells;

    Row(String heading, List<Cell> cells) {
      this.heading = heading;
      this.cells = ImmutableList.copyOf(cells);
    }
  }

  /** Tables with more columns than this are laid out full width. */
  static final int WIDE = 5;

  Table(String id, String caption, List<String> columns, List<Row> rows) {
    this.id = id;
    this.caption = caption;
    this.columns = ImmutableList.copyOf(columns);
    this.rows = ImmutableList.copyOf(rows);
    for (Row r : rows) {
      if (r.cells.size() + 1 != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": row has " + (r.cells.size() + 1) + " cells, expected " + columns.size());
      }
    }
  }

  /**
   * The table inside a box that scrolls sideways on a narrow screen; the box is a labelled region
   * that takes keyboard focus, so it can be scrolled without a mouse.
   */
  void appendHtml(StringBuilder out) {
    // A wide table takes a row of its own instead of squeezing in beside a chart.
    out.append(columns.size() > WIDE ? "<div class=\"table-wrap wide\"" : "<div class=\"table-wrap\"")
        .append(" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        .append(Html.escape(id))
        .append("-caption\">\n<table id=\"")
        .append(Html.escape(id))
        .append("\" class=\"data\" data-table=\"")
        .append(Html.escape(id))
        .append("\">\n<caption id=\"")
        .append(Html.escape(id))
        .append("-caption\">")
        .append(Html.escape(caption))
        .append("</caption>\n<thead><tr>");
    for (String c : columns) {
      out.append("<th scope=\"col\">").append(Html.escape(c)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      out.append("<tr><th scope=\"row\">").append(Html.escape(r.heading)).append("</th>");
      for (Cell c : r.cells) {
        out.append("<td class=\"")
            .append(c.text ? hasLongWord(c.html) ? "text long" : "text" : "num")
            .append(c.isSuppressed()
                ? " suppressed " + c.suppression.name().toLowerCase(java.util.Locale.ROOT) : "")
            .append("\">")
            .append(Html.escape(c.html))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  /** A word too long for a narrow column (a web address, say): it may break anywhere. */
  static final int LONG_WORD = 24;

  static boolean hasLongWord(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      if (run > LONG_WORD) {
        return true;
      }
    }
    return false;
  }

  /** True when some cell of the table is suppressed. */
  boolean hasSuppressed() {
    return rows.stream().anyMatch(r -> r.cells.stream().anyMatch(Cell::isSuppressed));
  }

  /** The table as RFC 4180 CSV: a header record, CRLF line breaks, fields quoted where needed. */
  String toCsv() {
    StringBuilder out = new StringBuilder();
    record(out, columns);
    for (Row r : rows) {
      ImmutableList.Builder<String> fields = ImmutableList.builder();
      fields.add(r.heading);
      for (Cell c : r.cells) {
        fields.add(c.csv);
      }
      record(out, fields.build());
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(fields.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Quotes a field that holds a comma, a double quote, CR or LF, doubling inner quotes (RFC 4180).
   * Text a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
   * tab or CR) is prefixed with a single quote, as OWASP advises for CSV injection; a number, such as
   * {@code -0.25}, is left as it is so that it still reads as a number.
   */
  static String csvField(String field) {
    String safe = startsLikeAFormula(field) ? "'" + field : field;
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\r') < 0
        && safe.indexOf('\n') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  static boolean startsLikeAFormula(String field) {
    if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0) {
      return false;
    }
    return !NUMBER.matcher(field).matches();
  }
}
