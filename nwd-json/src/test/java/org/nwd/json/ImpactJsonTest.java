package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.IndexDateRule;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;

/** impact_result documents: lossless round trips, recomputation on read, and the schema. */
class ImpactJsonTest {
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

  static ImpactAnalysis analysis() {
    return ImpactAnalysis.builder()
        .name("json")
        // Gen's events fall in the 900 days from age 10: index at 11 years 3 months puts events in
        // both 12-month windows for most rich records.
        .indexDateRule(
            IndexDateRule.of(
                "11 years 3 months after the birth month",
                r -> Optional.of(r.youngPerson().birthMonth().atDay(1).plusYears(11).plusMonths(3))))
        .eligibility(EligibilityPolicy.of("test", 10, 25))
        .dataCoverage(DatePeriod.of(LocalDate.of(1990, 1, 1), LocalDate.of(2060, 1, 1)))
        .addMeasures(
            StandardMeasures.MISSING_INCIDENTS,
            StandardMeasures.EXTERNAL_PLACEMENT_DAYS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
            StandardMeasures.IN_EET)
        .replicates(100)
        .build();
  }

  /** Gen gives one SDQ score per record; add one in each window so that scores pair up. */
  static Cohort withScores(Cohort c, long seed) {
    java.util.Random random = new java.util.Random(seed);
    java.util.List<org.nwd.model.YoungPersonRecord> records = new java.util.ArrayList<>();
    for (org.nwd.model.YoungPersonRecord r : c.records()) {
      LocalDate index = r.youngPerson().birthMonth().atDay(1).plusYears(11).plusMonths(3);
      records.add(
          org.nwd.model.YoungPersonRecord.builder()
              .youngPerson(r.youngPerson())
              .addAllReferrals(r.referrals())
              .addAllHubEpisodes(r.hubEpisodes())
              .team(r.team())
              .addAllPlacements(r.placements())
              .addAllEvents(r.events())
              .addAllScores(r.scores())
              .addAllStatusPeriods(r.statusPeriods())
              .addAllDecisions(r.decisions())
              .addAllStories(r.stories())
              .addScores(
                  ScoreObservation.of(r.youngPerson().id(), StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
                      index.minusDays(100), random.nextInt(41)),
                  ScoreObservation.of(r.youngPerson().id(), StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
                      index.plusDays(100), random.nextInt(41)))
              .build());
    }
    return Cohort.of(c.hubs(), records);
  }

  static ImpactResult prePost(long seed, int size) {
    return analysis().run(withScores(new Gen(seed).cohort(size), seed));
  }

  static ImpactResult withComparison(long seed, int size) {
    Gen gen = new Gen(seed);
    Cohort treated = withScores(gen.cohort(size), seed);
    Cohort comparison = withScores(gen.cohort(size), seed + 1);
    return analysis().compare(treated, comparison);
  }

  private static void roundTrip(ImpactResult result) throws Exception {
    String written = JSON.write(result);
    ImpactResultDocument read = JSON.read(written, ImpactResultDocument.class);
    // write -> read equal
    assertThat(read).isEqualTo(ImpactResultDocument.of(result));
    // read -> write identical
    assertThat(JSON.write(read)).isEqualTo(written);
    assertThat(schema.validate(MAPPER.readTree(written))).isEmpty();
    assertThat(read.design()).isEqualTo(result.design());
    assertThat(read.peopleIncluded()).isEqualTo(result.peopleIncluded());
    assertThat(read.comparisonPeopleIncluded()).isEqualTo(result.comparisonPeopleIncluded());
    assertThat(read.analysisName()).isEqualTo("json");
  }

  @Property(tries = 15)
  void prePostResultsRoundTrip(@ForAll long seed) throws Exception {
    roundTrip(prePost(seed, 20));
  }

  @Property(tries = 8)
  void comparisonResultsRoundTrip(@ForAll long seed) throws Exception {
    roundTrip(withComparison(seed, 16));
  }

  @Test
  void theSamplesExerciseEveryPart() {
    ImpactResult r = withComparison(7, 40);
    String written = JSON.write(r);
    assertThat(r.design()).isEqualTo(DesignLevel.DIFFERENCE_IN_DIFFERENCES);
    assertThat(written).contains("\"kind\":\"impact_result\"", "\"rates\"", "\"scores\"",
        "\"statuses\"", "\"comparison\"", "\"breakdowns\"", "\"suppressed\"");
  }

