package org.nwd.quality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.YoungPersonId;

/**
 * The row-level data-quality report of an import: every {@link DataIssue} in the order found and the
 * number of rows read per table, with summary counts by category and action and the children set
 * aside whole.
 *
 * <p>Readable in JShell: {@link #toString()} is the one-line summary, {@link #summary()} the counts as
 * a small table and {@link #table()} every issue as a text table. {@link #toCsv()} writes the issues as
 * CSV (one row per issue, the columns of {@link #CSV_HEADER}); nwd-json writes the whole report as
 * JSON.
 */
@Value.Immutable
public abstract class DataIssueReport {
  /** The CSV header line of {@link #toCsv()}. */
  public static final String CSV_HEADER =
      "table,file,line,young_person_id,field,value,category,rule,action,repair";

  /** The issues, in the order the import found them. */
  public abstract ImmutableList<DataIssue> issues();

  /** Rows read per table (e.g. {@code episodes -> 1200}), in the order the tables were read. */
  public abstract ImmutableMap<String, Long> rowsRead();

  @Value.Check
  void check() {
    for (Map.Entry<String, Long> e : rowsRead().entrySet()) {
      DomainRuleException.require(
          !e.getKey().isBlank(), "rowsRead", "a table name in rows read is blank");
      DomainRuleException.require(
          e.getValue() >= 0,
          "rowsRead",
          "rows read of %s is negative: %s",
          DataIssue.shown(e.getKey()),
          e.getValue());
    }
  }

  /** A report of {@code issues} over {@code rowsRead}. */
  public static DataIssueReport of(
      Iterable<? extends DataIssue> issues, Map<String, ? extends Long> rowsRead) {
    return builder().addAllIssues(issues).putAllRowsRead(rowsRead).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataIssueReport}. */
  public static final class Builder extends ImmutableDataIssueReport.Builder {}

  /** The number of issues of {@code category}. */
  public long count(DataIssueCategory category) {
    Objects.requireNonNull(category, "category");
    return issues().stream().filter(i -> i.category() == category).count();
  }

  /** The number of issues with {@code action}. */
  public long count(DataIssueAction action) {
    Objects.requireNonNull(action, "action");
    return issues().stream().filter(i -> i.action() == action).count();
  }

