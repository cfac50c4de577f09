package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.impact.ImpactResult;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

/**
 * Arrays the schema declares unique are sets (a repeat is an error at its own pointer), and errors
 * are placed at the offending item: its pointer with its index, its line and column; columns start
 * at 1; a syntax error shows the token that broke it, bounded, or withholds it where the field is
 * personal or an identifier.
 */
class SetsAndPositionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final NwdJson strict = NwdJson.strict();

  private NwdJsonException fails(String doc, Class<?> type) {
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> strict.read(doc, type));
    assertThat(e).as("expected an NwdJsonException").isNotNull();
    return e;
  }

  @Test
  void aRepeatedServiceIsAnErrorAtTheSecondOccurrence() {
    String doc = MalformedInputTest.COHORT.replace("\"services\": [\"outreach\"]",
        "\"services\": [\"outreach\", \"residential\", \"outreach\"]");
    NwdJsonException e = fails(doc, Cohort.class);
    assertThat(e.pointer()).isEqualTo("/hubs/0/services/2");
    assertThat(e.field()).isEqualTo("services");
    assertThat(e.rule())
        .isEqualTo("duplicate item \"outreach\" (also at index 0): the items of this array are a set");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(doc.lines().toList().get(2).lastIndexOf("\"outreach\"") + 1);
    // Distinct items read as before.
    String distinct = MalformedInputTest.COHORT.replace("\"services\": [\"outreach\"]",
        "\"services\": [\"outreach\", \"residential\"]");
    assertThat(strict.read(distinct, Cohort.class).hubs().get(0).services()).hasSize(2);
    // Collect-all checking reports it and goes on.
    CohortReport report = strict.checkCohort(doc);
    assertThat(report.problems()).extracting(CohortReport.Problem::pointer).containsExactly("/hubs/0/services/2");
    // The bare module too.
    String hub = "{\"id\": \"H\", \"name\": \"n\", \"localAuthority\": \"E\", \"residentialBeds\": 0,"
        + " \"emergencyBeds\": 0, \"services\": [\"outreach\", \"outreach\"]}";
    assertThat(catchThrowableOfType(NwdJsonException.class, () -> strict.objectMapper().readValue(hub, Hub.class)).pointer())
        .isEqualTo("/services/1");
  }

  @Test
  void aRepeatedValueTypeIsAnError() throws Exception {
    String text = strict.write(CostJsonTest.result(10, 4, 5000));
    String doubled = text.replaceFirst("\"valueTypes\":\\[\"fiscal\"", "\"valueTypes\":[\"fiscal\",\"fiscal\"");
    NwdJsonException e = fails(doubled, CostAvoidanceResult.class);
    assertThat(e.pointer()).endsWith("/valueTypes/1");
    assertThat(e.rule()).isEqualTo("duplicate item \"fiscal\" (also at index 0): the items of this array are a set");
  }

  @Test
  void aRepeatedNotAtRiskCategoryIsAnError() throws Exception {
    ImpactJsonTest.load();
    ObjectNode doc = (ObjectNode) MAPPER.readTree(strict.write(ImpactJsonTest.prePost(7, 60)));
    ArrayNode categories = (ArrayNode) doc.at("/impactResult/analysis/notAtRiskCategories");
    String first = categories.get(0).asText();
    categories.add(first);
    NwdJsonException e = fails(MAPPER.writeValueAsString(doc), ImpactResult.class);
    assertThat(e.pointer()).isEqualTo("/impactResult/analysis/notAtRiskCategories/" + (categories.size() - 1));
    assertThat(e.rule()).isEqualTo("duplicate item \"" + first + "\" (also at index 0): the items of this array are a set");
  }

  @Test
  void anEmptyDocumentIsAtColumnOne() {
    NwdJsonException e = fails("", YoungPersonRecord.class);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("(line 1, column 1)");
    assertThat(fails("   ", YoungPersonRecord.class).column()).isGreaterThanOrEqualTo(1);
    CohortReport report = strict.checkCohort("");
    assertThat(report.problems().get(0).column()).isEqualTo(1);
  }

  @Test
  void recordRulesArePlacedAtTheItemWithItsIndex() {
    String doc =
        MalformedInputTest.RECORD.replace(
            "\"hubEpisodes\": [",
            "\"placements\": [\n"
                + "  {\"youngPersonId\": \"YP-1\", \"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-03-01\"},"
                + " \"type\": \"U1\", \"insideCouncilArea\": true},\n"
                + "  {\"youngPersonId\": \"YP-1\", \"period\": {\"start\": \"2024-02-01\"},"
                + " \"type\": \"U1\", \"insideCouncilArea\": true}\n"
                + "],\n"
                + "\"hubEpisodes\": [");
    NwdJsonException e = fails(doc, YoungPersonRecord.class);
    assertThat(e.pointer()).isEqualTo("/record/placements/1/period");
    assertThat(e.field()).isEqualTo("placements");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.rule()).isEqualTo("placements 2024-01-01/2024-03-01 and 2024-02-01/.. of YP-1 overlap");
  }

  @Test
  void twoBedStaysAtOnceAreRefusedInJson() {
    String doc =
        MalformedInputTest.RECORD.replace(
            "\"kind\": \"outreach\"", "\"kind\": \"residential_stay\"")
            .replace("\"stories\": [",
                "\"events\": [], \"placements\": [], \"scores\": [], \"statusPeriods\": [], \"decisions\": [],\n"
                    + "\"team\": {\"youngPersonId\": \"YP-1\", \"memberships\": []},\n"
                    + "\"stories\": [");
    doc = doc.replace("\"planned\": true}\n", "\"planned\": true},\n"
        + "   {\"youngPersonId\": \"YP-1\", \"hubId\": \"HUB-1\", \"kind\": \"emergency_bed\",\n"
        + "    \"period\": {\"start\": \"2024-02-20\"}}\n");
    NwdJsonException e = fails(doc, YoungPersonRecord.class);
    assertThat(e.pointer()).isEqualTo("/record/hubEpisodes/1/period");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.rule()).startsWith("residential (bed) hub episodes 2024-02-01/2024-03-01 and 2024-02-20/..");
    // Outreach across a stay is fine.
    assertThat(strict.read(doc.replace("\"emergency_bed\"", "\"outreach\""), YoungPersonRecord.class).hubEpisodes())
        .hasSize(2);
  }

  @Test
  void cohortChecksArePlacedAtTheItem() {
    String withEpisode = MalformedInputTest.COHORT.replace(
        "\"localAuthority\": \"E10000023\"}}\n",
        "\"localAuthority\": \"E10000023\"},\n   \"hubEpisodes\": [\n    {\"youngPersonId\": \"YP-2\","
            + " \"hubId\": \"HUB-9\", \"kind\": \"outreach\", \"period\": {\"start\": \"2024-01-01\"}}]}\n");
    NwdJsonException e = fails(withEpisode, Cohort.class);
    assertThat(e.pointer()).isEqualTo("/records/1/hubEpisodes/0/hubId");
    assertThat(e.line()).isEqualTo(8); // the episode's line, not the record's (6)
    assertThat(e.column()).isEqualTo(5);
  }

  @Test
  void aBirthMonthAfterEverythingTheCohortMentionsIsRefused() {
    String dated = MalformedInputTest.COHORT.replace(
        "{\"youngPerson\": {\"id\": \"YP-1\", \"birthMonth\": \"2010-03\", \"localAuthority\": \"E10000023\"}}",
        "{\"youngPerson\": {\"id\": \"YP-1\", \"birthMonth\": \"2010-03\", \"localAuthority\": \"E10000023\"},"
            + " \"referrals\": [{\"youngPersonId\": \"YP-1\", \"date\": \"2024-01-02\","
            + " \"category\": \"edge_of_care\", \"decision\": \"accepted\"}]}");
    assertThat(strict.read(dated, Cohort.class).size()).isEqualTo(2);
    String future = dated.replace("\"2011-04\"", "\"2024-02\"");
    NwdJsonException e = fails(future, Cohort.class);
    assertThat(e.pointer()).isEqualTo("/records/1/youngPerson/birthMonth");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.rule()).isEqualTo("young person YP-2: birth month after the latest date in the cohort's"
        + " data, 2024-01-02 (value withheld: personal data)");
    assertThat(e.getMessage()).doesNotContain("2024-02");
    CohortReport report = strict.checkCohort(future);
    assertThat(report.problems()).extracting(CohortReport.Problem::pointer)
        .containsExactly("/records/1/youngPerson/birthMonth");
    assertThat(report.readToEnd()).isTrue();
    // Streaming: the records come, then the end of the document fails.
    try (CohortReader reader = strict.openCohort(new java.io.ByteArrayInputStream(future.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      assertThat(reader.next().id().value()).isEqualTo("YP-1");
      assertThat(reader.next().id().value()).isEqualTo("YP-2");
      assertThat(catchThrowableOfType(NwdJsonException.class, reader::hasNext).pointer())
          .isEqualTo("/records/1/youngPerson/birthMonth");
    }
  }

  @Test
  void aSyntaxErrorShowsTheBoundedTokenOrWithholdsIt() {
    NwdJsonException code = fails(MalformedInputTest.RECORD.replace("\"edge_of_care\"", "edge_of_care"), YoungPersonRecord.class);
    assertThat(code.rule()).startsWith("malformed JSON: Unrecognized token 'edge_of_care':");
    assertThat(code.pointer()).isEqualTo("/record/referrals/0/category");

    String huge = "x".repeat(300);
    NwdJsonException longToken = fails(MalformedInputTest.RECORD.replace("\"edge_of_care\"", huge), YoungPersonRecord.class);
    assertThat(longToken.rule()).startsWith("malformed JSON: Unrecognized token '" + "x".repeat(40) + "... (")
        .doesNotContain("x".repeat(41));

    NwdJsonException text = fails(MalformedInputTest.RECORD.replace("\"Jane went home\"", "Jane went home"), YoungPersonRecord.class);
    assertThat(text.rule()).startsWith("malformed JSON: Unrecognized token (value withheld: 4 characters)");
    assertThat(text.getMessage()).doesNotContain("Jane");

    NwdJsonException id = fails(MalformedInputTest.RECORD.replace("\"id\": \"YP-1\"", "\"id\": JaneSmith"), YoungPersonRecord.class);
    assertThat(id.getMessage()).doesNotContain("Jane");

    NwdJsonException garbage = fails("hello world", YoungPersonRecord.class);
    assertThat(garbage.rule()).startsWith("malformed JSON: Unrecognized token 'hello'");
    assertThat(garbage.column()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void itemPositionsDoNotLeakBetweenRecords() {
    // Two records, each with an episode; the second record's error is placed in the second record.
    String doc = MalformedInputTest.COHORT
        .replace("\"localAuthority\": \"E10000023\"}},\n",
            "\"localAuthority\": \"E10000023\"}, \"placements\": [\n"
                + "  {\"youngPersonId\": \"YP-1\", \"period\": {\"start\": \"2024-01-01\"}, \"type\": \"U1\", \"insideCouncilArea\": true}]},\n")
        .replace("\"localAuthority\": \"E10000023\"}}\n",
            "\"localAuthority\": \"E10000023\"}, \"placements\": [\n"
                + "  {\"youngPersonId\": \"YP-2\", \"period\": {\"start\": \"2024-01-01\"}, \"type\": \"U1\", \"insideCouncilArea\": true},\n"
                + "  {\"youngPersonId\": \"YP-2\", \"period\": {\"start\": \"2024-02-01\"}, \"type\": \"U1\", \"insideCouncilArea\": true}]}\n");
    NwdJsonException e = fails(doc, Cohort.class);
    assertThat(e.pointer()).isEqualTo("/records/1/placements/1/period");
    assertThat(e.line()).isEqualTo(List.of(doc.split("\n", -1)).indexOf(
        "  {\"youngPersonId\": \"YP-2\", \"period\": {\"start\": \"2024-02-01\"}, \"type\": \"U1\", \"insideCouncilArea\": true}]}") + 1);
  }
}
