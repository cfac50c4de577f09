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
 * Writes and reads the model types field by field. JSON field names are the model's attribute names;
 * enums are their {@code code()}; dates ISO-8601; absent optionals are omitted; lists are always
 * written. A standard outcome measure is written as its code, any other measure as an object.
 * Reading goes through the model's builders, so every domain rule runs.
 */
final class ModelCodec {
  private static final OutcomeMeasureCatalogue STANDARD = OutcomeMeasureCatalogue.standard();

  private ModelCodec() {}

  // ---- scalars ----

  /** The pointer of field {@code name} of the object being written. */
  static String writePointer(JsonGenerator g, String name) {
    return g.getOutputContext().getParent().pathAsPointer().toString() + "/" + name;
  }

  static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new NwdJsonException(
          writePointer(g, name),
          -1,
          -1,
          name,
          "date year " + date.getYear() + " is outside 0000-9999 and has no YYYY-MM-DD form",
          null);
    }
    g.writeStringField(name, date.toString());
  }

  static void month(JsonGenerator g, String name, YearMonth month) throws IOException {
    if (month.getYear() < 0 || month.getYear() > 9999) {
      throw new NwdJsonException(
          writePointer(g, name),
          -1,
          -1,
          name,
          "month year is outside 0000-9999 and has no YYYY-MM form (value withheld: personal data)",
          null);
    }
    g.writeStringField(name, month.toString());
  }

  static void period(JsonGenerator g, String name, DatePeriod p) throws IOException {
    g.writeObjectFieldStart(name);
    date(g, "start", p.start());
    if (p.end().isPresent()) {
      date(g, "end", p.end().get());
    }
    g.writeEndObject();
  }

  static DatePeriod period(In in, String field) {
    DatePeriod.Builder b = DatePeriod.builder();
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "start":
                  b.start(in.date(name));
                  return true;
                case "end":
                  b.end(in.date(name));
                  return true;
                default:
                  return false;
              }
            },
            "start");
    return In.build(at, b::build);
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

  // ---- hubs ----

  static void hub(JsonGenerator g, Hub h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id().value());
    g.writeStringField("name", h.name());
    g.writeStringField("localAuthority", h.localAuthority());
    g.writeNumberField("residentialBeds", h.residentialBeds());
    g.writeNumberField("emergencyBeds", h.emergencyBeds());
    g.writeArrayFieldStart("services");
    for (HubService s : h.services()) {
      g.writeString(s.code());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static Hub hub(In in) {
    return hub(in, id -> { });
  }

  /** A hub; {@code idRead} is told the id as soon as it is read (even if the hub then fails). */
  static Hub hub(In in, java.util.function.Consumer<HubId> idRead) {
    Hub.Builder b = Hub.builder();
    In.Mark at =
        in.object(
            "hub",
            name -> {
              switch (name) {
                case "id":
                  HubId id = in.convert(name, HubId::of);
                  idRead.accept(id);
                  b.id(id);
                  return true;
                case "name":
                  b.name(in.text(name));
                  return true;
                case "localAuthority":
                  b.localAuthority(in.text(name));
                  return true;
                case "residentialBeds":
                  b.residentialBeds(in.integer(name));
                  return true;
                case "emergencyBeds":
                  b.emergencyBeds(in.integer(name));
                  return true;
                case "services":
                  in.set(name, () -> in.convert(name, HubService::fromCode), b::addServices);
                  return true;
                default:
                  return false;
              }
            },
            "id",
            "name",
            "localAuthority",
            "residentialBeds",
            "emergencyBeds");
    return In.build(at, b::build);
  }

  // ---- young person ----

  static void careStatusPeriod(JsonGenerator g, CareStatusPeriod p) throws IOException {
    g.writeStartObject();
    g.writeStringField("status", p.status().code());
    period(g, "period", p.period());
    g.writeEndObject();
  }

  static CareStatusPeriod careStatusPeriod(In in) {
    CareStatusPeriod.Builder b = CareStatusPeriod.builder();
    In.Mark at =
        in.object(
            "careStatusPeriods",
            name -> {
              switch (name) {
                case "status":
                  b.status(in.convert(name, CareStatus::fromCode));
                  return true;
                case "period":
                  b.period(period(in, name));
                  return true;
                default:
                  return false;
              }
            },
            "status",
            "period");
    return In.build(at, b::build);
  }

  static void youngPerson(JsonGenerator g, YoungPerson p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    month(g, "birthMonth", p.birthMonth());
    g.writeStringField("localAuthority", p.localAuthority());
    if (p.sex().isPresent()) {
      g.writeStringField("sex", p.sex().get().code());
    }
    list(g, "careStatusPeriods", p.careStatusPeriods(), ModelCodec::careStatusPeriod);
    g.writeEndObject();
  }

  static YoungPerson youngPerson(In in) {
    YoungPerson.Builder b = YoungPerson.builder();
    In.Mark at =
        in.object(
            "youngPerson",
            name -> {
              switch (name) {
                case "id":
                  b.id(in.youngPersonId(name));
                  return true;
                case "birthMonth":
                  b.birthMonth(in.birthMonth(name));
                  return true;
                case "localAuthority":
                  b.localAuthority(in.text(name));
                  return true;
                case "sex":
                  b.sex(in.convert(name, Sex::fromCode));
                  return true;
                case "careStatusPeriods":
                  in.array(name, () -> b.addCareStatusPeriods(careStatusPeriod(in)));
                  return true;
                default:
                  return false;
              }
            },
            "id",
            "birthMonth",
            "localAuthority");
    return In.build(at, b::build);
  }

  // ---- referral, hub episode, team ----

  static void referral(JsonGenerator g, Referral r) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", r.youngPersonId().value());
    date(g, "date", r.date());
    g.writeStringField("category", r.category().code());
    g.writeStringField("decision", r.decision().code());
    g.writeEndObject();
  }

  static Referral referral(In in) {
    Referral.Builder b = Referral.builder();
    In.Mark at =
        in.object(
            "referrals",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "date":
                  b.date(in.date(name));
                  return true;
                case "category":
                  b.category(in.convert(name, ReferralCategory::fromCode));
                  return true;
                case "decision":
                  b.decision(in.convert(name, ReferralDecision::fromCode));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "date",
            "category",
            "decision");
    return In.build(at, b::build);
  }

  static void hubEpisode(JsonGenerator g, HubEpisode e) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", e.youngPersonId().value());
    g.writeStringField("hubId", e.hubId().value());
    g.writeStringField("kind", e.kind().code());
    period(g, "period", e.period());
    if (e.endReason().isPresent()) {
      g.writeStringField("endReason", e.endReason().get().code());
    }
    if (e.planned().isPresent()) {
      g.writeBooleanField("planned", e.planned().get());
    }
    g.writeEndObject();
  }

  static HubEpisode hubEpisode(In in) {
    HubEpisode.Builder b = HubEpisode.builder();
    In.Mark at =
        in.object(
            "hubEpisodes",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "hubId":
                  b.hubId(in.convert(name, HubId::of));
                  return true;
                case "kind":
                  b.kind(in.convert(name, HubEpisodeKind::fromCode));
                  return true;
                case "period":
                  b.period(period(in, name));
                  return true;
                case "endReason":
                  b.endReason(in.convert(name, EndReason::fromCode));
                  return true;
                case "planned":
                  b.planned(in.bool(name));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "hubId",
            "kind",
            "period");
    return In.build(at, b::build);
  }

  static void membership(JsonGenerator g, TeamMembership m) throws IOException {
    g.writeStartObject();
    g.writeStringField("workerId", m.workerId().value());
    g.writeStringField("role", m.role().code());
    if (m.portfolioArea().isPresent()) {
      g.writeStringField("portfolioArea", m.portfolioArea().get().code());
    }
    period(g, "period", m.period());
    if (m.contacts().isPresent()) {
      g.writeNumberField("contacts", m.contacts().get());
    }
    g.writeEndObject();
  }

  static TeamMembership membership(In in) {
    TeamMembership.Builder b = TeamMembership.builder();
    In.Mark at =
        in.object(
            "memberships",
            name -> {
              switch (name) {
                case "workerId":
                  b.workerId(in.convert(name, WorkerId::of));
                  return true;
                case "role":
                  b.role(in.convert(name, Role::fromCode));
                  return true;
                case "portfolioArea":
                  b.portfolioArea(in.convert(name, PortfolioArea::fromCode));
                  return true;
                case "period":
                  b.period(period(in, name));
                  return true;
                case "contacts":
                  b.contacts(in.integer(name));
                  return true;
                default:
                  return false;
              }
            },
            "workerId",
            "role",
            "period");
    return In.build(at, b::build);
  }

  static void team(JsonGenerator g, TeamAroundTheChild t) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", t.youngPersonId().value());
    list(g, "memberships", t.memberships(), ModelCodec::membership);
    g.writeEndObject();
  }

  static TeamAroundTheChild team(In in) {
    TeamAroundTheChild.Builder b = TeamAroundTheChild.builder();
    In.Mark at =
        in.object(
            "team",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "memberships":
                  in.array(name, () -> b.addMemberships(membership(in)));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId");
    return In.build(at, b::build);
  }

  // ---- measures and observations ----

  static void measure(JsonGenerator g, OutcomeMeasure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", m.code());
    g.writeStringField("name", m.name());
    g.writeStringField("kind", m.kind().code());
    g.writeStringField("unit", m.unit());
    g.writeStringField("direction", m.direction().code());
    if (m.scoreMin().isPresent()) {
      g.writeNumberField("scoreMin", m.scoreMin().get());
    }
    if (m.scoreMax().isPresent()) {
      g.writeNumberField("scoreMax", m.scoreMax().get());
    }
    g.writeEndObject();
  }

  static OutcomeMeasure measure(In in) {
    OutcomeMeasure.Builder b = OutcomeMeasure.builder();
    In.Mark at =
        in.object(
            "measure",
            name -> {
              switch (name) {
                case "code":
                  b.code(in.text(name));
                  return true;
                case "name":
                  b.name(in.text(name));
                  return true;
                case "kind":
                  b.kind(in.convert(name, MeasureKind::fromCode));
                  return true;
                case "unit":
                  b.unit(in.text(name));
                  return true;
                case "direction":
                  b.direction(in.convert(name, ImprovementDirection::fromCode));
                  return true;
                case "scoreMin":
                  b.scoreMin(in.number(name));
                  return true;
                case "scoreMax":
                  b.scoreMax(in.number(name));
                  return true;
                default:
                  return false;
              }
            },
            "code",
            "name",
            "kind",
            "unit",
            "direction");
    return In.build(at, b::build);
  }

  /** A standard measure by its code, any other as a full object. */
  static void measureRef(JsonGenerator g, OutcomeMeasure m) throws IOException {
    g.writeFieldName("measure");
    if (STANDARD.find(m.code()).filter(m::equals).isPresent()) {
      g.writeString(m.code());
    } else {
      measure(g, m);
    }
  }

  /** A measure as an array element: its code when standard, else the whole measure. */
  static void measureValue(JsonGenerator g, OutcomeMeasure m) throws IOException {
    if (STANDARD.find(m.code()).filter(m::equals).isPresent()) {
      g.writeString(m.code());
    } else {
      measure(g, m);
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
    return measure(in);
  }

  static void event(JsonGenerator g, OutcomeEvent e) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", e.youngPersonId().value());
    measureRef(g, e.measure());
    date(g, "date", e.date());
    g.writeNumberField("count", e.count());
    g.writeEndObject();
  }

  static OutcomeEvent event(In in) {
    OutcomeEvent.Builder b = OutcomeEvent.builder();
    In.Mark at =
        in.object(
            "events",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "measure":
                  b.measure(measureRef(in));
                  return true;
                case "date":
                  b.date(in.date(name));
                  return true;
                case "count":
                  b.count(in.integer(name));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "measure",
            "date",
            "count");
    return In.build(at, b::build);
  }

  static void score(JsonGenerator g, ScoreObservation s) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", s.youngPersonId().value());
    measureRef(g, s.measure());
    date(g, "date", s.date());
    g.writeNumberField("score", s.score());
    g.writeEndObject();
  }

  static ScoreObservation score(In in) {
    ScoreObservation.Builder b = ScoreObservation.builder();
    In.Mark at =
        in.object(
            "scores",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "measure":
                  b.measure(measureRef(in));
                  return true;
                case "date":
                  b.date(in.date(name));
                  return true;
                case "score":
                  b.score(in.number(name));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "measure",
            "date",
            "score");
    return In.build(at, b::build);
  }

  static void statusPeriod(JsonGenerator g, StatusPeriod s) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", s.youngPersonId().value());
    measureRef(g, s.measure());
    period(g, "period", s.period());
    g.writeBooleanField("inStatus", s.inStatus());
    g.writeEndObject();
  }

  static StatusPeriod statusPeriod(In in) {
    StatusPeriod.Builder b = StatusPeriod.builder();
    In.Mark at =
        in.object(
            "statusPeriods",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "measure":
                  b.measure(measureRef(in));
                  return true;
                case "period":
                  b.period(period(in, name));
                  return true;
                case "inStatus":
                  b.inStatus(in.bool(name));
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "measure",
            "period",
            "inStatus");
    return In.build(at, b::build);
  }

  // ---- placements, decisions, stories ----

  static void placement(JsonGenerator g, Placement p) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", p.youngPersonId().value());
    period(g, "period", p.period());
    g.writeStringField("type", p.type().code());
    if (p.provider().isPresent()) {
      g.writeStringField("provider", p.provider().get().code());
    }
    // An unknown location is an absent field.
    if (p.location() != PlacementLocation.UNKNOWN) {
      g.writeBooleanField("insideCouncilArea", p.insideCouncilArea());
    }
    g.writeEndObject();
  }

  static Placement placement(In in) {
    Placement.Builder b = Placement.builder();
    boolean[] located = {false};
    In.Mark at =
        in.object(
            "placements",
            name -> {
              switch (name) {
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "period":
                  b.period(period(in, name));
                  return true;
                case "type":
                  b.type(in.convert(name, PlacementType::fromCode));
                  return true;
                case "provider":
                  b.provider(in.convert(name, PlacementProvider::fromCode));
                  return true;
                case "insideCouncilArea":
                  b.insideCouncilArea(in.bool(name));
                  located[0] = true;
                  return true;
                default:
                  return false;
              }
            },
            "youngPersonId",
            "period",
            "type");
    if (!located[0]) {
      b.location(PlacementLocation.UNKNOWN);
    }
    return In.build(at, b::build);
  }

  static void decision(JsonGenerator g, DecisionRecord d) throws IOException {
    g.writeStartObject();
    date(g, "date", d.date());
    g.writeStringField("youngPersonId", d.youngPersonId().value());
    g.writeStringField("category", d.category().code());
    g.writeArrayFieldStart("provocationsConsidered");
    for (String id : d.provocationsConsidered()) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeStringField("riskManagedFor", d.riskManagedFor().code());
    g.writeEndObject();
  }

  static DecisionRecord decision(In in) {
    DecisionRecord.Builder b = DecisionRecord.builder();
    In.Mark at =
        in.object(
            "decisions",
            name -> {
              switch (name) {
                case "date":
                  b.date(in.date(name));
                  return true;
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "category":
                  b.category(in.convert(name, DecisionCategory::fromCode));
                  return true;
                case "provocationsConsidered":
                  b.addAllProvocationsConsidered(strings(in, name));
                  return true;
                case "riskManagedFor":
                  b.riskManagedFor(in.convert(name, RiskOwner::fromCode));
                  return true;
                default:
                  return false;
              }
            },
            "date",
            "youngPersonId",
            "category",
            "riskManagedFor");
    return In.build(at, b::build);
  }

  static void story(JsonGenerator g, ImpactStory s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("youngPersonId", s.youngPersonId().value());
    date(g, "consentDate", s.consentDate());
    g.writeArrayFieldStart("measures");
    for (String code : s.measures()) {
      g.writeString(code);
    }
    g.writeEndArray();
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  static ImpactStory story(In in) {
    ImpactStory.Builder b = ImpactStory.builder();
    In.Mark at =
        in.object(
            "stories",
            name -> {
              switch (name) {
                case "id":
                  b.id(in.text(name));
                  return true;
                case "youngPersonId":
                  b.youngPersonId(in.youngPersonId(name));
                  return true;
                case "consentDate":
                  b.consentDate(in.date(name));
                  return true;
                case "measures":
                  b.addAllMeasures(strings(in, name));
                  return true;
                case "text":
                  b.text(in.text(name));
                  return true;
                default:
                  return false;
              }
            },
            "id",
            "youngPersonId",
            "consentDate",
            "text");
    return In.build(at, b::build);
  }

  // ---- record, cohort, explanation ----

  static void record(JsonGenerator g, YoungPersonRecord r) throws IOException {
    g.writeStartObject();
    g.writeFieldName("youngPerson");
    youngPerson(g, r.youngPerson());
    list(g, "referrals", r.referrals(), ModelCodec::referral);
    list(g, "hubEpisodes", r.hubEpisodes(), ModelCodec::hubEpisode);
    if (r.team().isPresent()) {
      g.writeFieldName("team");
      team(g, r.team().get());
    }
    list(g, "placements", r.placements(), ModelCodec::placement);
    list(g, "events", r.events(), ModelCodec::event);
    list(g, "scores", r.scores(), ModelCodec::score);
    list(g, "statusPeriods", r.statusPeriods(), ModelCodec::statusPeriod);
    list(g, "decisions", r.decisions(), ModelCodec::decision);
    list(g, "stories", r.stories(), ModelCodec::story);
    g.writeEndObject();
  }

  static YoungPersonRecord record(In in) {
    YoungPersonRecord.Builder b = YoungPersonRecord.builder();
    In.Mark at =
        in.object(
            "records",
            name -> {
              switch (name) {
                case "youngPerson":
                  b.youngPerson(youngPerson(in));
                  return true;
                case "referrals":
                  in.array(name, () -> b.addReferrals(referral(in)));
                  return true;
                case "hubEpisodes":
                  in.array(name, () -> b.addHubEpisodes(hubEpisode(in)));
                  return true;
                case "team":
                  b.team(team(in));
                  return true;
                case "placements":
                  in.array(name, () -> b.addPlacements(placement(in)));
                  return true;
                case "events":
                  in.array(name, () -> b.addEvents(event(in)));
                  return true;
                case "scores":
                  in.array(name, () -> b.addScores(score(in)));
                  return true;
                case "statusPeriods":
                  in.array(name, () -> b.addStatusPeriods(statusPeriod(in)));
                  return true;
                case "decisions":
                  in.array(name, () -> b.addDecisions(decision(in)));
                  return true;
                case "stories":
                  in.array(name, () -> b.addStories(story(in)));
                  return true;
                default:
                  return false;
              }
            },
            "youngPerson");
    return In.build(at, b::build);
  }

  /** The bare cohort object (hubs and records), as the module writes it. */
  static void cohort(JsonGenerator g, Cohort c) throws IOException {
    g.writeStartObject();
    list(g, "hubs", c.hubs(), ModelCodec::hub);
    list(g, "records", c.records(), ModelCodec::record);
    g.writeEndObject();
  }

  static Cohort cohort(In in) {
    Cohort.Builder b = Cohort.builder();
    In.Mark at =
        in.object(
            "cohort",
            name -> {
              switch (name) {
                case "hubs":
                  in.array(name, () -> b.addHubs(hub(in)));
                  return true;
                case "records":
                  in.array(name, () -> b.addRecords(record(in)));
                  return true;
                default:
                  return false;
              }
            },
            "hubs",
            "records");
    return In.build(at, b::build);
  }

  static void explanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", e.label());
    g.writeStringField("value", e.value());
    if (e.formula().isPresent()) {
      g.writeStringField("formula", e.formula().get());
    }
    g.writeObjectFieldStart("inputs");
    for (Map.Entry<String, String> input : e.inputs().entrySet()) {
      g.writeStringField(input.getKey(), input.getValue());
    }
    g.writeEndObject();
    list(g, "steps", e.steps(), ModelCodec::explanation);
    g.writeEndObject();
  }

  static Explanation explanation(In in) {
    Explanation.Builder b = Explanation.builder();
    In.Mark at =
        in.object(
            "explanation",
            name -> {
              switch (name) {
                case "label":
                  b.label(in.text(name));
                  return true;
                case "value":
                  b.value(in.text(name));
                  return true;
                case "formula":
                  b.formula(in.text(name));
                  return true;
                case "inputs":
                  in.object(
                      name,
                      input -> {
                        b.putInputs(input, in.text(input));
                        return true;
                      });
                  return true;
                case "steps":
                  in.array(name, () -> b.addSteps(explanation(in)));
                  return true;
                default:
                  return false;
              }
            },
            "label",
            "value");
    return In.build(at, b::build);
  }
}
