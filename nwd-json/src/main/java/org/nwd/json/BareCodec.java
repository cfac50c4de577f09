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

  static void window(JsonGenerator g, Window w) throws IOException {
    g.writeStartObject();
    ModelCodec.period(g, "period", w.period());
    g.writeArrayFieldStart("notAtRisk");
    for (DatePeriod p : w.notAtRisk()) {
      g.writeStartObject();
      ModelCodec.date(g, "start", p.start());
      if (p.end().isPresent()) {
        ModelCodec.date(g, "end", p.end().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static Window window(In in) {
    Window.Builder b = Window.builder();
    In.Mark at = in.object("window", name -> {
      switch (name) {
        case "period":
          b.period(ModelCodec.period(in, name));
          return true;
        case "notAtRisk":
          in.array(name, () -> b.addNotAtRisk(ModelCodec.period(in, name)));
          return true;
        default:
          return false;
      }
    }, "period", "notAtRisk");
    return In.build(at, b::build);
  }

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
  static void costSet(JsonGenerator g, CostSet s) throws IOException {
    g.writeStartObject();
    ModelCodec.list(g, "costs", s.costs(), AppraisalCodec::unitCost);
    g.writeEndObject();
  }

  static CostSet costSet(In in) {
    CostSet.Builder b = CostSet.builder();
    In.Mark at = in.object("costSet", name -> {
      if (!"costs".equals(name)) {
        return false;
      }
      in.array(name, () -> b.addCosts(AppraisalCodec.unitCost(in)));
      return true;
    }, "costs");
    return In.build(at, b::build);
  }

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
  static void measureCatalogue(JsonGenerator g, OutcomeMeasureCatalogue c) throws IOException {
    g.writeStartObject();
    ModelCodec.list(g, "measures", c.measures(), ModelCodec::measure);
    g.writeEndObject();
  }

  static OutcomeMeasureCatalogue measureCatalogue(In in) {
    OutcomeMeasureCatalogue.Builder b = OutcomeMeasureCatalogue.builder();
    In.Mark at = in.object("measureCatalogue", name -> {
      if (!"measures".equals(name)) {
        return false;
      }
      in.array(name, () -> b.addMeasures(ModelCodec.measure(in)));
      return true;
    }, "measures");
    return In.build(at, b::build);
  }

  static void provocation(JsonGenerator g, Provocation p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("text", p.text());
    g.writeStringField("adopter", p.adopter());
    ModelCodec.date(g, "effectiveFrom", p.effectiveFrom());
    g.writeStringField("source", p.source());
    g.writeEndObject();
  }

  static Provocation provocation(In in) {
    Provocation.Builder b = Provocation.builder();
    In.Mark at = in.object("provocation", name -> {
      switch (name) {
        case "id":
          b.id(in.text(name));
          return true;
        case "text":
          b.text(in.text(name));
          return true;
        case "adopter":
          b.adopter(in.text(name));
          return true;
        case "effectiveFrom":
          b.effectiveFrom(in.date(name));
          return true;
        case "source":
          b.source(in.text(name));
          return true;
        default:
          return false;
      }
    }, "id", "text", "adopter", "effectiveFrom", "source");
    return In.build(at, b::build);
  }

  static void provocationCatalogue(JsonGenerator g, ProvocationCatalogue c) throws IOException {
    g.writeStartObject();
    g.writeStringField("adopter", c.adopter());
    ModelCodec.list(g, "provocations", c.provocations(), BareCodec::provocation);
    g.writeEndObject();
  }

  static ProvocationCatalogue provocationCatalogue(In in) {
    ProvocationCatalogue.Builder b = ProvocationCatalogue.builder();
    In.Mark at = in.object("provocationCatalogue", name -> {
      switch (name) {
        case "adopter":
          b.adopter(in.text(name));
          return true;
        case "provocations":
          in.array(name, () -> b.addProvocations(provocation(in)));
          return true;
        default:
          return false;
      }
    }, "adopter", "provocations");
    return In.build(at, b::build);
  }

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
      window(g, r.before().get());
    }
    if (r.after().isPresent()) {
      g.writeFieldName("after");
      window(g, r.after().get());
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
