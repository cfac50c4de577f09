package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nwd.cost.Agency;
import org.nwd.cost.CostSet;
import org.nwd.cost.PriceYear;
import org.nwd.cost.PriceYearMapping;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.PersonResult;
import org.nwd.impact.Window;
import org.nwd.impact.WindowValues;
import org.nwd.model.DatePeriod;
import org.nwd.model.HubId;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.Provocation;
import org.nwd.model.ProvocationCatalogue;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.HolmAdjustment;

/**
 * Shapes of the values that no document holds, written only as bare values through {@link
 * NwdJsonModule}: identifiers, price years and agencies are strings (as inside documents), the
 * impact {@link Window} and {@link WindowValues}, the {@link CostSet} and the {@link
 * PriceYearMapping}. Reading goes through the model's factories and builders, so every rule runs.
 */
final class BareCodec {
  private BareCodec() {}

  // ---- strings ----

  static YoungPersonId youngPersonId(In in) {
    return in.convert("youngPersonId", YoungPersonId::of);
  }

  static HubId hubId(In in) {
    return in.convert("hubId", HubId::of);
  }

  static WorkerId workerId(In in) {
    return in.convert("workerId", WorkerId::of);
  }

  /** A financial year such as {@code "2015/16"}, as in the appraisal document. */
  static PriceYear priceYear(In in) {
    return AppraisalCodec.priceYear(in, "priceYear", in.text("priceYear"));
  }

  /** An agency by its name, as in the appraisal document. */
  static Agency agency(In in) {
    return in.convert("agency", Agency::of);
  }

  /** A confidence level is its value, a number such as 0.95, as in the statistics results. */
  static ConfidenceLevel level(In in) {
    return StatsCodec.level(in, "level");
  }

  // ---- impact windows ----

  static final Shape<Window, Window.Builder> WINDOW =
      Shape.of("window", Window::builder, Window.Builder::build)
          .required("period", Window::period, Window.Builder::period, ModelCodec.PERIOD)
          .requiredList("notAtRisk", Window::notAtRisk, Window.Builder::addNotAtRisk,
              ModelCodec.PERIOD)
          .declare();

  /** A missing side (no observation in that window) is an absent field, never null. */
  static void windowValues(JsonGenerator g, WindowValues v) throws IOException {
    g.writeStartObject();
    if (v.before().isPresent()) {
      StatsCodec.number(g, "before", v.before().getAsDouble());
    }
    if (v.after().isPresent()) {
      StatsCodec.number(g, "after", v.after().getAsDouble());
    }
    g.writeEndObject();
  }

  static WindowValues windowValues(In in) {
    OptionalDouble[] sides = {OptionalDouble.empty(), OptionalDouble.empty()};
    In.Mark at = in.object("windowValues", name -> {
      switch (name) {
        case "before":
          sides[0] = OptionalDouble.of(in.number(name));
          return true;
        case "after":
          sides[1] = OptionalDouble.of(in.number(name));
          return true;
        default:
          return false;
      }
    });
    return In.build(at, () -> WindowValues.of(sides[0], sides[1]));
  }

  // ---- cost sets, price-year mapping ----

  /** The shape of the appraisal's unit-cost catalogue: {@code {"costs": [unit cost, ...]}}. */
  static final Shape<CostSet, CostSet.Builder> COST_SET =
      Shape.of("costSet", CostSet::builder, CostSet.Builder::build)
          .requiredList("costs", CostSet::costs, CostSet.Builder::addCosts,
              Value.of(AppraisalCodec::unitCost, (in, field) -> AppraisalCodec.unitCost(in)))
          .declare();

