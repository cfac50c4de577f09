package org.nwd.report;

/**
 * One data cell of a report table: what the HTML shows, what the CSV holds, or the suppression marker
 * in both. A suppressed cell keeps no number at all, so nothing can leak it.
 */
final class Cell {
  /** The marker printed in place of a suppressed figure. */
  static final String SUPPRESSED = "[c]";

  final String html;
  final String csv;
  final boolean suppressed;

  private Cell(String html, String csv, boolean suppressed) {
    this.html = html;
    this.csv = csv;
    this.suppressed = suppressed;
  }

  static Cell of(String text) {
    return new Cell(text, text, false);
  }

  /** A cell shown as {@code html} on the page and as {@code csv} in the CSV file. */
  static Cell of(String html, String csv) {
    return new Cell(html, csv, false);
  }

  static Cell suppressed() {
    return new Cell(SUPPRESSED, SUPPRESSED, true);
  }
}
