package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.json.NwdJson;
import org.nwd.model.DatePeriod;

/**
 * The main job's output and the log are safe: a cohort file with a name, a newline, a NUL or a
 * 100 kB value in an id, code or free-text field gives one line on standard error that shows none
 * of it in full (ids and personal fields not at all); the lenient module's log of an unknown field
 * (SLF4J simple binding, standard error) is escaped.
 */
class SafeOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> NASTY =
      List.of("Jane Smith", "Jane\nSmith", "YP-1\n[main] INFO forged", "Jane\u0000Smith",
          "J".repeat(100_000));

  /** Where to put a value, and whether the field is an id or personal (never echoed at all). */
  private record Target(String pointer, String field, boolean withheld) {}

  private static final List<Target> TARGETS =
      List.of(
          new Target("/records/0/youngPerson", "id", true),
          new Target("/records/0/youngPerson", "birthMonth", true),
          new Target("/records/0/youngPerson", "localAuthority", false),
          new Target("/records/0/referrals/0", "youngPersonId", true),
          new Target("/records/0/referrals/0", "category", false),
          new Target("/records/0/referrals/0", "date", false),
          new Target("/hubs/0", "id", true),
          new Target("/hubs/0", "name", true));

  private static void assertSafe(String text, boolean withheld) {
    // A code may be shown, escaped on its line: no value starts a line of its own.
    assertThat(text.lines()).noneMatch(l -> l.startsWith("[main] INFO forged") || l.startsWith("Smith"));
    assertThat(text).doesNotContain("\u0000").doesNotContain("J".repeat(41));
    if (withheld) {
      assertThat(text).doesNotContain("Jane").doesNotContain("Smith").doesNotContain("forged");
    }
  }

  @Test
  void theMainJobNamesABadValueWithoutEchoingIt(@TempDir Path dir) throws Exception {
    JsonNode doc = MAPPER.readTree(NwdJson.strict().write(SampleCohort.cohort()));
    int refused = 0;
    for (Target t : TARGETS) {
      for (String value : NASTY) {
        ObjectNode changed = doc.deepCopy();
        ((ObjectNode) changed.at(t.pointer())).put(t.field(), value);
        Path file = dir.resolve("cohort.json");
        Files.writeString(file, MAPPER.writeValueAsString(changed));
        ExamplesTest.Run run =
            ExamplesTest.capture(
                () -> assertThat(MainJob.run(new String[] {dir.resolve("out").toString(), file.toString()},
                    System.out, System.err)).isIn(0, 2));
        assertSafe(run.out(), t.withheld());
        assertSafe(run.err(), t.withheld());
        if (run.err().contains("error: ")) {
          refused++;
          assertThat(run.err().lines().filter(l -> l.startsWith("error: ")).count()).isEqualTo(1);
        }
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(30);
  }

  @Test
  void theLenientModuleLogsAnUnknownFieldEscaped() throws Exception {
    ObjectMapper lenient = NwdJson.lenient().objectMapper();
    ExamplesTest.Run run =
        ExamplesTest.capture(
            () ->
                assertThat(lenient.readValue(
                        "{\"start\": \"2024-02-01\", \"Jane\\nSmith [main] INFO forged\": 1}", DatePeriod.class))
                    .isEqualTo(DatePeriod.parse("2024-02-01/..")));
    assertThat(run.err()).contains("skipped unknown field /Jane\\nSmith [main] INFO forged");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }
}
