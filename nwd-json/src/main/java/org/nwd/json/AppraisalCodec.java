package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.Assumption;
import org.nwd.cost.Confidence;
import org.nwd.cost.CostUnit;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Distribution;
import org.nwd.cost.Estimate;
import org.nwd.cost.EventsAvoided;
import org.nwd.cost.EventsOrigin;
import org.nwd.cost.GdpDeflator;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.MeasureCost;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.OutcomeCostMapping;
import org.nwd.cost.PriceYear;
import org.nwd.cost.ProgrammeCost;
import org.nwd.cost.Rag;
import org.nwd.cost.Recency;
import org.nwd.cost.TornadoBar;
import org.nwd.cost.UnitCost;
import org.nwd.cost.UnitCostCatalogue;

/**
 * Writes and reads the inputs of a cost-avoidance appraisal ({@link Appraisal}: events avoided,
 * assumptions, programme costs, deflator, unit-cost catalogue, outcome-cost mapping, discount
 * schedule) and the uncertainty results ({@link MonteCarloResult}, the {@link TornadoBar}s of a
 * one-way sensitivity analysis). Exact values are decimal strings, as in {@link CostCodec}; simulated
 * percentiles are JSON numbers (doubles); enums are lower-snake codes; price years are {@code
 * "2015/16"}; agencies their name.
 */
final class AppraisalCodec {
  static final String APPRAISAL = "appraisal";
  static final String MONTE_CARLO = "monte_carlo";
  static final String MONTE_CARLO_FIELD = "monteCarlo";
  static final String SENSITIVITY = "sensitivity";

  private AppraisalCodec() {}

