package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.Explanation;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.Rate;

/** Bad input: every error names pointer, line, column, field and rule, and echoes no personal data. */
class MalformedInputTest {
  private final NwdJson strict = NwdJson.strict();

  static final String RECORD =
      """
      {"schemaVersion": "1.0", "kind": "record", "record": {
        "youngPerson": {"id": "YP-1", "birthMonth": "2010-03", "localAuthority": "E10000023",
          "careStatusPeriods": []},
        "referrals": [
          {"youngPersonId": "YP-1", "date": "2024-01-02", "category": "edge_of_care", "decision": "accepted"}
        ],
        "hubEpisodes": [
          {"youngPersonId": "YP-1", "hubId": "HUB-1", "kind": "outreach",
           "period": {"start": "2024-02-01", "end": "2024-03-01"}, "endReason": "home_or_family", "planned": true}
        ],
        "stories": [
          {"id": "S-1", "youngPersonId": "YP-1", "consentDate": "2024-05-01", "measures": [], "text": "Jane went home"}
        ]
      }}
      """;

  static final String COHORT =
      """
      {"schemaVersion": "1.0", "kind": "cohort",
       "hubs": [{"id": "HUB-1", "name": "Scarborough", "localAuthority": "E10000023",
                 "residentialBeds": 4, "emergencyBeds": 2, "services": ["outreach"]}],
       "records": [
         {"youngPerson": {"id": "YP-1", "birthMonth": "2010-03", "localAuthority": "E10000023"}},
         {"youngPerson": {"id": "YP-2", "birthMonth": "2011-04", "localAuthority": "E10000023"}}
       ]}
      """;

  private NwdJsonException fails(NwdJson json, String doc, Class<?> type) {
    NwdJsonException e =
        catchThrowableOfType(NwdJsonException.class, () -> json.read(doc, type));
    assertThat(e).as("expected an NwdJsonException").isNotNull();
    return e;
  }

  private NwdJsonException fails(String doc) {
    return fails(strict, doc, YoungPersonRecord.class);
  }

  @Test
  void theValidDocumentsRead() {
    assertThat(strict.read(RECORD, YoungPersonRecord.class).stories()).hasSize(1);
    assertThat(strict.read(COHORT, Cohort.class).size()).isEqualTo(2);
  }

  @Test
  void truncatedInputNamesTheEnd() {
    NwdJsonException e = fails(RECORD.substring(0, RECORD.indexOf("\"stories\"") + 12));
    assertThat(e.rule()).startsWith("truncated input");
    assertThat(e.line()).isGreaterThan(1);
    assertThat(e.getMessage()).contains("line ").contains("truncated input");
  }

