package org.nwd.report;

import org.nwd.impact.Suppression;

/**
 * One data cell of a report table: what the HTML shows, what the CSV holds, or a suppression marker in
 * both ({@link Suppression#PRIMARY} {@code [c]}, {@link Suppression#SECONDARY} {@code [d]}). A
 * suppressed cell keeps no number at all, so nothing can leak it. A cell is a number (right-aligned)
 * or text.
 */
final class Cell {
  /** The marker printed in place of a primary suppressed figure. */
  static final String SUPPRESSED = Suppression.PRIMARY.marker();

  final String html;
  final String csv;
  final Suppression suppression;
  final boolean text;

  private Cell(String html, String csv, Suppression suppression, boolean text) {
    this.html = html;
    this.csv = csv;
    this.suppression = suppression;
    this.text = text;
  }

  /** A number, shown and written as {@code text}. */
  static Cell of(String text) {
    return new Cell(text, text, Suppression.NONE, false);
  }

  /** A number shown as {@code html} on the page and written as {@code csv} in the CSV file. */
  static Cell of(String html, String csv) {
    return new Cell(html, csv, Suppression.NONE, false);
  }

  /** Words rather than a number (left-aligned). */
  static Cell text(String text) {
    return new Cell(text, text, Suppression.NONE, true);
  }

  /** A primary suppressed cell. */
  static Cell suppressed() {
    return suppressed(Suppression.PRIMARY);
  }

  /** A cell suppressed as {@code s}. */
  static Cell suppressed(Suppression s) {
    if (!s.isSuppressed()) {
      throw new IllegalArgumentException("a suppressed cell needs a suppression, not " + s);
    }
    return new Cell(s.marker(), s.marker(), s, false);
  }

  /** {@code cell}, or the marker of {@code s} when it is suppressed. */
  static Cell unless(Suppression s, Cell cell) {
    return s.isSuppressed() ? suppressed(s) : cell;
  }

  boolean isSuppressed() {
    return suppression.isSuppressed();
  }
}
