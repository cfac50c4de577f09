package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nwd.model.Cohort;

/**
 * Reading through the declared shapes: a field repeated inside a streamed record is refused by the
 * shape itself (the cohort reader turns Jackson's duplicate detection off for records), known or
 * unknown, strict or lenient, at the second occurrence.
 */
class ShapeReadingTest {
  static final String COHORT =
      """
      {"schemaVersion": "1.1", "kind": "cohort",
       "hubs": [{"id": "HUB-1", "name": "Scarborough", "localAuthority": "E10000023",
                 "residentialBeds": 4, "emergencyBeds": 2, "services": ["outreach"]}],
       "records": [
         {"youngPerson": {"id": "YP-1", "birthMonth": "2010-03", "localAuthority": "E10000023"}},
         {"youngPerson": {"id": "YP-2", "birthMonth": "2011-04", "localAuthority": "E10000023"}}
       ]}
      """;

  private static NwdJsonException fails(NwdJson json, String doc) {
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> json.read(doc, Cohort.class));
    assertThat(e).as("expected an NwdJsonException").isNotNull();
    return e;
  }

  @Test
  void aRepeatedDeclaredFieldInAStreamedRecordIsRefusedAtTheSecond() {
    String doc = COHORT.replace("{\"id\": \"YP-2\",", "{\"id\": \"YP-2\", \"id\": \"YP-3\",");
    for (NwdJson json : new NwdJson[] {NwdJson.strict(), NwdJson.lenient()}) {
      NwdJsonException e = fails(json, doc);
      assertThat(e.rule()).isEqualTo("duplicate field: Duplicate field 'id'");
      assertThat(e.pointer()).isEqualTo("/records/1/youngPerson/id");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.column()).isEqualTo(41); // the second value
    }
  }

  @Test
  void aRepeatedListOrNestedFieldIsRefusedToo() {
    String doc = COHORT.replace("\"localAuthority\": \"E10000023\"}}",
        "\"localAuthority\": \"E10000023\"}, \"referrals\": [], \"referrals\": []}");
    assertThat(fails(NwdJson.strict(), doc).pointer()).isEqualTo("/records/0/referrals");
  }

  @Test
  void aRepeatedUnknownFieldIsRefusedByTheLenientReader() {
    String doc = COHORT.replace("{\"id\": \"YP-2\",", "{\"nick\": 1, \"nick\": 2, \"id\": \"YP-2\",");
    NwdJsonException e = fails(NwdJson.lenient(), doc);
    assertThat(e.rule()).isEqualTo("duplicate field: Duplicate field 'nick'");
    assertThat(e.pointer()).isEqualTo("/records/1/youngPerson/nick");
    // once: reported as unknown and skipped
    NwdDocument<Cohort> once = NwdJson.lenient().readDocument(
        COHORT.replace("{\"id\": \"YP-2\",", "{\"nick\": 1, \"id\": \"YP-2\","), Cohort.class);
    assertThat(once.unknownFields()).singleElement()
        .satisfies(u -> assertThat(u.pointer()).isEqualTo("/records/1/youngPerson/nick"));
  }

  @Test
  void aRepeatedFieldIsCollectedAsOneProblemOfItsRecord() {
    String doc = COHORT.replace("{\"id\": \"YP-1\",", "{\"id\": \"YP-1\", \"id\": \"YP-1\",");
    CohortReport report = NwdJson.strict().checkCohort(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(report.problems()).singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/records/0/youngPerson/id"));
    assertThat(report.readToEnd()).isTrue();
  }
}
