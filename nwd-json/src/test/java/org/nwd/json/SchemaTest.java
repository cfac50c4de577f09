package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwd.model.CareStatus;
import org.nwd.model.DecisionCategory;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubService;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.PortfolioArea;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;

/** The published schema accepts every document the library writes and rejects each broken rule. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;
  private static JsonNode schemaTree;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = NwdJson.schema().openStream()) {
      schemaTree = MAPPER.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
  }

  static Set<ValidationMessage> validate(String json) throws Exception {
    return schema.validate(MAPPER.readTree(json));
  }

  @Property
  void everyWrittenCohortAndRecordIsValid(@ForAll long seed) throws Exception {
    EdgeCases gen = new EdgeCases(seed);
    NwdJson json = NwdJson.strict();
    assertThat(validate(json.write(EdgeCases.cohort(seed, 6, 3)))).isEmpty();
    assertThat(validate(json.write(org.nwd.testkit.Fixtures.referenceCohort()))).isEmpty();
    assertThat(validate(json.write(gen.record("YP-9", gen.hubs(), true)))).isEmpty();
    assertThat(validate(json.write(gen.explanation(3)))).isEmpty();
  }

  @Test
  void everyResultTypeIsValid() throws Exception {
    NwdJson json = NwdJson.strict();
    for (Object result : Samples.results()) {
      assertThat(validate(json.write(result))).as(result.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaIsDocumentedAndVersioned() {
    assertThat(schemaTree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaTree.get("description").asText()).contains("schemaVersion \"1.1\", or \"1.0\"");
    schemaTree.get("$defs").fields().forEachRemaining(
        def -> assertThat(def.getValue().has("description") || def.getValue().has("$ref"))
            .as(def.getKey()).isTrue());
  }

  /** Every code the model knows is in the schema, so the schema never rejects a valid document. */
  @Test
  void everyModelCodeIsInTheSchema() {
    String text = schemaTree.toString();
    Stream.of(CareStatus.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(Role.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(PortfolioArea.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(HubService.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(HubEpisodeKind.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(EndReason.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(ReferralCategory.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(ReferralDecision.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(DecisionCategory.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(RiskOwner.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(Sex.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(MeasureKind.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(ImprovementDirection.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(PlacementType.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    Stream.of(PlacementProvider.values()).forEach(c -> assertThat(text).contains("\"" + c.code() + "\""));
    StandardMeasures.all().forEach(m -> assertThat(text).contains("\"" + m.code() + "\""));
  }

  static String validRecordDocument() {
    EdgeCases gen = new EdgeCases(7);
    return NwdJson.strict().write(gen.record("YP-1", gen.hubs(), true));
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Arguments broken(String rule, Consumer<ObjectNode> edit) {
    return Arguments.of(rule, edit);
  }

  static ObjectNode person(ObjectNode doc) {
    return (ObjectNode) doc.get("record").get("youngPerson");
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        broken("schemaVersion is 1.0", d -> d.put("schemaVersion", "2.0")),
        broken("schemaVersion is required", d -> d.remove("schemaVersion")),
        broken("kind is known", d -> d.put("kind", "person")),
        broken("the payload is required", d -> d.remove("record")),
        broken("no unknown envelope fields", d -> d.put("extra", 1)),
        broken("no unknown record fields", d -> ((ObjectNode) d.get("record")).put("nickname", "x")),
        broken("youngPerson is required", d -> ((ObjectNode) d.get("record")).remove("youngPerson")),
        broken("ids match the id pattern", d -> person(d).put("id", "YP 1")),
        broken("birthMonth is YYYY-MM", d -> person(d).put("birthMonth", "2010-13")),
        broken("birthMonth is not a full date", d -> person(d).put("birthMonth", "2010-01-01")),
        broken("localAuthority is not blank", d -> person(d).put("localAuthority", " ")),
        broken("sex is a code", d -> person(d).put("sex", "MALE")),
        broken("null is not a value", d -> person(d).putNull("sex")),
        broken("care status is a code", d -> ((ObjectNode) person(d).withArray("careStatusPeriods")
            .addObject()).put("status", "in_care").putObject("period").put("start", "2020-01-01")),
        broken("dates are YYYY-MM-DD", d -> ((ObjectNode) d.get("record").get("referrals").get(0))
            .put("date", "01/02/2020")),
        broken("referral category is a code", d -> ((ObjectNode) d.get("record").get("referrals").get(0))
            .put("category", "EDGE_OF_CARE")),
        broken("a period has a start", d -> ((ObjectNode) d.get("record").get("placements").get(0)
            .get("period")).remove("start")),
        broken("placement type is an SSDA903 code", d -> ((ObjectNode) d.get("record").get("placements").get(0))
            .put("type", "U9")),
        broken("insideCouncilArea is a boolean", d -> ((ObjectNode) d.get("record").get("placements").get(0))
            .put("insideCouncilArea", "yes")),
        broken("event count is not negative", d -> ((ObjectNode) d.get("record").get("events").get(0))
            .put("count", -1)),
        broken("event count is an integer", d -> ((ObjectNode) d.get("record").get("events").get(0))
            .put("count", 1.5)),
        broken("a measure code is standard or an object", d -> ((ObjectNode) d.get("record").get("events").get(0))
            .put("measure", "NOT_A_MEASURE")),
        broken("a story has text", d -> ((ObjectNode) d.get("record").get("stories").get(0)).remove("text")),
        broken("lists are arrays", d -> ((ObjectNode) d.get("record")).put("referrals", "none")),
        broken("ids are strings", d -> ((ObjectNode) d.get("record").get("team"))
            .put("youngPersonId", 5)),
        broken("end reason comes with planned", d -> ((ObjectNode) d.get("record").get("hubEpisodes").get(0))
            .remove("planned")),
        broken("hub episode kind is a code", d -> ((ObjectNode) d.get("record").get("hubEpisodes").get(0))
            .put("kind", "respite")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void rejectsEachBrokenRule(String rule, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode doc = tree(validRecordDocument());
    assertThat(schema.validate(doc)).as("valid before the edit").isEmpty();
    ensureItems(doc);
    edit.accept(doc);
    assertThat(schema.validate(doc)).as(rule).isNotEmpty();
  }

  /** Gives the record one item of each list, so each edit has something to break. */
  private static void ensureItems(ObjectNode doc) {
    ObjectNode record = (ObjectNode) doc.get("record");
    ArrayNode referrals = record.withArray("referrals");
    if (referrals.isEmpty()) {
      referrals.addObject().put("youngPersonId", "YP-1").put("date", "2021-01-01")
          .put("category", "edge_of_care").put("decision", "accepted");
    }
    ArrayNode placements = record.withArray("placements");
    if (placements.isEmpty()) {
      ObjectNode p = placements.addObject().put("youngPersonId", "YP-1");
      p.putObject("period").put("start", "2021-01-01");
      p.put("type", "U4").put("insideCouncilArea", true);
    }
    ArrayNode episodes = record.withArray("hubEpisodes");
    ObjectNode e = MAPPER.createObjectNode().put("youngPersonId", "YP-1").put("hubId", "HUB-0")
        .put("kind", "outreach");
    e.putObject("period").put("start", "2021-01-01").put("end", "2021-02-01");
    e.put("endReason", "home_or_family").put("planned", true);
    episodes.insert(0, e);
    assertThat(schema.validate(doc)).isEmpty();
  }

  @Test
  void rejectsBrokenCohortAndResultDocuments() throws Exception {
    NwdJson json = NwdJson.strict();
    ObjectNode cohort = tree(json.write(EdgeCases.cohort(3, 2, 1)));
    cohort.withArray("hubs").addObject().put("id", "H").put("name", "n").put("localAuthority", "E")
        .put("residentialBeds", -1).put("emergencyBeds", 0);
    assertThat(schema.validate(cohort)).as("negative beds").isNotEmpty();

    ObjectNode result = tree(json.write(Rate.of(3, 2.0)));
    ((ObjectNode) result.get("result").get("inputs")).put("personYears", 0);
    assertThat(schema.validate(result)).as("person-years must be positive").isNotEmpty();

    ObjectNode ratio = tree(json.write(RateRatio.of(Rate.of(3, 2.0), Rate.of(4, 2.0))));
    ((ObjectNode) ratio.get("result").get("inputs")).put("requestedMethod", "LOG_WALD");
    assertThat(schema.validate(ratio)).as("method is a code, not a Java name").isNotEmpty();

    ObjectNode level = tree(json.write(Rate.of(3, 2.0)));
    ((ObjectNode) level.get("result").get("inputs")).put("level", 1.0);
    assertThat(schema.validate(level)).as("level strictly below 1").isNotEmpty();

    ObjectNode type = tree(json.write(Rate.of(3, 2.0)));
    ((ObjectNode) type.get("result")).put("type", "rates");
    assertThat(schema.validate(type)).as("unknown result type").isNotEmpty();
  }
}