  /** Issue counts by category, in category order, categories with none left out. */
  public ImmutableMap<DataIssueCategory, Long> countsByCategory() {
    Map<DataIssueCategory, Long> counts = new EnumMap<>(DataIssueCategory.class);
    issues().forEach(i -> counts.merge(i.category(), 1L, Long::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** Issue counts by action, in action order, actions with none left out. */
  public ImmutableMap<DataIssueAction, Long> countsByAction() {
    Map<DataIssueAction, Long> counts = new EnumMap<>(DataIssueAction.class);
    issues().forEach(i -> counts.merge(i.action(), 1L, Long::sum));
    return ImmutableMap.copyOf(counts);
  }

  /** The children set aside whole ({@link DataIssueAction#SET_ASIDE}), sorted. */
  @Value.Lazy
  public ImmutableSortedSet<YoungPersonId> childrenSetAside() {
    ImmutableSortedSet.Builder<YoungPersonId> out = ImmutableSortedSet.naturalOrder();
    for (DataIssue i : issues()) {
      if (i.action() == DataIssueAction.SET_ASIDE) {
        i.youngPersonId().ifPresent(out::add);
      }
    }
    return out.build();
  }

  /** The issues about {@code youngPersonId}, in order. */
  public ImmutableList<DataIssue> issuesFor(YoungPersonId youngPersonId) {
    Objects.requireNonNull(youngPersonId, "youngPersonId");
    return issues().stream()
        .filter(i -> i.youngPersonId().filter(youngPersonId::equals).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /** The total number of rows read. */
  public long totalRowsRead() {
    return rowsRead().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts as a small text table: rows read per table, issues per category and action. */
  public String summary() {
    StringBuilder s = new StringBuilder(512);
    s.append("Rows read\n");
    rowsRead().forEach((t, n) -> s.append(String.format("  %-32s %10d%n", t, n)));
    s.append(String.format("  %-32s %10d%n", "total", totalRowsRead()));
    s.append("Issues by category\n");
    countsByCategory()
        .forEach((c, n) -> s.append(String.format("  %-32s %10d%n", c.code(), n)));
    s.append("Issues by action\n");
    countsByAction().forEach((a, n) -> s.append(String.format("  %-32s %10d%n", a.code(), n)));
    s.append(String.format("  %-32s %10d%n", "total", issues().size()));
    s.append(String.format("Children set aside: %d%n", childrenSetAside().size()));
    return s.toString();
  }

  /** Every issue as a text table, one line each. */
  public String table() {
    return table(Integer.MAX_VALUE);
  }

  /** The first {@code maxRows} issues as a text table, and how many more there are. */
  public String table(int maxRows) {
    DomainRuleException.require(maxRows >= 0, "maxRows", "maxRows %s is negative", maxRows);
    String format = "%-28s %-12s %-20s %-20s %-26s %-10s %s%n";
    StringBuilder s = new StringBuilder(128 * Math.min(issues().size(), maxRows) + 256);
    s.append(
        String.format(
            format, "file:line", "table", "child", "field=value", "category", "action",
            "rule (repair)"));
    int shown = 0;
    for (DataIssue i : issues()) {
      if (shown++ == maxRows) {
        break;
      }
      String where = i.file() + (i.line() > 0 ? ":" + i.line() : "");
      String fieldValue =
          i.field().orElse("") + i.value().map(v -> "=" + v).orElse("");
      String rule = i.rule() + i.repair().map(r -> " (" + r + ")").orElse("");
      s.append(
          String.format(
              format,
              where,
              i.table(),
              i.youngPersonId().map(YoungPersonId::value).orElse(""),
              fieldValue,
              i.category().code(),
              i.action().code(),
              rule));
    }
    if (issues().size() > maxRows) {
      s.append("... and ").append(issues().size() - maxRows).append(" more\n");
    }
    return s.toString();
  }

  /** The issues as CSV: {@link #CSV_HEADER}, then one row per issue, lines ending in CRLF. */
  public String toCsv() {
    StringBuilder s = new StringBuilder(160 * issues().size() + 80);
    writeCsv(s);
    return s.toString();
  }

  /**
   * Writes {@link #toCsv()} to {@code out}. Fields are quoted where needed (RFC 4180), and a text
   * field a spreadsheet would take for a formula ({@code = + - @}) is prefixed with {@code '}.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public void writeCsv(Appendable out) {
    Objects.requireNonNull(out, "out");
    try {
      out.append(CSV_HEADER).append("\r\n");
      for (DataIssue i : issues()) {
        out.append(cell(i.table())).append(',');
        out.append(cell(i.file())).append(',');
        out.append(i.line() > 0 ? Long.toString(i.line()) : "").append(',');
        out.append(cell(i.youngPersonId().map(YoungPersonId::value).orElse(""))).append(',');
        out.append(cell(i.field().orElse(""))).append(',');
        out.append(cell(i.value().orElse(""))).append(',');
        out.append(i.category().code()).append(',');
        out.append(cell(i.rule())).append(',');
        out.append(i.action().code()).append(',');
        out.append(cell(i.repair().orElse(""))).append("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV field: neutralised against formula injection, quoted when it must be. */
  static String cell(String text) {
    String t = text;
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) {
      return t;
    }
    return '"' + t.replace("\"", "\"\"") + '"';
  }

  /** One line: rows read, issues by action, children set aside. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(160).append("DataIssueReport{rowsRead=").append(totalRowsRead());
    s.append(", issues=").append(issues().size());
    countsByAction().forEach((a, n) -> s.append(", ").append(a.code()).append('=').append(n));
    s.append(", childrenSetAside=").append(childrenSetAside().size()).append('}');
    return s.toString();
  }
}
