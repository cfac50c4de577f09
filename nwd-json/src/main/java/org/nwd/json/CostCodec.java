package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.nwd.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nwd.cost.Agency;
import org.nwd.cost.BenefitLine;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.CostLine;
import org.nwd.cost.Money;
import org.nwd.cost.PriceBasis;
import org.nwd.cost.ValueType;

/**
 * Writes and reads cost-avoidance results. Money and every exact factor are decimal strings (e.g.
 * {@code "1325.44"}, never a JSON number, so no reader rounds them through a double); the scale is kept,
 * so {@code "0.50"} stays {@code "0.50"}. Value types are {@code fiscal}, {@code economic}, {@code
 * social}; agencies their name. Year-keyed maps are objects keyed by the year.
 */
final class CostCodec {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?(E[+-]?\\d+)?");

  private CostCodec() {}

  static String code(ValueType type) {
    switch (type) {
      case FISCAL:
        return "fiscal";
      case ECONOMIC:
        return "economic";
      default:
        return "social";
    }
  }

  static ValueType valueType(In in, String field) {
    return StatsCodec.fromCode(in, field, ValueType.values(), CostCodec::code);
  }

  /** Exact: plain digits when the scale is not negative, scientific otherwise (keeps the scale). */
  static String decimal(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  static BigDecimal decimal(In in, String field) {
    String text = in.text(field);
    if (!DECIMAL.matcher(text).matches()) {
      throw in.fail(field, "\"" + Errors.printable(text) + "\" is not an exact decimal string such as \"1325.44\"");
    }
    return new BigDecimal(text);
  }

  static void money(JsonGenerator g, Money m) throws IOException {
    g.writeString(decimal(m.amount()));
  }

  static Money money(In in, String field) {
    return Money.of(decimal(in, field));
  }

  static void money(JsonGenerator g, String name, Money m) throws IOException {
    g.writeStringField(name, decimal(m.amount()));
  }

  static final Value<BigDecimal> DECIMAL_TEXT = Value.of((g, d) -> g.writeString(decimal(d)),
      CostCodec::decimal);

  static final Value<Money> MONEY = Value.of(CostCodec::money, CostCodec::money);

  static final Value<Agency> AGENCY = Value.text(Agency::name, Agency::of);

  static final Value<Explanation> EXPLANATION = ModelCodec.EXPLANATION;

  static final Shape<BenefitLine, BenefitLine.Builder> BENEFIT_LINE =
      Shape.of("benefitLine", BenefitLine::builder, BenefitLine.Builder::build)
          .required("year", BenefitLine::year, BenefitLine.Builder::year, Value.INTEGER)
          .required("benefitYear", BenefitLine::benefitYear, BenefitLine.Builder::benefitYear,
              Value.INTEGER)
          .required("measureCode", BenefitLine::measureCode, BenefitLine.Builder::measureCode,
              Value.TEXT)
          .required("unitCostCode", BenefitLine::unitCostCode, BenefitLine.Builder::unitCostCode,
              Value.TEXT)
          .required("valueType", BenefitLine::valueType, BenefitLine.Builder::valueType,
              Value.of((g, t) -> g.writeString(code(t)), CostCodec::valueType))
          .required("agency", BenefitLine::agency, BenefitLine.Builder::agency, AGENCY)
          .required("transferPayment", BenefitLine::transferPayment,
              BenefitLine.Builder::transferPayment, Value.BOOLEAN)
          .required("netEvents", BenefitLine::netEvents, BenefitLine.Builder::netEvents, DECIMAL_TEXT)
          .required("grossBenefit", BenefitLine::grossBenefit, BenefitLine.Builder::grossBenefit,
              MONEY)
          .required("netBenefit", BenefitLine::netBenefit, BenefitLine.Builder::netBenefit, MONEY)
          .required("discountFactor", BenefitLine::discountFactor,
              BenefitLine.Builder::discountFactor, DECIMAL_TEXT)
          .required("presentValue", BenefitLine::presentValue, BenefitLine.Builder::presentValue,
              MONEY)
          .required("cashableShare", BenefitLine::cashableShare,
              BenefitLine.Builder::cashableShare, DECIMAL_TEXT)
          .required("explanation", BenefitLine::explanation, BenefitLine.Builder::explanation,
              EXPLANATION)
          .declare();

  static final Shape<CostLine, CostLine.Builder> COST_LINE =
      Shape.of("costLine", CostLine::builder, CostLine.Builder::build)
          .required("year", CostLine::year, CostLine.Builder::year, Value.INTEGER)
          .always("agency", CostLine::agency, CostLine.Builder::agency, AGENCY)
          .required("cost", CostLine::cost, CostLine.Builder::cost, MONEY)
          .required("discountFactor", CostLine::discountFactor, CostLine.Builder::discountFactor,
              DECIMAL_TEXT)
          .required("presentValue", CostLine::presentValue, CostLine.Builder::presentValue, MONEY)
          .required("explanation", CostLine::explanation, CostLine.Builder::explanation,
              EXPLANATION)
          .declare();

  static final Value<CaseSummary> CASE =
      Value.of(CostCodec::caseSummary, CostCodec::caseSummary);

  static final Shape<CostAvoidanceResult, CostAvoidanceResult.Builder> RESULT =
      Shape.of("costAvoidance", CostAvoidanceResult::builder, CostAvoidanceResult.Builder::build)
          .list("benefitLines", CostAvoidanceResult::benefitLines,
              CostAvoidanceResult.Builder::addBenefitLines, BENEFIT_LINE)
          .list("costLines", CostAvoidanceResult::costLines,
              CostAvoidanceResult.Builder::addCostLines, COST_LINE)
          .required("financialCase", CostAvoidanceResult::financialCase,
              CostAvoidanceResult.Builder::financialCase, CASE)
          .required("widerCase", CostAvoidanceResult::widerCase,
              CostAvoidanceResult.Builder::widerCase, CASE)
          .required("horizon", CostAvoidanceResult::horizon, CostAvoidanceResult.Builder::horizon,
              Value.INTEGER)
          .list("defaultsApplied", CostAvoidanceResult::defaultsApplied,
              CostAvoidanceResult.Builder::addDefaultsApplied, Value.TEXT)
          .optional("priceBasis", CostAvoidanceResult::priceBasis,
              CostAvoidanceResult.Builder::priceBasis,
              Value.of(CostCodec::priceBasis, CostCodec::priceBasis))
          .declare();

  private static <K> void moneyMap(JsonGenerator g, String name, Map<K, Money> map,
      java.util.function.Function<K, String> key) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<K, Money> e : map.entrySet()) {
      money(g, key.apply(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  static int year(In in, String key) {
    if (key.matches("0|-?[1-9][0-9]{0,8}")) {
      return Integer.parseInt(key);
    }
    throw in.fail(key, "\"" + Errors.printable(key) + "\" is not a year number");
  }

  static void caseSummary(JsonGenerator g, CaseSummary c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeArrayFieldStart("valueTypes");
    for (ValueType t : c.valueTypes()) {
      g.writeString(code(t));
    }
    g.writeEndArray();
    money(g, "presentValueBenefits", c.presentValueBenefits());
    money(g, "presentValueCosts", c.presentValueCosts());
    money(g, "netPresentValue", c.netPresentValue());
    if (c.benefitCostRatio().isPresent()) {
      g.writeStringField("benefitCostRatio", decimal(c.benefitCostRatio().get()));
    }
    if (c.netBenefitCostRatio().isPresent()) {
      g.writeStringField("netBenefitCostRatio", decimal(c.netBenefitCostRatio().get()));
    }
    if (c.paybackYearUndiscounted().isPresent()) {
      g.writeNumberField("paybackYearUndiscounted", c.paybackYearUndiscounted().get());
    }
    if (c.paybackYearDiscounted().isPresent()) {
      g.writeNumberField("paybackYearDiscounted", c.paybackYearDiscounted().get());
    }
    money(g, "presentValueCashable", c.presentValueCashable());
    money(g, "presentValueNonCashable", c.presentValueNonCashable());
    moneyMap(g, "netBenefitByYear", c.netBenefitByYear(), String::valueOf);
    moneyMap(g, "presentValueByYear", c.presentValueByYear(), String::valueOf);
    moneyMap(g, "presentValueByAgency", c.presentValueByAgency(), Agency::name);
    moneyMap(g, "presentValueByMeasure", c.presentValueByMeasure(), k -> k);
    moneyMap(g, "presentValueByValueType", c.presentValueByValueType(), CostCodec::code);
    moneyMap(g, "presentValueCostsByAgency", c.presentValueCostsByAgency(), Agency::name);
    moneyMap(g, "presentValueCashableByAgency", c.presentValueCashableByAgency(), Agency::name);
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, c.explanation());
    g.writeEndObject();
  }

  static CaseSummary caseSummary(In in, String field) {
    CaseSummary.Builder b = CaseSummary.builder();
    Money[] npv = new Money[1];
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "name":
                  b.name(in.text(name));
                  return true;
                case "valueTypes":
                  in.set(name, () -> valueType(in, name), b::addValueTypes);
                  return true;
                case "presentValueBenefits":
                  b.presentValueBenefits(money(in, name));
                  return true;
                case "presentValueCosts":
                  b.presentValueCosts(money(in, name));
                  return true;
                case "netPresentValue":
                  npv[0] = money(in, name);
                  return true;
                case "benefitCostRatio":
                  b.benefitCostRatio(decimal(in, name));
                  return true;
                case "netBenefitCostRatio":
                  b.netBenefitCostRatio(decimal(in, name));
                  return true;
                case "paybackYearUndiscounted":
                  b.paybackYearUndiscounted(in.integer(name));
                  return true;
                case "paybackYearDiscounted":
                  b.paybackYearDiscounted(in.integer(name));
                  return true;
                case "presentValueCashable":
                  b.presentValueCashable(money(in, name));
                  return true;
                case "presentValueNonCashable":
                  b.presentValueNonCashable(money(in, name));
                  return true;
                case "netBenefitByYear":
                  in.object(name, k -> {
                    b.putNetBenefitByYear(year(in, k), money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueByYear":
                  in.object(name, k -> {
                    b.putPresentValueByYear(year(in, k), money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueByAgency":
                  in.object(name, k -> {
                    b.putPresentValueByAgency(AppraisalCodec.agency(in, k), money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueCostsByAgency":
                  in.object(name, k -> {
                    b.putPresentValueCostsByAgency(AppraisalCodec.agency(in, k), money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueCashableByAgency":
                  in.object(name, k -> {
                    b.putPresentValueCashableByAgency(AppraisalCodec.agency(in, k), money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueByMeasure":
                  in.object(name, k -> {
                    b.putPresentValueByMeasure(k, money(in, k));
                    return true;
                  });
                  return true;
                case "presentValueByValueType":
                  in.object(name, k -> {
                    ValueType type = null;
                    for (ValueType t : ValueType.values()) {
                      if (code(t).equals(k)) {
                        type = t;
                      }
                    }
                    if (type == null) {
                      throw in.fail(k, "unknown value type \"" + Errors.printable(k) + "\"; known: fiscal, economic, social");
                    }
                    b.putPresentValueByValueType(type, money(in, k));
                    return true;
                  });
                  return true;
                case "explanation":
                  b.explanation(ModelCodec.explanation(in));
                  return true;
                default:
                  return false;
              }
            },
            "name", "presentValueBenefits", "presentValueCosts", "presentValueCashable",
            "presentValueNonCashable", "explanation");
    CaseSummary summary = In.build(at, b::build);
    if (npv[0] != null && !npv[0].equals(summary.netPresentValue())) {
      throw new NwdJsonException(at.pointer() + "/netPresentValue", at.line(), at.column(),
          "netPresentValue", "net present value " + decimal(npv[0].amount())
              + " is not present value of benefits minus costs " + decimal(summary.netPresentValue().amount()),
          null);
    }
    return summary;
  }

  static void priceBasis(JsonGenerator g, PriceBasis p) throws IOException {
    g.writeStartObject();
    g.writeStringField("priceBase", p.priceBase().toString());
    g.writeStringField("deflatorVintage", p.deflatorVintage());
    if (p.deflatorPublished().isPresent()) {
      g.writeStringField("deflatorPublished", p.deflatorPublished().get().toString());
    }
    if (p.deflatorBaseYear().isPresent()) {
      g.writeStringField("deflatorBaseYear", p.deflatorBaseYear().get().toString());
    }
    if (p.deflatorSource().isPresent()) {
      g.writeStringField("deflatorSource", p.deflatorSource().get());
    }
    AppraisalCodec.priceYears(g, "forecastYearsUsed", p.forecastYearsUsed());
    AppraisalCodec.priceYears(g, "derivedYearsUsed", p.derivedYearsUsed());
    strings(g, "priceYearReadings", p.priceYearReadings());
    strings(g, "oldUnitCosts", p.oldUnitCosts());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static PriceBasis priceBasis(In in, String field) {
    PriceBasis.Builder b = PriceBasis.builder();
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "priceBase":
                  b.priceBase(AppraisalCodec.priceYear(in, name, in.text(name)));
                  return true;
                case "deflatorVintage":
                  b.deflatorVintage(in.text(name));
                  return true;
                case "deflatorPublished":
                  b.deflatorPublished(AppraisalCodec.month(in, name));
                  return true;
                case "deflatorBaseYear":
                  b.deflatorBaseYear(AppraisalCodec.priceYear(in, name, in.text(name)));
                  return true;
                case "deflatorSource":
                  b.deflatorSource(in.text(name));
                  return true;
                case "forecastYearsUsed":
                  in.array(name, () -> b.addForecastYearsUsed(
                      AppraisalCodec.priceYear(in, name, in.text(name))));
                  return true;
                case "derivedYearsUsed":
                  in.array(name, () -> b.addDerivedYearsUsed(
                      AppraisalCodec.priceYear(in, name, in.text(name))));
                  return true;
                case "priceYearReadings":
                  b.addAllPriceYearReadings(ModelCodec.strings(in, name));
                  return true;
                case "oldUnitCosts":
                  b.addAllOldUnitCosts(ModelCodec.strings(in, name));
                  return true;
                default:
                  return false;
              }
            },
            "priceBase", "deflatorVintage");
    return In.build(at, b::build);
  }
}
