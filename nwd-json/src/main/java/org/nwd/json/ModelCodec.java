package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nwd.Explanation;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.DecisionCategory;
import org.nwd.model.DecisionRecord;
import org.nwd.model.EndReason;
import org.nwd.model.Hub;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.HubId;
import org.nwd.model.HubService;
import org.nwd.model.ImpactStory;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.PortfolioArea;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.RiskOwner;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * The JSON shapes of the model types, each declared once ({@link Shape}). JSON field names are the
 * model's attribute names; enums are their {@code code()}; dates ISO-8601; absent optionals are
 * omitted; lists are always written. A standard outcome measure is written as its code, any other
 * measure as an object. Reading goes through the model's builders, so every domain rule runs.
 */
final class ModelCodec {
  private static final OutcomeMeasureCatalogue STANDARD = OutcomeMeasureCatalogue.standard();

  private ModelCodec() {}

  // ---- values ----

  /** A hub's own id: the reader is told it as soon as it is read (even if the hub then fails). */
  static final Value<HubId> HUB_OWN_ID = Value.of((g, id) -> g.writeString(id.value()),
      (in, field) -> in.hubIdRead(in.convert(field, HubId::of)));

  static final Value<HubId> HUB_ID = Value.text(HubId::value, HubId::of);

  /** A standard measure by its code, any other as a full object. */
  static final Value<OutcomeMeasure> MEASURE_REF =
      Value.of(ModelCodec::measureValue, (in, field) -> measureRef(in));

  // ---- shapes ----

  static final Shape<DatePeriod, DatePeriod.Builder> PERIOD =
      Shape.of("period", DatePeriod::builder, DatePeriod.Builder::build)
          .required("start", DatePeriod::start, DatePeriod.Builder::start, Value.DATE)
          .optional("end", DatePeriod::end, DatePeriod.Builder::end, Value.DATE)
          .declare();

  static final Shape<Hub, Hub.Builder> HUB =
      Shape.of("hub", Hub::builder, Hub.Builder::build)
          .required("id", Hub::id, Hub.Builder::id, HUB_OWN_ID)
          .required("name", Hub::name, Hub.Builder::name, Value.TEXT)
          .required("localAuthority", Hub::localAuthority, Hub.Builder::localAuthority, Value.TEXT)
          .required("residentialBeds", Hub::residentialBeds, Hub.Builder::residentialBeds,
              Value.INTEGER)
          .required("emergencyBeds", Hub::emergencyBeds, Hub.Builder::emergencyBeds, Value.INTEGER)
          .set("services", Hub::services, Hub.Builder::addServices,
              Value.code(HubService.class, HubService::code, HubService::fromCode))
          .declare();

  static final Shape<CareStatusPeriod, CareStatusPeriod.Builder> CARE_STATUS_PERIOD =
      Shape.of("careStatusPeriod", CareStatusPeriod::builder, CareStatusPeriod.Builder::build)
          .required("status", CareStatusPeriod::status, CareStatusPeriod.Builder::status,
              Value.code(CareStatus.class, CareStatus::code, CareStatus::fromCode))
          .required("period", CareStatusPeriod::period, CareStatusPeriod.Builder::period, PERIOD)
          .declare();

  static final Shape<YoungPerson, YoungPerson.Builder> YOUNG_PERSON =
      Shape.of("youngPerson", YoungPerson::builder, YoungPerson.Builder::build)
          .required("id", YoungPerson::id, YoungPerson.Builder::id, Value.YOUNG_PERSON_ID)
          .personal("birthMonth", YoungPerson::birthMonth, YoungPerson.Builder::birthMonth,
              Value.BIRTH_MONTH)
          .required("localAuthority", YoungPerson::localAuthority,
              YoungPerson.Builder::localAuthority, Value.TEXT)
          .optional("sex", YoungPerson::sex, YoungPerson.Builder::sex,
              Value.code(Sex.class, Sex::code, Sex::fromCode))
          .list("careStatusPeriods", YoungPerson::careStatusPeriods,
              YoungPerson.Builder::addCareStatusPeriods, CARE_STATUS_PERIOD)
          .declare();

  static final Shape<Referral, Referral.Builder> REFERRAL =
      Shape.of("referral", Referral::builder, Referral.Builder::build)
          .required("youngPersonId", Referral::youngPersonId, Referral.Builder::youngPersonId,
              Value.YOUNG_PERSON_ID)
          .required("date", Referral::date, Referral.Builder::date, Value.DATE)
          .required("category", Referral::category, Referral.Builder::category,
              Value.code(ReferralCategory.class, ReferralCategory::code, ReferralCategory::fromCode))
          .required("decision", Referral::decision, Referral.Builder::decision,
              Value.code(ReferralDecision.class, ReferralDecision::code, ReferralDecision::fromCode))
          .declare();

