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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.Derivations;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.IndexDateRule;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.CohortGenerator;

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

  /**
   * Standard rules only (an impact_result document describes the analysis by codes), a vendor's own
   * count measure (standard derivation by kind) among the library's, and a coverage that cuts some
   * generated windows short so that exclusions appear.
   */
  static ImpactAnalysis analysis() {
    return analysisBuilder().build();
  }

  static ImpactAnalysis.Builder analysisBuilder() {
    return ImpactAnalysis.builder()
        .name("json")
        .dataCoverage(DatePeriod.of(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 1, 1)))
        .addMeasures(
            StandardMeasures.MISSING_INCIDENTS,
            StandardMeasures.EXTERNAL_PLACEMENT_DAYS,
            StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
            StandardMeasures.IN_EET,
            EdgeCases.VENDOR_COUNT)
        .replicates(100);
  }

  /**
   * The testkit's cohort with, per record, an SDQ score and an in-EET status in each window around
   * its index date, so that every kind of measure result appears (the generator's own output may
   * change; these additions only make sure scores and statuses pair up).
   */
  static Cohort withScoresAndStatuses(Cohort c, long seed) {
    Random random = new Random(seed);
    List<YoungPersonRecord> records = new ArrayList<>();
    for (YoungPersonRecord r : c.records()) {
      LocalDate index = CohortGenerator.indexDate(r);
      YoungPersonId id = r.youngPerson().id();
      records.add(
          YoungPersonRecord.builder()
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
                  ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
                      index.minusDays(100), random.nextInt(41)),
                  ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES,
                      index.plusDays(100), random.nextInt(41)))
              .addStatusPeriods(
                  StatusPeriod.of(id, StandardMeasures.IN_EET,
                      DatePeriod.of(index.minusDays(40), index), random.nextBoolean()),
                  StatusPeriod.of(id, StandardMeasures.IN_EET,
                      DatePeriod.open(index), random.nextBoolean()))
              .addEvents(OutcomeEvent.of(id, EdgeCases.VENDOR_COUNT, index.minusDays(20), 1 + random.nextInt(3)))
              .build());
    }
    return Cohort.of(c.hubs(), records);
  }

  static Cohort cohort(long seed, int size) {
    return CohortGenerator.of(size, seed).generate();
  }

  static ImpactResult prePost(long seed, int size) {
    return analysis().run(withScoresAndStatuses(cohort(seed, size), seed));
  }

  static ImpactResult withComparison(long seed, int size) {
    Cohort treated = withScoresAndStatuses(cohort(seed, size), seed);
    Cohort comparison = withScoresAndStatuses(cohort(seed + 1, size), seed + 1);
    return analysis().compare(treated, comparison);
  }

  private static void roundTrip(ImpactResult result) throws Exception {
    String written = JSON.write(result);
    ImpactResult read = JSON.read(written, ImpactResult.class);
    // write -> read: an equal result
    assertThat(read).isEqualTo(result);
    assertThat(read.analysis()).isEqualTo(result.analysis());
    // read -> write: the same document
    assertThat(JSON.write(read)).isEqualTo(written);
    assertThat(schema.validate(MAPPER.readTree(written))).isEmpty();
    // the Jackson module gives the same payload as a bare value
    ObjectMapper mapper = JSON.objectMapper();
    String bare = mapper.writeValueAsString(result);
    assertThat(mapper.readValue(bare, ImpactResult.class)).isEqualTo(result);
    assertThat(MAPPER.readTree(bare)).isEqualTo(MAPPER.readTree(written).get("impactResult"));
  }

  @Property(tries = 15)
  void prePostResultsRoundTrip(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size)
      throws Exception {
    roundTrip(prePost(seed, size));
  }

  @Property(tries = 8)
  void comparisonResultsRoundTrip(@ForAll long seed) throws Exception {
    roundTrip(withComparison(seed, 16));
  }

  @Property(tries = 10)
  void resultsOfAnyGeneratedCohortRoundTrip(@ForAll long seed) throws Exception {
    // The generator's records as they are, under the library's default analysis settings.
    ImpactAnalysis a = ImpactAnalysis.builder().name("defaults")
        .dataCoverage(DatePeriod.of(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)))
        .indexDateRule(IndexDateRule.firstHubEpisode())
        .addAllMeasures(CohortGenerator.eventMeasures())
        .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
        .build();
    roundTrip(a.run(cohort(seed, 25)));
  }

  @Test
  void theSamplesExerciseEveryPart() {
    ImpactResult r = withComparison(7, 40);
    String written = JSON.write(r);
    assertThat(r.design()).isEqualTo(DesignLevel.DIFFERENCE_IN_DIFFERENCES);
    assertThat(r.exclusions()).isNotEmpty();
    assertThat(written).contains("\"kind\":\"impact_result\"", "\"rates\"", "\"scores\"",
        "\"statuses\"", "\"comparison\"", "\"breakdowns\"", "\"suppressed\"",
        "\"indexDateRule\":\"first_accepted_referral\"", "\"code\":\"VENDOR_EXCLUSIONS\"");
  }

  @Test
  void aCustomIndexDateRuleCannotBeWrittenAndNothingIsWritten() {
    ImpactAnalysis custom = analysisBuilder()
        .indexDateRule(IndexDateRule.of("birthday", r -> Optional.empty())).build();
    ImpactResult r = custom.run(cohort(1, 3));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThatThrownBy(() -> JSON.write(r, out))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/impactResult/analysis/indexDateRule");
          assertThat(e.field()).isEqualTo("indexDateRule");
          assertThat(e.rule()).isEqualTo("analysis \"json\" uses a custom index-date rule"
              + " (\"birthday\"), which is code and has no stable code: an impact_result document"
              + " can describe only the standard rules first_accepted_referral and first_hub_episode");
        });
    assertThat(out.size()).isZero();
  }

  @Test
  void aReplacedDerivationCannotBeWritten() {
    ImpactAnalysis custom = analysisBuilder()
        .addDerivations(Derivations.of(StandardMeasures.MISSING_INCIDENTS, "twice the count",
            (rec, w) -> java.util.OptionalDouble.of(2)))
        .build();
    ImpactResult r = custom.run(cohort(1, 3));
    assertThatThrownBy(() -> JSON.write(r))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/impactResult/analysis/derivations");
          assertThat(e.rule()).isEqualTo("analysis \"json\" replaces the standard derivation of"
              + " measure MISSING_INCIDENTS (\"twice the count\"), which is code and has no stable"
              + " code: an impact_result document can describe only analyses that use the standard"
              + " derivations (Derivations.standard)");
        });
  }

  @Test
  void anUnknownIndexDateRuleCodeIsRejectedBySchemaAndReader() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((ObjectNode) d.get("impactResult").get("analysis")).put("indexDateRule", "birthday");
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/analysis/indexDateRule");
    assertThat(e.rule()).isEqualTo("unknown index-date rule code \"birthday\"; known codes:"
        + " first_accepted_referral, first_hub_episode (a custom rule is code and cannot be"
        + " described)");
  }

  @Test
  void anAnalysisBreakingItsRulesIsRejectedWithTheRule() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((ObjectNode) d.get("impactResult").get("analysis")).put("monthsBefore", 0);
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/analysis/monthsBefore");
    assertThat(e.rule()).isEqualTo("months before 0 must be at least 1");
  }

  @Test
  void measureResultsNotThoseOfTheAnalysisAreRejected() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("impactResult").get("analysis")
        .get("measures")).remove(4);
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/measures");
    assertThat(e.rule()).startsWith("measure results [MISSING_INCIDENTS, EXTERNAL_PLACEMENT_DAYS,"
        + " SDQ_TOTAL_DIFFICULTIES, IN_EET, VENDOR_EXCLUSIONS] must be those of analysis json");
  }

  @Test
  void aForgedExplanationIsRejectedWithItsPointer() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((ObjectNode) d.get("impactResult").get("indicators").get("explanation"))
        .put("label", "forged");
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/indicators/explanation/label");
    assertThat(e.rule()).isEqualTo("label does not match the value recomputed from the inputs: it"
        + " is derived, give the recomputed value");
  }

  @Test
  void aWrongTypeIsRejectedWithItsPointer() throws Exception {
    ObjectNode d = doc(prePost(2, 20));
    ((ObjectNode) d.get("impactResult")).put("measures", "none");
    assertThat(schema.validate(d)).isNotEmpty();
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult/measures");
    assertThat(e.rule()).isEqualTo("measures must be an array");
  }

  private static ObjectNode doc(ImpactResult r) throws Exception {
    return (ObjectNode) MAPPER.readTree(JSON.write(r));
  }

  private static NwdJsonException readFails(JsonNode doc) {
    try {
      JSON.read(doc.toString(), ImpactResult.class);
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
    NwdDocument<ImpactResult> lenient =
        NwdJson.lenient().readDocument(d.toString(), ImpactResult.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/impactResult/extra");
    assertThat(lenient.value()).isEqualTo(prePost(5, 20));
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
    NwdDocument<ImpactResult> lenient =
        NwdJson.lenient().readDocument(d.toString(), ImpactResult.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/impactResult/breakdowns/0/changes/extra");
    assertThat(lenient.value()).isEqualTo(prePost(5, 20));
  }

  @Test
  void anUnknownFieldDeepInsideAStatisticsResultIsReportedByTheLenientReader() throws Exception {
    ObjectNode d = doc(prePost(5, 20));
    ObjectNode inputs = (ObjectNode) firstWithRates(d).get("rates").get("before").get("inputs");
    inputs.put("extra", 1);
    NwdDocument<ImpactResult> lenient =
        NwdJson.lenient().readDocument(d.toString(), ImpactResult.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/impactResult/measures/0/rates/before/inputs/extra");
    assertThat(lenient.value()).isEqualTo(prePost(5, 20));
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

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at("/impactResult" + pointer);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenParts() {
    return java.util.stream.Stream.of(
        broken(d -> at(d, "").put("analysis", 1), "/analysis", "analysis must be an object"),
        broken(d -> at(d, "/analysis").put("monthsBefore", 1.5), "/analysis/monthsBefore",
            "monthsBefore must be a whole number within the 32-bit range"),
        broken(d -> at(d, "/analysis").put("seed", "x"), "/analysis/seed",
            "seed must be a whole number within the 64-bit range"),
        broken(d -> at(d, "/analysis").put("level", "high"), "/analysis/level",
            "level must be a number"),
        broken(d -> at(d, "/analysis").put("level", 1.5), "/analysis/level", "1.5"),
        broken(d -> at(d, "/analysis").put("name", 5), "/analysis/name", "name must be a string"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/analysis/notAtRiskCategories")).add(7),
            "/analysis/notAtRiskCategories/1", "notAtRiskCategories must be strings"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/analysis/notAtRiskCategories")).add("jail"),
            "/analysis/notAtRiskCategories/1", "jail"),
        broken(d -> at(d, "/analysis/eligibility").put("minAge", 30), "/analysis/eligibility/maxAge",
            "maximum age 25 is below minimum age 30"),
        broken(d -> at(d, "/analysis").put("shortTermThresholdDays", 0),
            "/analysis/shortTermThresholdDays", "threshold 0 days is not positive"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/analysis/ageBandStarts")).add("x"),
            "/analysis/ageBandStarts/4", "ageBandStarts must be a whole number"),
        broken(d -> at(d, "/exclusions/0").put("youngPersonId", "not an id!"),
            "/exclusions/0/youngPersonId", "young person id"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/problems")).add(3),
            "/problems/0", "problems must be strings"),
        broken(d -> at(d, "/indicators/destinations").put("moon", 1),
            "/indicators/destinations/moon", "moon"),
        broken(d -> at(d, "/indicators/keyWorkerChangeCounts").put("x", 1),
            "/indicators/keyWorkerChangeCounts/x",
            "keyWorkerChangeCounts keys must be whole numbers of key-worker changes"),
        broken(d -> at(d, "/indicators/specialistCounts").put("wizard", 1),
            "/indicators/specialistCounts/wizard", "wizard"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/indicators/completedStayLengths")).insert(0, 1.5),
            "/indicators/completedStayLengths/0", "completedStayLengths must hold whole numbers"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/breakdowns/0/changes/counts")).set(0, MAPPER.createObjectNode()),
            "/breakdowns/0/changes/counts/0", "counts must be an array"),
        broken(d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                d.at("/impactResult/breakdowns/0/changes/rowLabels")).set(0, 1),
            "/breakdowns/0/changes/rowLabels/0", "rowLabels must hold strings"),
        broken(d -> at(d, "/indicators/explanation").put("formula", "forged"),
            "/indicators/explanation/formula", "does not match the value recomputed"));
  }

  /** {@code edit} breaks a written document; the reader names {@code pointer} and the rule. */
  static org.junit.jupiter.params.provider.Arguments broken(
      java.util.function.Consumer<ObjectNode> edit, String pointer, String rule) {
    return org.junit.jupiter.params.provider.Arguments.of(edit, pointer, rule);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
  @org.junit.jupiter.params.provider.MethodSource("brokenParts")
  void eachBrokenPartIsRejectedWithItsPointerAndRule(
      java.util.function.Consumer<ObjectNode> edit, String pointer, String rule) throws Exception {
    ObjectNode d = doc(withComparison(7, 40));
    edit.accept(d);
    NwdJsonException e = readFails(d);
    assertThat(e.pointer()).isEqualTo("/impactResult" + pointer);
    assertThat(e.rule()).contains(rule);
  }
}
