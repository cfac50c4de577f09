package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.SafeText;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

/**
 * Messages safe to log, for documents: every string in a rich cohort document (ids, codes, dates,
 * free text) is replaced in turn by a name, a newline, a NUL, a forged log line and a 100 kB value;
 * every error message and problem list is scanned. Nothing is echoed unbounded or unescaped, and ids
 * and personal fields never show the name. Unknown field names (which a lenient reader logs) too.
 */
class SafeJsonMessagesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HUGE = "J".repeat(100_000);
  private static final NwdJson STRICT = NwdJson.strict();
  private static final List<String> NASTY =
      List.of(
          "Jane Smith",
          "Jane\nSmith",
          "YP-1\n2024-01-01 INFO forged",
          "Jane\u0000Smith",
          "\u202eJane",
          HUGE,
          "Jane Smith " + HUGE);

  /** Every string leaf of {@code node}, as JSON pointers. */
  private static void strings(JsonNode node, String at, List<String> out) {
    if (node.isTextual()) {
      out.add(at);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        strings(f.getValue(), at + "/" + f.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static void set(ObjectNode doc, String pointer, String value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = doc.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(value));
    } else {
      ((ObjectNode) parent).put(last, value);
    }
  }

  /** Checks a message as SafeMessagesTest does in nwd-core. */
  static void assertSafe(String message, boolean idOrPersonal) {
    assertThat(message.length()).as(SafeText.bounded(message)).isLessThan(1200);
    for (char c : message.toCharArray()) {
      assertThat(c < 0x20 || c == 0x7f || c == '\u202e' || Character.isSurrogate(c))
          .as("character U+%04X in %s", (int) c, SafeText.bounded(message)).isFalse();
    }
    assertThat(message).doesNotContain("J".repeat(SafeText.LIMIT + 1)).doesNotContain("forged log");
    if (idOrPersonal) {
      assertThat(message).as(message).doesNotContain("Jane").doesNotContain("Smith");
    }
  }

  private static boolean idOrPersonal(String pointer) {
    return Errors.withholds(pointer);
  }

  @Test
  void everyStringOfACohortDocumentRefusesNastyValuesSafely() throws Exception {
    EdgeCases gen = new EdgeCases(11);
    List<Hub> hubs = gen.hubs();
    List<YoungPersonRecord> records = new ArrayList<>();
    records.add(gen.record("YP-0", hubs, true));
    ObjectNode doc = (ObjectNode) MAPPER.readTree(NwdJson.strict().write(Cohort.of(hubs, records)));
    List<String> all = new ArrayList<>();
    strings(doc, "", all);
    // Every field once: the first occurrence of each path with the indexes taken out.
    java.util.Set<String> shapes = new java.util.HashSet<>();
    List<String> pointers = new ArrayList<>();
    for (String pointer : all) {
      if (shapes.add(pointer.replaceAll("/\\d+", "/#"))) {
        pointers.add(pointer);
      }
    }
    assertThat(pointers).hasSizeGreaterThan(40)
        .anyMatch(p -> p.endsWith("/text")).anyMatch(p -> p.endsWith("/youngPersonId"))
        .anyMatch(p -> p.endsWith("/hubId")).anyMatch(p -> p.endsWith("/workerId"))
        .anyMatch(p -> p.endsWith("/birthMonth")).anyMatch(p -> p.contains("/provocationsConsidered/"))
        .anyMatch(p -> p.endsWith("/name")).anyMatch(p -> p.endsWith("/category"));
    int refused = 0;
    for (String pointer : pointers) {
      if (pointer.equals("/schemaVersion") || pointer.equals("/kind")) {
        continue;
      }
      for (String value : NASTY) {
        ObjectNode changed = doc.deepCopy();
        set(changed, pointer, value);
        String text = MAPPER.writeValueAsString(changed);
        NwdJsonException e =
            catchThrowableOfType(NwdJsonException.class, () -> STRICT.read(text, Cohort.class));
        if (e != null) {
          refused++;
          assertSafe(e.getMessage(), idOrPersonal(pointer));
          CohortReport report = STRICT.checkCohort(text);
          for (CohortReport.Problem problem : report.problems()) { // render() puts one per line
            assertSafe(problem.toString(), idOrPersonal(pointer));
          }
          assertThat(report.render().lines().count())
              .isEqualTo(report.problems().size() + (report.readToEnd() ? 0 : 1));
        }
      }
    }
    assertThat(refused).isGreaterThan(200);
  }

  @Test
  void unknownFieldNamesAreEscapedWhereTheyAreReportedAndLogged() {
    String doc = MalformedInputTest.RECORD.replace("\"localAuthority\": \"E10000023\",",
        "\"localAuthority\": \"E10000023\", \"Jane\\nSmith\\u0007 INFO forged\": 1,");
    NwdDocument<YoungPersonRecord> read = NwdJson.lenient().readDocument(doc, YoungPersonRecord.class);
    String logged = read.unknownFields().get(0).toString(); // what NwdJsonModule logs
    assertSafe(logged, false);
    assertThat(logged).contains("Jane\\nSmith\\u0007");
    NwdJsonException strict =
        catchThrowableOfType(NwdJsonException.class, () -> NwdJson.strict().read(doc, YoungPersonRecord.class));
    assertSafe(strict.getMessage(), false);
  }
}
