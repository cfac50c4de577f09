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


  static final Value<ConfidenceLevel> LEVEL = Value.of((g, l) -> g.writeNumber(l.value()),
      StatsCodec::level);

  static final Shape<Criterion, Criterion.Builder> CRITERION =
      Shape.of("fidelityCriterion", Criterion::builder, Criterion.Builder::build)
          .required("indicator", Criterion::indicator, Criterion.Builder::indicator,
              Value.code(FidelityIndicator.class, FidelityIndicator::code, FidelityIndicator::fromCode))
          .required("threshold", Criterion::threshold, Criterion.Builder::threshold, Value.NUMBER)
          .required("weight", Criterion::weight, Criterion.Builder::weight, CostCodec.DECIMAL_TEXT)
          .declare();

  static final Shape<FidelityBand, FidelityBand.Builder> BAND =
      Shape.of("fidelityBand", FidelityBand::builder, FidelityBand.Builder::build)
          .required("name", FidelityBand::name, FidelityBand.Builder::name, Value.TEXT)
          .required("minimumScore", FidelityBand::minimumScore, FidelityBand.Builder::minimumScore,
              CostCodec.DECIMAL_TEXT)
          .declare();

  static final Shape<FidelityRubric, FidelityRubric.Builder> RUBRIC =
      Shape.of("fidelityRubric", FidelityRubric::builder, FidelityRubric.Builder::build)
          .required("name", FidelityRubric::name, FidelityRubric.Builder::name, Value.TEXT)
          .required("proposal", FidelityRubric::proposal, FidelityRubric.Builder::proposal,
              Value.BOOLEAN)
          .always("monthsAfterStay", FidelityRubric::monthsAfterStay,
              FidelityRubric.Builder::monthsAfterStay, Value.INTEGER)
          .requiredList("criteria", FidelityRubric::criteria, FidelityRubric.Builder::addCriteria,
              CRITERION)
          .requiredList("bands", FidelityRubric::bands, FidelityRubric.Builder::addBands, BAND)
          .declare();

  static final Shape<IndicatorResult, IndicatorResult.Builder> RESULT =
      Shape.of("fidelityResult", IndicatorResult::builder, IndicatorResult.Builder::build)
          .required("indicator", IndicatorResult::indicator, IndicatorResult.Builder::indicator,
              Value.code(FidelityIndicator.class, FidelityIndicator::code, FidelityIndicator::fromCode))
          .required("threshold", IndicatorResult::threshold, IndicatorResult.Builder::threshold,
              Value.NUMBER)
          .required("status", IndicatorResult::status, IndicatorResult.Builder::status,
              Value.code(IndicatorStatus.class, IndicatorStatus::code, IndicatorStatus::fromCode))
          .optional("value", r -> r.value().isPresent()
                  ? java.util.Optional.of(r.value().getAsDouble()) : java.util.Optional.empty(),
              IndicatorResult.Builder::value, Value.NUMBER)
          .always("numerator", IndicatorResult::numerator, IndicatorResult.Builder::numerator,
              Value.LONG)
          .always("denominator", IndicatorResult::denominator,
              IndicatorResult.Builder::denominator, Value.LONG)
          .list("observations", IndicatorResult::observations,
              IndicatorResult.Builder::addObservations, Value.LONG)
          .required("reason", IndicatorResult::reason, IndicatorResult.Builder::reason, Value.TEXT)
          .declare();

  /** A profile's parts: built by {@code FidelityProfile.of}, which checks them against the rubric. */
  private static final class ProfileParts {
    FidelityRubric rubric;
    YoungPersonId id;
    final List<IndicatorResult> results = new ArrayList<>();
  }

  static final Shape<FidelityProfile, ProfileParts> PROFILE =
      Shape.of("fidelityProfile", ProfileParts::new,
              (ProfileParts p) -> FidelityProfile.of(p.id, p.rubric, p.results))
          .required("rubric", FidelityProfile::rubric, (p, r) -> p.rubric = r, RUBRIC)
          .required("youngPersonId", FidelityProfile::youngPersonId, (p, id) -> p.id = id,
              Value.YOUNG_PERSON_ID)
          .requiredList("results", FidelityProfile::results, (p, r) -> p.results.add(r), RESULT)
          .declare();

  /** Not a document part: a bare value of the module. */
  static final Shape<FidelityAssessment, FidelityAssessment.Builder> ASSESSMENT =
      Shape.of("assessment", FidelityAssessment::builder, FidelityAssessment.Builder::build)
          .required("rubric", FidelityAssessment::rubric, FidelityAssessment.Builder::rubric, RUBRIC)
          .required("asOf", FidelityAssessment::asOf, FidelityAssessment.Builder::asOf, Value.DATE)
          .always("level", FidelityAssessment::level, FidelityAssessment.Builder::level, LEVEL)
          .declare();

  /** A profile without its rubric: the young person and the results. */
  private static void personFields(JsonGenerator g, FidelityProfile p) throws IOException {
    g.writeStringField("youngPersonId", p.youngPersonId().value());
    ModelCodec.list(g, "results", p.results(), RESULT::write);
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
          in.array(name, () -> p.results.add(RESULT.read(in, name)));
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
    RUBRIC.write(g, c.rubric());
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
          rubric[0] = RUBRIC.read(in, name);
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
}