  /** The stable code of an enum constant: its name in lower snake case. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E fromCode(In in, String field, E[] values) {
    return StatsCodec.fromCode(in, field, values, AppraisalCodec::code);
  }

  static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeStringField(name, CostCodec.decimal(value));
  }

  // ---- estimate, events, assumptions ----

  static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
    g.writeFieldName(name);
    estimate(g, e);
  }

  static void estimate(JsonGenerator g, Estimate e) throws IOException {
    g.writeStartObject();
    decimal(g, "low", e.low());
    decimal(g, "central", e.central());
    decimal(g, "high", e.high());
    g.writeEndObject();
  }

  static Estimate estimate(In in, String field) {
    Estimate.Builder b = Estimate.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "low":
          b.low(CostCodec.decimal(in, name));
          return true;
        case "central":
          b.central(CostCodec.decimal(in, name));
          return true;
        case "high":
          b.high(CostCodec.decimal(in, name));
          return true;
        default:
          return false;
      }
    }, "low", "central", "high");
    return In.build(at, b::build);
  }

  static void events(JsonGenerator g, EventsAvoided e) throws IOException {
    g.writeStartObject();
    g.writeStringField("measureCode", e.measureCode());
    estimate(g, "events", e.events());
    g.writeStringField("origin", code(e.origin()));
    g.writeStringField("derivation", e.derivation());
    g.writeEndObject();
  }

  static EventsAvoided events(In in) {
    EventsAvoided.Builder b = EventsAvoided.builder();
    In.Mark at = in.object("events", name -> {
      switch (name) {
        case "measureCode":
          b.measureCode(in.text(name));
          return true;
        case "events":
          b.events(estimate(in, name));
          return true;
        case "origin":
          b.origin(fromCode(in, name, EventsOrigin.values()));
          return true;
        case "derivation":
          b.derivation(in.text(name));
          return true;
        default:
          return false;
      }
    }, "measureCode", "events", "origin", "derivation");
    return In.build(at, b::build);
  }

  static void assumptions(JsonGenerator g, MeasureAssumptions a) throws IOException {
    g.writeStartObject();
    g.writeStringField("measureCode", a.measureCode());
    if (a.deadweight().isPresent()) {
      estimate(g, "deadweight", a.deadweight().get());
    }
    if (a.displacement().isPresent()) {
      estimate(g, "displacement", a.displacement().get());
    }
    if (a.attribution().isPresent()) {
      estimate(g, "attribution", a.attribution().get());
    }
    if (a.optimismBias().isPresent()) {
      estimate(g, "optimismBias", a.optimismBias().get());
    }
    if (a.dropOff().isPresent()) {
      estimate(g, "dropOff", a.dropOff().get());
    }
    if (a.lagYears().isPresent()) {
      g.writeNumberField("lagYears", a.lagYears().get());
    }
    g.writeNumberField("benefitYears", a.benefitYears());
    optionalInt(g, "lagYearsLow", a.lagYearsLow());
    optionalInt(g, "lagYearsHigh", a.lagYearsHigh());
    optionalInt(g, "benefitYearsLow", a.benefitYearsLow());
    optionalInt(g, "benefitYearsHigh", a.benefitYearsHigh());
    g.writeObjectFieldStart("cashableShares");
    for (Map.Entry<Agency, BigDecimal> e : a.cashableShares().entrySet()) {
      decimal(g, e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static MeasureAssumptions assumptions(In in) {
    MeasureAssumptions.Builder b = MeasureAssumptions.builder();
    In.Mark at = in.object("assumptions", name -> {
      switch (name) {
        case "measureCode":
          b.measureCode(in.text(name));
          return true;
        case "deadweight":
          b.deadweight(estimate(in, name));
          return true;
        case "displacement":
          b.displacement(estimate(in, name));
          return true;
        case "attribution":
          b.attribution(estimate(in, name));
          return true;
        case "optimismBias":
          b.optimismBias(estimate(in, name));
          return true;
        case "dropOff":
          b.dropOff(estimate(in, name));
          return true;
        case "lagYears":
          b.lagYears(in.integer(name));
          return true;
        case "benefitYears":
          b.benefitYears(in.integer(name));
          return true;
        case "lagYearsLow":
          b.lagYearsLow(in.integer(name));
          return true;
        case "lagYearsHigh":
          b.lagYearsHigh(in.integer(name));
          return true;
        case "benefitYearsLow":
          b.benefitYearsLow(in.integer(name));
          return true;
        case "benefitYearsHigh":
          b.benefitYearsHigh(in.integer(name));
          return true;
        case "cashableShares":
          in.object(name, agency -> {
            b.putCashableShares(agency(in, agency), CostCodec.decimal(in, agency));
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "measureCode", "benefitYears");
    return In.build(at, b::build);
  }

  private static void optionalInt(JsonGenerator g, String name, java.util.Optional<Integer> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.get());
    }
  }

  private static void optionalText(JsonGenerator g, String name, java.util.Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  /** An agency given as a field name. */
  static Agency agency(In in, String key) {
    try {
      return Agency.of(key);
    } catch (org.nwd.DomainRuleException e) {
      throw in.fail(key, e.getMessage());
    }
  }

  // ---- deflator, discount schedule ----

  static void deflator(JsonGenerator g, GdpDeflator d) throws IOException {
    g.writeFieldName("deflator");
    deflatorValue(g, d);
  }

  static void deflatorValue(JsonGenerator g, GdpDeflator d) throws IOException {
    g.writeStartObject();
    g.writeStringField("vintage", d.vintage());
    g.writeObjectFieldStart("index");
    for (Map.Entry<PriceYear, BigDecimal> e : d.index().entrySet()) {
      decimal(g, e.getKey().toString(), e.getValue());
    }
    g.writeEndObject();
    if (d.published().isPresent()) {
      g.writeStringField("published", d.published().get().toString());
    }
    if (d.baseYear().isPresent()) {
      g.writeStringField("baseYear", d.baseYear().get().toString());
    }
    optionalText(g, "source", d.source());
    priceYears(g, "forecastYears", d.forecastYears());
    priceYears(g, "derivedYears", d.derivedYears());
    g.writeEndObject();
  }