  static final Shape<HubEpisode, HubEpisode.Builder> HUB_EPISODE =
      Shape.of("hubEpisode", HubEpisode::builder, HubEpisode.Builder::build)
          .required("youngPersonId", HubEpisode::youngPersonId, HubEpisode.Builder::youngPersonId,
              Value.YOUNG_PERSON_ID)
          .required("hubId", HubEpisode::hubId, HubEpisode.Builder::hubId, HUB_ID)
          .required("kind", HubEpisode::kind, HubEpisode.Builder::kind,
              Value.code(HubEpisodeKind.class, HubEpisodeKind::code, HubEpisodeKind::fromCode))
          .required("period", HubEpisode::period, HubEpisode.Builder::period, PERIOD)
          .optional("endReason", HubEpisode::endReason, HubEpisode.Builder::endReason,
              Value.code(EndReason.class, EndReason::code, EndReason::fromCode))
          .optional("planned", HubEpisode::planned, HubEpisode.Builder::planned, Value.BOOLEAN)
          .declare();

  static final Shape<TeamMembership, TeamMembership.Builder> MEMBERSHIP =
      Shape.of("membership", TeamMembership::builder, TeamMembership.Builder::build)
          .required("workerId", TeamMembership::workerId, TeamMembership.Builder::workerId,
              Value.text(WorkerId::value, WorkerId::of))
          .required("role", TeamMembership::role, TeamMembership.Builder::role,
              Value.code(Role.class, Role::code, Role::fromCode))
          .optional("portfolioArea", TeamMembership::portfolioArea,
              TeamMembership.Builder::portfolioArea,
              Value.code(PortfolioArea.class, PortfolioArea::code, PortfolioArea::fromCode))
          .required("period", TeamMembership::period, TeamMembership.Builder::period, PERIOD)
          .optional("contacts", TeamMembership::contacts, TeamMembership.Builder::contacts,
              Value.INTEGER)
          .declare();

