package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.PriceYear;

/** Cost-avoidance results: lossless both ways, money as exact decimal strings, valid against the schema. */
class CostJsonTest {
  private final NwdJson json = NwdJson.strict();

  /** The worked example of nwd-core's CostAvoidanceModelTest, with the events and cost varied. */
  static CostAvoidanceResult result(int crisis, int arrests, long cost) {
    Appraisal appraisal =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2015/16"))
            .firstBenefitYear(1)
            .midYear(false)
            .addEvents(
                EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(Integer.toString(crisis)),
                    EventsOrigin.PRE_POST, "pre/post"),
                EventsAvoided.of("ARRESTS", Estimate.of(Integer.toString(arrests)),
                    EventsOrigin.DIFFERENCE_IN_DIFFERENCES, "DiD"))
            .addAssumptions(
                MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
                    .deadweight(Estimate.of("0.2")).displacement(Estimate.of("0.1"))
                    .attribution(Estimate.of("0.25")).optimismBias(Estimate.of("0.1"))
                    .dropOff(Estimate.of("0.5")).lagYears(0).benefitYears(2).build(),
                MeasureAssumptions.builder().measureCode("ARRESTS")
                    .deadweight(Estimate.of("0.9")).displacement(Estimate.of("0"))
                    .attribution(Estimate.of("0")).optimismBias(Estimate.of("0"))
                    .dropOff(Estimate.of("0")).lagYears(0).benefitYears(1)
                    .putCashableShares(Agency.POLICE, new BigDecimal("0.5")).build())
            .putProgrammeCosts(0, Money.ofPounds(cost))
            .build();
    return CostAvoidanceModel.run(appraisal);
  }

  @Property
  void costAvoidanceIsLosslessBothWays(
      @ForAll @IntRange(min = 0, max = 40) int crisis,
      @ForAll @IntRange(min = 0, max = 40) int arrests,
      @ForAll @IntRange(min = 1, max = 100_000) int cost) throws Exception {
    CostAvoidanceResult result = result(crisis, arrests, cost);
    String text = json.write(result);
    CostAvoidanceResult back = json.read(text, CostAvoidanceResult.class);
    assertThat(back).isEqualTo(result);
    assertThat(json.write(back)).isEqualTo(text);
    ObjectMapper mapper = json.objectMapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(result), CostAvoidanceResult.class)).isEqualTo(result);
  }

  @Test
  void moneyIsAnExactDecimalStringAndTheDocumentIsValid() throws Exception {
    CostAvoidanceResult result = result(10, 4, 1000);
    String text = json.write(result);
    // PV(costs) of the worked example: 1000 in year 0, undiscounted (CostAvoidanceModelTest)
    assertThat(text).startsWith("{\"schemaVersion\":\"1.1\",\"kind\":\"cost_avoidance\",\"costAvoidance\":{");
    assertThat(text).contains("\"presentValueCosts\":\"" + result.financialCase().presentValueCosts().amount().toPlainString() + "\"");
    assertThat(text).doesNotContain("E-").doesNotContain("\"FISCAL\"");
    assertThat(CostCodec.decimal(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    assertThat(CostCodec.decimal(new BigDecimal("0.50"))).isEqualTo("0.50");
    JsonSchema schema;
    try (InputStream in = NwdJson.schema().openStream()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    ObjectMapper plain = new ObjectMapper();
    assertThat(schema.validate(plain.readTree(text))).isEmpty();
    String asNumber = text.replaceFirst("\"presentValueCosts\":\"([0-9.]+)\"", "\"presentValueCosts\":$1");
    assertThat(schema.validate(plain.readTree(asNumber))).isNotEmpty();
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> json.read(asNumber, CostAvoidanceResult.class));
    assertThat(e.pointer()).isEqualTo("/costAvoidance/financialCase/presentValueCosts");
    assertThat(e.rule()).isEqualTo("expected a string, found a number");
  }

  /**
   * A cost-avoidance document as version 1.0 wrote it before payers, the price basis and the
   * by-agency maps existed (those fields removed from today's output) still reads: the new fields
   * are absent, costs are under the unspecified agency, and everything else is as it was.
   */
  @Test
  void documentsWrittenBeforeTheNewFieldsStillRead() throws Exception {
    CostAvoidanceResult result = result(10, 4, 1000);
    ObjectMapper plain = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode) plain.readTree(json.write(result));
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode) doc.get("costAvoidance");
    assertThat(body.has("priceBasis")).isTrue();
    body.remove("priceBasis");
    for (String c : new String[] {"financialCase", "widerCase"}) {
      var cs = (com.fasterxml.jackson.databind.node.ObjectNode) body.get(c);
      assertThat(cs.has("presentValueCostsByAgency")).isTrue();
      cs.remove("presentValueCostsByAgency");
      cs.remove("presentValueCashableByAgency");
    }
    body.get("costLines").forEach(l -> ((com.fasterxml.jackson.databind.node.ObjectNode) l).remove("agency"));
    String old = plain.writeValueAsString(doc);
    assertThat(old).doesNotContain("priceBasis").doesNotContain("ByAgency\":{}").doesNotContain("CostsByAgency");
    CostAvoidanceResult back = json.read(old, CostAvoidanceResult.class);
    assertThat(back.priceBasis()).isEmpty();
    assertThat(back.costLines().get(0).agency()).isEqualTo(Agency.UNSPECIFIED);
    assertThat(back.financialCase().presentValueCostsByAgency()).isEmpty();
    assertThat(back.financialCase().netPresentValue()).isEqualTo(result.financialCase().netPresentValue());
    assertThat(back.benefitLines()).isEqualTo(result.benefitLines());
    JsonSchema schema;
    try (InputStream in = NwdJson.schema().openStream()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    assertThat(schema.validate(plain.readTree(old))).isEmpty();
    // Today's document carries the price basis: price base, deflator, forecast years used.
    var basis = plain.readTree(json.write(result)).get("costAvoidance").get("priceBasis");
    assertThat(basis.get("priceBase").asText()).isEqualTo("2015/16");
    assertThat(basis.get("deflatorVintage").asText()).contains("March 2026");
    assertThat(basis.get("deflatorPublished").asText()).isEqualTo("2026-03");
    assertThat(basis.has("forecastYearsUsed")).isFalse();
    assertThat(plain.readTree(json.write(result)).get("costAvoidance").get("costLines").get(0)
        .get("agency").asText()).isEqualTo("unspecified");
  }

  @Test
  void badMoneyAndInconsistentCasesAreRejected() {
    String text = json.write(result(10, 4, 1000));
    String pvc = "\"presentValueCosts\":\"" + result(10, 4, 1000).financialCase().presentValueCosts().amount().toPlainString() + "\"";
    NwdJsonException bad = catchThrowableOfType(NwdJsonException.class,
        () -> json.read(text.replaceFirst(java.util.regex.Pattern.quote(pvc), "\"presentValueCosts\":\"1,000\""), CostAvoidanceResult.class));
    assertThat(bad.rule()).isEqualTo("\"1,000\" is not an exact decimal string such as \"1325.44\"");

    NwdJsonException costs = catchThrowableOfType(NwdJsonException.class,
        () -> json.read(text.replaceFirst(java.util.regex.Pattern.quote(pvc), "\"presentValueCosts\":\"7\""), CostAvoidanceResult.class));
    assertThat(costs.pointer()).isEqualTo("/costAvoidance/financialCase/presentValueCostsByAgency");
    assertThat(costs.rule()).isEqualTo("financial case: costs by agency add up to GBP 1000, not PV(costs) GBP 7");

    String npvText = "\"netPresentValue\":\"" + result(10, 4, 1000).financialCase().netPresentValue().amount().toPlainString() + "\"";
    NwdJsonException npv = catchThrowableOfType(NwdJsonException.class,
        () -> json.read(text.replaceFirst(java.util.regex.Pattern.quote(npvText), "\"netPresentValue\":\"7\""), CostAvoidanceResult.class));
    assertThat(npv.pointer()).isEqualTo("/costAvoidance/financialCase/netPresentValue");
    assertThat(npv.rule()).contains("is not present value of benefits minus costs");

    NwdJsonException year = catchThrowableOfType(NwdJsonException.class,
        () -> json.read(text.replaceFirst("\"netBenefitByYear\":\\{\"0\"", "\"netBenefitByYear\":{\"00\""), CostAvoidanceResult.class));
    assertThat(year.rule()).isEqualTo("\"00\" is not a year number");

    NwdJsonException type = catchThrowableOfType(NwdJsonException.class,
        () -> json.read(text.replaceFirst("\"valueTypes\":\\[\"fiscal\"", "\"valueTypes\":[\"FISCAL\""), CostAvoidanceResult.class));
    assertThat(type.rule()).isEqualTo("unknown code \"FISCAL\"; known codes: fiscal, economic, social");

    NwdJsonException missing = catchThrowableOfType(NwdJsonException.class,
        () -> json.read("{\"schemaVersion\":\"1.0\",\"kind\":\"cost_avoidance\"}", CostAvoidanceResult.class));
    assertThat(missing.rule()).isEqualTo("missing required field \"costAvoidance\"");
  }
}
