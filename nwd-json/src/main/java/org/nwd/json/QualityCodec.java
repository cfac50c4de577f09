package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

  static void issue(JsonGenerator g, DataIssue i) throws IOException {
    g.writeStartObject();
    g.writeStringField("table", i.table());
    g.writeStringField("file", i.file());
    g.writeNumberField("line", i.line());
    if (i.youngPersonId().isPresent()) {
      g.writeStringField("youngPersonId", i.youngPersonId().get().value());
    }
    if (i.field().isPresent()) {
      g.writeStringField("field", i.field().get());
    }
    if (i.value().isPresent()) {
      g.writeStringField("value", i.value().get());
    }
    g.writeStringField("category", i.category().code());
    g.writeStringField("rule", i.rule());
    g.writeStringField("action", i.action().code());
    if (i.repair().isPresent()) {
      g.writeStringField("repair", i.repair().get());
    }
    g.writeEndObject();
  }

  static DataIssue issue(In in) {
    DataIssue.Builder b = DataIssue.builder();
    In.Mark at =
        in.object(
            "issues",
            name -> {
              switch (name) {
                case "table":
                  b.table(in.text(name));
                  return true;
                case "file":
                  b.file(in.text(name));
                  return true;
                case "line":
                  b.line(in.longInteger(name));
                  return true;
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "field":
                  b.field(in.text(name));
                  return true;
                case "value":
                  b.value(in.text(name));
                  return true;
                case "category":
                  b.category(in.convert(name, DataIssueCategory::fromCode));
                  return true;
                case "rule":
                  b.rule(in.text(name));
                  return true;
                case "action":
                  b.action(in.convert(name, DataIssueAction::fromCode));
                  return true;
                case "repair":
                  b.repair(in.text(name));
                  return true;
                default:
                  return false;
              }
            },
            "table",
            "file",
            "line",
            "category",
            "rule",
            "action");
    return In.build(at, b::build);
  }

  static void report(JsonGenerator g, DataIssueReport r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("rowsRead");
    for (Map.Entry<String, Long> e : r.rowsRead().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("issues");
    for (DataIssue i : r.issues()) {
      issue(g, i);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static DataIssueReport report(In in) {
    DataIssueReport.Builder b = DataIssueReport.builder();
    In.Mark at =
        in.object(
            "dataIssueReport",
            name -> {
              switch (name) {
                case "rowsRead":
                  in.object(
                      name,
                      table -> {
                        b.putRowsRead(table, in.longInteger(table));
                        return true;
                      });
                  return true;
                case "issues":
                  in.array(name, () -> b.addIssues(issue(in)));
                  return true;
                default:
                  return false;
              }
            },
            "rowsRead",
            "issues");
    return In.build(at, b::build);
  }
}
