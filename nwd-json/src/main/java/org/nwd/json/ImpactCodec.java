package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nwd.DomainRuleException;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.ChangeCounts;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.IndexDateRule;
import org.nwd.impact.MeasureDerivation;
import org.nwd.impact.ScoreChange;
import org.nwd.impact.StatusChange;
import org.nwd.model.EligibilityPolicy;
import org.nwd.model.EndReason;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.PlacementCategory;
import org.nwd.model.Role;
import org.nwd.model.ShortTermThreshold;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConditionalOddsRatio;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.impact.Breakdown;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.EventsAvoided;
import org.nwd.impact.Exclusion;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.NwdIndicators;
import org.nwd.impact.RateChange;
import org.nwd.impact.SuppressedTable;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.HedgesG;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedEffectSize;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PairedProportions;
import org.nwd.stats.PercentChange;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * Writes an {@link ImpactResult} as an {@code impact_result} document and reads it back as an equal
 * {@link ImpactResult}. The analysis is described by stable codes (index-date rule, measures,
 * windows, eligibility, categories not at risk, level, bootstrap, thresholds, age bands); an analysis
 * holding code (a caller's index-date rule or a replaced derivation) is refused when writing. Every statistics result inside is a full {@code result} (inputs, outputs,
 * explanation) and is recomputed from its inputs when read; suppressed tables are rebuilt through
 * {@link SuppressedTable#builder()} and their suppression pattern recomputed; events avoided and the
 * rates of a rate change are recomputed from their inputs. Enum values are lower-snake codes.
 */
final class ImpactCodec {
  static final String KIND = "impact_result";
  static final String FIELD = "impactResult";
  static final String FIRST_ACCEPTED_REFERRAL = "first_accepted_referral";
  static final String FIRST_HUB_EPISODE = "first_hub_episode";
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private ImpactCodec() {}

  /** The stable code of an enum constant: its name in lower snake case. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  // ---- writing ----

  /** The stable code of each standard index-date rule (compared by identity: they are singletons). */
  static String indexDateRuleCode(IndexDateRule rule) {
    if (rule == IndexDateRule.firstAcceptedReferral()) {
      return FIRST_ACCEPTED_REFERRAL;
    }
    if (rule == IndexDateRule.firstHubEpisode()) {
      return FIRST_HUB_EPISODE;
    }
    return null;
  }

  /**
   * Fails, before anything is written, when the result's analysis holds code that has no stable code:
   * a caller's index-date rule ({@link IndexDateRule#of}) or a replaced measure derivation. Such a
   * result could not be read back as an equal {@link ImpactResult}, so it is not written at all.
   */
  static void requireDescribable(ImpactResult r) {
    requireDescribable(r.analysis(), "/" + FIELD + "/analysis", "an impact_result document");
  }

  static void requireDescribable(ImpactAnalysis a, String pointer, String what) {
    if (indexDateRuleCode(a.indexDateRule()) == null) {
      throw new NwdJsonException(pointer + "/indexDateRule", -1, -1, "indexDateRule",
          "analysis \"" + Errors.printable(a.name()) + "\" uses a custom index-date rule (\""
              + Errors.printable(a.indexDateRule().description()) + "\"), which is code and has no"
              + " stable code: " + what + " can describe only the standard rules "
              + FIRST_ACCEPTED_REFERRAL + " and " + FIRST_HUB_EPISODE, null);
    }
    if (!a.derivations().isEmpty()) {
      MeasureDerivation d = a.derivations().get(0);
      throw new NwdJsonException(pointer + "/derivations", -1, -1, "derivations",
          "analysis \"" + Errors.printable(a.name()) + "\" replaces the standard derivation of measure "
              + Errors.printable(d.measure().code()) + " (\"" + Errors.printable(d.description())
              + "\"), which is code and has no stable code: " + what + " can describe"
              + " only analyses that use the standard derivations (Derivations.standard)", null);
    }
  }

  static void result(JsonGenerator g, ImpactResult r) throws IOException {
    requireDescribable(r);
    g.writeStartObject();
    g.writeFieldName("analysis");
    analysisValue(g, r.analysis());
    g.writeStringField("design", code(r.design()));
    g.writeNumberField("peopleEvaluated", r.peopleEvaluated());
    g.writeNumberField("peopleIncluded", r.peopleIncluded());
    exclusions(g, "exclusions", r.exclusions());
    if (r.comparisonPeopleIncluded().isPresent()) {
      g.writeNumberField("comparisonPeopleIncluded", r.comparisonPeopleIncluded().get());
    }
    exclusions(g, "comparisonExclusions", r.comparisonExclusions());
    ModelCodec.list(g, "measures", r.measures(), ImpactCodec::measure);
    g.writeFieldName("indicators");
    indicators(g, r.indicators());
    ModelCodec.list(g, "breakdowns", r.breakdowns(), ImpactCodec::breakdown);
    g.writeArrayFieldStart("problems");
    for (String p : r.problems()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, r.explanation());
    g.writeEndObject();
  }

  static void eligibility(JsonGenerator g, EligibilityPolicy e) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", e.name());
    g.writeNumberField("minAge", e.minAge());
    g.writeNumberField("maxAge", e.maxAge());
    g.writeEndObject();
  }

  /** The analysis settings, as inside an impact_result document. */
  static void analysis(JsonGenerator g, ImpactAnalysis a) throws IOException {
    requireDescribable(a, "", "JSON");
    analysisValue(g, a);
  }

  private static void analysisValue(JsonGenerator g, ImpactAnalysis a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    g.writeStringField("indexDateRule", indexDateRuleCode(a.indexDateRule()));
    g.writeNumberField("monthsBefore", a.monthsBefore());
    g.writeNumberField("monthsAfter", a.monthsAfter());
    g.writeArrayFieldStart("measures");
    for (OutcomeMeasure m : a.measures()) {
      ModelCodec.measureValue(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notAtRiskCategories");
    for (PlacementCategory c : a.notAtRiskCategories()) {
      g.writeString(c.code());
    }
    g.writeEndArray();
    ModelCodec.period(g, "dataCoverage", a.dataCoverage());
    g.writeFieldName("eligibility");
    eligibility(g, a.eligibility());
    g.writeNumberField("level", a.level().value());
    g.writeNumberField("seed", a.seed());
    g.writeNumberField("replicates", a.replicates());
    g.writeStringField("rateRatioMethod", code(a.rateRatioMethod()));
    g.writeNumberField("edgeOfCareFollowUpMonths", a.edgeOfCareFollowUpMonths());
    g.writeNumberField("shortTermThresholdDays", a.shortTermThreshold().days());
    g.writeNumberField("suppressionThreshold", a.suppressionThreshold());
    g.writeArrayFieldStart("ageBandStarts");
    for (int start : a.ageBandStarts()) {
      g.writeNumber(start);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void exclusions(JsonGenerator g, String name, List<Exclusion> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Exclusion e : list) {
      exclusion(g, e);
    }
    g.writeEndArray();
  }

  static void exclusion(JsonGenerator g, Exclusion e) throws IOException {
    g.writeStartObject();
    g.writeStringField("youngPersonId", e.youngPersonId().value());
    g.writeStringField("reason", code(e.reason()));
    g.writeEndObject();
  }

  private static void stats(JsonGenerator g, String name, Object result) throws IOException {
    g.writeFieldName(name);
    StatsCodec.result(g, result);
  }

  static void measure(JsonGenerator g, MeasureResult m) throws IOException {
    g.writeStartObject();
    ModelCodec.measureRef(g, m.measure());
    g.writeNumberField("people", m.people());
    g.writeNumberField("withoutObservation", m.withoutObservation());
    g.writeFieldName("changes");
    changes(g, m.changes());
    if (m.rates().isPresent()) {
      g.writeFieldName("rates");
      rates(g, m.rates().get());
    }
    if (m.scores().isPresent()) {
      g.writeFieldName("scores");
      scores(g, m.scores().get());
    }
    if (m.statuses().isPresent()) {
      g.writeFieldName("statuses");
      statuses(g, m.statuses().get());
    }
    if (m.comparison().isPresent()) {
      g.writeFieldName("comparison");
      comparison(g, m.comparison().get());
    }
    if (m.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", m.undefinedReason().get());
    }
    g.writeStringField("derivation", m.derivation());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, m.explanation());
    g.writeEndObject();
  }

  static void changes(JsonGenerator g, ChangeCounts c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("improved", c.improved());
    g.writeNumberField("unchanged", c.unchanged());
    g.writeNumberField("worse", c.worse());
    g.writeEndObject();
  }

  static void rates(JsonGenerator g, RateChange r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("eventsBefore", r.eventsBefore());
    g.writeNumberField("eventsAfter", r.eventsAfter());
    g.writeNumberField("daysAtRiskBefore", r.daysAtRiskBefore());
    g.writeNumberField("daysAtRiskAfter", r.daysAtRiskAfter());
    g.writeStringField("unit", r.unit());
    g.writeNumberField("level", r.level().value());
    stats(g, "wilcoxon", r.wilcoxon());
    stats(g, "before", r.before());
    stats(g, "after", r.after());
    StatsCodec.number(g, "absoluteChange", r.absoluteChange());
    stats(g, "percentChange", r.percentChange());
    stats(g, "rateRatio", r.rateRatio());
    g.writeFieldName("eventsAvoided");
    eventsAvoided(g, r.eventsAvoided());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, r.explanation());
    g.writeEndObject();
  }

  static void scores(JsonGenerator g, ScoreChange s) throws IOException {
    g.writeStartObject();
    stats(g, "meanChange", s.meanChange());
    stats(g, "pairedEffectSize", s.pairedEffectSize());
    stats(g, "hedgesG", s.hedgesG());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, s.explanation());
    g.writeEndObject();
  }

  static void statuses(JsonGenerator g, StatusChange s) throws IOException {
    g.writeStartObject();
    stats(g, "before", s.before());
    stats(g, "after", s.after());
    stats(g, "mcNemar", s.mcNemar());
    stats(g, "difference", s.difference());
    stats(g, "oddsRatio", s.oddsRatio());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, s.explanation());
    g.writeEndObject();
  }

  static void comparison(JsonGenerator g, ComparisonChange c) throws IOException {
    g.writeStartObject();
    stats(g, "differenceInDifferences", c.differenceInDifferences());
    g.writeStringField("unit", c.unit());
    stats(g, "ratioOfRateRatios", c.ratioOfRateRatios());
    g.writeFieldName("eventsAvoided");
    eventsAvoided(g, c.eventsAvoided());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, c.explanation());
    g.writeEndObject();
  }

  static void eventsAvoided(JsonGenerator g, EventsAvoided a) throws IOException {
    g.writeStartObject();
    g.writeStringField("design", code(a.design()));
    StatsCodec.number(g, "rateBefore", a.rateBefore());
    StatsCodec.number(g, "rateAfter", a.rateAfter());
    StatsCodec.number(g, "personYearsAfter", a.personYearsAfter());
    if (a.comparisonReduction().isPresent()) {
      StatsCodec.number(g, "comparisonReduction", a.comparisonReduction().get());
    }
    StatsCodec.interval(g, "interval", a.interval());
    g.writeStringField("unit", a.unit());
    StatsCodec.number(g, "value", a.value());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, a.explanation());
    g.writeEndObject();
  }

  static void indicators(JsonGenerator g, NwdIndicators n) throws IOException {
    g.writeStartObject();
    g.writeNumberField("edgeOfCareFollowUpMonths", n.edgeOfCareFollowUpMonths());
    g.writeNumberField("edgeOfCareStayedOut", n.edgeOfCareStayedOut());
    g.writeNumberField("edgeOfCareLookedAfter", n.edgeOfCareLookedAfter());
    g.writeNumberField("edgeOfCareInsufficientFollowUp", n.edgeOfCareInsufficientFollowUp());
    g.writeNumberField("shortTermThresholdDays", n.shortTermThreshold().days());
    g.writeNumberField("residentialStays", n.residentialStays());
    g.writeNumberField("staysBeyondThreshold", n.staysBeyondThreshold());
    g.writeArrayFieldStart("completedStayLengths");
    for (long d : n.completedStayLengths()) {
      g.writeNumber(d);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("destinations");
    for (Map.Entry<org.nwd.model.EndReason, Long> e : n.destinations().entrySet()) {
      g.writeNumberField(e.getKey().code(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("peopleWithTeam", n.peopleWithTeam());
    g.writeObjectFieldStart("keyWorkerChangeCounts");
    for (Map.Entry<Integer, Long> e : n.keyWorkerChangeCounts().entrySet()) {
      g.writeNumberField(Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("specialistCounts");
    for (Map.Entry<org.nwd.model.Role, Long> e : n.specialistCounts().entrySet()) {
      g.writeNumberField(e.getKey().code(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("level", n.level().value());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, n.explanation());
    g.writeEndObject();
  }

  static void breakdown(JsonGenerator g, Breakdown b) throws IOException {
    g.writeStartObject();
    g.writeStringField("dimension", code(b.dimension()));
    ModelCodec.measureRef(g, b.measure());
    g.writeFieldName("changes");
    table(g, b.changes());
    if (b.events().isPresent()) {
      g.writeFieldName("events");
      table(g, b.events().get());
    }
    longs(g, "daysAtRiskBefore", b.daysAtRiskBefore());
    longs(g, "daysAtRiskAfter", b.daysAtRiskAfter());
    g.writeEndObject();
  }

  private static void longs(JsonGenerator g, String name, List<Long> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (long v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  static void table(JsonGenerator g, SuppressedTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", t.title());
    g.writeArrayFieldStart("rowLabels");
    for (String s : t.rowLabels()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("columnLabels");
    for (String s : t.columnLabels()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("counts");
    for (List<Long> row : t.counts()) {
      longs(g, row);
    }
    g.writeEndArray();
    g.writeNumberField("threshold", t.threshold());
    g.writeArrayFieldStart("suppressed");
    for (int i = 0; i <= t.rows(); i++) {
      g.writeStartArray();
      for (int j = 0; j <= t.columns(); j++) {
        g.writeBoolean(t.isSuppressed(i, j));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void longs(JsonGenerator g, List<Long> values) throws IOException {
    g.writeStartArray();
    for (long v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  // ---- reading ----

  /**
   * Reads the payload into an {@link ImpactResult} through the public builders of nwd-core (so every
   * consistency rule runs), checks each derived part against its recomputation from the inputs, and
   * finally checks that writing the result gives back exactly the payload read.
   */
  static ImpactResult result(In in) {
    in.expect(JsonToken.START_OBJECT, FIELD, "an object");
    In.Mark at = in.mark();
    JsonNode tree;
    try {
      tree = PLAIN.readTree(in.parser());
    } catch (IOException e) {
      throw Errors.reading(e, in.parser());
    }
    Reader reader = new Reader(at, in, (ObjectNode) tree);
    ImpactResult result = reader.document();
    reader.sameAsWritten(result);
    return result;
  }

  /** A part of an impact result read bare: its tree reader, then the same-as-written check. */
  static <T> T part(In in, String field, java.util.function.BiFunction<Reader, ObjectNode, T> read,
      ModelCodec.Writer<T> writer) {
    in.expect(JsonToken.START_OBJECT, field, "an object");
    In.Mark at = in.mark();
    JsonNode tree;
    try {
      tree = PLAIN.readTree(in.parser());
    } catch (IOException e) {
      throw Errors.reading(e, in.parser());
    }
    Reader reader = new Reader(at, in, (ObjectNode) tree);
    T value = read.apply(reader, (ObjectNode) tree);
    JsonNode expected;
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
        writer.write(g, value);
      }
      expected = PLAIN.readTree(out.toString());
    } catch (IOException e) {
      throw Errors.writing(e);
    }
    reader.same(tree, expected);
    return value;
  }

  static MeasureResult measure(In in) {
    return part(in, "measure", (r, n) -> r.measure(n, ""), ImpactCodec::measure);
  }

  static NwdIndicators indicators(In in) {
    return part(in, "indicators", (r, n) -> r.indicators(n, ""), ImpactCodec::indicators);
  }

  static Breakdown breakdown(In in) {
    return part(in, "breakdown", (r, n) -> r.breakdown(n, ""), ImpactCodec::breakdown);
  }

  static SuppressedTable table(In in) {
    return part(in, "table", (r, n) -> r.table(n, ""), ImpactCodec::table);
  }

  static ChangeCounts changes(In in) {
    return part(in, "changes", (r, n) -> r.changes(n, ""), ImpactCodec::changes);
  }

  static RateChange rates(In in) {
    return part(in, "rates", (r, n) -> r.rates(n, ""), ImpactCodec::rates);
  }

  static ScoreChange scores(In in) {
    return part(in, "scores", (r, n) -> r.scores(n, ""), ImpactCodec::scores);
  }

  static StatusChange statuses(In in) {
    return part(in, "statuses", (r, n) -> r.statuses(n, ""), ImpactCodec::statuses);
  }

  static ComparisonChange comparison(In in) {
    return part(in, "comparison", (r, n) -> r.comparison(n, ""), ImpactCodec::comparison);
  }

  static Exclusion exclusion(In in) {
    return part(in, "exclusion", (r, n) -> r.exclusion(n, ""), ImpactCodec::exclusion);
  }

  static EligibilityPolicy eligibility(In in) {
    return part(in, "eligibility", (r, n) -> r.eligibility(n, ""), ImpactCodec::eligibility);
  }

  static ImpactAnalysis analysis(In in) {
    return part(in, "analysis", (r, n) -> r.analysis(n, ""), ImpactCodec::analysis);
  }

  static JsonNode render(ImpactResult r) {
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
        result(g, r);
      }
      return PLAIN.readTree(out.toString());
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  /**
   * Walks the payload tree: required fields, types and codes, the unknown fields (strict: an error;
   * lenient: reported and removed), building each part; pointers are relative to the payload.
   */
  private static final class Reader {
    private final In.Mark at;
    private final In in;
    private final ObjectNode root;

    Reader(In.Mark at, In in, ObjectNode root) {
      this.at = at;
      this.in = in;
      this.root = root;
    }

    NwdJsonException fail(String pointer, String field, String rule) {
      return new NwdJsonException(at.pointer() + pointer, at.line(), at.column(), field, rule, null);
    }

    JsonNode req(JsonNode node, String p, String name) {
      JsonNode v = node.get(name);
      if (v == null) {
        throw fail(p, name, "missing required field \"" + name + "\"");
      }
      return v;
    }

    ObjectNode object(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.isObject()) {
        throw fail(p + "/" + name, name, name + " must be an object");
      }
      return (ObjectNode) v;
    }

    JsonNode array(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.isArray()) {
        throw fail(p + "/" + name, name, name + " must be an array");
      }
      return v;
    }

    long count(JsonNode node, String p, String name) {
      return countValue(req(node, p, name), p + "/" + name, name);
    }

    long countValue(JsonNode v, String pointer, String name) {
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
        throw fail(pointer, name, name + " must be a whole number at least 0");
      }
      return v.asLong();
    }

    int integer(JsonNode node, String p, String name) {
      return intValue(req(node, p, name), p + "/" + name, name);
    }

    int intValue(JsonNode v, String pointer, String name) {
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw fail(pointer, name, name + " must be a whole number within the 32-bit range");
      }
      return v.asInt();
    }

    long longInteger(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw fail(p + "/" + name, name, name + " must be a whole number within the 64-bit range");
      }
      return v.asLong();
    }

    ConfidenceLevel level(JsonNode node, String p) {
      JsonNode v = req(node, p, "level");
      if (!v.isNumber()) {
        throw fail(p + "/level", "level", "level must be a number");
      }
      return build(p, "level", () -> ConfidenceLevel.of(v.asDouble()));
    }

    String text(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.isTextual()) {
        throw fail(p + "/" + name, name, name + " must be a string");
      }
      return v.asText();
    }

    /** A value made from the value at {@code pointer}: a broken rule is reported there. */
    <T> T buildAt(String pointer, String field, Supplier<T> make) {
      try {
        return make.get();
      } catch (DomainRuleException e) {
        throw fail(pointer, field, e.getMessage());
      }
    }

    /** A value made by a model factory or builder: a broken rule is reported at {@code p/field}. */
    <T> T build(String p, String field, Supplier<T> make) {
      try {
        return make.get();
      } catch (DomainRuleException e) {
        String f = field.isEmpty() ? e.field() : field;
        throw fail(p + "/" + f, f, e.getMessage());
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw fail(p, field, String.valueOf(e.getMessage()));
      }
    }

    void known(JsonNode node, String p, Set<String> names) {
      List<String> unknown = new ArrayList<>();
      node.fieldNames().forEachRemaining(n -> {
        if (!names.contains(n)) {
          unknown.add(n);
        }
      });
      for (String n : unknown) {
        if (in.isStrict()) {
          throw fail(p + "/" + n, n, "unknown field \"" + Errors.printable(n) + "\"");
        }
        in.reportUnknown(at.pointer() + p + "/" + n, at);
        ((ObjectNode) node).remove(n);
      }
    }

    <E extends Enum<E>> E code(JsonNode node, String p, String name, E[] values) {
      String t = text(node, p, name);
      StringBuilder known = new StringBuilder();
      for (E e : values) {
        if (ImpactCodec.code(e).equals(t)) {
          return e;
        }
        known.append(known.length() == 0 ? "" : ", ").append(ImpactCodec.code(e));
      }
      throw fail(p + "/" + name, name,
          "unknown code \"" + Errors.printable(t) + "\"; known codes: " + known);
    }

    /**
     * Reads {@code v} with a streaming codec. Unknown fields it skips (lenient) are reported with
     * their full pointer and removed from the tree, so the final comparison sees what was read.
     */
    <T> T sub(JsonNode v, String p, Function<In, T> read) {
      List<String> skipped = new ArrayList<>();
      T value;
      try (JsonParser parser = v.traverse(PLAIN)) {
        In sub = new In(parser, in.isStrict(), u -> skipped.add(u.pointer()));
        sub.version(in.version());
        sub.next();
        value = read.apply(sub);
      } catch (NwdJsonException e) {
        throw new NwdJsonException(at.pointer() + p + e.pointer(), at.line(), at.column(),
            e.field(), e.rule(), e);
      } catch (IOException e) {
        throw Errors.reading(e, null);
      }
      for (String s : skipped) {
        JsonPointer pointer = JsonPointer.compile(s);
        in.reportUnknown(at.pointer() + p + s, at);
        JsonNode parent = v.at(pointer.head());
        if (parent instanceof ObjectNode) {
          ((ObjectNode) parent).remove(pointer.last().getMatchingProperty());
        }
      }
      return value;
    }

    Object stats(JsonNode node, String p, String name, Class<?> type) {
      return sub(req(node, p, name), p + "/" + name, s -> StatsCodec.result(s, type));
    }

    void explanation(JsonNode node, String p) {
      sub(req(node, p, "explanation"), p + "/explanation", ModelCodec::explanation);
    }

    OutcomeMeasure measureRef(JsonNode v, String p) {
      return sub(v, p, ModelCodec::measureRef);
    }

    ImpactResult document() {
      ObjectNode d = root;
      known(d, "", Set.of("analysis", "design", "peopleEvaluated", "peopleIncluded", "exclusions",
          "comparisonPeopleIncluded", "comparisonExclusions", "measures", "indicators",
          "breakdowns", "problems", "explanation"));
      ImpactAnalysis analysis = analysis(object(d, "", "analysis"), "/analysis");
      DesignLevel design = code(d, "", "design", DesignLevel.values());
      long evaluated = count(d, "", "peopleEvaluated");
      long included = count(d, "", "peopleIncluded");
      if (included > evaluated) {
        throw fail("/peopleIncluded", "peopleIncluded",
            "peopleIncluded " + included + " exceeds peopleEvaluated " + evaluated);
      }
      ImpactResult.Builder b = ImpactResult.builder().analysis(analysis).design(design)
          .peopleEvaluated(evaluated).peopleIncluded(included)
          .addAllExclusions(exclusions(d, "exclusions"));
      if (d.has("comparisonPeopleIncluded")) {
        b.comparisonPeopleIncluded(count(d, "", "comparisonPeopleIncluded"));
      }
      b.addAllComparisonExclusions(exclusions(d, "comparisonExclusions"));
      JsonNode ms = array(d, "", "measures");
      for (int i = 0; i < ms.size(); i++) {
        b.addMeasures(measure(ms.get(i), "/measures/" + i));
      }
      b.indicators(indicators(object(d, "", "indicators"), "/indicators"));
      JsonNode bs = array(d, "", "breakdowns");
      for (int i = 0; i < bs.size(); i++) {
        b.addBreakdowns(breakdown(bs.get(i), "/breakdowns/" + i));
      }
      JsonNode problems = array(d, "", "problems");
      for (int i = 0; i < problems.size(); i++) {
        if (!problems.get(i).isTextual()) {
          throw fail("/problems/" + i, "problems", "problems must be strings");
        }
        b.addProblems(problems.get(i).asText());
      }
      explanation(d, "");
      return build("", "", b::build);
    }

    ImpactAnalysis analysis(ObjectNode a, String p) {
      known(a, p, Set.of("name", "indexDateRule", "monthsBefore", "monthsAfter", "measures",
          "notAtRiskCategories", "dataCoverage", "eligibility", "level", "seed", "replicates",
          "rateRatioMethod",
          "edgeOfCareFollowUpMonths", "shortTermThresholdDays", "suppressionThreshold",
          "ageBandStarts"));
      ImpactAnalysis.Builder b = ImpactAnalysis.builder().name(text(a, p, "name"));
      String rule = text(a, p, "indexDateRule");
      if (FIRST_ACCEPTED_REFERRAL.equals(rule)) {
        b.indexDateRule(IndexDateRule.firstAcceptedReferral());
      } else if (FIRST_HUB_EPISODE.equals(rule)) {
        b.indexDateRule(IndexDateRule.firstHubEpisode());
      } else {
        throw fail(p + "/indexDateRule", "indexDateRule",
            "unknown index-date rule code \"" + Errors.printable(rule) + "\"; known codes: "
                + FIRST_ACCEPTED_REFERRAL + ", " + FIRST_HUB_EPISODE
                + " (a custom rule is code and cannot be described)");
      }
      b.monthsBefore(integer(a, p, "monthsBefore")).monthsAfter(integer(a, p, "monthsAfter"));
      JsonNode ms = array(a, p, "measures");
      for (int i = 0; i < ms.size(); i++) {
        b.addMeasures(measureRef(ms.get(i), p + "/measures/" + i));
      }
      JsonNode cs = array(a, p, "notAtRiskCategories");
      ImmutableSet.Builder<PlacementCategory> categories = ImmutableSet.builder();
      for (int i = 0; i < cs.size(); i++) {
        String q = p + "/notAtRiskCategories/" + i;
        JsonNode c = cs.get(i);
        if (!c.isTextual()) {
          throw fail(q, "notAtRiskCategories", "notAtRiskCategories must be strings");
        }
        PlacementCategory category =
            buildAt(q, "notAtRiskCategories", () -> PlacementCategory.fromCode(c.asText()));
        if (categories.build().contains(category)) { // uniqueItems: a repeat is an error
          throw fail(q, "notAtRiskCategories", In.duplicate(c.asText(), categories.build().asList().indexOf(category)));
        }
        categories.add(category);
      }
      b.notAtRiskCategories(categories.build());
      b.dataCoverage(sub(object(a, p, "dataCoverage"), p + "/dataCoverage",
          s -> ModelCodec.period(s, "dataCoverage")));
      b.eligibility(eligibility(object(a, p, "eligibility"), p + "/eligibility"));
      b.level(level(a, p)).seed(longInteger(a, p, "seed")).replicates(integer(a, p, "replicates"))
          .edgeOfCareFollowUpMonths(integer(a, p, "edgeOfCareFollowUpMonths"));
      if (a.has("rateRatioMethod")) {
        b.rateRatioMethod(code(a, p, "rateRatioMethod", RateRatioMethod.values()));
      }
      int days = integer(a, p, "shortTermThresholdDays");
      b.shortTermThreshold(build(p, "shortTermThresholdDays", () -> ShortTermThreshold.of(days)));
      b.suppressionThreshold(integer(a, p, "suppressionThreshold"));
      JsonNode bands = array(a, p, "ageBandStarts");
      ImmutableList.Builder<Integer> starts = ImmutableList.builder();
      for (int i = 0; i < bands.size(); i++) {
        starts.add(intValue(bands.get(i), p + "/ageBandStarts/" + i, "ageBandStarts"));
      }
      b.ageBandStarts(starts.build());
      return build(p, "", b::build);
    }

    EligibilityPolicy eligibility(ObjectNode e, String q) {
      known(e, q, Set.of("name", "minAge", "maxAge"));
      String name = text(e, q, "name");
      int min = integer(e, q, "minAge");
      int max = integer(e, q, "maxAge");
      return build(q, "", () -> EligibilityPolicy.of(name, min, max));
    }

    List<Exclusion> exclusions(JsonNode d, String name) {
      JsonNode list = array(d, "", name);
      List<Exclusion> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(exclusion(list.get(i), "/" + name + "/" + i));
      }
      return out;
    }

    Exclusion exclusion(JsonNode e, String p) {
      known(e, p, Set.of("youngPersonId", "reason"));
      String id = text(e, p, "youngPersonId");
      ExclusionReason reason = code(e, p, "reason", ExclusionReason.values());
      return build(p, "youngPersonId", () -> Exclusion.of(YoungPersonId.of(id), reason));
    }

    MeasureResult measure(JsonNode m, String p) {
      known(m, p, Set.of("measure", "people", "withoutObservation", "changes", "rates", "scores",
          "statuses", "comparison", "undefinedReason", "derivation", "explanation"));
      MeasureResult.Builder b = MeasureResult.builder()
          .measure(measureRef(req(m, p, "measure"), p + "/measure"))
          .people(count(m, p, "people"))
          .withoutObservation(count(m, p, "withoutObservation"));
      b.changes(changes(object(m, p, "changes"), p + "/changes"));
      int kinds = (m.has("rates") ? 1 : 0) + (m.has("scores") ? 1 : 0) + (m.has("statuses") ? 1 : 0);
      boolean undefined = m.has("undefinedReason");
      if (undefined ? kinds != 0 : kinds != 1) {
        throw fail(p, undefined ? "undefinedReason" : "rates",
            "a measure result has exactly one of rates, scores and statuses, or none with an "
                + "undefinedReason; found " + kinds + (undefined ? " with" : " without")
                + " an undefinedReason");
      }
      if (m.has("rates")) {
        b.rates(rates(object(m, p, "rates"), p + "/rates"));
      }
      if (m.has("scores")) {
        b.scores(scores(object(m, p, "scores"), p + "/scores"));
      }
      if (m.has("statuses")) {
        b.statuses(statuses(object(m, p, "statuses"), p + "/statuses"));
      }
      if (m.has("comparison")) {
        b.comparison(comparison(object(m, p, "comparison"), p + "/comparison"));
      }
      if (undefined) {
        b.undefinedReason(text(m, p, "undefinedReason"));
      }
      b.derivation(text(m, p, "derivation"));
      explanation(m, p);
      return build(p, "", b::build);
    }

    ChangeCounts changes(ObjectNode c, String q) {
      known(c, q, Set.of("improved", "unchanged", "worse"));
      long improved = count(c, q, "improved");
      long unchanged = count(c, q, "unchanged");
      long worse = count(c, q, "worse");
      return build(q, "", () -> ChangeCounts.of(improved, unchanged, worse));
    }

    ScoreChange scores(ObjectNode s, String q) {
      known(s, q, Set.of("meanChange", "pairedEffectSize", "hedgesG", "explanation"));
      explanation(s, q);
      PairedMeanChange meanChange = (PairedMeanChange) stats(s, q, "meanChange",
          PairedMeanChange.class);
      stats(s, q, "hedgesG", HedgesG.class);
      ScoreChange built = build(q, "meanChange", () -> ScoreChange.of(meanChange));
      // Optional (absent from documents written before issue 12); derived, so it must agree.
      if (s.has("pairedEffectSize")) {
        derived(q, "pairedEffectSize", built.pairedEffectSize(),
            stats(s, q, "pairedEffectSize", PairedEffectSize.class));
      }
      return built;
    }

    StatusChange statuses(ObjectNode s, String q) {
      known(s, q, Set.of("before", "after", "mcNemar", "difference", "oddsRatio", "explanation"));
      explanation(s, q);
      StatusChange.Builder sb = StatusChange.builder()
          .before((Proportion) stats(s, q, "before", Proportion.class))
          .after((Proportion) stats(s, q, "after", Proportion.class))
          .mcNemar((McNemarTest) stats(s, q, "mcNemar", McNemarTest.class));
      StatusChange built = build(q, "", sb::build);
      // Optional (absent from documents written before issue 12); derived, so they must agree.
      if (s.has("difference")) {
        derived(q, "difference", built.difference(),
            stats(s, q, "difference", PairedProportions.class));
      }
      if (s.has("oddsRatio")) {
        derived(q, "oddsRatio", built.oddsRatio(),
            stats(s, q, "oddsRatio", ConditionalOddsRatio.class));
      }
      return built;
    }

    void derived(String q, String name, Object expected, Object given) {
      if (!expected.equals(given)) {
        throw fail(q + "/" + name, name, name
            + " does not match the value derived from the other parts: it is derived, give the"
            + " derived value or omit it");
      }
    }

    ComparisonChange comparison(ObjectNode cc, String q) {
      known(cc, q, Set.of("differenceInDifferences", "unit", "ratioOfRateRatios",
          "eventsAvoided", "explanation"));
      String unit = text(cc, q, "unit");
      explanation(cc, q);
      DifferenceInDifferences did = (DifferenceInDifferences)
          stats(cc, q, "differenceInDifferences", DifferenceInDifferences.class);
      RatioOfRateRatios rrr =
          (RatioOfRateRatios) stats(cc, q, "ratioOfRateRatios", RatioOfRateRatios.class);
      eventsAvoided(object(cc, q, "eventsAvoided"), q + "/eventsAvoided");
      double py = did.treatedAfter().personYears();
      double expected = (did.treatedBefore().rate() - did.treatedAfter().rate()
          - (did.comparisonBefore().rate() - did.comparisonAfter().rate())) * py;
      same(cc.get("eventsAvoided"), q + "/eventsAvoided", "value", expected);
      return build(q, "ratioOfRateRatios", () -> ComparisonChange.builder()
          .differenceInDifferences(did).unit(unit).ratioOfRateRatios(rrr).build());
    }

    RateChange rates(ObjectNode r, String p) {
      known(r, p, Set.of("eventsBefore", "eventsAfter", "daysAtRiskBefore", "daysAtRiskAfter",
          "unit", "level", "wilcoxon", "before", "after", "absoluteChange", "percentChange",
          "rateRatio", "eventsAvoided", "explanation"));
      String unit = text(r, p, "unit");
      long eventsBefore = count(r, p, "eventsBefore");
      long eventsAfter = count(r, p, "eventsAfter");
      long daysBefore = count(r, p, "daysAtRiskBefore");
      long daysAfter = count(r, p, "daysAtRiskAfter");
      ConfidenceLevel level = level(r, p);
      WilcoxonSignedRank wilcoxon =
          (WilcoxonSignedRank) stats(r, p, "wilcoxon", WilcoxonSignedRank.class);
      // The totals alone first, so that a total and its derived rates are checked by name.
      RateChange totals = build(p, "", () -> RateChange.builder().unit(unit)
          .eventsBefore(eventsBefore).eventsAfter(eventsAfter).daysAtRiskBefore(daysBefore)
          .daysAtRiskAfter(daysAfter).level(level).wilcoxon(wilcoxon).build());
      Rate before = (Rate) stats(r, p, "before", Rate.class);
      Rate after = (Rate) stats(r, p, "after", Rate.class);
      if (!totals.before().equals(before)) {
        throw fail(p + "/before", "before", "before does not match eventsBefore and daysAtRiskBefore");
      }
      if (!totals.after().equals(after)) {
        throw fail(p + "/after", "after", "after does not match eventsAfter and daysAtRiskAfter");
      }
      RateRatio rateRatio = (RateRatio) stats(r, p, "rateRatio", RateRatio.class);
      if (!rateRatio.before().equals(before) || !rateRatio.after().equals(after)
          || !rateRatio.level().equals(level)) {
        throw fail(p + "/rateRatio", "rateRatio",
            "rateRatio does not match the totals and level of the rate change");
      }
      RateChange built = build(p, "rateRatio", () -> RateChange.builder().unit(unit)
          .eventsBefore(eventsBefore).eventsAfter(eventsAfter).daysAtRiskBefore(daysBefore)
          .daysAtRiskAfter(daysAfter).level(level).wilcoxon(wilcoxon).rateRatio(rateRatio).build());
      same(r, p, "absoluteChange", built.absoluteChange());
      stats(r, p, "percentChange", PercentChange.class);
      eventsAvoided(object(r, p, "eventsAvoided"), p + "/eventsAvoided");
      same(r.get("eventsAvoided"), p + "/eventsAvoided", "value", built.eventsAvoided().value());
      explanation(r, p);
      return built;
    }

    /** Events avoided are derived: checked here for type and codes, then by the final comparison. */
    void eventsAvoided(ObjectNode a, String p) {
      known(a, p, Set.of("design", "rateBefore", "rateAfter", "personYearsAfter",
          "comparisonReduction", "interval", "unit", "value", "explanation"));
      code(a, p, "design", DesignLevel.values());
      text(a, p, "unit");
      explanation(a, p);
    }

    void same(JsonNode node, String p, String name, double expected) {
      JsonNode v = req(node, p, name);
      if (!v.isNumber() || Double.compare(v.asDouble(), expected) != 0) {
        throw fail(p + "/" + name, name, name
            + " does not match the value recomputed from the inputs: it is derived, give the "
            + "recomputed value");
      }
    }

    List<Long> longs(JsonNode node, String p, String name) {
      return longsOf(array(node, p, name), p + "/" + name, name);
    }

    List<Long> longsOf(JsonNode list, String pointer, String name) {
      if (!list.isArray()) {
        throw fail(pointer, name, name + " must be an array");
      }
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode v = list.get(i);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
          throw fail(pointer + "/" + i, name, name + " must hold whole numbers");
        }
        out.add(v.asLong());
      }
      return out;
    }

    NwdIndicators indicators(ObjectNode n, String p) {
      known(n, p, Set.of("edgeOfCareFollowUpMonths", "edgeOfCareStayedOut",
          "edgeOfCareLookedAfter", "edgeOfCareInsufficientFollowUp", "shortTermThresholdDays",
          "residentialStays", "staysBeyondThreshold", "completedStayLengths", "destinations",
          "peopleWithTeam", "keyWorkerChangeCounts", "specialistCounts", "level", "explanation"));
      int days = integer(n, p, "shortTermThresholdDays");
      NwdIndicators.Builder b = NwdIndicators.builder()
          .edgeOfCareFollowUpMonths(integer(n, p, "edgeOfCareFollowUpMonths"))
          .edgeOfCareStayedOut(count(n, p, "edgeOfCareStayedOut"))
          .edgeOfCareLookedAfter(count(n, p, "edgeOfCareLookedAfter"))
          .edgeOfCareInsufficientFollowUp(count(n, p, "edgeOfCareInsufficientFollowUp"))
          .shortTermThreshold(build(p, "shortTermThresholdDays", () -> ShortTermThreshold.of(days)))
          .residentialStays(count(n, p, "residentialStays"))
          .staysBeyondThreshold(count(n, p, "staysBeyondThreshold"))
          .addAllCompletedStayLengths(longs(n, p, "completedStayLengths"))
          .peopleWithTeam(count(n, p, "peopleWithTeam"))
          .level(level(n, p));
      ObjectNode destinations = object(n, p, "destinations");
      for (String key : iterable(destinations)) {
        String q = p + "/destinations/" + key;
        long c = countValue(destinations.get(key), q, "destinations");
        b.putDestinations(buildAt(q, "destinations", () -> EndReason.fromCode(key)), c);
      }
      ObjectNode changes = object(n, p, "keyWorkerChangeCounts");
      for (String key : iterable(changes)) {
        String q = p + "/keyWorkerChangeCounts/" + key;
        int k;
        try {
          k = Integer.parseInt(key);
        } catch (NumberFormatException e) {
          throw fail(q, "keyWorkerChangeCounts",
              "keyWorkerChangeCounts keys must be whole numbers of key-worker changes");
        }
        b.putKeyWorkerChangeCounts(k, countValue(changes.get(key), q, "keyWorkerChangeCounts"));
      }
      ObjectNode specialists = object(n, p, "specialistCounts");
      for (String key : iterable(specialists)) {
        String q = p + "/specialistCounts/" + key;
        long c = countValue(specialists.get(key), q, "specialistCounts");
        b.putSpecialistCounts(buildAt(q, "specialistCounts", () -> Role.fromCode(key)), c);
      }
      explanation(n, p);
      return build(p, "", b::build);
    }

    private static List<String> iterable(ObjectNode node) {
      List<String> out = new ArrayList<>();
      node.fieldNames().forEachRemaining(out::add);
      return out;
    }

    Breakdown breakdown(JsonNode b, String p) {
      known(b, p, Set.of("dimension", "measure", "changes", "events", "daysAtRiskBefore",
          "daysAtRiskAfter"));
      Breakdown.Builder out = Breakdown.builder()
          .dimension(code(b, p, "dimension", BreakdownDimension.values()))
          .measure(measureRef(req(b, p, "measure"), p + "/measure"))
          .changes(table(object(b, p, "changes"), p + "/changes"))
          .addAllDaysAtRiskBefore(longs(b, p, "daysAtRiskBefore"))
          .addAllDaysAtRiskAfter(longs(b, p, "daysAtRiskAfter"));
      if (b.has("events")) {
        out.events(table(object(b, p, "events"), p + "/events"));
      }
      return build(p, "", out::build);
    }

    SuppressedTable table(ObjectNode t, String p) {
      known(t, p, Set.of("title", "rowLabels", "columnLabels", "counts", "threshold", "suppressed"));
      SuppressedTable.Builder builder = SuppressedTable.builder().title(text(t, p, "title"));
      builder.addAllRowLabels(strings(t, p, "rowLabels"));
      builder.addAllColumnLabels(strings(t, p, "columnLabels"));
      JsonNode counts = array(t, p, "counts");
      for (int i = 0; i < counts.size(); i++) {
        builder.addCounts(ImmutableList.copyOf(longsOf(counts.get(i), p + "/counts/" + i, "counts")));
      }
      SuppressedTable table = build(p, "", builder.threshold(integer(t, p, "threshold"))::build);
      JsonNode given = array(t, p, "suppressed");
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          JsonNode cell = given.path(i).path(j);
          if (!cell.isBoolean() || cell.asBoolean() != table.isSuppressed(i, j)) {
            throw fail(p + "/suppressed/" + i + "/" + j, "suppressed",
                "suppressed does not match the suppression recomputed from the counts and threshold");
          }
        }
      }
      return table;
    }

    List<String> strings(JsonNode node, String p, String name) {
      JsonNode list = array(node, p, name);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isTextual()) {
          throw fail(p + "/" + name + "/" + i, name, name + " must hold strings");
        }
        out.add(list.get(i).asText());
      }
      return out;
    }

    /**
     * The result written again must be the payload read: every remaining derived value (explanations,
     * events avoided, outputs) is checked here, so read-then-write is lossless by construction.
     */
    void sameAsWritten(ImpactResult result) {
      same(root, render(result));
    }

    void same(JsonNode given, JsonNode expected) {
      String differing = in.isOlderVersion()
          ? firstOlderDifference(given, expected, "")
          : firstDifference(given, expected, "");
      if (differing != null) {
        String field = differing.substring(differing.lastIndexOf('/') + 1);
        throw fail(differing, field, field
            + " does not match the value recomputed from the inputs: it is derived, give the "
            + "recomputed value");
      }
    }

    /**
     * As {@link #firstDifference}, for a document of an earlier minor version: only the fields it has
     * are compared (later versions only add fields), and the statistics' outputs and the explanations,
     * derived by the earlier library (whose methods have since been corrected), are regenerated from
     * the inputs rather than compared. Other derived figures (events avoided, suppression) are checked.
     */
    static String firstOlderDifference(JsonNode given, JsonNode expected, String p) {
      if (given != null && expected != null && given.isObject() && expected.isObject()) {
        java.util.Iterator<String> names = given.fieldNames();
        while (names.hasNext()) {
          String name = names.next();
          if (name.equals("explanation") || name.equals("outputs")) {
            continue;
          }
          String d = firstOlderDifference(given.get(name), expected.get(name), p + "/" + name);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      if (given != null && expected != null && given.isArray() && expected.isArray()
          && given.size() == expected.size()) {
        for (int i = 0; i < given.size(); i++) {
          String d = firstOlderDifference(given.get(i), expected.get(i), p + "/" + i);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      return firstDifference(given, expected, p);
    }

    /**
     * The derived paired statistics added to status and score parts in issue 12: a document may
     * omit them (documents written before have none), and they are checked when given.
     */
    static boolean isOptionalPart(JsonNode expected, String name) {
      return expected.has("mcNemar") && (name.equals("difference") || name.equals("oddsRatio"))
          || expected.has("meanChange") && name.equals("pairedEffectSize");
    }

    /** The pointer of the first difference between {@code given} and {@code expected}, or null. */
    static String firstDifference(JsonNode given, JsonNode expected, String p) {
      if (given == null || expected == null) {
        return given == expected ? null : p;
      }
      if (given.equals(expected)) {
        return null;
      }
      // A tree built in memory (ObjectMapper.valueToTree) holds a long where parsed text holds an
      // int: the same JSON number, so compare numbers by value, whole with whole, not by node type.
      if (given.isIntegralNumber() && expected.isIntegralNumber()) {
        return given.bigIntegerValue().equals(expected.bigIntegerValue()) ? null : p;
      }
      if (given.isFloatingPointNumber() && expected.isFloatingPointNumber()) {
        return Double.compare(given.doubleValue(), expected.doubleValue()) == 0 ? null : p;
      }
      if (given.isObject() && expected.isObject()) {
        Set<String> names = new java.util.LinkedHashSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        given.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          if (given.get(name) == null && isOptionalPart(expected, name)) {
            continue;
          }
          String d = firstDifference(given.get(name), expected.get(name), p + "/" + name);
          if (d != null) {
            return d;
          }
        }
        return null;
      } else if (given.isArray() && expected.isArray()) {
        for (int i = 0; i < Math.max(given.size(), expected.size()); i++) {
          String d = firstDifference(given.get(i), expected.get(i), p + "/" + i);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      return p;
    }
  }
}
