package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityBand;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityProfile;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.fidelity.IndicatorResult;
import org.nwd.fidelity.IndicatorStatus;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;

/**
 * Writes and reads fidelity rubrics and profiles ({@code org.nwd.fidelity}): a {@link FidelityRubric}
 * ({@code fidelity_rubric}, payload {@code fidelityRubric}), one young person's {@link
 * FidelityProfile} with its rubric ({@code fidelity_profile}, payload {@code fidelityProfile}) and a
 * cohort's {@link CohortFidelity} ({@code cohort_fidelity}, payload {@code cohortFidelity}: the rubric
 * once, then one profile per young person without it). Weights and band minimums are exact decimal
 * strings ({@code "0.8"}), thresholds and values JSON numbers, indicators and statuses their stable
 * codes. Reading goes through the builders, so every rule runs (a profile's results must be the
 * rubric's criteria, in order, at their thresholds). The cohort figures are not written: they follow
 * from the profiles.
 */
final class FidelityCodec {
  static final String RUBRIC_KIND = "fidelity_rubric";
  static final String RUBRIC_FIELD = "fidelityRubric";
  static final String PROFILE_KIND = "fidelity_profile";
  static final String PROFILE_FIELD = "fidelityProfile";
  static final String COHORT_KIND = "cohort_fidelity";
  static final String COHORT_FIELD = "cohortFidelity";

  private FidelityCodec() {}

  /** The payload field of a fidelity document kind, or null for other kinds. */
  static String fieldOf(String kind) {
    switch (kind) {
      case RUBRIC_KIND:
        return RUBRIC_FIELD;
      case PROFILE_KIND:
        return PROFILE_FIELD;
      case COHORT_KIND:
        return COHORT_FIELD;
      default:
        return null;
    }
  }

  /** The document kind of {@code type}, or null when it is no fidelity document. */
  static String kindOf(Class<?> type) {
    if (FidelityRubric.class.isAssignableFrom(type)) {
      return RUBRIC_KIND;
    }
    if (FidelityProfile.class.isAssignableFrom(type)) {
      return PROFILE_KIND;
    }
    if (CohortFidelity.class.isAssignableFrom(type)) {
      return COHORT_KIND;
    }
    return null;
  }

  /** Writes the payload of {@code value}'s document: the field name and the value. */
  static void payload(JsonGenerator g, Object value) throws IOException {
    if (value instanceof FidelityRubric) {
      g.writeFieldName(RUBRIC_FIELD);
      rubric(g, (FidelityRubric) value);
    } else if (value instanceof FidelityProfile) {
      g.writeFieldName(PROFILE_FIELD);
      profile(g, (FidelityProfile) value);
    } else {
      g.writeFieldName(COHORT_FIELD);
      cohort(g, (CohortFidelity) value);
    }
  }

  /** Reads the payload of a document of {@code kind}. */
  static Object payload(In in, String kind) {
    switch (kind) {
      case RUBRIC_KIND:
        return rubric(in);
      case PROFILE_KIND:
        return profile(in);
      default:
        return cohort(in);
    }
  }

  // ---- rubric ----

