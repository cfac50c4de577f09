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
 * (SLF4J simple binding, standard error) is escaped. The council analyst's command (SSDA903 returns)
 * likewise: names in personal columns never reach its output, log or files, and forged lines and
 * 100 kB codes are escaped and bounded.
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

  /** One child in care in 2023-24, with {@code header} and {@code episode} cells replaced. */
  private static Path returns(Path dir, String child, String dob, String place, String homePost,
      String column) throws Exception {
    Path year = dir.resolve("returns/2023-24");
    Files.createDirectories(year);
    String c = quoted(child);
    Files.writeString(year.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
        + c + ",1," + quoted(dob) + ",WBRI,UN1,,\nC2,2,01/02/2009,WBRI,UN2,,\n");
    Files.writeString(year.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,"
            + quoted(column) + "\n"
            + c + ",01/04/2023,S,C2,N4," + quoted(place) + ",PR1,,,," + quoted(homePost) + ",,SC1\n"
            + "C2,01/05/2023,S,C2,N4,U4,PR1,,,,,,SC1\n");
    return dir.resolve("returns");
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  @Test
  void theAnalystsCommandNeverEchoesPersonalColumnsAndBoundsCodes(@TempDir Path dir) throws Exception {
    String name = "Jane Smith";
    int run = 0;
    for (String[] cells : List.of(
        new String[] {name, name, "U4", name, "URN"},
        new String[] {"C1", "15/06/2010", "YP-1\n[main] INFO forged", "YO11 1AA", "URN"},
        new String[] {"C1", "15/06/2010", "J".repeat(100_000), "YO11 1AA", "J".repeat(100_000)},
        new String[] {"C1", "15/06/2010", "U4", "YO11 1AA", "\u202eJane\n[main] INFO forged"})) {
      boolean personal = run++ == 0;
      Path work = dir.resolve("run" + run);
      Path folder = returns(work, cells[0], cells[1], cells[2], cells[3], cells[4]);
      Path out = work.resolve("out");
      ExamplesTest.Run r =
          ExamplesTest.capture(
              () -> assertThat(MainJob.run(new String[] {out.toString(), "--ssda903", folder.toString(),
                  "--council", "E10000023"}, System.out, System.err)).isIn(0, 2));
      assertSafe(r.out(), personal);
      assertSafe(r.err(), personal);
      assertThat(r.out() + r.err()).doesNotContain("\u202e");
      // The bad values are reported (an issue row each), not dropped silently.
      assertThat(Files.readString(out.resolve("issues.csv")).lines().count()).as(r.err()).isGreaterThan(1);
      for (String file : List.of("issues.csv", "issues.json", "report.html")) {
        if (Files.exists(out.resolve(file))) {
          String text = Files.readString(out.resolve(file));
          assertSafe(text, personal);
          assertThat(text).as(file).doesNotContain("\u202e");
        }
      }
    }
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
