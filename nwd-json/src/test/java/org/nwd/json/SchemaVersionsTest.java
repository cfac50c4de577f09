package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;

/**
 * Schema version 1.1 (the clustered and bootstrap rate-ratio fields) and reading 1.0 documents: the
 * fixtures under {@code v1_0/} were written by the 1.0 library (before 1.1 existed) and must still
 * read, with their Poisson intervals, and validate against the 1.1 schema.
 */
class SchemaVersionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final NwdJson JSON = NwdJson.strict();

  private static com.networknt.schema.JsonSchema schema;

  @org.junit.jupiter.api.BeforeAll
  static void load() throws Exception {
    try (InputStream in = NwdJson.schema().openStream()) {
      schema = com.networknt.schema.JsonSchemaFactory
          .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
          .getSchema(MAPPER.readTree(in));
    }
  }

  private static Set<?> validate(String json) throws Exception {
    return schema.validate(MAPPER.readTree(json));
  }

  private static String fixture(String name) throws Exception {
    try (InputStream in = SchemaVersionsTest.class.getResourceAsStream("v1_0/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theLibraryWrites11AndReads10And11() {
    assertThat(NwdJson.SCHEMA_VERSION).isEqualTo("1.1");
    assertThat(Envelope.READABLE).containsExactly("1.0", "1.1");
    assertThat(NwdJson.SCHEMA_RESOURCE).endsWith("nwd-1.1.schema.json");
    assertThat(NwdJson.schema()).isNotNull();
  }

  @Test
  void aPrePostResultOfVersion10ReadsWithItsPoissonIntervals() throws Exception {
    String text = fixture("impact-result-pre-post.json");
    JsonNode given = MAPPER.readTree(text);
    assertThat(given.get("schemaVersion").asText()).isEqualTo("1.0");
    ImpactResult r = JSON.read(text, ImpactResult.class);
    // 1.0 had no analysis rateRatioMethod and no person sums: the rate ratios are the Poisson ones
    // the document holds, figure for figure.
    assertThat(r.analysis().rateRatioMethod()).isEqualTo(RateRatioMethod.AUTO);
    JsonNode measures = given.get("impactResult").get("measures");
    int checked = 0;
    for (int i = 0; i < measures.size(); i++) {
      MeasureResult m = r.measures().get(i);
      if (m.rates().isEmpty()) {
        continue;
      }
      RateRatio rr = m.rates().get().rateRatio();
      JsonNode outputs = measures.get(i).get("rates").get("rateRatio").get("outputs");
      assertThat(rr.personSums()).isEmpty();
      assertThat(rr.method().isPoisson()).isTrue();
      assertThat(StatsCodec.code(rr.method())).isEqualTo(outputs.get("method").asText());
      assertThat(rr.interval().get().lower()).isEqualTo(outputs.get("interval").get("lower").asDouble());
      checked++;
    }
    assertThat(checked).isGreaterThan(0);
    // Written again, it is a 1.1 document that reads back equal.
    String again = JSON.write(r);
    assertThat(again).startsWith("{\"schemaVersion\":\"1.1\"");
    assertThat(JSON.read(again, ImpactResult.class)).isEqualTo(r);
  }

  @Test
  void aComparisonResultOfVersion10ReadsWithItsLogWaldRatioOfRateRatios() throws Exception {
    String text = fixture("impact-result-comparison.json");
    ImpactResult r = JSON.read(text, ImpactResult.class);
    assertThat(r.design()).isEqualTo(DesignLevel.DIFFERENCE_IN_DIFFERENCES);
    ComparisonChange c = r.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow();
    assertThat(c.ratioOfRateRatios().treatedSums()).isEmpty();
    assertThat(c.ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.LOG_WALD);
    JsonNode outputs = MAPPER.readTree(text).get("impactResult").get("measures").get(0)
        .get("comparison").get("ratioOfRateRatios").get("outputs");
    assertThat(c.ratioOfRateRatios().interval().get().upper())
        .isEqualTo(outputs.get("interval").get("upper").asDouble());
    assertThat(JSON.read(JSON.write(r), ImpactResult.class)).isEqualTo(r);
  }

  @Test
  void standaloneResultsOfVersion10Read() throws Exception {
    RateRatio rr = JSON.read(fixture("rate-ratio.json"), RateRatio.class);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(rr.personSums()).isEmpty();
    RatioOfRateRatios rrr = JSON.read(fixture("ratio-of-rate-ratios.json"), RatioOfRateRatios.class);
    assertThat(rrr.methodName()).isEqualTo(RatioOfRateRatios.METHOD);
  }

  @Test
  void aVersion10DocumentsOutputsAreRegeneratedAndItsOtherFiguresChecked() throws Exception {
    // Outputs of a 1.0 document were derived by the 1.0 library (whose Wilcoxon and McNemar p-values
    // issue 12 corrected): they are regenerated from the inputs, not compared.
    RateRatio plain = JSON.read(fixture("rate-ratio.json"), RateRatio.class);
    ObjectNode d = (ObjectNode) MAPPER.readTree(fixture("rate-ratio.json"));
    ((ObjectNode) d.get("result").get("outputs").get("interval")).put("lower", 0.1);
    assertThat(JSON.read(MAPPER.writeValueAsString(d), RateRatio.class)).isEqualTo(plain);
    assertThat(plain.interval().get().lower()).isNotEqualTo(0.1);
    // Inputs are still checked, and so are the derived figures outside statistics outputs.
    ObjectNode impact = (ObjectNode) MAPPER.readTree(fixture("impact-result-pre-post.json"));
    ObjectNode avoided = (ObjectNode) impact.get("impactResult").get("measures").get(0).get("rates")
        .get("eventsAvoided");
    avoided.put("value", avoided.get("value").asDouble() + 1);
    assertThatThrownBy(() -> JSON.read(MAPPER.writeValueAsString(impact), ImpactResult.class))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.pointer()).endsWith("/rates/eventsAvoided/value"));
    ObjectNode people = (ObjectNode) MAPPER.readTree(fixture("impact-result-pre-post.json"));
    ObjectNode measure = (ObjectNode) people.get("impactResult").get("measures").get(0);
    measure.put("people", measure.get("people").asLong() + 1);
    assertThatThrownBy(() -> JSON.read(MAPPER.writeValueAsString(people), ImpactResult.class))
        .isInstanceOf(NwdJsonException.class);
    // A 1.1 document's outputs are compared as always.
    ObjectNode current = (ObjectNode) MAPPER.readTree(JSON.write(plain));
    ((ObjectNode) current.get("result").get("outputs").get("interval")).put("lower", 0.1);
    assertThatThrownBy(() -> JSON.read(MAPPER.writeValueAsString(current), RateRatio.class))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.rule()).contains("do not match the result recomputed"));
  }

  @Test
  void aLaterMinorOrAnotherMajorVersionIsRefused() throws Exception {
    for (String v : new String[] {"1.2", "2.0", "0.9", "1", "1.", ".1", "1.01", "01.1", "1.1.0",
        "v1.1", "1.-1", "1.x", "", "1.1 "}) {
      String text = fixture("rate-ratio.json").replace("\"1.0\"", "\"" + v + "\"");
      assertThatThrownBy(() -> JSON.read(text, RateRatio.class))
          .isInstanceOfSatisfying(NwdJsonException.class,
              e -> assertThat(e.rule()).isEqualTo("unsupported schemaVersion \"" + v
                  + "\" of a \"result\" document; this library reads \"1.0\", \"1.1\" and writes \"1.1\""));
    }
  }

  @Test
  void version10DocumentsAndPersonLevelResultsValidateAgainstThe11Schema() throws Exception {
    for (String f : new String[] {"impact-result-pre-post.json", "impact-result-comparison.json",
        "rate-ratio.json", "ratio-of-rate-ratios.json"}) {
      assertThat(validate(fixture(f))).as(f).isEmpty();
    }
    for (Object result : Samples.personLevelResults()) {
      String written = JSON.write(result);
      assertThat(validate(written)).as(result.toString()).isEmpty();
      assertThat(JSON.read(written, result.getClass().getSuperclass())).isEqualTo(result);
    }
    // The 1.1 fields are checked by the schema: a method code, sums of the right length.
    ObjectNode d = (ObjectNode) MAPPER.readTree(JSON.write(Samples.personLevelResults().get(0)));
    ObjectNode inputs = (ObjectNode) d.get("result").get("inputs");
    inputs.put("requestedMethod", "CLUSTER_ROBUST");
    assertThat(validate(MAPPER.writeValueAsString(d))).isNotEmpty();
    inputs.put("requestedMethod", "cluster_robust");
    ((com.fasterxml.jackson.databind.node.ArrayNode) inputs.get("personSums").get("sums")).remove(0);
    Set<?> problems = validate(MAPPER.writeValueAsString(d));
    assertThat(problems).isNotEmpty();
  }

  @Test
  void impactResultsWithEveryRateRatioMethodRoundTripAndValidate() throws Exception {
    for (RateRatioMethod m : RateRatioMethod.values()) {
      ImpactAnalysis a = ImpactJsonTest.analysisBuilder().rateRatioMethod(m).build();
      ImpactResult r = a.compare(ImpactJsonTest.withScoresAndStatuses(ImpactJsonTest.cohort(5, 30), 5),
          ImpactJsonTest.withScoresAndStatuses(ImpactJsonTest.cohort(6, 30), 6));
      String written = JSON.write(r);
      assertThat(validate(written)).as(m.toString()).isEmpty();
      ImpactResult read = JSON.read(written, ImpactResult.class);
      assertThat(read).isEqualTo(r);
      assertThat(JSON.write(read)).isEqualTo(written);
      RateChange rates = read.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
      assertThat(rates.rateRatio().requestedMethod()).isEqualTo(m);
      assertThat(rates.rateRatio().personSums()).isPresent();
      assertThat(rates.rateRatio().personCounts().isPresent()).isEqualTo(m.isBootstrap());
    }
  }

  @Test
  void aRateRatioThatDoesNotMatchItsTotalsIsRejected() throws Exception {
    ImpactResult r = ImpactJsonTest.prePost(6, 30);
    ObjectNode d = (ObjectNode) MAPPER.readTree(JSON.write(r));
    JsonNode measures = d.get("impactResult").get("measures");
    for (JsonNode m : measures) {
      if (m.has("rates")) {
        ObjectNode before = (ObjectNode) m.get("rates").get("rateRatio").get("inputs").get("before");
        before.put("events", before.get("events").asLong() + 1);
        ((ObjectNode) m.get("rates").get("rateRatio")).remove("outputs");
        ((ObjectNode) m.get("rates").get("rateRatio")).remove("explanation");
        ((ObjectNode) m.get("rates").get("rateRatio").get("inputs")).remove("personSums");
        break;
      }
    }
    assertThatThrownBy(() -> JSON.read(MAPPER.writeValueAsString(d), ImpactResult.class))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.pointer()).endsWith("/rates/rateRatio");
          assertThat(e.rule()).isEqualTo("rateRatio does not match the totals and level of the rate"
              + " change");
        });
  }
}
