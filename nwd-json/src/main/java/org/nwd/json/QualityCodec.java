package org.nwd.json;

import java.util.Map;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;

/**
 * The data-quality report as bare JSON values (registered in {@link NwdJsonModule}):
 *
 * <pre>{@code
 * {"rowsRead": {"episodes": 40, ...},
 *  "issues": [{"table": "episodes", "file": "episodes.csv", "line": 12,
 *              "youngPersonId": "E10000023:C1", "field": "DEC", "value": "99/99/9999",
 *              "category": "invalid_date", "rule": "...", "action": "repaired",
 *              "repair": "..."}, ...]}
 * }</pre>
 *
 * Optional fields of an issue ({@code youngPersonId}, {@code field}, {@code value}, {@code repair})
 * are absent when empty; categories and actions are their lower-snake codes. Reading goes through the
 * builders, so every rule of {@link DataIssue} runs.
 */
final class QualityCodec {
  private QualityCodec() {}

  /** Rows read per table, in document order. */
  static final Value<Map<String, Long>> ROWS = Value.of((g, map) -> {
    g.writeStartObject();
    for (Map.Entry<String, Long> e : map.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }, (in, field) -> {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    in.object(field, table -> {
      out.put(table, in.longInteger(table));
      return true;
    });
    return out;
  });

  static final Shape<DataIssue, DataIssue.Builder> ISSUE =
      Shape.of("dataIssue", DataIssue::builder, DataIssue.Builder::build)
          .required("table", DataIssue::table, DataIssue.Builder::table, Value.TEXT)
          .required("file", DataIssue::file, DataIssue.Builder::file, Value.TEXT)
          .required("line", DataIssue::line, DataIssue.Builder::line, Value.LONG)
          .optional("youngPersonId", DataIssue::youngPersonId, DataIssue.Builder::youngPersonId,
              Value.YOUNG_PERSON_ID)
          .optional("field", DataIssue::field, DataIssue.Builder::field, Value.TEXT)
          .optional("value", DataIssue::value, DataIssue.Builder::value, Value.TEXT)
          .required("category", DataIssue::category, DataIssue.Builder::category,
              Value.code(DataIssueCategory.class, DataIssueCategory::code,
                  DataIssueCategory::fromCode))
          .required("rule", DataIssue::rule, DataIssue.Builder::rule, Value.TEXT)
          .required("action", DataIssue::action, DataIssue.Builder::action,
              Value.code(DataIssueAction.class, DataIssueAction::code, DataIssueAction::fromCode))
          .optional("repair", DataIssue::repair, DataIssue.Builder::repair, Value.TEXT)
          .declare();

  static final Shape<DataIssueReport, DataIssueReport.Builder> REPORT =
      Shape.of("dataIssueReport", DataIssueReport::builder, DataIssueReport.Builder::build)
          .required("rowsRead", DataIssueReport::rowsRead, DataIssueReport.Builder::putAllRowsRead,
              ROWS)
          .requiredList("issues", DataIssueReport::issues, DataIssueReport.Builder::addIssues,
              ISSUE)
          .declare();
}