  static final Shape<TeamAroundTheChild, TeamAroundTheChild.Builder> TEAM =
      Shape.of("team", TeamAroundTheChild::builder, TeamAroundTheChild.Builder::build)
          .required("youngPersonId", TeamAroundTheChild::youngPersonId,
              TeamAroundTheChild.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .list("memberships", TeamAroundTheChild::memberships,
              TeamAroundTheChild.Builder::addMemberships, MEMBERSHIP)
          .declare();

  static final Shape<OutcomeMeasure, OutcomeMeasure.Builder> MEASURE =
      Shape.of("measure", OutcomeMeasure::builder, OutcomeMeasure.Builder::build)
          .required("code", OutcomeMeasure::code, OutcomeMeasure.Builder::code, Value.TEXT)
          .required("name", OutcomeMeasure::name, OutcomeMeasure.Builder::name, Value.TEXT)
          .required("kind", OutcomeMeasure::kind, OutcomeMeasure.Builder::kind,
              Value.code(MeasureKind.class, MeasureKind::code, MeasureKind::fromCode))
          .required("unit", OutcomeMeasure::unit, OutcomeMeasure.Builder::unit, Value.TEXT)
          .required("direction", OutcomeMeasure::direction, OutcomeMeasure.Builder::direction,
              Value.code(ImprovementDirection.class, ImprovementDirection::code, ImprovementDirection::fromCode))
          .optional("scoreMin", OutcomeMeasure::scoreMin, OutcomeMeasure.Builder::scoreMin,
              Value.NUMBER)
          .optional("scoreMax", OutcomeMeasure::scoreMax, OutcomeMeasure.Builder::scoreMax,
              Value.NUMBER)
          .declare();

  static final Shape<OutcomeEvent, OutcomeEvent.Builder> EVENT =
      Shape.of("event", OutcomeEvent::builder, OutcomeEvent.Builder::build)
          .required("youngPersonId", OutcomeEvent::youngPersonId,
              OutcomeEvent.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .required("measure", OutcomeEvent::measure, OutcomeEvent.Builder::measure, MEASURE_REF)
          .required("date", OutcomeEvent::date, OutcomeEvent.Builder::date, Value.DATE)
          .required("count", OutcomeEvent::count, OutcomeEvent.Builder::count, Value.INTEGER)
          .declare();

  static final Shape<ScoreObservation, ScoreObservation.Builder> SCORE =
      Shape.of("score", ScoreObservation::builder, ScoreObservation.Builder::build)
          .required("youngPersonId", ScoreObservation::youngPersonId,
              ScoreObservation.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .required("measure", ScoreObservation::measure, ScoreObservation.Builder::measure,
              MEASURE_REF)
          .required("date", ScoreObservation::date, ScoreObservation.Builder::date, Value.DATE)
          .required("score", ScoreObservation::score, ScoreObservation.Builder::score,
              Value.NUMBER)
          .declare();

  static final Shape<StatusPeriod, StatusPeriod.Builder> STATUS_PERIOD =
      Shape.of("statusPeriod", StatusPeriod::builder, StatusPeriod.Builder::build)
          .required("youngPersonId", StatusPeriod::youngPersonId,
              StatusPeriod.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .required("measure", StatusPeriod::measure, StatusPeriod.Builder::measure, MEASURE_REF)
          .required("period", StatusPeriod::period, StatusPeriod.Builder::period, PERIOD)
          .required("inStatus", StatusPeriod::inStatus, StatusPeriod.Builder::inStatus,
              Value.BOOLEAN)
          .declare();

  /** An unknown location is an absent {@code insideCouncilArea}. */
  static final Shape<Placement, Placement.Builder> PLACEMENT =
      Shape.of("placement", Placement::builder, Placement.Builder::build)
          .required("youngPersonId", Placement::youngPersonId, Placement.Builder::youngPersonId,
              Value.YOUNG_PERSON_ID)
          .required("period", Placement::period, Placement.Builder::period, PERIOD)
          .required("type", Placement::type, Placement.Builder::type,
              Value.code(PlacementType.class, PlacementType::code, PlacementType::fromCode))
          .optional("provider", Placement::provider, Placement.Builder::provider,
              Value.code(PlacementProvider.class, PlacementProvider::code, PlacementProvider::fromCode))
          .optional("insideCouncilArea", p -> p.location() == PlacementLocation.UNKNOWN
                  ? Optional.empty() : Optional.of(p.insideCouncilArea()),
              Placement.Builder::insideCouncilArea, Value.BOOLEAN)
          .finish((b, given) -> {
            if ((given & ModelCodec.PLACEMENT.bit("insideCouncilArea")) == 0) {
              b.location(PlacementLocation.UNKNOWN);
            }
          })
          .declare();

  static final Shape<DecisionRecord, DecisionRecord.Builder> DECISION =
      Shape.of("decision", DecisionRecord::builder, DecisionRecord.Builder::build)
          .required("date", DecisionRecord::date, DecisionRecord.Builder::date, Value.DATE)
          .required("youngPersonId", DecisionRecord::youngPersonId,
              DecisionRecord.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .required("category", DecisionRecord::category, DecisionRecord.Builder::category,
              Value.code(DecisionCategory.class, DecisionCategory::code, DecisionCategory::fromCode))
          .list("provocationsConsidered", DecisionRecord::provocationsConsidered,
              DecisionRecord.Builder::addProvocationsConsidered, Value.TEXT)
          .required("riskManagedFor", DecisionRecord::riskManagedFor,
              DecisionRecord.Builder::riskManagedFor,
              Value.code(RiskOwner.class, RiskOwner::code, RiskOwner::fromCode))
          .declare();

  static final Shape<ImpactStory, ImpactStory.Builder> STORY =
      Shape.of("story", ImpactStory::builder, ImpactStory.Builder::build)
          .required("id", ImpactStory::id, ImpactStory.Builder::id, Value.TEXT)
          .required("youngPersonId", ImpactStory::youngPersonId,
              ImpactStory.Builder::youngPersonId, Value.YOUNG_PERSON_ID)
          .required("consentDate", ImpactStory::consentDate, ImpactStory.Builder::consentDate,
              Value.DATE)
          .list("measures", ImpactStory::measures, ImpactStory.Builder::addMeasures, Value.TEXT)
          .personal("text", ImpactStory::text, ImpactStory.Builder::text, Value.TEXT)
          .declare();

  static final Shape<YoungPersonRecord, YoungPersonRecord.Builder> RECORD =
      Shape.of("record", YoungPersonRecord::builder, YoungPersonRecord.Builder::build)
          .required("youngPerson", YoungPersonRecord::youngPerson,
              YoungPersonRecord.Builder::youngPerson, YOUNG_PERSON)
          .list("referrals", YoungPersonRecord::referrals, YoungPersonRecord.Builder::addReferrals,
              REFERRAL)
          .list("hubEpisodes", YoungPersonRecord::hubEpisodes,
              YoungPersonRecord.Builder::addHubEpisodes, HUB_EPISODE)
          .optional("team", YoungPersonRecord::team, YoungPersonRecord.Builder::team, TEAM)
          .list("placements", YoungPersonRecord::placements,
              YoungPersonRecord.Builder::addPlacements, PLACEMENT)
          .list("events", YoungPersonRecord::events, YoungPersonRecord.Builder::addEvents, EVENT)
          .list("scores", YoungPersonRecord::scores, YoungPersonRecord.Builder::addScores, SCORE)
          .list("statusPeriods", YoungPersonRecord::statusPeriods,
              YoungPersonRecord.Builder::addStatusPeriods, STATUS_PERIOD)
          .list("decisions", YoungPersonRecord::decisions, YoungPersonRecord.Builder::addDecisions,
              DECISION)
          .list("stories", YoungPersonRecord::stories, YoungPersonRecord.Builder::addStories, STORY)
          .declare();

  /** The bare cohort object (hubs and records), as the module writes it. */
  static final Shape<Cohort, Cohort.Builder> COHORT =
      Shape.of("cohort", Cohort::builder, Cohort.Builder::build)
          .requiredList("hubs", Cohort::hubs, Cohort.Builder::addHubs, HUB)
          .requiredList("records", Cohort::records, Cohort.Builder::addRecords, RECORD)
          .declare();

  static final Shape<Explanation, Explanation.Builder> EXPLANATION =
      Shape.of("explanation", Explanation::builder, Explanation.Builder::build)
          .required("label", Explanation::label, Explanation.Builder::label, Value.TEXT)
          .required("value", Explanation::value, Explanation.Builder::value, Value.TEXT)
          .optional("formula", Explanation::formula, Explanation.Builder::formula, Value.TEXT)
          .always("inputs", Explanation::inputs, Explanation.Builder::putAllInputs,
              Value.STRING_MAP)
          .list("steps", Explanation::steps, Explanation.Builder::addSteps,
              Value.lazy(() -> ModelCodec.EXPLANATION))
          .declare();

  // ---- entry points used by the other codecs ----

  static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    g.writeFieldName(name);
    Value.DATE.write(g, date);
  }

  static void period(JsonGenerator g, String name, DatePeriod p) throws IOException {
    g.writeFieldName(name);
    PERIOD.write(g, p);
  }

  static DatePeriod period(In in, String field) {
    return PERIOD.read(in, field);
  }

  static <T> void list(JsonGenerator g, String name, List<T> items, Writer<T> writer)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      writer.write(g, item);
    }
    g.writeEndArray();
  }

  /** Writes one value. */
  interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  static List<String> strings(In in, String field) {
    List<String> out = new ArrayList<>();
    in.array(field, () -> out.add(in.text(field)));
    return out;
  }

  static void measure(JsonGenerator g, OutcomeMeasure m) throws IOException {
    MEASURE.write(g, m);
  }

  static OutcomeMeasure measure(In in) {
    return MEASURE.read(in, "measure");
  }

  /** A standard measure by its code, any other as a full object. */
  static void measureRef(JsonGenerator g, OutcomeMeasure m) throws IOException {
    g.writeFieldName("measure");
    measureValue(g, m);
  }

  /** A measure as a value: its code when standard, else the whole measure. */
  static void measureValue(JsonGenerator g, OutcomeMeasure m) throws IOException {
    if (STANDARD.find(m.code()).filter(m::equals).isPresent()) {
      g.writeString(m.code());
    } else {
      MEASURE.write(g, m);
    }
  }

  static OutcomeMeasure measureRef(In in) {
    if (in.token() == JsonToken.VALUE_STRING) {
      String code = in.text("measure");
      Optional<OutcomeMeasure> standard = STANDARD.find(code);
      if (standard.isEmpty()) {
        throw in.fail(
            "measure",
            "\""
                + Errors.printable(code)
                + "\" is not a standard measure code; give any other measure as an object");
      }
      return standard.get();
    }
    return MEASURE.read(in, "measure");
  }

  static void record(JsonGenerator g, YoungPersonRecord r) throws IOException {
    RECORD.write(g, r);
  }

  static YoungPersonRecord record(In in) {
    return RECORD.read(in, "records");
  }

  static void explanation(JsonGenerator g, Explanation e) throws IOException {
    EXPLANATION.write(g, e);
  }

  static Explanation explanation(In in) {
    return EXPLANATION.read(in, "explanation");
  }
}
