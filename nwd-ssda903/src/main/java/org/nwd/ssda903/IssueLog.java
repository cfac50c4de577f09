package org.nwd.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;

/** The issues and row counts of one import, in the order found. */
final class IssueLog {
  private final List<DataIssue> issues = new ArrayList<>();
  private final Map<String, Long> rowsRead = new LinkedHashMap<>();

  void counted(Ssda903Table table, long rows) {
    rowsRead.merge(table.code(), rows, Long::sum);
  }

  /**
   * Logs one issue. {@code value} must already be shown or masked; {@code repair} is given exactly
   * for {@link DataIssueAction#REPAIRED}.
   */
  void add(
      Ssda903Table table,
      Ssda903Source source,
      long line,
      @Nullable YoungPersonId id,
      @Nullable String field,
      @Nullable String value,
      DataIssueCategory category,
      DataIssueAction action,
      String rule,
      @Nullable String repair) {
    DataIssue.Builder b =
        DataIssue.builder()
            .table(table.code())
            .file(source.name())
            .line(line)
            .category(category)
            .rule(rule)
            .action(action);
    if (id != null) {
      b.youngPersonId(id);
    }
    if (field != null) {
      b.field(field);
    }
    if (value != null) {
      b.value(value);
    }
    if (repair != null) {
      b.repair(repair);
    }
    issues.add(b.build());
  }

  DataIssueReport report() {
    return DataIssueReport.of(issues, rowsRead);
  }
}
