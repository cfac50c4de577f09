package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PercentChange;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * Writes an {@link ImpactResult} as an {@code impact_result} document and reads it back as an {@link
 * ImpactResultDocument}. Every statistics result inside is a full {@code result} (inputs, outputs,
 * explanation) and is recomputed from its inputs when read; suppressed tables are rebuilt through
 * {@link SuppressedTable#builder()} and their suppression pattern recomputed; events avoided and the
 * rates of a rate change are recomputed from their inputs. Enum values are lower-snake codes.
 */
final class ImpactCodec {
  static final String KIND = "impact_result";
  static final String FIELD = "impactResult";
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private ImpactCodec() {}

  /** The stable code of an enum constant: its name in lower snake case. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  // ---- writing ----

  static void result(JsonGenerator g, ImpactResult r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("analysis");
    g.writeStringField("name", r.analysis().name());
    g.writeStringField("indexDateRule", r.analysis().indexDateRule().description());
    g.writeNumberField("monthsBefore", r.analysis().monthsBefore());
    g.writeNumberField("monthsAfter", r.analysis().monthsAfter());
    ModelCodec.period(g, "dataCoverage", r.analysis().dataCoverage());
    g.writeNumberField("level", r.analysis().level().value());
    g.writeNumberField("suppressionThreshold", r.analysis().suppressionThreshold());
    g.writeEndObject();
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

  private static void exclusions(JsonGenerator g, String name, List<Exclusion> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Exclusion e : list) {
      g.writeStartObject();
      g.writeStringField("youngPersonId", e.youngPersonId().value());
      g.writeStringField("reason", code(e.reason()));
      g.writeEndObject();
    }
    g.writeEndArray();
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
    g.writeObjectFieldStart("changes");
    g.writeNumberField("improved", m.changes().improved());
    g.writeNumberField("unchanged", m.changes().unchanged());
    g.writeNumberField("worse", m.changes().worse());
    g.writeEndObject();
    if (m.rates().isPresent()) {
      RateChange r = m.rates().get();
      g.writeObjectFieldStart("rates");
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
    if (m.scores().isPresent()) {
      g.writeObjectFieldStart("scores");
      stats(g, "meanChange", m.scores().get().meanChange());
      stats(g, "hedgesG", m.scores().get().hedgesG());
      g.writeFieldName("explanation");
      ModelCodec.explanation(g, m.scores().get().explanation());
      g.writeEndObject();
    }
    if (m.statuses().isPresent()) {
      g.writeObjectFieldStart("statuses");
      stats(g, "before", m.statuses().get().before());
      stats(g, "after", m.statuses().get().after());
      stats(g, "mcNemar", m.statuses().get().mcNemar());
      g.writeFieldName("explanation");
      ModelCodec.explanation(g, m.statuses().get().explanation());
      g.writeEndObject();
    }
    if (m.comparison().isPresent()) {
      ComparisonChange c = m.comparison().get();
      g.writeObjectFieldStart("comparison");
      stats(g, "differenceInDifferences", c.differenceInDifferences());
      g.writeStringField("unit", c.unit());
      stats(g, "ratioOfRateRatios", c.ratioOfRateRatios());
      g.writeFieldName("eventsAvoided");
      eventsAvoided(g, c.eventsAvoided());
      g.writeFieldName("explanation");
      ModelCodec.explanation(g, c.explanation());
      g.writeEndObject();
    }
    if (m.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", m.undefinedReason().get());
    }
    g.writeStringField("derivation", m.derivation());
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, m.explanation());
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

  /** Reads the payload, checking every derived part it can recompute. */
  static ImpactResultDocument result(In in) {
    in.expect(com.fasterxml.jackson.core.JsonToken.START_OBJECT, FIELD, "an object");
    In.Mark at = in.mark();
    JsonNode tree;
    try {
      tree = PLAIN.readTree(in.parser());
    } catch (IOException e) {
      throw Errors.reading(e, in.parser());
    }
    new Checker(at, in).document((ObjectNode) tree);
    return new ImpactResultDocument((ObjectNode) tree);
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

  /** Walks the tree: required fields, types, codes, and the recomputable parts. */
  private static final class Checker {
    private final In.Mark at;
    private final In in;

    Checker(In.Mark at, In in) {
      this.at = at;
      this.in = in;
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

    long count(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
        throw fail(p + "/" + name, name, name + " must be a whole number at least 0");
      }
      return v.asLong();
    }

    String text(JsonNode node, String p, String name) {
      JsonNode v = req(node, p, name);
      if (!v.isTextual()) {
        throw fail(p + "/" + name, name, name + " must be a string");
      }
      return v.asText();
    }

    void known(JsonNode node, String p, Set<String> names) {
      List<String> unknown = new java.util.ArrayList<>();
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

    Object stats(JsonNode node, String p, String name, Class<?> type) {
      JsonNode v = req(node, p, name);
      try (JsonParser parser = v.traverse(PLAIN)) {
        In sub = new In(parser, in.isStrict(), u -> { });
        sub.next();
        return StatsCodec.result(sub, type);
      } catch (NwdJsonException e) {
        throw new NwdJsonException(at.pointer() + p + "/" + name + e.pointer(), at.line(),
            at.column(), e.field(), e.rule(), e);
      } catch (IOException e) {
        throw Errors.reading(e, null);
      }
    }

    void explanation(JsonNode node, String p) {
      JsonNode v = req(node, p, "explanation");
      try (JsonParser parser = v.traverse(PLAIN)) {
        In sub = new In(parser, in.isStrict(), u -> { });
        sub.next();
        ModelCodec.explanation(sub);
      } catch (NwdJsonException e) {
        throw new NwdJsonException(at.pointer() + p + "/explanation" + e.pointer(), at.line(),
            at.column(), e.field(), e.rule(), e);
      } catch (IOException e) {
        throw Errors.reading(e, null);
      }
    }

    void document(ObjectNode d) {
      known(d, "", Set.of("analysis", "design", "peopleEvaluated", "peopleIncluded", "exclusions",
          "comparisonPeopleIncluded", "comparisonExclusions", "measures", "indicators",
          "breakdowns", "problems", "explanation"));
      JsonNode a = req(d, "", "analysis");
      known(a, "/analysis", Set.of("name", "indexDateRule", "monthsBefore", "monthsAfter",
          "dataCoverage", "level", "suppressionThreshold"));
      text(a, "/analysis", "name");
      code(d, "", "design", org.nwd.impact.DesignLevel.values());
      long evaluated = count(d, "", "peopleEvaluated");
      long included = count(d, "", "peopleIncluded");
      if (included > evaluated) {
        throw fail("/peopleIncluded", "peopleIncluded",
            "peopleIncluded " + included + " exceeds peopleEvaluated " + evaluated);
      }
      exclusions(d, "exclusions");
      if (d.has("comparisonPeopleIncluded")) {
        count(d, "", "comparisonPeopleIncluded");
      }
      exclusions(d, "comparisonExclusions");
      JsonNode ms = req(d, "", "measures");
      for (int i = 0; i < ms.size(); i++) {
        measure(ms.get(i), "/measures/" + i);
      }
      JsonNode bs = req(d, "", "breakdowns");
      for (int i = 0; i < bs.size(); i++) {
        breakdown(bs.get(i), "/breakdowns/" + i);
      }
      JsonNode ind = req(d, "", "indicators");
      known(ind, "/indicators", Set.of("edgeOfCareFollowUpMonths", "edgeOfCareStayedOut",
          "edgeOfCareLookedAfter", "edgeOfCareInsufficientFollowUp", "shortTermThresholdDays",
          "residentialStays", "staysBeyondThreshold", "completedStayLengths", "destinations",
          "peopleWithTeam", "keyWorkerChangeCounts", "specialistCounts", "level", "explanation"));
      count(ind, "/indicators", "peopleWithTeam");
      explanation(ind, "/indicators");
      req(d, "", "problems");
      explanation(d, "");
    }

    void exclusions(JsonNode d, String name) {
      JsonNode list = req(d, "", name);
      for (int i = 0; i < list.size(); i++) {
        String p = "/" + name + "/" + i;
        known(list.get(i), p, Set.of("youngPersonId", "reason"));
        text(list.get(i), p, "youngPersonId");
        code(list.get(i), p, "reason", org.nwd.impact.ExclusionReason.values());
      }
    }

    void measure(JsonNode m, String p) {
      known(m, p, Set.of("measure", "people", "withoutObservation", "changes", "rates", "scores",
          "statuses", "comparison", "undefinedReason", "derivation", "explanation"));
      count(m, p, "people");
      count(m, p, "withoutObservation");
      JsonNode c = req(m, p, "changes");
      known(c, p + "/changes", Set.of("improved", "unchanged", "worse"));
      count(c, p + "/changes", "improved");
      count(c, p + "/changes", "unchanged");
      count(c, p + "/changes", "worse");
      int kinds = (m.has("rates") ? 1 : 0) + (m.has("scores") ? 1 : 0) + (m.has("statuses") ? 1 : 0);
      boolean undefined = m.has("undefinedReason");
      if (undefined ? kinds != 0 : kinds != 1) {
        throw fail(p, undefined ? "undefinedReason" : "rates",
            "a measure result has exactly one of rates, scores and statuses, or none with an "
                + "undefinedReason; found " + kinds + (undefined ? " with" : " without")
                + " an undefinedReason");
      }
      if (m.has("rates")) {
        rates(m.get("rates"), p + "/rates");
      }
      if (m.has("scores")) {
        known(m.get("scores"), p + "/scores", Set.of("meanChange", "hedgesG", "explanation"));
        explanation(m.get("scores"), p + "/scores");
        stats(m.get("scores"), p + "/scores", "meanChange", PairedMeanChange.class);
        stats(m.get("scores"), p + "/scores", "hedgesG", HedgesG.class);
      }
      if (m.has("statuses")) {
        known(m.get("statuses"), p + "/statuses",
            Set.of("before", "after", "mcNemar", "explanation"));
        explanation(m.get("statuses"), p + "/statuses");
        stats(m.get("statuses"), p + "/statuses", "before", Proportion.class);
        stats(m.get("statuses"), p + "/statuses", "after", Proportion.class);
        stats(m.get("statuses"), p + "/statuses", "mcNemar", McNemarTest.class);
      }
      if (m.has("comparison")) {
        String q = p + "/comparison";
        known(m.get("comparison"), q, Set.of("differenceInDifferences", "unit",
            "ratioOfRateRatios", "eventsAvoided", "explanation"));
        text(m.get("comparison"), q, "unit");
        explanation(m.get("comparison"), q);
        DifferenceInDifferences did = (DifferenceInDifferences)
            stats(m.get("comparison"), q, "differenceInDifferences", DifferenceInDifferences.class);
        stats(m.get("comparison"), q, "ratioOfRateRatios", RatioOfRateRatios.class);
        eventsAvoided(req(m.get("comparison"), q, "eventsAvoided"), q + "/eventsAvoided");
        double py = did.treatedAfter().personYears();
        double expected = (did.treatedBefore().rate() - did.treatedAfter().rate()
            - (did.comparisonBefore().rate() - did.comparisonAfter().rate())) * py;
        same(m.get("comparison").get("eventsAvoided"), q + "/eventsAvoided", "value", expected);
      }
      text(m, p, "derivation");
      explanation(m, p);
    }

    void rates(JsonNode r, String p) {
      known(r, p, Set.of("eventsBefore", "eventsAfter", "daysAtRiskBefore", "daysAtRiskAfter",
          "unit", "level", "wilcoxon", "before", "after", "absoluteChange", "percentChange",
          "rateRatio", "eventsAvoided", "explanation"));
      text(r, p, "unit");
      long eb = count(r, p, "eventsBefore");
      long ea = count(r, p, "eventsAfter");
      long db = count(r, p, "daysAtRiskBefore");
      long da = count(r, p, "daysAtRiskAfter");
      stats(r, p, "wilcoxon", WilcoxonSignedRank.class);
      Rate before = (Rate) stats(r, p, "before", Rate.class);
      Rate after = (Rate) stats(r, p, "after", Rate.class);
      Rate eb2 = Rate.ofDays(eb, db, before.level());
      Rate ea2 = Rate.ofDays(ea, da, after.level());
      same(r, p, "absoluteChange", ea2.rate() - eb2.rate());
      if (!eb2.equals(before)) {
        throw fail(p + "/before", "before", "before does not match eventsBefore and daysAtRiskBefore");
      }
      if (!ea2.equals(after)) {
        throw fail(p + "/after", "after", "after does not match eventsAfter and daysAtRiskAfter");
      }
      stats(r, p, "percentChange", PercentChange.class);
      stats(r, p, "rateRatio", RateRatio.class);
      eventsAvoided(req(r, p, "eventsAvoided"), p + "/eventsAvoided");
      same(r.get("eventsAvoided"), p + "/eventsAvoided", "value",
          (eb2.rate() - ea2.rate()) * ea2.personYears());
      explanation(r, p);
    }

    void eventsAvoided(JsonNode a, String p) {
      known(a, p, Set.of("design", "rateBefore", "rateAfter", "personYearsAfter",
          "comparisonReduction", "interval", "unit", "value", "explanation"));
      code(a, p, "design", org.nwd.impact.DesignLevel.values());
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

    void breakdown(JsonNode b, String p) {
      known(b, p, Set.of("dimension", "measure", "changes", "events", "daysAtRiskBefore",
          "daysAtRiskAfter"));
      code(b, p, "dimension", org.nwd.impact.BreakdownDimension.values());
      table(req(b, p, "changes"), p + "/changes");
      if (b.has("events")) {
        table(b.get("events"), p + "/events");
      }
    }

    void table(JsonNode t, String p) {
      known(t, p, Set.of("title", "rowLabels", "columnLabels", "counts", "threshold", "suppressed"));
      SuppressedTable.Builder builder = SuppressedTable.builder().title(text(t, p, "title"));
      for (JsonNode s : req(t, p, "rowLabels")) {
        builder.addRowLabels(s.asText());
      }
      for (JsonNode s : req(t, p, "columnLabels")) {
        builder.addColumnLabels(s.asText());
      }
      for (JsonNode row : req(t, p, "counts")) {
        com.google.common.collect.ImmutableList.Builder<Long> r =
            com.google.common.collect.ImmutableList.builder();
        for (JsonNode v : row) {
          r.add(v.asLong());
        }
        builder.addCounts(r.build());
      }
      SuppressedTable table;
      try {
        table = builder.threshold((int) count(t, p, "threshold")).build();
      } catch (org.nwd.DomainRuleException e) {
        throw fail(p, e.field(), e.getMessage());
      }
      JsonNode given = req(t, p, "suppressed");
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          JsonNode cell = given.path(i).path(j);
          if (!cell.isBoolean() || cell.asBoolean() != table.isSuppressed(i, j)) {
            throw fail(p + "/suppressed/" + i + "/" + j, "suppressed",
                "suppressed does not match the suppression recomputed from the counts and threshold");
          }
        }
      }
    }
  }
}