  static GdpDeflator deflator(In in, String field) {
    GdpDeflator.Builder b = GdpDeflator.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "vintage":
          b.vintage(in.text(name));
          return true;
        case "index":
          in.object(name, year -> {
            b.putIndex(priceYear(in, year), CostCodec.decimal(in, year));
            return true;
          });
          return true;
        case "published":
          b.published(month(in, name));
          return true;
        case "baseYear":
          b.baseYear(priceYear(in, name, in.text(name)));
          return true;
        case "source":
          b.source(in.text(name));
          return true;
        case "forecastYears":
          in.array(name, () -> b.addForecastYears(priceYear(in, name, in.text(name))));
          return true;
        case "derivedYears":
          in.array(name, () -> b.addDerivedYears(priceYear(in, name, in.text(name))));
          return true;
        default:
          return false;
      }
    }, "vintage", "index");
    return In.build(at, b::build);
  }

  /** A month {@code "2026-03"}. */
  static java.time.YearMonth month(In in, String field) {
    String text = in.text(field);
    java.time.YearMonth m = In.parseMonth(text);
    if (m == null) {
      throw in.fail(field, "\"" + Errors.printable(text) + "\" is not a month like \"2026-03\"");
    }
    return m;
  }

  static void priceYears(JsonGenerator g, String name, java.util.Set<PriceYear> years)
      throws IOException {
    if (years.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (PriceYear y : years) {
      g.writeString(y.toString());
    }
    g.writeEndArray();
  }

  /** A price year given as a field name or value, e.g. {@code "2015/16"}. */
  static PriceYear priceYear(In in, String field, String text) {
    try {
      return PriceYear.parse(text);
    } catch (org.nwd.DomainRuleException e) {
      throw in.fail(field, e.getMessage());
    }
  }

  private static PriceYear priceYear(In in, String key) {
    return priceYear(in, key, key);
  }

  static void discountSchedule(JsonGenerator g, DiscountSchedule d) throws IOException {
    g.writeFieldName("discountSchedule");
    discountScheduleValue(g, d);
  }

  static void discountScheduleValue(JsonGenerator g, DiscountSchedule d) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", d.name());
    g.writeObjectFieldStart("bands");
    for (Map.Entry<Integer, BigDecimal> e : d.bands().entrySet()) {
      decimal(g, Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static DiscountSchedule discountSchedule(In in, String field) {
    DiscountSchedule.Builder b = DiscountSchedule.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "name":
          b.name(in.text(name));
          return true;
        case "bands":
          in.object(name, year -> {
            b.putBands(CostCodec.year(in, year), CostCodec.decimal(in, year));
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "name", "bands");
    return In.build(at, b::build);
  }

  // ---- unit costs, mapping ----

  static void unitCost(JsonGenerator g, UnitCost u) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", u.code());
    g.writeStringField("description", u.description());
    g.writeStringField("unit", code(u.unit()));
    g.writeStringField("unitLabel", u.unitLabel());
    CostCodec.money(g, "amount", u.amount());
    g.writeStringField("sourcePriceYear", u.sourcePriceYear());
    if (u.mappedPriceYear().isPresent()) {
      g.writeStringField("mappedPriceYear", u.mappedPriceYear().get().toString());
    }
    optionalText(g, "priceYearRule", u.priceYearRule());
    g.writeStringField("valueType", CostCodec.code(u.valueType()));
    g.writeStringField("agency", u.agency().name());
    if (u.rag().isPresent()) {
      g.writeStringField("rag", code(u.rag().get()));
    }
    if (u.confidence().isPresent()) {
      g.writeStringField("confidence", code(u.confidence().get()));
    }
    if (u.recency().isPresent()) {
      g.writeStringField("recency", code(u.recency().get()));
    }
    g.writeStringField("source", u.source());
    optionalText(g, "citation", u.citation());
    g.writeStringField("notes", u.notes());
    if (u.parentCode().isPresent()) {
      g.writeStringField("parentCode", u.parentCode().get());
    }
    if (u.cashableShare().isPresent()) {
      decimal(g, "cashableShare", u.cashableShare().get());
    }
    g.writeBooleanField("transferPayment", u.transferPayment());
    g.writeEndObject();
  }

  static UnitCost unitCost(In in) {
    UnitCost.Builder b = UnitCost.builder();
    In.Mark at = in.object("costs", name -> {
      switch (name) {
        case "code":
          b.code(in.text(name));
          return true;
        case "description":
          b.description(in.text(name));
          return true;
        case "unit":
          b.unit(fromCode(in, name, CostUnit.values()));
          return true;
        case "unitLabel":
          b.unitLabel(in.text(name));
          return true;
        case "amount":
          b.amount(CostCodec.money(in, name));
          return true;
        case "sourcePriceYear":
          b.sourcePriceYear(in.text(name));
          return true;
        case "mappedPriceYear":
          b.mappedPriceYear(priceYear(in, name, in.text(name)));
          return true;
        case "priceYearRule":
          b.priceYearRule(in.text(name));
          return true;
        case "confidence":
          b.confidence(fromCode(in, name, Confidence.values()));
          return true;
        case "recency":
          b.recency(fromCode(in, name, Recency.values()));
          return true;
        case "citation":
          b.citation(in.text(name));
          return true;
        case "valueType":
          b.valueType(CostCodec.valueType(in, name));
          return true;
        case "agency":
          b.agency(in.convert(name, Agency::of));
          return true;
        case "rag":
          b.rag(fromCode(in, name, Rag.values()));
          return true;
        case "source":
          b.source(in.text(name));
          return true;
        case "notes":
          b.notes(in.text(name));
          return true;
        case "parentCode":
          b.parentCode(in.text(name));
          return true;
        case "cashableShare":
          b.cashableShare(CostCodec.decimal(in, name));
          return true;
        case "transferPayment":
          b.transferPayment(in.bool(name));
          return true;
        default:
          return false;
      }
    }, "code", "description", "unit", "unitLabel", "amount", "sourcePriceYear", "valueType",
        "agency", "source", "notes", "transferPayment");
    return In.build(at, b::build);
  }

  static void catalogue(JsonGenerator g, UnitCostCatalogue c) throws IOException {
    g.writeFieldName("catalogue");
    catalogueValue(g, c);
  }

  static void catalogueValue(JsonGenerator g, UnitCostCatalogue c) throws IOException {
    g.writeStartObject();
    ModelCodec.list(g, "costs", c.costs(), AppraisalCodec::unitCost);
    g.writeEndObject();
  }

  static UnitCostCatalogue catalogue(In in, String field) {
    UnitCostCatalogue.Builder b = UnitCostCatalogue.builder();
    In.Mark at = in.object(field, name -> {
      if (!"costs".equals(name)) {
        return false;
      }
      in.array(name, () -> b.addCosts(unitCost(in)));
      return true;
    }, "costs");
    return In.build(at, b::build);
  }

  static void mapping(JsonGenerator g, OutcomeCostMapping m) throws IOException {
    g.writeFieldName("mapping");
    mappingValue(g, m);
  }

  static void mappingValue(JsonGenerator g, OutcomeCostMapping m) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("costs");
    for (Map.Entry<String, ImmutableList<MeasureCost>> e : m.costs().entrySet()) {
      ModelCodec.list(g, e.getKey(), e.getValue(), AppraisalCodec::measureCost);
    }
    g.writeEndObject();
    g.writeObjectFieldStart("rationale");
    for (Map.Entry<String, String> e : m.rationale().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static OutcomeCostMapping mapping(In in, String field) {
    OutcomeCostMapping.Builder b = OutcomeCostMapping.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "costs":
          in.object(name, measure -> {
            ImmutableList.Builder<MeasureCost> costs = ImmutableList.builder();
            in.array(measure, () -> costs.add(measureCost(in)));
            b.putCosts(measure, costs.build());
            return true;
          });
          return true;
        case "rationale":
          in.object(name, measure -> {
            b.putRationale(measure, in.text(measure));
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "costs", "rationale");
    return In.build(at, b::build);
  }

  static void measureCost(JsonGenerator g, MeasureCost c) throws IOException {
    g.writeStartObject();
    g.writeStringField("unitCostCode", c.unitCostCode());
    g.writeStringField("valueType", CostCodec.code(c.valueType()));
    decimal(g, "multiplier", c.multiplier());
    decimal(g, "divisor", c.divisor());
    g.writeEndObject();
  }

  static MeasureCost measureCost(In in) {
    MeasureCost.Builder b = MeasureCost.builder();
    In.Mark at = in.object("costs", name -> {
      switch (name) {
        case "unitCostCode":
          b.unitCostCode(in.text(name));
          return true;
        case "valueType":
          b.valueType(CostCodec.valueType(in, name));
          return true;
        case "multiplier":
          b.multiplier(CostCodec.decimal(in, name));
          return true;
        case "divisor":
          b.divisor(CostCodec.decimal(in, name));
          return true;
        default:
          return false;
      }
    }, "unitCostCode", "valueType", "multiplier", "divisor");
    return In.build(at, b::build);
  }

  // ---- appraisal ----

  static void appraisal(JsonGenerator g, Appraisal a) throws IOException {
    g.writeStartObject();
    g.writeStringField("priceBase", a.priceBase().toString());
    g.writeNumberField("firstBenefitYear", a.firstBenefitYear());
    g.writeBooleanField("midYear", a.midYear());
    ModelCodec.list(g, "events", a.events(), AppraisalCodec::events);
    ModelCodec.list(g, "assumptions", a.assumptions(), AppraisalCodec::assumptions);
    g.writeObjectFieldStart("programmeCosts");
    for (Map.Entry<Integer, org.nwd.cost.Money> e : a.programmeCosts().entrySet()) {
      CostCodec.money(g, Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    if (!a.programmeCostItems().isEmpty()) {
      ModelCodec.list(g, "programmeCostItems", a.programmeCostItems(), AppraisalCodec::programmeCost);
    }
    if (a.costOptimismBias().isPresent()) {
      decimal(g, "costOptimismBias", a.costOptimismBias().get());
    }
    g.writeBooleanField(
        "excludeTransferPaymentsFromWiderCase", a.excludeTransferPaymentsFromWiderCase());
    if (a.deflator().isPresent()) {
      deflator(g, a.deflator().get());
    }
    if (a.catalogue().isPresent()) {
      catalogue(g, a.catalogue().get());
    }
    if (a.mapping().isPresent()) {
      mapping(g, a.mapping().get());
    }
    if (a.discountSchedule().isPresent()) {
      discountSchedule(g, a.discountSchedule().get());
    }
    if (a.priceYearMapping().isPresent()) {
      g.writeFieldName("priceYearMapping");
      BareCodec.priceYearMapping(g, a.priceYearMapping().get());
    }
    if (!a.unitCostRanges().isEmpty()) {
      g.writeObjectFieldStart("unitCostRanges");
      for (Map.Entry<Confidence, Estimate> e : a.unitCostRanges().entrySet()) {
        estimate(g, code(e.getKey()), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void programmeCost(JsonGenerator g, ProgrammeCost c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", c.year());
    g.writeStringField("agency", c.agency().name());
    CostCodec.money(g, "amount", c.amount());
    g.writeStringField("description", c.description());
    g.writeEndObject();
  }

  static ProgrammeCost programmeCost(In in) {
    ProgrammeCost.Builder b = ProgrammeCost.builder();
    In.Mark at = in.object("programmeCostItems", name -> {
      switch (name) {
        case "year":
          b.year(in.integer(name));
          return true;
        case "agency":
          b.agency(in.convert(name, Agency::of));
          return true;
        case "amount":
          b.amount(CostCodec.money(in, name));
          return true;
        case "description":
          b.description(in.text(name));
          return true;
        default:
          return false;
      }
    }, "year", "agency", "amount");
    return In.build(at, b::build);
  }

  static Appraisal appraisal(In in) {
    Appraisal.Builder b = Appraisal.builder();
    In.Mark at = in.object(APPRAISAL, name -> {
      switch (name) {
        case "priceBase":
          b.priceBase(priceYear(in, name, in.text(name)));
          return true;
        case "firstBenefitYear":
          b.firstBenefitYear(in.integer(name));
          return true;
        case "midYear":
          b.midYear(in.bool(name));
          return true;
        case "events":
          in.array(name, () -> b.addEvents(events(in)));
          return true;
        case "assumptions":
          in.array(name, () -> b.addAssumptions(assumptions(in)));
          return true;
        case "programmeCosts":
          in.object(name, year -> {
            b.putProgrammeCosts(CostCodec.year(in, year), CostCodec.money(in, year));
            return true;
          });
          return true;
        case "costOptimismBias":
          b.costOptimismBias(CostCodec.decimal(in, name));
          return true;
        case "excludeTransferPaymentsFromWiderCase":
          b.excludeTransferPaymentsFromWiderCase(in.bool(name));
          return true;
        case "deflator":
          b.deflator(deflator(in, name));
          return true;
        case "catalogue":
          b.catalogue(catalogue(in, name));
          return true;
        case "mapping":
          b.mapping(mapping(in, name));
          return true;
        case "discountSchedule":
          b.discountSchedule(discountSchedule(in, name));
          return true;
        case "programmeCostItems":
          in.array(name, () -> b.addProgrammeCostItems(programmeCost(in)));
          return true;
        case "priceYearMapping":
          b.priceYearMapping(BareCodec.priceYearMapping(in));
          return true;
        case "unitCostRanges":
          in.object(name, grade -> {
            b.putUnitCostRanges(confidence(in, grade), estimate(in, grade));
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "priceBase", "firstBenefitYear", "midYear", "events", "assumptions", "programmeCosts",
        "excludeTransferPaymentsFromWiderCase");
    return In.build(at, b::build);
  }

  /** A confidence grade given as a field name, e.g. {@code "secondary"}. */
  static Confidence confidence(In in, String key) {
    for (Confidence c : Confidence.values()) {
      if (code(c).equals(key)) {
        return c;
      }
    }
    throw in.fail(key, "unknown confidence grade \"" + Errors.printable(key)
        + "\"; known: primary, secondary, uncertain");
  }

  // ---- Monte Carlo, sensitivity ----

  static void distribution(JsonGenerator g, String name, Distribution d) throws IOException {
    g.writeFieldName(name);
    distribution(g, d);
  }

  static void distribution(JsonGenerator g, Distribution d) throws IOException {
    g.writeStartObject();
    StatsCodec.number(g, "p5", d.p5());
    StatsCodec.number(g, "p50", d.p50());
    StatsCodec.number(g, "p95", d.p95());
    StatsCodec.number(g, "mean", d.mean());
    g.writeEndObject();
  }

  static Distribution distribution(In in, String field) {
    Distribution.Builder b = Distribution.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "p5":
          b.p5(extNumber(in, name));
          return true;
        case "p50":
          b.p50(extNumber(in, name));
          return true;
        case "p95":
          b.p95(extNumber(in, name));
          return true;
        case "mean":
          b.mean(extNumber(in, name));
          return true;
        default:
          return false;
      }
    }, "p5", "p50", "p95", "mean");
    return In.build(at, b::build);
  }

  /** A number, or "+Infinity", "-Infinity", "NaN" as {@link StatsCodec#number} writes them. */
  static double extNumber(In in, String field) {
    if (in.token() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
      String text = in.text(field);
      switch (text) {
        case "+Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        case "NaN":
          return Double.NaN;
        default:
          throw in.fail(field, "\"" + Errors.printable(text)
              + "\" is not a number, \"+Infinity\", \"-Infinity\" or \"NaN\"");
      }
    }
    return in.number(field);
  }

  static void monteCarlo(JsonGenerator g, MonteCarloResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("iterations", r.iterations());
    g.writeNumberField("seed", r.seed());
    distribution(g, "financialNpv", r.financialNpv());
    if (r.financialBcr().isPresent()) {
      distribution(g, "financialBcr", r.financialBcr().get());
    }
    distribution(g, "widerNpv", r.widerNpv());
    if (r.widerBcr().isPresent()) {
      distribution(g, "widerBcr", r.widerBcr().get());
    }
    optionalText(g, "widerCaseNote", r.widerCaseNote());
    if (!r.varied().isEmpty()) {
      g.writeArrayFieldStart("varied");
      for (String v : r.varied()) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static MonteCarloResult monteCarlo(In in) {
    MonteCarloResult.Builder b = MonteCarloResult.builder();
    In.Mark at = in.object(MONTE_CARLO_FIELD, name -> {
      switch (name) {
        case "iterations":
          b.iterations(in.integer(name));
          return true;
        case "seed":
          b.seed(in.longInteger(name));
          return true;
        case "financialNpv":
          b.financialNpv(distribution(in, name));
          return true;
        case "financialBcr":
          b.financialBcr(distribution(in, name));
          return true;
        case "widerNpv":
          b.widerNpv(distribution(in, name));
          return true;
        case "widerBcr":
          b.widerBcr(distribution(in, name));
          return true;
        case "widerCaseNote":
          b.widerCaseNote(in.text(name));
          return true;
        case "varied":
          b.addAllVaried(ModelCodec.strings(in, name));
          return true;
        default:
          return false;
      }
    }, "iterations", "seed", "financialNpv", "widerNpv");
    return In.build(at, b::build);
  }

  static void tornadoBar(JsonGenerator g, TornadoBar t) throws IOException {
    g.writeStartObject();
    g.writeStringField("measureCode", t.measureCode());
    g.writeStringField("assumption", code(t.assumption()));
    optionalText(g, "unitCost", t.unitCost());
    decimal(g, "lowValue", t.lowValue());
    decimal(g, "highValue", t.highValue());
    CostCodec.money(g, "npvAtLow", t.npvAtLow());
    CostCodec.money(g, "npvAtHigh", t.npvAtHigh());
    CostCodec.money(g, "swing", t.swing());
    g.writeEndObject();
  }

  static TornadoBar tornadoBar(In in) {
    TornadoBar.Builder b = TornadoBar.builder();
    org.nwd.cost.Money[] swing = new org.nwd.cost.Money[1];
    In.Mark[] swingAt = new In.Mark[1];
    In.Mark at = in.object("bars", name -> {
      switch (name) {
        case "measureCode":
          b.measureCode(in.text(name));
          return true;
        case "assumption":
          b.assumption(fromCode(in, name, Assumption.values()));
          return true;
        case "unitCost":
          b.unitCost(in.text(name));
          return true;
        case "lowValue":
          b.lowValue(CostCodec.decimal(in, name));
          return true;
        case "highValue":
          b.highValue(CostCodec.decimal(in, name));
          return true;
        case "npvAtLow":
          b.npvAtLow(CostCodec.money(in, name));
          return true;
        case "npvAtHigh":
          b.npvAtHigh(CostCodec.money(in, name));
          return true;
        case "swing":
          swingAt[0] = in.markNow(); // kept until the bar is built
          swing[0] = CostCodec.money(in, name);
          return true;
        default:
          return false;
      }
    }, "measureCode", "assumption", "lowValue", "highValue", "npvAtLow", "npvAtHigh", "swing");
    TornadoBar bar = In.build(at, b::build);
    if (!bar.swing().equals(swing[0])) {
      throw new NwdJsonException(swingAt[0].pointer(), swingAt[0].line(), swingAt[0].column(),
          "swing", "swing " + swing[0] + " is not |npvAtHigh - npvAtLow| = " + bar.swing()
              + ": it is derived, give the recomputed value", null);
    }
    return bar;
  }

  static void sensitivity(JsonGenerator g, List<TornadoBar> bars) throws IOException {
    g.writeStartObject();
    ModelCodec.list(g, "bars", bars, AppraisalCodec::tornadoBar);
    g.writeEndObject();
  }

  static List<TornadoBar> sensitivity(In in) {
    ImmutableList.Builder<TornadoBar> bars = ImmutableList.builder();
    in.object(SENSITIVITY, name -> {
      if (!"bars".equals(name)) {
        return false;
      }
      in.array(name, () -> bars.add(tornadoBar(in)));
      return true;
    }, "bars");
    return bars.build();
  }

  /** True when {@code value} is a list of tornado bars (an empty list counts). */
  static boolean isSensitivity(Object value) {
    if (!(value instanceof List)) {
      return false;
    }
    for (Object o : (List<?>) value) {
      if (!(o instanceof TornadoBar)) {
        return false;
      }
    }
    return true;
  }
}