  /**
   * {@code {"labels": {label: "YYYY/YY", ...}, "standardRules": true}}; {@code standardRules} is
   * written only when true (absent: no rules, as in documents written before the rules existed).
   */
  static void priceYearMapping(JsonGenerator g, PriceYearMapping m) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("labels");
    for (Map.Entry<String, PriceYear> e : m.labels().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue().toString());
    }
    g.writeEndObject();
    if (m.standardRules()) {
      g.writeBooleanField("standardRules", true);
    }
    g.writeEndObject();
  }

  static PriceYearMapping priceYearMapping(In in) {
    PriceYearMapping.Builder b = PriceYearMapping.builder();
    In.Mark at = in.object("priceYearMapping", name -> {
      switch (name) {
        case "labels":
          in.object(name, label -> {
            b.putLabels(label, AppraisalCodec.priceYear(in, label, in.text(label)));
            return true;
          });
          return true;
        case "standardRules":
          b.standardRules(in.bool(name));
          return true;
        default:
          return false;
      }
    }, "labels");
    return In.build(at, b::build);
  }

  // ---- model settings and catalogues ----

  /** A short-term threshold is its days, as {@code shortTermThresholdDays} in documents. */
  static ShortTermThreshold shortTermThreshold(In in) {
    int days = in.integer("shortTermThreshold");
    In.Mark at = in.mark();
    return In.build(at, () -> ShortTermThreshold.of(days));
  }

  /** {@code {"measures": [measure, ...]}}, each measure whole (as in the cohort document). */
  static final Shape<OutcomeMeasureCatalogue, OutcomeMeasureCatalogue.Builder> MEASURE_CATALOGUE =
      Shape.of("measureCatalogue", OutcomeMeasureCatalogue::builder,
              OutcomeMeasureCatalogue.Builder::build)
          .requiredList("measures", OutcomeMeasureCatalogue::measures,
              OutcomeMeasureCatalogue.Builder::addMeasures, ModelCodec.MEASURE)
          .declare();

  static final Shape<Provocation, Provocation.Builder> PROVOCATION =
      Shape.of("provocation", Provocation::builder, Provocation.Builder::build)
          .required("id", Provocation::id, Provocation.Builder::id, Value.TEXT)
          .required("text", Provocation::text, Provocation.Builder::text, Value.TEXT)
          .required("adopter", Provocation::adopter, Provocation.Builder::adopter, Value.TEXT)
          .required("effectiveFrom", Provocation::effectiveFrom, Provocation.Builder::effectiveFrom,
              Value.DATE)
          .required("source", Provocation::source, Provocation.Builder::source, Value.TEXT)
          .declare();

  static final Shape<ProvocationCatalogue, ProvocationCatalogue.Builder> PROVOCATION_CATALOGUE =
      Shape.of("provocationCatalogue", ProvocationCatalogue::builder,
              ProvocationCatalogue.Builder::build)
          .required("adopter", ProvocationCatalogue::adopter, ProvocationCatalogue.Builder::adopter,
              Value.TEXT)
          .requiredList("provocations", ProvocationCatalogue::provocations,
              ProvocationCatalogue.Builder::addProvocations, PROVOCATION)
          .declare();

  // ---- write-only values ----

  /**
   * A person's part of an analysis, written for inspection. Write-only: a {@link PersonResult} also
   * holds its indicator facts and per-measure derivations, which nwd-core keeps package-private, so
   * no JSON can give back an equal value; reading one fails (see {@link #writeOnly}).
   */
  static void personResult(JsonGenerator g, PersonResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", r.youngPersonId().value());
    if (r.exclusion().isPresent()) {
      g.writeStringField("exclusion", ImpactCodec.code(r.exclusion().get()));
    }
    if (r.indexDate().isPresent()) {
      ModelCodec.date(g, "indexDate", r.indexDate().get());
    }
    if (r.before().isPresent()) {
      g.writeFieldName("before");
      WINDOW.write(g, r.before().get());
    }
    if (r.after().isPresent()) {
      g.writeFieldName("after");
      WINDOW.write(g, r.after().get());
    }
    g.writeArrayFieldStart("values");
    for (Map.Entry<OutcomeMeasure, WindowValues> e : r.values().entrySet()) {
      g.writeStartObject();
      ModelCodec.measureRef(g, e.getKey());
      g.writeFieldName("values");
      windowValues(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("groups");
    for (Map.Entry<BreakdownDimension, String> e : r.groups().entrySet()) {
      g.writeStringField(ImpactCodec.code(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, r.explanation());
    g.writeEndObject();
  }

  /**
   * The reader of a write-only type: fails at the value, naming the type and why, reading nothing.
   */
  /** {@code {"labels": [...], "pValues": [...]}}; the adjusted values are derived. */
  static void holm(JsonGenerator g, HolmAdjustment h) throws IOException {
    g.writeStartObject();
    StatsCodec.strings(g, "labels", h.labels());
    StatsCodec.numbers(g, "pValues", h.pValues());
    g.writeEndObject();
  }

  static HolmAdjustment holm(In in) {
    List<String> labels = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    In.Mark at =
        in.object(
            "holmAdjustment",
            name -> {
              switch (name) {
                case "labels":
                  in.array(name, () -> labels.add(in.text(name)));
                  return true;
                case "pValues":
                  StatsCodec.numbers(in, name, pValues::add);
                  return true;
                default:
                  return false;
              }
            },
            "labels",
            "pValues");
    return In.build(at, () -> HolmAdjustment.of(labels, pValues));
  }

  static <T> java.util.function.Function<In, T> writeOnly(Class<T> type, String why) {
    return in -> {
      throw in.fail(type.getSimpleName(), type.getSimpleName() + " is write-only in JSON: " + why);
    };
  }
}
