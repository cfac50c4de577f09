package org.nwd.ssda903;

import org.jspecify.annotations.Nullable;
/**
 * One row of a table as read, before any rule: its table, where it came from and its values in the
 * table's column order (trimmed, upper case, {@code null} for blank or absent).
 */
final class RawRow {
  final Ssda903Table table;
  final Ssda903Source source;
  final long line;
  final String[] values;

  RawRow(Ssda903Table table, Ssda903Source source, long line, String[] values) {
    this.table = table;
    this.source = source;
    this.line = line;
    this.values = values;
  }

  /** The value of {@code column}, or null when blank or absent from the file. */
  @Nullable String get(String column) {
    int i = table.index(column);
    return i < 0 ? null : values[i];
  }

  /** Receives rows as a reader finds them. */
  interface Sink {
    void row(RawRow row);

    /** A file-level note (an ignored table or column). */
    void note(
        Ssda903Table table, Ssda903Source source, long line, @Nullable String field, String rule,
        boolean ignored);

    /** Rows read of {@code table} from one file. */
    void counted(Ssda903Table table, long rows);
  }
}
