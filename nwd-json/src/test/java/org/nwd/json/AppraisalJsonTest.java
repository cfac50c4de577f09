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
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.Confidence;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarlo;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.PriceYearMapping;
import org.nwd.cost.ProgrammeCost;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.TornadoBar;
import org.nwd.cost.UnitCost;
import org.nwd.cost.UnitCostCatalogue;

/** Appraisal inputs, Monte Carlo results and tornado bars: lossless both ways and schema-valid. */
class AppraisalJsonTest {
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
   * An appraisal with uncertain estimates (so sensitivity and Monte Carlo have work), and, when
   * {@code explicit}, every optional input given: the shipped deflator, catalogue, mapping and
   * Green Book schedule, a cost optimism bias.
   */
  static Appraisal appraisal(int crisis, int arrests, long cost, boolean explicit) {
    Appraisal.Builder b =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2015/16"))
            .firstBenefitYear(explicit ? 0 : 1)
            .midYear(explicit)
            .addEvents(
                EventsAvoided.of("CRISIS_PRESENTATIONS",
                    Estimate.of(Integer.toString(crisis / 2), Integer.toString(crisis),
                        Integer.toString(crisis * 2)),
                    EventsOrigin.PRE_POST, "pre/post"),
                EventsAvoided.of("ARRESTS", Estimate.of(Integer.toString(arrests)),
                    EventsOrigin.DIFFERENCE_IN_DIFFERENCES, "DiD \u2013 \"quoted\""))
            .addAssumptions(
                MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
                    .deadweight(Estimate.of("0.1", "0.2", "0.30")).displacement(Estimate.of("0.1"))
                    .attribution(Estimate.of("0.25")).optimismBias(Estimate.of("0.1"))
                    .dropOff(Estimate.of("0.4", "0.5", "0.6")).lagYears(0).benefitYears(2).build(),
                explicit
                    ? MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(2)
                        .lagYears(1).lagYearsRange(0, 1).benefitYearsRange(1, 4)
                        .putCashableShares(Agency.POLICE, new BigDecimal("0.50")).build()
                    : MeasureAssumptions.builder().measureCode("ARRESTS").benefitYears(1)
                        .putCashableShares(Agency.POLICE, new BigDecimal("0.50")).build())
            .putProgrammeCosts(0, Money.ofPounds(cost))
            .putProgrammeCosts(1, Money.of(new BigDecimal("12.345")));
    if (explicit) {
      b.costOptimismBias(new BigDecimal("0.2"))
          .excludeTransferPaymentsFromWiderCase(false)
          .deflator(GdpDeflator.gmcaUcdV14())
          .catalogue(UnitCostCatalogue.defaults())
          .mapping(OutcomeCostMapping.gmcaV14Proposal())
          .discountSchedule(DiscountSchedule.greenBook())
          .addProgrammeCost(0, Agency.LOCAL_AUTHORITY, Money.of("1500.50"))
          .addProgrammeCostItems(ProgrammeCost.builder().year(2).agency(Agency.NHS)
              .amount(Money.ofPounds(250)).description("CAMHS sessions \"in hub\"").build())
          .priceYearMapping(PriceYearMapping.standard().with("2017", PriceYear.parse("2016/17")))
          .putUnitCostRanges(Confidence.UNCERTAIN, Estimate.of("0.6", "1", "1.40"))
          .putUnitCostRanges(Confidence.PRIMARY, Estimate.of("1"));
    }
    return b.build();
  }

