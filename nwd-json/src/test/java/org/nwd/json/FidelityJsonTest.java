package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityBand;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityProfile;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.Role;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.FidelityFixtures;
import org.nwd.testkit.FidelitySettings;

/**
 * Fidelity rubrics and profiles as documents: lossless both ways, valid against the schema, in the
 * documented shape, and every broken rule reported with its pointer.
 */
class FidelityJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final NwdJson JSON = NwdJson.strict();
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = NwdJson.schema().openStream()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(MAPPER.readTree(in));
    }
  }

  static void assertValid(String json) throws Exception {
    assertThat(schema.validate(MAPPER.readTree(json))).isEmpty();
  }

  /** Another council's rubric: fewer criteria, exact decimal weights, four bands, 6 months. */
  static FidelityRubric otherCouncil() {
    return FidelityRubric.builder()
        .name("Another council 2025")
        .proposal(false)
        .monthsAfterStay(6)
        .addCriteria(
            Criterion.of(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, 10, new BigDecimal("2")),
            Criterion.of(FidelityIndicator.LIFE_COACH_INVOLVED, 3, new BigDecimal("0.50")),
            Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 56, BigDecimal.ONE),
            Criterion.of(FidelityIndicator.DECISIONS_CITING_PROVOCATION, 0.75, new BigDecimal("1.5")))
        .addBands(
            FidelityBand.of("full", new BigDecimal("0.90")),
            FidelityBand.of("most", new BigDecimal("0.6")),
            FidelityBand.of("some", new BigDecimal("0.25")),
            FidelityBand.of("little", new BigDecimal("0")))
        .build();
  }

  static CohortFidelity fixtures(FidelityRubric rubric) {
    return FidelityAssessment.of(rubric, FidelityFixtures.AS_OF)
        .assess(FidelityFixtures.fidelityCohort());
  }

  @Test
  void rubricsRoundTripAndAreValid() throws Exception {
    for (FidelityRubric r : new FidelityRubric[] {FidelityRubric.proposedDefault(), otherCouncil()}) {
      String text = JSON.write(r);
      assertValid(text);
      FidelityRubric back = JSON.read(text, FidelityRubric.class);
      assertThat(back).isEqualTo(r);
      assertThat(JSON.write(back)).isEqualTo(text);
    }
  }

  @Test
  void aRubricHasTheDocumentedShape() throws Exception {
    FidelityRubric r =
        FidelityRubric.builder().name("R").proposal(true)
            .addCriteria(Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 84, new BigDecimal("0.5")))
            .addBands(FidelityBand.of("all", new BigDecimal("0.0")))
            .build();
    // Written by hand from FidelityCodec's javadoc: weights and minimums exact decimal strings.
    assertThat(JSON.write(r)).isEqualTo(
        "{\"schemaVersion\":\"1.1\",\"kind\":\"fidelity_rubric\",\"fidelityRubric\":{\"name\":\"R\","
            + "\"proposal\":true,\"monthsAfterStay\":12,\"criteria\":[{\"indicator\":"
            + "\"short_bed_stays\",\"threshold\":84.0,\"weight\":\"0.5\"}],\"bands\":[{\"name\":"
            + "\"all\",\"minimumScore\":\"0.0\"}]}}");
    // monthsAfterStay may be left out: 12.
    FidelityRubric read = JSON.read(
        "{\"schemaVersion\":\"1.0\",\"kind\":\"fidelity_rubric\",\"fidelityRubric\":{\"name\":\"R\","
            + "\"proposal\":true,\"criteria\":[{\"indicator\":\"short_bed_stays\",\"threshold\":84,"
            + "\"weight\":\"0.5\"}],\"bands\":[{\"name\":\"all\",\"minimumScore\":\"0.0\"}]}}",
        FidelityRubric.class);
    assertThat(read).isEqualTo(r);
  }

  @Test
  void profilesAndCohortProfilesRoundTripAndAreValid() throws Exception {
    for (FidelityRubric r : new FidelityRubric[] {FidelityRubric.proposedDefault(), otherCouncil()}) {
      CohortFidelity c = fixtures(r);
      String text = JSON.write(c);
      assertValid(text);
      CohortFidelity back = JSON.read(text, CohortFidelity.class);
      assertThat(back).isEqualTo(c);
      assertThat(back.bandCounts()).isEqualTo(c.bandCounts());
      assertThat(JSON.write(back)).isEqualTo(text);
      for (FidelityProfile p : c.profiles()) {
        String one = JSON.write(p);
        assertValid(one);
        assertThat(JSON.read(one, FidelityProfile.class)).isEqualTo(p);
      }
    }
    CohortFidelity ninety =
        FidelityAssessment.builder().rubric(otherCouncil()).asOf(FidelityFixtures.AS_OF)
            .level(ConfidenceLevel.of(0.9)).build().assess(FidelityFixtures.fidelityCohort());
    assertThat(JSON.read(JSON.write(ninety), CohortFidelity.class).level())
        .isEqualTo(ConfidenceLevel.of(0.9));
  }

  @Property(tries = 5)
  void generatedCohortProfilesRoundTrip(@ForAll @IntRange(min = 1, max = 1000) int seed)
      throws Exception {
    Cohort cohort =
        CohortGenerator.of(CohortSettings.builder().size(40).seed(seed)
            .fidelity(FidelitySettings.defaults()).build()).generate();
    CohortFidelity c =
        FidelityAssessment.of(FidelityRubric.proposedDefault(), LocalDate.of(2019, 1, 1))
            .assess(cohort);
    String text = JSON.write(c);
    assertValid(text);
    assertThat(JSON.read(text, CohortFidelity.class)).isEqualTo(c);
    // The cohort with its contacts and decisions, too.
    String cohortText = JSON.write(cohort);
    assertValid(cohortText);
    assertThat(JSON.read(cohortText, Cohort.class)).isEqualTo(cohort);
  }

  @Test
  void aCohortProfileHoldsTheRubricOnceAndEachResult() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(fixtures(FidelityRubric.proposedDefault())));
    ObjectNode body = (ObjectNode) doc.get("cohortFidelity");
    assertThat(doc.get("kind").asText()).isEqualTo("cohort_fidelity");
    assertThat(body.get("asOf").asText()).isEqualTo("2018-04-01");
    assertThat(body.get("level").asDouble()).isEqualTo(0.95);
    ObjectNode first = (ObjectNode) body.get("profiles").get(0);
    assertThat(first.has("rubric")).isFalse();
    assertThat(first.get("youngPersonId").asText()).isEqualTo("YP-FID-HIGH");
    ObjectNode stays = (ObjectNode) first.get("results").get(6);
    // The faithful journey's 28-day emergency bed.
    assertThat(stays.toString()).isEqualTo(
        "{\"indicator\":\"short_bed_stays\",\"threshold\":84.0,\"status\":\"met\",\"value\":28.0,"
            + "\"numerator\":0,\"denominator\":1,\"observations\":[28],\"reason\":\"1 stays, 0 longer"
            + " than the threshold, 0 ongoing, longest 28 days\"}");
    ObjectNode unknownValue = (ObjectNode) body.get("profiles").get(1).get("results").get(6);
    assertThat(unknownValue.get("status").asText()).isEqualTo("not_applicable");
    assertThat(unknownValue.has("value")).isFalse();
  }

  @Test
  void contactsOnAMembershipRoundTripAndAreOptional() throws Exception {
    YoungPersonId id = YoungPersonId.of("YP-1");
    DatePeriod period = DatePeriod.parse("2016-01-01/2016-06-01");
    TeamAroundTheChild team = TeamAroundTheChild.of(id, java.util.List.of(
        TeamMembership.builder().workerId(WorkerId.of("W-1")).role(Role.LIFE_COACH).period(period)
            .contacts(7).build(),
        TeamMembership.of(WorkerId.of("W-2"), Role.KEY_WORKER, period)));
    ObjectMapper bare = new ObjectMapper().registerModule(new NwdJsonModule());
    String text = bare.writeValueAsString(team);
    assertThat(text).contains("\"role\":\"life_coach\",\"period\":{\"start\":\"2016-01-01\","
        + "\"end\":\"2016-06-01\"},\"contacts\":7}")
        .contains("\"role\":\"key_worker\",\"period\":{\"start\":\"2016-01-01\",\"end\":\"2016-06-01\"}}");
    assertThat(bare.readValue(text, TeamAroundTheChild.class)).isEqualTo(team);
    assertThatThrownBy(() -> bare.readValue(text.replace("\"contacts\":7", "\"contacts\":-2"),
            TeamAroundTheChild.class))
        .hasMessageContaining("contacts -2 of worker W-1 is negative");
    String asText = text.replace("\"contacts\":7", "\"contacts\":\"7\"");
    assertThatThrownBy(() -> bare.readValue(asText, TeamAroundTheChild.class))
        .hasMessageContaining("expected an integer, found a string");
  }

  private static NwdJsonException failure(String json, Class<?> type) {
    try {
      JSON.read(json, type);
    } catch (NwdJsonException e) {
      return e;
    }
    throw new AssertionError("no NwdJsonException");
  }

  @Test
  void brokenRulesAreReportedWithTheirPointer() throws Exception {
    String good = JSON.write(fixtures(FidelityRubric.proposedDefault()));

    // A result moved out of the rubric's order.
    ObjectNode doc = (ObjectNode) MAPPER.readTree(good);
    ArrayNode results = (ArrayNode) doc.at("/cohortFidelity/profiles/1/results");
    results.insert(0, results.remove(1));
    NwdJsonException e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/profiles/1/results");
    assertThat(e.rule()).startsWith("result 0 of YP-FID-PARTIAL is for key_worker_within_days");

    // An unknown indicator code.
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/rubric/criteria/0")).put("indicator", "vibes");
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/rubric/criteria/0/indicator");
    assertThat(e.rule()).startsWith("unknown fidelity indicator code \"vibes\"");

    // A weight as a number, not an exact decimal string.
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/rubric/criteria/2")).put("weight", 1);
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/rubric/criteria/2/weight");
    assertThat(e.rule()).isEqualTo("expected a string, found a number");

    // A share threshold above 1.
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/rubric/criteria/10")).put("threshold", 1.5);
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/rubric/criteria/10/threshold");
    assertThat(e.rule()).startsWith("threshold 1.5 of decisions_citing_provocation");

    // Two profiles of one young person.
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/profiles/1")).put("youngPersonId", "YP-FID-HIGH");
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/profiles");
    assertThat(e.rule()).isEqualTo("young person YP-FID-HIGH has two profiles");

    // A bad status, an unknown field (strict), a missing payload.
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/profiles/0/results/0")).put("status", "sort_of");
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.pointer()).isEqualTo("/cohortFidelity/profiles/0/results/0/status");
    doc = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) doc.at("/cohortFidelity/profiles/0")).put("name", "not allowed");
    e = failure(doc.toString(), CohortFidelity.class);
    assertThat(e.rule()).isEqualTo("unknown field \"name\"");
    NwdDocument<CohortFidelity> lenient =
        NwdJson.lenient().readDocument(doc.toString(), CohortFidelity.class);
    assertThat(lenient.unknownFields()).singleElement()
        .satisfies(u -> assertThat(u.pointer()).isEqualTo("/cohortFidelity/profiles/0/name"));
    e = failure("{\"schemaVersion\":\"1.0\",\"kind\":\"fidelity_rubric\"}", FidelityRubric.class);
    assertThat(e.rule()).isEqualTo("missing required field \"fidelityRubric\"");
    e = failure(good, FidelityRubric.class);
    assertThat(e.rule()).isEqualTo("kind \"cohort_fidelity\" is not the expected \"fidelity_rubric\"");
    // A profile without its rubric.
    doc = (ObjectNode) MAPPER.readTree(JSON.write(fixtures(otherCouncil()).profiles().get(0)));
    ((ObjectNode) doc.get("fidelityProfile")).remove("rubric");
    e = failure(doc.toString(), FidelityProfile.class);
    assertThat(e.rule()).isEqualTo("missing required field \"rubric\"");
    // The schema rejects what the readers reject where it can.
    ObjectNode bad = (ObjectNode) MAPPER.readTree(good);
    ((ObjectNode) bad.at("/cohortFidelity/profiles/0/results/0")).put("status", "sort_of");
    assertThat(schema.validate(bad)).isNotEmpty();
  }

  @Test
  void everyObjectRejectsAnUnknownFieldInStrictMode() throws Exception {
    String rubric = JSON.write(otherCouncil());
    String profile = JSON.write(fixtures(otherCouncil()).profiles().get(0));
    String cohort = JSON.write(fixtures(otherCouncil()));
    Object[][] cases = {
      {rubric, "/fidelityRubric", FidelityRubric.class},
      {rubric, "/fidelityRubric/criteria/0", FidelityRubric.class},
      {rubric, "/fidelityRubric/bands/1", FidelityRubric.class},
      {profile, "/fidelityProfile", FidelityProfile.class},
      {profile, "/fidelityProfile/results/2", FidelityProfile.class},
      {cohort, "/cohortFidelity", CohortFidelity.class},
    };
    for (Object[] c : cases) {
      ObjectNode doc = (ObjectNode) MAPPER.readTree((String) c[0]);
      ((ObjectNode) doc.at((String) c[1])).put("extra", 1);
      NwdJsonException e = failure(doc.toString(), (Class<?>) c[2]);
      assertThat(e.rule()).as((String) c[1]).isEqualTo("unknown field \"extra\"");
      assertThat(e.pointer()).isEqualTo(c[1] + "/extra");
      assertThat(NwdJson.lenient().readDocument(doc.toString(), (Class<?>) c[2]).unknownFields())
          .singleElement().satisfies(u -> assertThat(u.pointer()).isEqualTo(c[1] + "/extra"));
    }
    ObjectMapper bare = new ObjectMapper().registerModule(new NwdJsonModule());
    String assessment = bare.writeValueAsString(
        FidelityAssessment.of(otherCouncil(), FidelityFixtures.AS_OF));
    assertThatThrownBy(() -> bare.readValue(assessment.replace("{\"rubric\"", "{\"extra\":1,\"rubric\""),
            FidelityAssessment.class))
        .hasMessageContaining("unknown field \"extra\"");
  }

  @Test
  void fidelityValuesAreAlsoBare() throws Exception {
    ObjectMapper bare = new ObjectMapper().registerModule(new NwdJsonModule());
    FidelityAssessment a =
        FidelityAssessment.builder().rubric(otherCouncil()).asOf(FidelityFixtures.AS_OF)
            .level(ConfidenceLevel.of(0.9)).build();
    String text = bare.writeValueAsString(a);
    assertThat(text).startsWith("{\"rubric\":{\"name\":\"Another council 2025\"")
        .endsWith("\"asOf\":\"2018-04-01\",\"level\":0.9}");
    assertThat(bare.readValue(text, FidelityAssessment.class)).isEqualTo(a);
    FidelityAssessment defaultLevel = bare.readValue(
        text.replace(",\"level\":0.9", ""), FidelityAssessment.class);
    assertThat(defaultLevel.level()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    // The rubric bare has the shape of the document's payload.
    assertThat(bare.writeValueAsString(otherCouncil()))
        .isEqualTo(MAPPER.readTree(JSON.write(otherCouncil())).get("fidelityRubric").toString());
  }
}
