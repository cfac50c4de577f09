package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.Cohort;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.Fixtures;

/** Collect-all checking of cohort documents: every problem, or the cohort, never a partial one. */
class CohortReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode document(Cohort cohort) throws Exception {
    return (ObjectNode) MAPPER.readTree(NwdJson.strict().write(cohort));
  }

  private static ObjectNode record(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("records").get(i);
  }

  /** The 1-based line of the first line of {@code text} containing {@code marker}. */
  private static int lineOf(String text, String marker) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + marker);
  }

  /** A pretty-printed generated cohort with one distinct problem in a hub and in five records. */
  private static String brokenDocument() throws Exception {
    ObjectNode doc = document(CohortGenerator.of(8, 42).generate());
    ((ObjectNode) doc.get("hubs").get(0)).put("residentialBeds", -7);
    ((ObjectNode) record(doc, 0).get("youngPerson")).put("birthMonth", "2010-13");
    ((ObjectNode) record(doc, 1).get("youngPerson")).put("nickname", "x");
    ((ArrayNode) doc.get("records")).set(3, record(doc, 2).deepCopy()); // a duplicate id
    ((ObjectNode) record(doc, 4).get("hubEpisodes").get(0)).put("hubId", "HUB-NOWHERE");
    record(doc, 5).put("youngPerson", "oops");
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  @Test
  void everyProblemIsReportedWithPointerLineFieldAndRule() throws Exception {
    String text = brokenDocument();
    CohortReport report = NwdJson.strict().checkCohort(text);

    assertThat(report.isValid()).isFalse();
    assertThat(report.cohort()).isEmpty();
    assertThat(report.readToEnd()).isTrue();
    assertThat(report.problems())
        .extracting(CohortReport.Problem::pointer)
        .containsExactly(
            "/hubs/0/residentialBeds",
            "/records/0/youngPerson/birthMonth",
            "/records/1/youngPerson/nickname",
            "/records/3/youngPerson/id",
            "/records/4/hubEpisodes/0/hubId",
            "/records/5/youngPerson");
    assertThat(report.problems())
        .extracting(CohortReport.Problem::field)
        .containsExactly("residentialBeds", "birthMonth", "nickname", "id", "hubId", "youngPerson");
    List<CohortReport.Problem> p = report.problems();
    assertThat(p.get(0).rule()).isEqualTo("residential beds -7 is negative");
    assertThat(p.get(1).rule())
        .isEqualTo("not an ISO-8601 month YYYY-MM (value withheld: personal data)");
    assertThat(p.get(2).rule()).isEqualTo("unknown field \"nickname\"");
    assertThat(p.get(3).rule()).startsWith("duplicate young person id ").endsWith(" in cohort");
    assertThat(p.get(4).rule()).endsWith(" names unknown hub HUB-NOWHERE");
    assertThat(p.get(5).rule()).isEqualTo("expected an object, found a string");
    // Lines found in the text itself: each problem is located where its value is written.
    assertThat(p.get(1).line()).isEqualTo(lineOf(text, "\"2010-13\""));
    assertThat(p.get(2).line()).isEqualTo(lineOf(text, "\"nickname\""));
    assertThat(p.get(5).line()).isEqualTo(lineOf(text, "\"oops\""));
    assertThat(p).allSatisfy(x -> assertThat(x.line()).isPositive());
    assertThat(p).allSatisfy(x -> assertThat(x.column()).isPositive());
    // The birth month is personal data: never echoed.
    assertThat(report.render()).doesNotContain("2010-13").contains("/records/4/hubEpisodes/0/hubId");
    assertThat(report.render().lines()).hasSize(6);
  }

  @Test
  void aDocumentWithProblemsGivesNoCohort() throws Exception {
    CohortReport report = NwdJson.strict().checkCohort(brokenDocument());
    assertThatThrownBy(report::cohortOrThrow)
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/hubs/0/residentialBeds");
          assertThat(e.rule()).isEqualTo("residential beds -7 is negative (and 5 more problems)");
        });
  }

  @Test
  void theLenientReaderReportsUnknownFieldsAndStillCollectsTheOtherProblems() throws Exception {
    CohortReport report = NwdJson.lenient().checkCohort(brokenDocument());
    assertThat(report.problems()).hasSize(5);
    assertThat(report.problems()).extracting(CohortReport.Problem::pointer)
        .doesNotContain("/records/1/youngPerson/nickname");
    assertThat(report.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/records/1/youngPerson/nickname");
  }

  @Test
  void malformedInputStopsTheReadingAndSaysSo() throws Exception {
    String text = brokenDocument();
    // Cut inside record 6: the problems before it are kept, then the truncation.
    String truncated = text.substring(0, text.lastIndexOf("\"youngPerson\""));
    CohortReport report = NwdJson.strict().checkCohort(truncated);
    assertThat(report.readToEnd()).isFalse();
    assertThat(report.cohort()).isEmpty();
    assertThat(report.problems()).hasSize(7);
    assertThat(report.problems().get(6).rule())
        .isEqualTo("truncated input: the document ends before it is complete");
    assertThat(report.render()).endsWith(
        "reading stopped at the last problem: later parts of the document were not checked\n");
  }

  @Test
  void aBrokenEnvelopeIsOneProblem() {
    CohortReport report =
        NwdJson.strict().checkCohort("{\"schemaVersion\":\"9.9\",\"kind\":\"cohort\"}");
    assertThat(report.readToEnd()).isFalse();
    assertThat(report.problems()).singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo(
            "unsupported schemaVersion \"9.9\" of a \"cohort\" document; this library reads \"1.0\", \"1.1\" and writes \"1.1\""));
  }

  @Test
  void unknownDocumentFieldsAndDuplicateHubsAreCollectedToo() throws Exception {
    Cohort cohort = Fixtures.referenceCohort();
    ObjectNode doc = document(cohort);
    ObjectNode reordered = MAPPER.createObjectNode();
    reordered.set("schemaVersion", doc.get("schemaVersion"));
    reordered.set("kind", doc.get("kind"));
    ArrayNode hubs = ((ArrayNode) doc.get("hubs")).deepCopy();
    hubs.add(hubs.get(0).deepCopy());
    reordered.set("hubs", hubs);
    reordered.put("before", 1);
    reordered.set("records", doc.get("records"));
    reordered.put("after", 2);
    CohortReport report = NwdJson.strict().checkCohort(reordered.toString());
    assertThat(report.readToEnd()).isTrue();
    assertThat(report.problems()).extracting(CohortReport.Problem::pointer)
        .containsExactly("/before", "/hubs", "/after");
    assertThat(report.problems().get(1).rule()).contains("duplicate hub id");
  }

  @Test
  void aValidDocumentGivesTheCohort(@TempDir Path dir) throws Exception {
    Cohort cohort = CohortGenerator.of(12, 7).generate();
    Path file = dir.resolve("c.json");
    NwdJson.strict().write(cohort, file);
    CohortReport report = NwdJson.strict().checkCohort(file);
    assertThat(report.isValid()).isTrue();
    assertThat(report.cohortOrThrow()).isEqualTo(cohort);
    assertThat(report.problems()).isEmpty();
    assertThat(report.render()).isEmpty();
    assertThat(NwdJson.strict().checkCohort(Files.newInputStream(file)).cohort()).contains(cohort);
  }

  @Test
  void aReportHoldsACohortOrProblemsNeverBoth() {
    Cohort cohort = Fixtures.referenceCohort();
    CohortReport.Problem problem = new CohortReport.Problem("/a", 1, 2, "a", "rule");
    assertThat(problem.toString()).isEqualTo("at /a (line 1, column 2), field a: rule");
    assertThatThrownBy(() -> new CohortReport(Optional.of(cohort), List.of(problem), List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cohort report holds a cohort or problems, never both nor neither (1 problems)");
    assertThatThrownBy(() -> new CohortReport(Optional.empty(), List.of(), List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cohort report holds a cohort or problems, never both nor neither (0 problems)");
    assertThatThrownBy(() -> new CohortReport(Optional.of(cohort), List.of(), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a cohort report with a cohort must have read to the end");
    assertThatThrownBy(() -> new CohortReport.Problem(null, 1, 1, "", ""))
        .isInstanceOf(NullPointerException.class);
  }
}