  private static <T> void roundTrip(T value, Class<T> type) throws Exception {
    String text = JSON.write(value);
    T back = JSON.read(text, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(back)).isEqualTo(text);
    assertThat(schema.validate(MAPPER.readTree(text))).isEmpty();
    ObjectMapper mapper = JSON.objectMapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(value), type)).isEqualTo(value);
  }

  @Property(tries = 20)
  void appraisalsRoundTrip(
      @ForAll @IntRange(min = 0, max = 40) int crisis,
      @ForAll @IntRange(min = 0, max = 40) int arrests,
      @ForAll @IntRange(min = 1, max = 100_000) int cost,
      @ForAll boolean explicit) throws Exception {
    roundTrip(appraisal(crisis, arrests, cost, explicit), Appraisal.class);
  }

  @Property(tries = 10)
  void monteCarloResultsRoundTrip(
      @ForAll @IntRange(min = 1, max = 40) int crisis, @ForAll long seed, @ForAll boolean explicit)
      throws Exception {
    roundTrip(MonteCarlo.run(appraisal(crisis, 3, 5000, explicit), 200, seed), MonteCarloResult.class);
  }

  @Property(tries = 10)
  void sensitivityBarsRoundTrip(
      @ForAll @IntRange(min = 1, max = 40) int crisis, @ForAll boolean explicit,
      @ForAll boolean wider) throws Exception {
    List<TornadoBar> bars = Sensitivity.oneWay(appraisal(crisis, 3, 5000, explicit),
        wider ? Sensitivity.Case.WIDER : Sensitivity.Case.FINANCIAL);
    assertThat(bars).isNotEmpty();
    String text = JSON.write(bars);
    List<TornadoBar> back = JSON.readSensitivity(text);
    assertThat(back).isEqualTo(bars);
    assertThat(JSON.write(back)).isEqualTo(text);
    assertThat(schema.validate(MAPPER.readTree(text))).isEmpty();
    ObjectMapper mapper = JSON.objectMapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(bars.get(0)), TornadoBar.class))
        .isEqualTo(bars.get(0));
  }

  /** The new appraisal fields are written as documented and absent when not given. */
  @Test
  void payersRangesAndPriceYearReadingsAreWrittenWhenGiven() throws Exception {
    JsonNode explicit = MAPPER.readTree(JSON.write(appraisal(4, 2, 100, true))).get("appraisal");
    assertThat(explicit.get("programmeCostItems").get(0).toString())
        .isEqualTo("{\"year\":0,\"agency\":\"Local Authority\",\"amount\":\"1500.50\",\"description\":\"\"}");
    assertThat(explicit.get("priceYearMapping").toString())
        .isEqualTo("{\"labels\":{\"2017\":\"2016/17\"},\"standardRules\":true}");
    assertThat(explicit.get("unitCostRanges").toString())
        .isEqualTo("{\"primary\":{\"low\":\"1\",\"central\":\"1\",\"high\":\"1\"},"
            + "\"uncertain\":{\"low\":\"0.6\",\"central\":\"1\",\"high\":\"1.40\"}}");
    JsonNode arrests = explicit.get("assumptions").get(1);
    assertThat(arrests.get("lagYearsLow").asInt()).isZero();
    assertThat(arrests.get("benefitYearsHigh").asInt()).isEqualTo(4);
    JsonNode deflator = explicit.get("deflator");
    assertThat(deflator.get("published").asText()).isEqualTo("2015-03");
    assertThat(deflator.get("baseYear").asText()).isEqualTo("1989/90");
    assertThat(deflator.get("forecastYears").get(0).asText()).isEqualTo("2014/15");
    assertThat(deflator.has("derivedYears")).isFalse();
    JsonNode plain = MAPPER.readTree(JSON.write(appraisal(4, 2, 100, false))).get("appraisal");
    assertThat(plain.has("programmeCostItems")).isFalse();
    assertThat(plain.has("priceYearMapping")).isFalse();
    assertThat(plain.has("unitCostRanges")).isFalse();
    // Bad values name the field.
    String text = JSON.write(appraisal(4, 2, 100, true));
    NwdJsonException grade = org.assertj.core.api.Assertions.catchThrowableOfType(
        NwdJsonException.class,
        () -> JSON.read(text.replace("\"uncertain\":{\"low\"", "\"doubtful\":{\"low\""), Appraisal.class));
    assertThat(grade.rule())
        .isEqualTo("unknown confidence grade \"doubtful\"; known: primary, secondary, uncertain");
    NwdJsonException month = org.assertj.core.api.Assertions.catchThrowableOfType(
        NwdJsonException.class,
        () -> JSON.read(text.replace("\"published\":\"2015-03\"", "\"published\":\"March 2015\""),
            Appraisal.class));
    assertThat(month.rule()).isEqualTo("\"March 2015\" is not a month like \"2026-03\"");
    NwdJsonException negative = org.assertj.core.api.Assertions.catchThrowableOfType(
        NwdJsonException.class,
        () -> JSON.read(text.replace("\"amount\":\"1500.50\"", "\"amount\":\"-1\""), Appraisal.class));
    assertThat(negative.rule())
        .isEqualTo("programme cost in year 0 paid by Local Authority is GBP -1: must not be negative");
    assertThat(negative.field()).isEqualTo("amount");
  }

  @Test
  void unitCostsAreBareValuesOfTheModule() throws Exception {
    ObjectMapper mapper = JSON.objectMapper();
    for (UnitCost u : UnitCostCatalogue.defaults().costs()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(u), UnitCost.class)).isEqualTo(u);
    }
    // Rows whose price-year label was read by the standard mapping keep the year and the rule.
    for (UnitCost u : UnitCostCatalogue.defaults().withPriceYears(PriceYearMapping.standard()).costs()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(u), UnitCost.class)).isEqualTo(u);
    }
    UnitCost missing = UnitCostCatalogue.defaults().withPriceYears(PriceYearMapping.standard())
        .get("L-UOP-MISSING-MIN", org.nwd.cost.ValueType.FISCAL);
    JsonNode node = MAPPER.readTree(mapper.writeValueAsString(missing));
    assertThat(node.get("mappedPriceYear").asText()).isEqualTo("2012/13");
    assertThat(node.get("priceYearRule").asText()).isEqualTo("'Aug 2012' is a month: the financial"
        + " year containing it, 2012/13 (standard price-year mapping)");
    assertThat(node.get("confidence").asText()).isEqualTo("primary");
    assertThat(node.get("recency").asText()).isEqualTo("old");
    JsonNode ae = MAPPER.readTree(mapper.writeValueAsString(
        UnitCostCatalogue.defaults().get("L-PSSRU2025-AE", org.nwd.cost.ValueType.FISCAL)));
    assertThat(ae.get("citation").asText()).contains("Table 6.1.1");
    assertThat(ae.has("priceYearRule")).isFalse();
  }

  @Test
  void exactValuesAreDecimalStringsWithTheirScale() throws Exception {
    JsonNode doc = MAPPER.readTree(JSON.write(appraisal(4, 2, 100, false)));
    assertThat(doc.get("kind").asText()).isEqualTo("appraisal");
    JsonNode a = doc.get("appraisal");
    assertThat(a.get("programmeCosts").get("1").asText()).isEqualTo("12.345");
    assertThat(a.get("assumptions").get(1).get("cashableShares").get("Police").asText())
        .isEqualTo("0.50");
    assertThat(a.get("assumptions").get(0).get("deadweight").get("high").asText()).isEqualTo("0.30");
    assertThat(a.get("events").get(0).get("origin").asText()).isEqualTo("pre_post");
    assertThat(a.has("deflator")).isFalse();
  }

  private static NwdJsonException fails(String text, Class<?> type) {
    try {
      JSON.read(text, type);
    } catch (NwdJsonException e) {
      return e;
    }
    throw new AssertionError("read did not fail");
  }

  @Test
  void badInputIsRejectedBySchemaAndReaderWithItsPointer() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(appraisal(4, 2, 100, true)));
    ObjectNode a = (ObjectNode) doc.get("appraisal");

    ObjectNode badYear = doc.deepCopy();
    ((ObjectNode) badYear.get("appraisal")).put("firstBenefitYear", 2);
    assertThat(schema.validate(badYear)).isNotEmpty();
    NwdJsonException e = fails(badYear.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/firstBenefitYear");
    assertThat(e.rule()).isEqualTo("firstBenefitYear is 2: must be 0 or 1");

    ObjectNode badOrigin = doc.deepCopy();
    ((ObjectNode) badOrigin.get("appraisal").get("events").get(0)).put("origin", "guess");
    assertThat(schema.validate(badOrigin)).isNotEmpty();
    e = fails(badOrigin.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/events/0/origin");
    assertThat(e.rule()).contains("\"guess\"");

    ObjectNode badMoney = doc.deepCopy();
    ((ObjectNode) badMoney.get("appraisal").get("programmeCosts")).put("0", 100);
    assertThat(schema.validate(badMoney)).isNotEmpty();
    assertThat(fails(badMoney.toString(), Appraisal.class).pointer())
        .isEqualTo("/appraisal/programmeCosts/0");

    ObjectNode badPriceYear = doc.deepCopy();
    ((ObjectNode) badPriceYear.get("appraisal")).put("priceBase", "2015");
    assertThat(schema.validate(badPriceYear)).isNotEmpty();
    e = fails(badPriceYear.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/priceBase");
    assertThat(e.rule()).isEqualTo("'2015' is not a financial year like 2015/16");

    ObjectNode unknown = doc.deepCopy();
    ((ObjectNode) unknown.get("appraisal").get("catalogue").get("costs").get(0)).put("extra", 1);
    assertThat(schema.validate(unknown)).isNotEmpty();
    assertThat(fails(unknown.toString(), Appraisal.class).pointer())
        .isEqualTo("/appraisal/catalogue/costs/0/extra");
    NwdDocument<Appraisal> lenient =
        NwdJson.lenient().readDocument(unknown.toString(), Appraisal.class);
    assertThat(lenient.unknownFields()).extracting(UnknownField::pointer)
        .containsExactly("/appraisal/catalogue/costs/0/extra");
    assertThat(lenient.value()).isEqualTo(appraisal(4, 2, 100, true));

    ObjectNode missing = doc.deepCopy();
    ((ObjectNode) missing.get("appraisal")).remove("events");
    assertThat(schema.validate(missing)).isNotEmpty();
    assertThat(fails(missing.toString(), Appraisal.class).rule())
        .isEqualTo("missing required field \"events\"");
    assertThat(a.get("catalogue").get("costs").size()).isPositive();
  }

  @Test
  void aForgedSwingIsRejected() throws Exception {
    List<TornadoBar> bars = Sensitivity.oneWay(appraisal(10, 3, 5000, false),
        Sensitivity.Case.FINANCIAL);
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(bars));
    ((ObjectNode) doc.get("sensitivity").get("bars").get(0)).put("swing", "1.00");
    assertThatThrownBy(() -> JSON.readSensitivity(doc.toString()))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/sensitivity/bars/0/swing");
          assertThat(e.rule()).contains("is not |npvAtHigh - npvAtLow|")
              .endsWith(": it is derived, give the recomputed value");
        });
  }

  @Test
  void monteCarloRulesAndInfinity() throws Exception {
    MonteCarloResult r = MonteCarlo.run(appraisal(10, 3, 5000, false), 200, 9);
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(r));
    ObjectNode mc = (ObjectNode) doc.get("monteCarlo");
    ObjectNode unbounded = doc.deepCopy();
    ((ObjectNode) unbounded.get("monteCarlo").get("widerNpv")).put("p95", "+Infinity");
    assertThat(schema.validate(unbounded)).isEmpty();
    assertThat(JSON.read(unbounded.toString(), MonteCarloResult.class).widerNpv().p95())
        .isEqualTo(Double.POSITIVE_INFINITY);
    ObjectNode bad = doc.deepCopy();
    ((ObjectNode) bad.get("monteCarlo").get("widerNpv")).put("p95", "lots");
    assertThat(schema.validate(bad)).isNotEmpty();
    NwdJsonException e = fails(bad.toString(), MonteCarloResult.class);
    assertThat(e.pointer()).isEqualTo("/monteCarlo/widerNpv/p95");
    assertThat(e.rule())
        .isEqualTo("\"lots\" is not a number, \"+Infinity\", \"-Infinity\" or \"NaN\"");
    assertThat(mc.get("iterations").asInt()).isEqualTo(200);
    ObjectNode noPayload = MAPPER.createObjectNode();
    noPayload.put("schemaVersion", "1.0").put("kind", "monte_carlo");
    assertThat(fails(noPayload.toString(), MonteCarloResult.class).rule())
        .isEqualTo("missing required field \"monteCarlo\"");
  }

  @Test
  void moreBadInputNamesItsPointerAndRule() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(appraisal(4, 2, 100, true)));

    ObjectNode blankAgency = doc.deepCopy();
    ((ObjectNode) blankAgency.at("/appraisal/assumptions/1/cashableShares")).put(" ", "0.5");
    NwdJsonException e = fails(blankAgency.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/assumptions/1/cashableShares/ ");
    assertThat(e.rule()).isEqualTo("agency name is blank");

    ObjectNode badYearKey = doc.deepCopy();
    ((ObjectNode) badYearKey.at("/appraisal/deflator/index")).put("2015", "1.0");
    e = fails(badYearKey.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/deflator/index/2015");
    assertThat(e.rule()).isEqualTo("'2015' is not a financial year like 2015/16");

    ObjectNode badRag = doc.deepCopy();
    ((ObjectNode) badRag.at("/appraisal/catalogue/costs/0")).put("rag", "purple");
    assertThat(schema.validate(badRag)).isNotEmpty();
    e = fails(badRag.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/catalogue/costs/0/rag");
    assertThat(e.rule()).contains("\"purple\"");

    ObjectNode badShare = doc.deepCopy();
    ((ObjectNode) badShare.at("/appraisal/catalogue/costs/0")).put("cashableShare", "1.5");
    e = fails(badShare.toString(), Appraisal.class);
    assertThat(e.pointer()).startsWith("/appraisal/catalogue/costs/0");
    assertThat(e.rule()).contains("1.5");

    ObjectNode badDivisor = doc.deepCopy();
    ObjectNode firstMapped = (ObjectNode) badDivisor.at("/appraisal/mapping/costs")
        .elements().next().get(0);
    firstMapped.put("divisor", "0");
    e = fails(badDivisor.toString(), Appraisal.class);
    assertThat(e.field()).isEqualTo("divisor");
    assertThat(e.rule()).contains("divisor for").contains("must be positive");

    ObjectNode badBand = doc.deepCopy();
    ((ObjectNode) badBand.at("/appraisal/discountSchedule/bands")).put("x", "0.035");
    e = fails(badBand.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/discountSchedule/bands/x");
    assertThat(e.rule()).isEqualTo("\"x\" is not a year number");

    ObjectNode mapped = doc.deepCopy();
    ((ObjectNode) mapped.at("/appraisal/catalogue/costs/0")).put("mappedPriceYear", "soon");
    e = fails(mapped.toString(), Appraisal.class);
    assertThat(e.pointer()).isEqualTo("/appraisal/catalogue/costs/0/mappedPriceYear");
    assertThat(e.rule()).isEqualTo("'soon' is not a financial year like 2015/16");
  }

  @Test
  void nonFiniteDistributionValuesReadBack() throws Exception {
    MonteCarloResult r = MonteCarlo.run(appraisal(10, 3, 5000, false), 200, 9);
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.write(r));
    ObjectNode npv = (ObjectNode) doc.at("/monteCarlo/financialNpv");
    npv.put("p5", "-Infinity");
    npv.put("mean", "NaN");
    MonteCarloResult back = JSON.read(doc.toString(), MonteCarloResult.class);
    assertThat(back.financialNpv().p5()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(back.financialNpv().mean()).isNaN();
    assertThat(JSON.write(back)).contains("\"p5\":\"-Infinity\"", "\"mean\":\"NaN\"");
  }
}
