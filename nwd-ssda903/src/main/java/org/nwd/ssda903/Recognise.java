package org.nwd.ssda903;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.nwd.quality.DataIssue;

/** Which SSDA903 table a set of column names is, and how a raw value is cleaned. */
final class Recognise {
  private Recognise() {}

  /**
   * The table whose columns {@code columns} holds all of (the most columns wins); failing that, the
   * one whose key columns it holds (the most key columns wins).
   *
   * @throws Ssda903FileException when no table, or two tables equally, match
   */
  static Ssda903Table table(Set<String> columns, String file) {
    Ssda903Table best = null;
    for (Ssda903Table t : Ssda903Table.values()) {
      if (columns.containsAll(t.columns())
          && (best == null || t.columns().size() > best.columns().size())) {
        best = t;
      }
    }
    if (best != null) {
      return best;
    }
    Ssda903Table byKey = null;
    boolean tie = false;
    for (Ssda903Table t : Ssda903Table.values()) {
      if (!columns.containsAll(t.keyColumns())) {
        continue;
      }
      if (byKey == null || t.keyColumns().size() > byKey.keyColumns().size()) {
        byKey = t;
        tie = false;
      } else if (t.keyColumns().size() == byKey.keyColumns().size()) {
        tie = true;
      }
    }
    if (byKey != null && !tie) {
      return byKey;
    }
    String shown =
        new TreeSet<>(columns).stream().limit(20).map(DataIssue::shown)
            .collect(Collectors.joining(", "));
    throw new Ssda903FileException(
        file,
        1,
        "not an SSDA903 table: the columns ["
            + shown
            + "] match "
            + (tie ? "more than one table" : "no table")
            + " ("
            + Arrays.stream(Ssda903Table.values())
                .map(Ssda903Table::code)
                .collect(Collectors.joining(", "))
            + ")",
        null);
  }

  /** Trimmed and upper case; null when blank. */
  static @Nullable String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    return s.isEmpty() ? null : s.toUpperCase(Locale.ROOT);
  }
}