  @Test
  void anImpactResultCannotBeReadBackAsSuch() {
    String written = JSON.write(prePost(1, 5));
    assertThatThrownBy(() -> JSON.read(written, ImpactResult.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ImpactResultDocument");
  }

  private static ObjectNode doc(ImpactResult r) throws Exception {
    return (ObjectNode) MAPPER.readTree(JSON.write(r));
  }

  private static NwdJsonException readFails(JsonNode doc) {
    try {
      JSON.read(doc.toString(), ImpactResultDocument.class);
    } catch (NwdJsonException e) {
      return e;
    }
    throw new AssertionError("read did not fail");
  }

  private static ObjectNode firstWithRates(ObjectNode doc) {
    for (JsonNode m : doc.get("impactResult").get("measures")) {
      if (m.has("rates")) {
        return (ObjectNode) m;
      }
    }
    throw new AssertionError("no rates");
  }

  @Test
  void anUnknownDesignCodeIsRejectedBySchemaAndReader() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((ObjectNode) d.get("impactResult")).put("design", "PRE_POST");
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/design");
    assertThat(e.field()).isEqualTo("design");
    assertThat(e.rule()).contains("unknown code \"PRE_POST\"", "pre_post");
  }

  @Test
  void aNegativeCountIsRejectedBySchemaAndReader() throws Exception {
    ObjectNode d = doc(prePost(3, 20));
    ((ObjectNode) d.get("impactResult")).put("peopleIncluded", -1);
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/peopleIncluded");
    assertThat(e.rule()).contains("at least 0");
  }

  @Test
  void aMissingRequiredFieldIsRejectedBySchemaAndReader() throws Exception {
    ObjectNode d = doc(prePost(4, 20));
    ((ObjectNode) d.get("impactResult")).remove("indicators");
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.field()).isEqualTo("indicators");
    assertThat(e.rule()).isEqualTo("missing required field \"indicators\"");
  }

  @Test
  void anUnknownFieldIsRejectedBySchemaAndStrictReader() throws Exception {
    ObjectNode d = doc(prePost(5, 20));
    ((ObjectNode) d.get("impactResult")).put("extra", 1);
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/extra");
    assertThat(e.rule()).contains("unknown field");
    NwdDocument<ImpactResultDocument> lenient =
        NwdJson.lenient().readDocument(d.toString(), ImpactResultDocument.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/impactResult/extra");
    assertThat(lenient.value()).isEqualTo(ImpactResultDocument.of(prePost(5, 20)));
  }

  @Test
  void aNestedUnknownFieldIsRejectedByTheStrictReaderAndDroppedByTheLenientOne() throws Exception {
    ObjectNode d = doc(prePost(5, 20));
    ObjectNode table =
        (ObjectNode) d.get("impactResult").get("breakdowns").get(0).get("changes");
    table.put("extra", 1);
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/breakdowns/0/changes/extra");
    NwdDocument<ImpactResultDocument> lenient =
        NwdJson.lenient().readDocument(d.toString(), ImpactResultDocument.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/impactResult/breakdowns/0/changes/extra");
    assertThat(lenient.value()).isEqualTo(ImpactResultDocument.of(prePost(5, 20)));
  }

  @Test
  void aDerivedRateThatDoesNotMatchItsInputsIsRejected() throws Exception {
    ObjectNode d = doc(prePost(6, 30));
    ObjectNode rates = (ObjectNode) firstWithRates(d).get("rates");
    rates.put("eventsAfter", rates.get("eventsAfter").asLong() + 1);
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).contains("/rates/");
    assertThat(e.rule()).contains("does not match");
  }

  @Test
  void aForgedEventsAvoidedValueIsRejected() throws Exception {
    ObjectNode d = doc(prePost(6, 30));
    ObjectNode avoided = (ObjectNode) firstWithRates(d).get("rates").get("eventsAvoided");
    avoided.put("value", avoided.get("value").asDouble() + 1);
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).endsWith("/rates/eventsAvoided/value");
    assertThat(e.rule()).contains("recomputed");
  }

  @Test
  void aForgedStatisticsOutputIsRejectedWithItsPointer() throws Exception {
    ObjectNode d = doc(prePost(6, 30));
    ObjectNode outputs =
        (ObjectNode) firstWithRates(d).get("rates").get("rateRatio").get("outputs");
    outputs.put("method", "forged");
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).contains("/rates/rateRatio/outputs");
  }

  @Test
  void twoKindsAndNoneWithoutReasonAreRejected() throws Exception {
    ObjectNode d = doc(prePost(6, 30));
    ObjectNode m = firstWithRates(d);
    m.set("scores", MAPPER.createObjectNode());
    NwdJsonException e = readFails(d);
    assertThat(e.rule()).contains("exactly one of rates, scores and statuses");
  }

  @Test
  void aForgedSuppressionPatternIsRejected() throws Exception {
    ObjectNode d = doc(prePost(8, 30));
    JsonNode table = d.get("impactResult").get("breakdowns").get(0).get("changes");
    com.fasterxml.jackson.databind.node.ArrayNode row =
        (com.fasterxml.jackson.databind.node.ArrayNode) table.get("suppressed").get(0);
    row.set(0, MAPPER.getNodeFactory().booleanNode(!row.get(0).asBoolean()));
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).endsWith("/changes/suppressed/0/0");
    assertThat(e.rule()).contains("suppression recomputed");
  }

  @Test
  void aTableBreakingADomainRuleIsRejectedWithTheRule() throws Exception {
    ObjectNode d = doc(prePost(8, 30));
    ObjectNode table =
        (ObjectNode) d.get("impactResult").get("breakdowns").get(0).get("changes");
    table.put("threshold", 0);
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.rule()).contains("threshold");
  }
}