  static void criterion(JsonGenerator g, Criterion c) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", c.indicator().code());
    g.writeNumberField("threshold", c.threshold());
    g.writeStringField("weight", CostCodec.decimal(c.weight()));
    g.writeEndObject();
  }

  static Criterion criterion(In in) {
    Criterion.Builder b = Criterion.builder();
    In.Mark at = in.object("criteria", name -> {
      switch (name) {
        case "indicator":
          b.indicator(in.convert(name, FidelityIndicator::fromCode));
          return true;
        case "threshold":
          b.threshold(in.number(name));
          return true;
        case "weight":
          b.weight(CostCodec.decimal(in, name));
          return true;
        default:
          return false;
      }
    }, "indicator", "threshold", "weight");
    return In.build(at, b::build);
  }

  static void band(JsonGenerator g, FidelityBand b) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", b.name());
    g.writeStringField("minimumScore", CostCodec.decimal(b.minimumScore()));
    g.writeEndObject();
  }

  static FidelityBand band(In in) {
    FidelityBand.Builder b = FidelityBand.builder();
    In.Mark at = in.object("bands", name -> {
      switch (name) {
        case "name":
          b.name(in.text(name));
          return true;
        case "minimumScore":
          b.minimumScore(CostCodec.decimal(in, name));
          return true;
        default:
          return false;
      }
    }, "name", "minimumScore");
    return In.build(at, b::build);
  }

  static void rubric(JsonGenerator g, FidelityRubric r) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", r.name());
    g.writeBooleanField("proposal", r.proposal());
    g.writeNumberField("monthsAfterStay", r.monthsAfterStay());
    ModelCodec.list(g, "criteria", r.criteria(), FidelityCodec::criterion);
    ModelCodec.list(g, "bands", r.bands(), FidelityCodec::band);
    g.writeEndObject();
  }

  static FidelityRubric rubric(In in) {
    return rubric(in, "rubric");
  }

  static FidelityRubric rubric(In in, String field) {
    FidelityRubric.Builder b = FidelityRubric.builder();
    In.Mark at = in.object(field, name -> {
      switch (name) {
        case "name":
          b.name(in.text(name));
          return true;
        case "proposal":
          b.proposal(in.bool(name));
          return true;
        case "monthsAfterStay":
          b.monthsAfterStay(in.integer(name));
          return true;
        case "criteria":
          in.array(name, () -> b.addCriteria(criterion(in)));
          return true;
        case "bands":
          in.array(name, () -> b.addBands(band(in)));
          return true;
        default:
          return false;
      }
    }, "name", "proposal", "criteria", "bands");
    return In.build(at, b::build);
  }

  // ---- results and profiles ----

  static void result(JsonGenerator g, IndicatorResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", r.indicator().code());
    g.writeNumberField("threshold", r.threshold());
    g.writeStringField("status", r.status().code());
    if (r.value().isPresent()) {
      g.writeNumberField("value", r.value().getAsDouble());
    }
    g.writeNumberField("numerator", r.numerator());
    g.writeNumberField("denominator", r.denominator());
    g.writeArrayFieldStart("observations");
    for (long o : r.observations()) {
      g.writeNumber(o);
    }
    g.writeEndArray();
    g.writeStringField("reason", r.reason());
    g.writeEndObject();
  }

  static IndicatorResult result(In in) {
    IndicatorResult.Builder b = IndicatorResult.builder();
    In.Mark at = in.object("results", name -> {
      switch (name) {
        case "indicator":
          b.indicator(in.convert(name, FidelityIndicator::fromCode));
          return true;
        case "threshold":
          b.threshold(in.number(name));
          return true;
        case "status":
          b.status(in.convert(name, IndicatorStatus::fromCode));
          return true;
        case "value":
          b.value(in.number(name));
          return true;
        case "numerator":
          b.numerator(in.longInteger(name));
          return true;
        case "denominator":
          b.denominator(in.longInteger(name));
          return true;
        case "observations":
          in.array(name, () -> b.addObservations(in.longInteger(name)));
          return true;
        case "reason":
          b.reason(in.text(name));
          return true;
        default:
          return false;
      }
    }, "indicator", "threshold", "status", "reason");
    return In.build(at, b::build);
  }

  /** A profile without its rubric: the young person and the results. */
  private static void personFields(JsonGenerator g, FidelityProfile p) throws IOException {
    g.writeStringField("youngPersonId", p.youngPersonId().value());
    ModelCodec.list(g, "results", p.results(), FidelityCodec::result);
  }

  /** One young person's profile with its rubric first. */
  static void profile(JsonGenerator g, FidelityProfile p) throws IOException {
    g.writeStartObject();
    g.writeFieldName("rubric");
    rubric(g, p.rubric());
    personFields(g, p);
    g.writeEndObject();
  }

  static FidelityProfile profile(In in) {
    FidelityRubric[] rubric = {null};
    YoungPersonId[] id = {null};
    List<IndicatorResult> results = new ArrayList<>();
    In.Mark at = in.object("profile", name -> {
      switch (name) {
        case "rubric":
          rubric[0] = rubric(in, name);
          return true;
        case "youngPersonId":
          id[0] = in.youngPersonId(name);
          return true;
        case "results":
          in.array(name, () -> results.add(result(in)));
          return true;
        default:
          return false;
      }
    }, "rubric", "youngPersonId", "results");
    return In.build(at, () -> FidelityProfile.of(id[0], rubric[0], results));
  }

  /** A profile inside a cohort document: no rubric (the cohort's). */
  private static void personProfile(JsonGenerator g, FidelityProfile p) throws IOException {
    g.writeStartObject();
    personFields(g, p);
    g.writeEndObject();
  }

  /** The young person's id and results of a profile inside a cohort document. */
  private static final class Person {
    YoungPersonId id;
    final List<IndicatorResult> results = new ArrayList<>();
    In.Mark at;
  }

  private static Person person(In in) {
    Person p = new Person();
    // Taken now: the profile is built once the whole cohort (and its rubric) has been read.
    p.at = in.markNow();
    in.object("profiles", name -> {
      switch (name) {
        case "youngPersonId":
          p.id = in.youngPersonId(name);
          return true;
        case "results":
          in.array(name, () -> p.results.add(result(in)));
          return true;
        default:
          return false;
      }
    }, "youngPersonId", "results");
    return p;
  }

  static void cohort(JsonGenerator g, CohortFidelity c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("rubric");
    rubric(g, c.rubric());
    ModelCodec.date(g, "asOf", c.asOf());
    g.writeNumberField("level", c.level().value());
    ModelCodec.list(g, "profiles", c.profiles(), FidelityCodec::personProfile);
    g.writeEndObject();
  }

  static CohortFidelity cohort(In in) {
    FidelityRubric[] rubric = {null};
    LocalDate[] asOf = {null};
    ConfidenceLevel[] level = {null};
    List<Person> people = new ArrayList<>();
    In.Mark at = in.object("cohortFidelity", name -> {
      switch (name) {
        case "rubric":
          rubric[0] = rubric(in, name);
          return true;
        case "asOf":
          asOf[0] = in.date(name);
          return true;
        case "level":
          level[0] = StatsCodec.level(in, name);
          return true;
        case "profiles":
          in.array(name, () -> people.add(person(in)));
          return true;
        default:
          return false;
      }
    }, "rubric", "asOf", "profiles");
    CohortFidelity.Builder b = CohortFidelity.builder().rubric(rubric[0]).asOf(asOf[0]);
    if (level[0] != null) {
      b.level(level[0]);
    }
    for (Person p : people) {
      // Each profile is checked against the rubric where it stands in the document.
      b.addProfiles(In.build(p.at, () -> FidelityProfile.of(p.id, rubric[0], p.results)));
    }
    return In.build(at, b::build);
  }

  // ---- bare values ----

  static void assessment(JsonGenerator g, FidelityAssessment a) throws IOException {
    g.writeStartObject();
    g.writeFieldName("rubric");
    rubric(g, a.rubric());
    ModelCodec.date(g, "asOf", a.asOf());
    g.writeNumberField("level", a.level().value());
    g.writeEndObject();
  }

  static FidelityAssessment assessment(In in) {
    FidelityAssessment.Builder b = FidelityAssessment.builder();
    In.Mark at = in.object("assessment", name -> {
      switch (name) {
        case "rubric":
          b.rubric(rubric(in, name));
          return true;
        case "asOf":
          b.asOf(in.date(name));
          return true;
        case "level":
          b.level(StatsCodec.level(in, name));
          return true;
        default:
          return false;
      }
    }, "rubric", "asOf");
    return In.build(at, b::build);
  }
}