  @Test
  void emptyInputIsAnError() {
    assertThat(fails("").rule()).contains("expected a document object, found the end of the document");
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bytes = RECORD.replace("Jane went home", "Jane XX home").getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("XX");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28; // not a continuation byte
    NwdJsonException e =
        catchThrowableOfType(
            NwdJsonException.class,
            () -> strict.read(new ByteArrayInputStream(bytes), YoungPersonRecord.class));
    assertThat(e.rule()).startsWith("invalid UTF-8");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.getMessage()).doesNotContain("Jane");
  }

  @Test
  void duplicateKeysAreErrors() {
    NwdJsonException e = fails(RECORD.replace("\"id\": \"YP-1\",", "\"id\": \"YP-1\", \"id\": \"YP-2\","));
    assertThat(e.rule()).startsWith("duplicate field").contains("id");
    assertThat(e.pointer()).startsWith("/record/youngPerson");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void wrongTypesNameTheFieldAndWhatWasFound() {
    NwdJsonException e = fails(RECORD.replace("\"planned\": true", "\"planned\": \"yes\""));
    assertThat(e.pointer()).isEqualTo("/record/hubEpisodes/0/planned");
    assertThat(e.field()).isEqualTo("planned");
    assertThat(e.rule()).isEqualTo("expected a boolean, found a string");
    assertThat(e.line()).isEqualTo(9);

    NwdJsonException n = fails(RECORD.replace("\"localAuthority\": \"E10000023\"", "\"localAuthority\": null"));
    assertThat(n.rule()).isEqualTo("expected a string, found null (omit an optional field instead)");
    assertThat(n.pointer()).isEqualTo("/record/youngPerson/localAuthority");

    NwdJsonException a = fails(RECORD.replace("\"referrals\": [", "\"referrals\": {\"x\": [").replace("}\n  ],\n  \"hubEpisodes\"", "}]},\n  \"hubEpisodes\""));
    assertThat(a.rule()).isEqualTo("expected an array, found an object");
    assertThat(a.pointer()).isEqualTo("/record/referrals");
  }

  @Test
  void hugeNumbersAreErrors() {
    String hubs = COHORT.replace("\"residentialBeds\": 4", "\"residentialBeds\": 99999999999");
    NwdJsonException e = fails(strict, hubs, Cohort.class);
    assertThat(e.rule()).isEqualTo("integer out of range for a 32-bit integer");
    assertThat(e.pointer()).isEqualTo("/hubs/0/residentialBeds");

    String rate = strict.write(Rate.of(3, 2.0)).replace("\"events\":3", "\"events\":99999999999999999999");
    assertThat(fails(strict, rate, Rate.class).rule()).isEqualTo("integer out of range for a 64-bit integer");

    String infinite = strict.write(Rate.of(3, 2.0)).replace("\"personYears\":2.0", "\"personYears\":1e400");
    NwdJsonException d = fails(strict, infinite, Rate.class);
    assertThat(d.rule()).isEqualTo("number out of range for a double");
    assertThat(d.pointer()).isEqualTo("/result/inputs/personYears");

    String longNumber = strict.write(Rate.of(3, 2.0)).replace("\"personYears\":2.0", "\"personYears\":2." + "1".repeat(100));
    assertThat(fails(strict, longNumber, Rate.class).rule()).startsWith("limit exceeded").contains("Number value length");

    NwdJsonException s = fails(strict, COHORT.replace("\"residentialBeds\": 4", "\"residentialBeds\": 4.5"), Cohort.class);
    assertThat(s.rule()).isEqualTo("expected an integer, found a number");
  }

  @Test
  void limitsOnDepthStringLengthAndDocumentSize() {
    Explanation deep = Explanation.of("leaf", "1");
    for (int i = 0; i < 25; i++) {
      deep = Explanation.builder().label("level " + i).value("1").addSteps(deep).build();
    }
    String doc = strict.write(deep);
    assertThat(strict.read(doc, Explanation.class)).isEqualTo(deep);
    NwdJson shallow = strict.withLimits(new NwdJsonLimits(20, 100_000, 64, 256, -1));
    assertThat(fails(shallow, doc, Explanation.class).rule()).startsWith("limit exceeded").contains("nesting depth");

    NwdJson shortStrings = strict.withLimits(new NwdJsonLimits(64, 10, 64, 256, -1));
    NwdJsonException s = fails(shortStrings, RECORD, YoungPersonRecord.class);
    assertThat(s.rule()).startsWith("limit exceeded").contains("String value length");
    assertThat(s.getMessage()).doesNotContain("Jane");

    NwdJson small = strict.withLimits(new NwdJsonLimits(64, 1000, 64, 256, 200));
    assertThat(fails(small, RECORD, YoungPersonRecord.class).rule()).startsWith("limit exceeded").contains("Document length");

    NwdJson shortNames = strict.withLimits(new NwdJsonLimits(64, 1000, 64, 5, -1));
    assertThat(fails(shortNames, RECORD, YoungPersonRecord.class).rule()).startsWith("limit exceeded").contains("Name length");
  }

  @Test
  void limitsRejectNonPositiveValues() {
    assertThatThrownBy(() -> new NwdJsonLimits(0, 1, 1, 1, 1)).hasMessage("nesting depth 0 must be positive");
    assertThatThrownBy(() -> new NwdJsonLimits(1, 0, 1, 1, 1)).hasMessage("string length 0 must be positive");
    assertThatThrownBy(() -> new NwdJsonLimits(1, 1, 0, 1, 1)).hasMessage("number length 0 must be positive");
    assertThatThrownBy(() -> new NwdJsonLimits(1, 1, 1, 0, 1)).hasMessage("name length 0 must be positive");
    assertThatThrownBy(() -> new NwdJsonLimits(1, 1, 1, 1, 0)).hasMessage("document length 0 must be positive or -1");
    assertThat(new NwdJsonLimits(1, 1, 1, 1, -1).maxDocumentLength()).isEqualTo(-1);
  }

  @Test
  void unknownFieldsAreErrorsInStrictModeAndReportedInLenientMode() {
    String doc = RECORD.replace("\"localAuthority\": \"E10000023\",", "\"localAuthority\": \"E10000023\", \"nickname\": {\"a\": [1]},");
    NwdJsonException e = fails(doc);
    assertThat(e.pointer()).isEqualTo("/record/youngPerson/nickname");
    assertThat(e.rule()).isEqualTo("unknown field \"nickname\"");
    assertThat(e.line()).isEqualTo(2);

    NwdDocument<YoungPersonRecord> read = NwdJson.lenient().readDocument(doc, YoungPersonRecord.class);
    assertThat(read.value()).isEqualTo(strict.read(RECORD, YoungPersonRecord.class));
    assertThat(read.unknownFields()).extracting(UnknownField::pointer).containsExactly("/record/youngPerson/nickname");
    assertThat(read.unknownFields().get(0).line()).isEqualTo(2);
    assertThat(read.unknownFields().get(0).toString()).startsWith("/record/youngPerson/nickname (line 2, column ");

    String top = COHORT.replace("\"kind\": \"cohort\",", "\"kind\": \"cohort\", \"vendor\": \"x\",")
        .replace("]}\n", "], \"trailer\": 1}\n");
    NwdDocument<Cohort> cohort = NwdJson.lenient().readDocument(top, Cohort.class);
    assertThat(cohort.value().size()).isEqualTo(2);
    assertThat(cohort.unknownFields()).extracting(UnknownField::pointer).containsExactly("/vendor", "/trailer");
    assertThat(fails(strict, top, Cohort.class).pointer()).isEqualTo("/vendor");
    assertThat(NwdJson.lenient().isStrict()).isFalse();
    assertThat(strict.isStrict()).isTrue();
  }

  @Test
  void domainRulesAreReportedWithTheirPointer() {
    NwdJsonException e = fails(RECORD.replace("\"end\": \"2024-03-01\"", "\"end\": \"2024-01-03\""));
    assertThat(e.pointer()).isEqualTo("/record/hubEpisodes/0/period/end");
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.rule()).isEqualTo("period ends 2024-01-03 before it starts 2024-02-01");
    assertThat(e.getCause()).isInstanceOf(org.nwd.DomainRuleException.class);

    NwdJsonException owner = fails(RECORD.replace("{\"youngPersonId\": \"YP-1\", \"date\"", "{\"youngPersonId\": \"YP-7\", \"date\""));
    assertThat(owner.pointer()).isEqualTo("/record/referrals/0/youngPersonId");
    assertThat(owner.line()).isEqualTo(5); // the referral's line, not the record's (1)
    assertThat(owner.rule()).isEqualTo("referral of young person YP-7 in record of YP-1");
  }

  @Test
  void personalDataIsNeverEchoed() {
    NwdJsonException month = fails(RECORD.replace("\"2010-03\"", "\"1999-99\""));
    assertThat(month.pointer()).isEqualTo("/record/youngPerson/birthMonth");
    assertThat(month.field()).isEqualTo("birthMonth");
    assertThat(month.getMessage()).doesNotContain("1999").contains("value withheld");

    NwdJsonException before = fails(RECORD.replace("\"2024-01-02\"", "\"2009-01-02\""));
    assertThat(before.rule()).isEqualTo("referral dated 2009-01-02 before the birth month of YP-1");
    assertThat(before.getMessage()).doesNotContain("2010-03");

    NwdJsonException token = fails(RECORD.replace("\"Jane went home\"", "Jane went home"));
    assertThat(token.rule()).startsWith("malformed JSON");
    assertThat(token.getMessage()).doesNotContain("Jane");
    assertThat(token.line()).isEqualTo(12);

    NwdJsonException blank = fails(RECORD.replace("\"Jane went home\"", "\"  \""));
    assertThat(blank.pointer()).isEqualTo("/record/stories/0/text");
    assertThat(blank.rule()).isEqualTo("impact story text is blank");
  }

  @Test
  void missingFieldsCodesAndDates() {
    NwdJsonException missing = fails(RECORD.replace("\"decision\": \"accepted\"", "\"decisionX\": \"accepted\""));
    assertThat(missing.pointer()).isEqualTo("/record/referrals/0/decisionX");

    NwdJsonException required = fails(NwdJson.lenient(), RECORD.replace("\"decision\": \"accepted\"", "\"decisionX\": \"accepted\""), YoungPersonRecord.class);
    assertThat(required.pointer()).isEqualTo("/record/referrals/0");
    assertThat(required.field()).isEqualTo("decision");
    assertThat(required.rule()).isEqualTo("missing required field \"decision\"");

    NwdJsonException code = fails(RECORD.replace("\"edge_of_care\"", "\"EDGE_OF_CARE\""));
    assertThat(code.pointer()).isEqualTo("/record/referrals/0/category");
    assertThat(code.rule()).startsWith("unknown referral category code \"EDGE_OF_CARE\"; known codes: edge_of_care, ");

    NwdJsonException date = fails(RECORD.replace("\"2024-01-02\"", "\"2024-02-30\""));
    assertThat(date.rule()).isEqualTo("\"2024-02-30\" is not an ISO-8601 date YYYY-MM-DD");
    NwdJsonException format = fails(RECORD.replace("\"2024-01-02\"", "\"2/1/2024\""));
    assertThat(format.pointer()).isEqualTo("/record/referrals/0/date");

    NwdJsonException id = fails(RECORD.replace("\"id\": \"YP-1\"", "\"id\": \"YP 1\""));
    assertThat(id.pointer()).isEqualTo("/record/youngPerson/id");
    assertThat(id.rule()).isEqualTo("young person id (value withheld: 4 characters; character 3 is U+0020) is not 1-64 characters of [A-Za-z0-9._:-]");

    NwdJsonException measure = fails(RECORD.replace("\"stories\": [", "\"events\": [{\"youngPersonId\": \"YP-1\", \"measure\": \"MISSING\", \"date\": \"2024-01-01\", \"count\": 1}], \"stories\": ["));
    assertThat(measure.pointer()).isEqualTo("/record/events/0/measure");
    assertThat(measure.rule()).startsWith("\"MISSING\" is not a standard measure code");
  }

  @Test
  void envelopeRules() {
    assertThat(fails(RECORD.replace("\"1.0\"", "\"2.0\"")).rule()).isEqualTo("unsupported schemaVersion \"2.0\" of a \"record\" document; this library reads \"1.0\", \"1.1\" and writes \"1.1\"");
    NwdJsonException kind = fails(RECORD.replace("\"record\", \"record\"", "\"cohort\", \"record\""));
    assertThat(kind.pointer()).isEqualTo("/kind");
    assertThat(kind.rule()).isEqualTo("kind \"cohort\" is not the expected \"record\"");
    NwdJsonException order = fails("{\"kind\": \"record\", \"schemaVersion\": \"1.0\"}");
    assertThat(order.rule()).isEqualTo("a document must start with \"schemaVersion\" then \"kind\"");
    assertThat(order.field()).isEqualTo("schemaVersion");
    assertThat(fails("{\"schemaVersion\": \"1.0\", \"kind\": \"record\"}").rule()).isEqualTo("missing required field \"record\"");
    assertThat(fails(RECORD + " {}").rule()).isEqualTo("content after the end of the document");
    assertThat(fails(strict, COHORT + "[]", Cohort.class).rule()).isEqualTo("content after the end of the document");
    assertThat(fails("[1]").rule()).isEqualTo("expected a document object, found an array");
    assertThatThrownBy(() -> strict.write(Hub.builder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a document kind");
  }

  @Test
  void cohortRules() {
    NwdJsonException dup = fails(strict, COHORT.replace("\"YP-2\"", "\"YP-1\""), Cohort.class);
    assertThat(dup.pointer()).isEqualTo("/records/1/youngPerson/id");
    assertThat(dup.rule()).isEqualTo("duplicate young person id YP-1 in cohort");
    assertThat(dup.line()).isEqualTo(6);

    String withEpisode = COHORT.replace("\"localAuthority\": \"E10000023\"}}\n", "\"localAuthority\": \"E10000023\"}, \"hubEpisodes\": [{\"youngPersonId\": \"YP-2\", \"hubId\": \"HUB-9\", \"kind\": \"outreach\", \"period\": {\"start\": \"2024-01-01\"}}]}\n");
    NwdJsonException hub = fails(strict, withEpisode, Cohort.class);
    assertThat(hub.pointer()).isEqualTo("/records/1/hubEpisodes/0/hubId");
    assertThat(hub.rule()).isEqualTo("hub episode of YP-2 names unknown hub HUB-9");

    String recordsFirst = "{\"schemaVersion\": \"1.0\", \"kind\": \"cohort\", \"records\": [], \"hubs\": []}";
    assertThat(fails(strict, recordsFirst, Cohort.class).rule()).startsWith("\"hubs\" must come before \"records\"");
    String hubsAfter = "{\"schemaVersion\": \"1.0\", \"kind\": \"cohort\", \"hubs\": [], \"records\": [], \"hubs\": []}";
    assertThat(fails(NwdJson.lenient(), hubsAfter, Cohort.class).rule()).startsWith("duplicate field");
    String noRecords = "{\"schemaVersion\": \"1.0\", \"kind\": \"cohort\", \"hubs\": []}";
    assertThat(fails(strict, noRecords, Cohort.class).rule()).isEqualTo("missing required field \"records\"");
    String dupHubs = COHORT.replace("\"services\": [\"outreach\"]}]", "\"services\": [\"outreach\"]}, {\"id\": \"HUB-1\", \"name\": \"n\", \"localAuthority\": \"E\", \"residentialBeds\": 0, \"emergencyBeds\": 0}]");
    NwdJsonException hubs = fails(strict, dupHubs, Cohort.class);
    assertThat(hubs.rule()).isEqualTo("duplicate hub id HUB-1 in cohort");
    assertThat(hubs.field()).isEqualTo("hubs");
  }

  @Test
  void aPartialCohortIsNeverReturnedAsComplete() {
    String truncated = COHORT.substring(0, COHORT.indexOf("\"YP-2\"") + 20);
    List<YoungPersonRecord> seen = new ArrayList<>();
    CohortReader reader = strict.openCohort(new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.hasNext()).isTrue();
    seen.add(reader.next());
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, reader::hasNext);
    assertThat(e.rule()).startsWith("truncated input");
    // every further call fails the same way: the reader never reports "no more records"
    assertThatThrownBy(reader::hasNext).isSameAs(e);
    assertThatThrownBy(reader::next).isSameAs(e);
    assertThat(seen).hasSize(1);
    assertThat(fails(strict, truncated, Cohort.class).rule()).startsWith("truncated input");
  }

  @Test
  void resultOutputsMustMatchTheInputs() {
    String doc = strict.write(Rate.of(3, 2.0));
    assertThat(strict.read(doc, Rate.class)).isEqualTo(Rate.of(3, 2.0));
    NwdJsonException e = fails(strict, doc.replace("\"rate\":1.5", "\"rate\":1.6"), Rate.class);
    assertThat(e.pointer()).isEqualTo("/result/outputs/rate");
    assertThat(e.rule()).startsWith("outputs do not match the result recomputed from the inputs");
    NwdJsonException extra = fails(strict, doc.replace("\"rate\":1.5", "\"rate\":1.5,\"bonus\":1"), Rate.class);
    assertThat(extra.pointer()).isEqualTo("/result/outputs/bonus");
    NwdJsonException label = fails(strict, doc.replace("\"label\":\"rate per person-year\"", "\"label\":\"rates\""), Rate.class);
    assertThat(label.pointer()).isEqualTo("/result/explanation/label");

    String inputsOnly = "{\"schemaVersion\":\"1.0\",\"kind\":\"result\",\"result\":{\"type\":\"rate\",\"inputs\":{\"events\":3,\"personYears\":2}}}";
    assertThat(strict.read(inputsOnly, Rate.class)).isEqualTo(Rate.of(3, 2.0));
    assertThat(fails(strict, inputsOnly.replace("\"type\":\"rate\",", "").replace("{\"inputs\"", "{\"inputs\""), Rate.class).rule())
        .isEqualTo("a result must start with its \"type\" field");
    assertThat(fails(strict, inputsOnly.replace("\"rate\"", "\"rates\""), Rate.class).rule()).startsWith("unknown result type \"rates\"");
    assertThat(fails(strict, inputsOnly, org.nwd.stats.Proportion.class).rule()).isEqualTo("result type \"rate\" is not the expected \"proportion\"");
    assertThat(fails(strict, inputsOnly.replace(",\"inputs\":{\"events\":3,\"personYears\":2}", ""), Rate.class).rule()).isEqualTo("missing required field \"inputs\"");
    NwdJsonException level = fails(strict, inputsOnly.replace("\"personYears\":2", "\"personYears\":2,\"level\":1.5"), Rate.class);
    assertThat(level.pointer()).isEqualTo("/result/inputs/level");
    assertThat(level.rule()).isEqualTo("confidence level 1.5 must be strictly between 0 and 1");
    NwdJsonException negative = fails(strict, inputsOnly.replace("\"personYears\":2", "\"personYears\":-2"), Rate.class);
    assertThat(negative.pointer()).isEqualTo("/result/inputs/personYears");
    NwdJsonException method = fails(strict, strict.write(Samples.results().get(1)).replace("\"requestedMethod\":\"auto\"", "\"requestedMethod\":\"AUTO\""), org.nwd.stats.RateRatio.class);
    assertThat(method.rule()).isEqualTo("unknown code \"AUTO\"; known codes: auto, exact_conditional, log_wald, cluster_robust, bootstrap_percentile, bootstrap_bca");
  }

  @Test
  void theModuleReportsErrorsAsNwdJsonException() throws Exception {
    ObjectMapper mapper = strict.objectMapper();
    assertThatThrownBy(() -> mapper.readValue("{\"start\": \"2024-02-01\", \"end\": \"2024-01-01\"}", org.nwd.model.DatePeriod.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessage("at /end (line 1, column 1), field end: period ends 2024-01-01 before it starts 2024-02-01");
    assertThatThrownBy(() -> mapper.readValue("{\"start\": \"2024-02-01\", \"x\": 1}", org.nwd.model.DatePeriod.class))
        .isInstanceOf(NwdJsonException.class)
        .hasMessageContaining("unknown field \"x\"");
    ObjectMapper lenient = NwdJson.lenient().objectMapper();
    assertThat(lenient.readValue("{\"start\": \"2024-02-01\", \"x\": [1, {}]}", org.nwd.model.DatePeriod.class))
        .isEqualTo(org.nwd.model.DatePeriod.open(java.time.LocalDate.of(2024, 2, 1)));
  }

  @Test
  void writerChecksCohortRulesAndLeavesAFailedDocumentUnfinished() {
    EdgeCases gen = new EdgeCases(5);
    List<Hub> hubs = gen.hubs();
    YoungPersonRecord record = gen.record("YP-1", hubs, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CohortWriter writer = strict.openCohortWriter(out, hubs);
    writer.write(record);
    assertThat(writer.written()).isEqualTo(1);
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> writer.write(record));
    assertThat(e.pointer()).isEqualTo("/records/1/youngPerson/id");
    assertThat(e.rule()).isEqualTo("duplicate young person id YP-1 in cohort");
    writer.close();
    writer.close();
    assertThatThrownBy(() -> writer.write(record)).isInstanceOf(IllegalStateException.class);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(fails(strict, text, Cohort.class).rule()).startsWith("truncated input");

    YoungPersonRecord elsewhere = gen.record("YP-2", List.of(Hub.builder().id(org.nwd.model.HubId.of("HUB-X"))
        .name("x").localAuthority("E").residentialBeds(0).emergencyBeds(0).build()), false);
    CohortWriter second = strict.openCohortWriter(new ByteArrayOutputStream(), hubs);
    if (!elsewhere.hubEpisodes().isEmpty()) {
      assertThatThrownBy(() -> second.write(elsewhere)).isInstanceOf(NwdJsonException.class)
          .hasMessageContaining("names unknown hub HUB-X");
    }
  }

  @Test
  void datesBeyondYear9999CannotBeWritten() {
    YoungPersonRecord record = YoungPersonRecord.builder()
        .youngPerson(org.nwd.model.YoungPerson.builder().id(org.nwd.model.YoungPersonId.of("YP-1"))
            .birthMonth(java.time.YearMonth.of(2010, 1)).localAuthority("E").build())
        .addReferrals(org.nwd.model.Referral.of(org.nwd.model.YoungPersonId.of("YP-1"),
            java.time.LocalDate.of(10000, 1, 1), org.nwd.model.ReferralCategory.EDGE_OF_CARE,
            org.nwd.model.ReferralDecision.ACCEPTED))
        .build();
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> strict.write(record));
    assertThat(e.pointer()).isEqualTo("/record/referrals/0/date");
    assertThat(e.rule()).isEqualTo("date year 10000 is outside 0000-9999 and has no YYYY-MM-DD form");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("at /record/referrals/0/date, field date: " + e.rule());
  }
}
