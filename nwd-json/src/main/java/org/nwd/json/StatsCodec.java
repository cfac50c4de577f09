package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nwd.Explanation;
import org.nwd.stats.ConditionalOddsRatio;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.HedgesG;
import org.nwd.stats.Interval;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedEffectSize;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PairedProportions;
import org.nwd.stats.PercentChange;
import org.nwd.stats.PersonCountSums;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * Writes and reads statistics results as {@code {"type", "inputs", "outputs", "explanation"}}. The
 * inputs are what the result is built from (read back through its builder); the outputs and the
 * explanation are derived, written for systems that do not run the library, and checked against the
 * recomputed result when read, so a document cannot claim figures its inputs do not give.
 * Non-finite outputs (an unbounded interval) are the strings {@code "+Infinity"}/{@code "-Infinity"}.
 */
final class StatsCodec {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** The result classes with their stable type codes, in the order of the schema. */
  static final Map<Class<?>, String> TYPES =
      Map.ofEntries(
          Map.entry(Rate.class, "rate"),
          Map.entry(RateRatio.class, "rate_ratio"),
          Map.entry(PercentChange.class, "percent_change"),
          Map.entry(Proportion.class, "proportion"),
          Map.entry(McNemarTest.class, "mcnemar_test"),
          Map.entry(PairedMeanChange.class, "paired_mean_change"),
          Map.entry(HedgesG.class, "hedges_g"),
          Map.entry(WilcoxonSignedRank.class, "wilcoxon_signed_rank"),
          Map.entry(RatioOfRateRatios.class, "ratio_of_rate_ratios"),
          Map.entry(DifferenceInDifferences.class, "difference_in_differences"),
          Map.entry(PairedProportions.class, "paired_proportions"),
          Map.entry(ConditionalOddsRatio.class, "conditional_odds_ratio"),
          Map.entry(PairedEffectSize.class, "paired_effect_size"));

  private StatsCodec() {}

  static boolean isResult(Class<?> type) {
    return TYPES.containsKey(type);
  }

  // ---- enum codes: stable strings, never Java names ----

  static String code(RateRatioMethod m) {
    switch (m) {
      case AUTO:
        return "auto";
      case EXACT_CONDITIONAL:
        return "exact_conditional";
      case LOG_WALD:
        return "log_wald";
      case CLUSTER_ROBUST:
        return "cluster_robust";
      case BOOTSTRAP_PERCENTILE:
        return "bootstrap_percentile";
      default:
        return "bootstrap_bca";
    }
  }

  static String code(McNemarTest.Method m) {
    switch (m) {
      case AUTO:
        return "auto";
      case EXACT_BINOMIAL:
        return "exact_binomial";
      default:
        return "chi_square_corrected";
    }
  }

  static String code(HedgesG.Variance v) {
    return v == HedgesG.Variance.J_SQUARED_VAR_D ? "j_squared_var_d" : "approximate_g";
  }

  static String code(WilcoxonSignedRank.PValueKind k) {
    return k == WilcoxonSignedRank.PValueKind.EXACT ? "exact" : "normal_approximation";
  }

  static String code(WilcoxonSignedRank.ZeroMethod z) {
    return z == WilcoxonSignedRank.ZeroMethod.PRATT ? "pratt" : "wilcox";
  }

  static <E extends Enum<E>> E fromCode(
      In in, String field, E[] values, java.util.function.Function<E, String> codeOf) {
    String text = in.text(field);
    for (E value : values) {
      if (codeOf.apply(value).equals(text)) {
        return value;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E value : values) {
      known.append(known.length() == 0 ? "" : ", ").append(codeOf.apply(value));
    }
    throw in.fail(field, "unknown code \"" + Errors.printable(text) + "\"; known codes: " + known);
  }

  // ---- shared pieces ----

  static void number(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeString(value > 0 ? "+Infinity" : value < 0 ? "-Infinity" : "NaN");
    }
  }

  static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      number(g, name, value.getAsDouble());
    }
  }

  static void interval(JsonGenerator g, String name, Interval i) throws IOException {
    g.writeObjectFieldStart(name);
    number(g, "lower", i.lower());
    number(g, "upper", i.upper());
    g.writeEndObject();
  }

  static void interval(JsonGenerator g, String name, Optional<Interval> i) throws IOException {
    if (i.isPresent()) {
      interval(g, name, i.get());
    }
  }

  /** An interval as the module writes it standalone: the upper bound may be "+Infinity". */
  static void interval(JsonGenerator g, Interval i) throws IOException {
    g.writeStartObject();
    number(g, "lower", i.lower());
    number(g, "upper", i.upper());
    g.writeEndObject();
  }

  static Interval interval(In in) {
    double[] bounds = new double[2];
    In.Mark at =
        in.object(
            "interval",
            name -> {
              switch (name) {
                case "lower":
                  bounds[0] = in.number(name);
                  return true;
                case "upper":
                  bounds[1] =
                      in.token() == JsonToken.VALUE_STRING && "+Infinity".equals(in.text(name))
                          ? Double.POSITIVE_INFINITY
                          : in.number(name);
                  return true;
                default:
                  return false;
              }
            },
            "lower",
            "upper");
    return In.build(at, () -> Interval.of(bounds[0], bounds[1]));
  }

  static ConfidenceLevel level(In in, String field) {
    double value = in.number(field);
    In.Mark at = in.mark();
    try {
      return ConfidenceLevel.of(value);
    } catch (org.nwd.DomainRuleException e) {
      throw new NwdJsonException(at.pointer(), at.line(), at.column(), field, e.getMessage(), e);
    }
  }

  static void numbers(JsonGenerator g, String name, List<Double> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  static void numbers(In in, String field, java.util.function.DoubleConsumer sink) {
    in.array(field, () -> sink.accept(in.number(field)));
  }

  // ---- inputs ----

  static void rateInputs(JsonGenerator g, Rate r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("events", r.events());
    g.writeNumberField("personYears", r.personYears());
    g.writeNumberField("level", r.level().value());
    g.writeEndObject();
  }

  static Rate rateInputs(In in, String field) {
    Rate.Builder b = Rate.builder();
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "events":
                  b.events(in.longInteger(name));
                  return true;
                case "personYears":
                  b.personYears(in.number(name));
                  return true;
                case "level":
                  b.level(level(in, name));
                  return true;
                default:
                  return false;
              }
            },
            "events",
            "personYears");
    return In.build(at, b::build);
  }

  static void personPeriods(JsonGenerator g, PersonPeriods p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("eventsBefore", p.eventsBefore());
    g.writeNumberField("daysAtRiskBefore", p.daysAtRiskBefore());
    g.writeNumberField("eventsAfter", p.eventsAfter());
    g.writeNumberField("daysAtRiskAfter", p.daysAtRiskAfter());
    g.writeEndObject();
  }

  static PersonPeriods personPeriods(In in, String field) {
    long[] events = new long[2];
    double[] days = new double[2];
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "eventsBefore":
                  events[0] = in.longInteger(name);
                  return true;
                case "daysAtRiskBefore":
                  days[0] = in.number(name);
                  return true;
                case "eventsAfter":
                  events[1] = in.longInteger(name);
                  return true;
                case "daysAtRiskAfter":
                  days[1] = in.number(name);
                  return true;
                default:
                  return false;
              }
            },
            "eventsBefore",
            "daysAtRiskBefore",
            "eventsAfter",
            "daysAtRiskAfter");
    return In.build(at, () -> PersonPeriods.of(events[0], days[0], events[1], days[1]));
  }

  /** {@code {"people", "sums": [Σb, ΣTb, Σa, ΣTa], "crossProducts": [10]}}, exact integers. */
  static void personSums(JsonGenerator g, PersonCountSums p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("people", p.people());
    g.writeArrayFieldStart("sums");
    for (BigInteger v : p.sums()) {
      g.writeNumber(v);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("crossProducts");
    for (BigInteger v : p.crossProducts()) {
      g.writeNumber(v);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static PersonCountSums personSums(In in, String field) {
    PersonCountSums.Builder b = PersonCountSums.builder();
    In.Mark at =
        in.object(
            field,
            name -> {
              switch (name) {
                case "people":
                  b.people(in.longInteger(name));
                  return true;
                case "sums":
                  in.array(name, () -> b.addSums(in.bigInteger(name)));
                  return true;
                case "crossProducts":
                  in.array(name, () -> b.addCrossProducts(in.bigInteger(name)));
                  return true;
                default:
                  return false;
              }
            },
            "people",
            "sums",
            "crossProducts");
    return In.build(at, b::build);
  }

  /** Every person's counts: four arrays of whole numbers, one value per young person each. */
  static void personCounts(JsonGenerator g, PersonCounts p) throws IOException {
    g.writeStartObject();
    longs(g, "eventsBefore", p.eventsBefore());
    longs(g, "daysBefore", p.daysBefore());
    longs(g, "eventsAfter", p.eventsAfter());
    longs(g, "daysAfter", p.daysAfter());
    g.writeEndObject();
  }

  private static void longs(JsonGenerator g, String name, long[] values) throws IOException {
    g.writeFieldName(name);
    g.writeArray(values, 0, values.length);
  }

  static PersonCounts personCounts(In in, String field) {
    List<long[]> arrays = new java.util.ArrayList<>(List.of(new long[0], new long[0], new long[0],
        new long[0]));
    List<String> names = List.of("eventsBefore", "daysBefore", "eventsAfter", "daysAfter");
    In.Mark at =
        in.object(
            field,
            name -> {
              int i = names.indexOf(name);
              if (i < 0) {
                return false;
              }
              java.util.stream.LongStream.Builder values = java.util.stream.LongStream.builder();
              in.array(name, () -> values.add(in.longInteger(name)));
              arrays.set(i, values.build().toArray());
              return true;
            },
            "eventsBefore",
            "daysBefore",
            "eventsAfter",
            "daysAfter");
    return In.build(at, () -> PersonCounts.of(arrays.get(0), arrays.get(1), arrays.get(2),
        arrays.get(3)));
  }

  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static void inputs(JsonGenerator g, Object result) throws IOException {
    if (result instanceof Rate) {
      rateInputs(g, (Rate) result);
      return;
    }
    g.writeStartObject();
    if (result instanceof RateRatio) {
      RateRatio r = (RateRatio) result;
      g.writeFieldName("before");
      rateInputs(g, r.before());
      g.writeFieldName("after");
      rateInputs(g, r.after());
      g.writeStringField("requestedMethod", code(r.requestedMethod()));
      g.writeNumberField("level", r.level().value());
      if (r.personSums().isPresent()) {
        g.writeFieldName("personSums");
        personSums(g, r.personSums().get());
      }
      if (r.personCounts().isPresent()) {
        g.writeFieldName("personCounts");
        personCounts(g, r.personCounts().get());
      }
      if (r.seed() != RateRatio.DEFAULT_SEED) {
        g.writeNumberField("seed", r.seed());
      }
      if (r.replicates() != RateRatio.DEFAULT_REPLICATES) {
        g.writeNumberField("replicates", r.replicates());
      }
    } else if (result instanceof PercentChange) {
      PercentChange p = (PercentChange) result;
      g.writeNumberField("before", p.before());
      g.writeNumberField("after", p.after());
    } else if (result instanceof Proportion) {
      Proportion p = (Proportion) result;
      g.writeNumberField("successes", p.successes());
      g.writeNumberField("trials", p.trials());
      g.writeNumberField("level", p.level().value());
    } else if (result instanceof McNemarTest) {
      McNemarTest m = (McNemarTest) result;
      g.writeNumberField("yesToNo", m.yesToNo());
      g.writeNumberField("noToYes", m.noToYes());
      g.writeStringField("requestedMethod", code(m.requestedMethod()));
      g.writeNumberField("level", m.level().value());
    } else if (result instanceof PairedMeanChange) {
      PairedMeanChange p = (PairedMeanChange) result;
      numbers(g, "before", p.before());
      numbers(g, "after", p.after());
      g.writeNumberField("level", p.level().value());
    } else if (result instanceof HedgesG) {
      HedgesG h = (HedgesG) result;
      g.writeNumberField("mean1", h.mean1());
      g.writeNumberField("sd1", h.sd1());
      g.writeNumberField("n1", h.n1());
      g.writeNumberField("mean2", h.mean2());
      g.writeNumberField("sd2", h.sd2());
      g.writeNumberField("n2", h.n2());
      g.writeStringField("variance", code(h.variance()));
      g.writeNumberField("level", h.level().value());
    } else if (result instanceof WilcoxonSignedRank) {
      WilcoxonSignedRank w = (WilcoxonSignedRank) result;
      numbers(g, "before", w.before());
      numbers(g, "after", w.after());
      g.writeBooleanField("continuityCorrection", w.continuityCorrection());
      g.writeStringField("zeroMethod", code(w.zeroMethod()));
      g.writeNumberField("level", w.level().value());
    } else if (result instanceof PairedProportions) {
      PairedProportions p = (PairedProportions) result;
      g.writeNumberField("bothYes", p.bothYes());
      g.writeNumberField("yesToNo", p.yesToNo());
      g.writeNumberField("noToYes", p.noToYes());
      g.writeNumberField("bothNo", p.bothNo());
      g.writeNumberField("level", p.level().value());
    } else if (result instanceof ConditionalOddsRatio) {
      ConditionalOddsRatio o = (ConditionalOddsRatio) result;
      g.writeNumberField("yesToNo", o.yesToNo());
      g.writeNumberField("noToYes", o.noToYes());
      g.writeNumberField("level", o.level().value());
    } else if (result instanceof PairedEffectSize) {
      PairedEffectSize e = (PairedEffectSize) result;
      g.writeNumberField("n", e.n());
      g.writeNumberField("meanChange", e.meanChange());
      g.writeNumberField("sdChange", e.sdChange());
      g.writeNumberField("level", e.level().value());
    } else if (result instanceof RatioOfRateRatios) {
      RatioOfRateRatios r = (RatioOfRateRatios) result;
      g.writeFieldName("treatedBefore");
      rateInputs(g, r.treatedBefore());
      g.writeFieldName("treatedAfter");
      rateInputs(g, r.treatedAfter());
      g.writeFieldName("comparisonBefore");
      rateInputs(g, r.comparisonBefore());
      g.writeFieldName("comparisonAfter");
      rateInputs(g, r.comparisonAfter());
      g.writeNumberField("level", r.level().value());
      g.writeStringField("requestedMethod", code(r.requestedMethod()));
      if (r.treatedSums().isPresent()) {
        g.writeFieldName("treatedSums");
        personSums(g, r.treatedSums().get());
        g.writeFieldName("comparisonSums");
        personSums(g, r.comparisonSums().get());
      }
    } else {
      DifferenceInDifferences d = (DifferenceInDifferences) result;
      ModelCodec.list(g, "treated", d.treated(), StatsCodec::personPeriods);
      ModelCodec.list(g, "comparison", d.comparison(), StatsCodec::personPeriods);
      g.writeNumberField("seed", d.seed());
      g.writeNumberField("replicates", d.replicates());
      g.writeNumberField("level", d.level().value());
    }
    g.writeEndObject();
  }

  static Object inputs(In in, String type) {
    switch (type) {
      case "rate":
        return rateInputs(in, "inputs");
      case "rate_ratio":
        {
          RateRatio.Builder b = RateRatio.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "before":
                        b.before(rateInputs(in, name));
                        return true;
                      case "after":
                        b.after(rateInputs(in, name));
                        return true;
                      case "requestedMethod":
                        b.requestedMethod(
                            fromCode(in, name, RateRatioMethod.values(), StatsCodec::code));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      case "personSums":
                        b.personSums(personSums(in, name));
                        return true;
                      case "personCounts":
                        b.personCounts(personCounts(in, name));
                        return true;
                      case "seed":
                        b.seed(in.longInteger(name));
                        return true;
                      case "replicates":
                        b.replicates(in.integer(name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "before",
                  "after");
          return In.build(at, b::build);
        }
      case "percent_change":
        {
          double[] v = new double[2];
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "before":
                        v[0] = in.number(name);
                        return true;
                      case "after":
                        v[1] = in.number(name);
                        return true;
                      default:
                        return false;
                    }
                  },
                  "before",
                  "after");
          return In.build(at, () -> PercentChange.of(v[0], v[1]));
        }
      case "proportion":
        {
          Proportion.Builder b = Proportion.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "successes":
                        b.successes(in.longInteger(name));
                        return true;
                      case "trials":
                        b.trials(in.longInteger(name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "successes",
                  "trials");
          return In.build(at, b::build);
        }
      case "mcnemar_test":
        {
          McNemarTest.Builder b = McNemarTest.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "yesToNo":
                        b.yesToNo(in.longInteger(name));
                        return true;
                      case "noToYes":
                        b.noToYes(in.longInteger(name));
                        return true;
                      case "requestedMethod":
                        b.requestedMethod(
                            fromCode(in, name, McNemarTest.Method.values(), StatsCodec::code));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "yesToNo",
                  "noToYes");
          return In.build(at, b::build);
        }
      case "paired_mean_change":
        {
          PairedMeanChange.Builder b = PairedMeanChange.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "before":
                        numbers(in, name, b::addBefore);
                        return true;
                      case "after":
                        numbers(in, name, b::addAfter);
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "before",
                  "after");
          return In.build(at, b::build);
        }
      case "hedges_g":
        {
          HedgesG.Builder b = HedgesG.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "mean1":
                        b.mean1(in.number(name));
                        return true;
                      case "sd1":
                        b.sd1(in.number(name));
                        return true;
                      case "n1":
                        b.n1(in.integer(name));
                        return true;
                      case "mean2":
                        b.mean2(in.number(name));
                        return true;
                      case "sd2":
                        b.sd2(in.number(name));
                        return true;
                      case "n2":
                        b.n2(in.integer(name));
                        return true;
                      case "variance":
                        b.variance(fromCode(in, name, HedgesG.Variance.values(), StatsCodec::code));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "mean1",
                  "sd1",
                  "n1",
                  "mean2",
                  "sd2",
                  "n2");
          return In.build(at, b::build);
        }
      case "wilcoxon_signed_rank":
        {
          WilcoxonSignedRank.Builder b = WilcoxonSignedRank.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "before":
                        numbers(in, name, b::addBefore);
                        return true;
                      case "after":
                        numbers(in, name, b::addAfter);
                        return true;
                      case "continuityCorrection":
                        b.continuityCorrection(in.bool(name));
                        return true;
                      case "zeroMethod":
                        b.zeroMethod(
                            fromCode(
                                in, name, WilcoxonSignedRank.ZeroMethod.values(), StatsCodec::code));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "before",
                  "after");
          return In.build(at, b::build);
        }
      case "paired_proportions":
        {
          PairedProportions.Builder b = PairedProportions.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "bothYes":
                        b.bothYes(in.longInteger(name));
                        return true;
                      case "yesToNo":
                        b.yesToNo(in.longInteger(name));
                        return true;
                      case "noToYes":
                        b.noToYes(in.longInteger(name));
                        return true;
                      case "bothNo":
                        b.bothNo(in.longInteger(name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "bothYes",
                  "yesToNo",
                  "noToYes",
                  "bothNo");
          return In.build(at, b::build);
        }
      case "conditional_odds_ratio":
        {
          ConditionalOddsRatio.Builder b = ConditionalOddsRatio.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "yesToNo":
                        b.yesToNo(in.longInteger(name));
                        return true;
                      case "noToYes":
                        b.noToYes(in.longInteger(name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "yesToNo",
                  "noToYes");
          return In.build(at, b::build);
        }
      case "paired_effect_size":
        {
          PairedEffectSize.Builder b = PairedEffectSize.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "n":
                        b.n(in.integer(name));
                        return true;
                      case "meanChange":
                        b.meanChange(in.number(name));
                        return true;
                      case "sdChange":
                        b.sdChange(in.number(name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "n",
                  "meanChange",
                  "sdChange");
          return In.build(at, b::build);
        }
      case "ratio_of_rate_ratios":
        {
          RatioOfRateRatios.Builder b = RatioOfRateRatios.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "treatedBefore":
                        b.treatedBefore(rateInputs(in, name));
                        return true;
                      case "treatedAfter":
                        b.treatedAfter(rateInputs(in, name));
                        return true;
                      case "comparisonBefore":
                        b.comparisonBefore(rateInputs(in, name));
                        return true;
                      case "comparisonAfter":
                        b.comparisonAfter(rateInputs(in, name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      case "requestedMethod":
                        b.requestedMethod(
                            fromCode(in, name, RateRatioMethod.values(), StatsCodec::code));
                        return true;
                      case "treatedSums":
                        b.treatedSums(personSums(in, name));
                        return true;
                      case "comparisonSums":
                        b.comparisonSums(personSums(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "treatedBefore",
                  "treatedAfter",
                  "comparisonBefore",
                  "comparisonAfter");
          return In.build(at, b::build);
        }
      default:
        {
          DifferenceInDifferences.Builder b = DifferenceInDifferences.builder();
          In.Mark at =
              in.object(
                  "inputs",
                  name -> {
                    switch (name) {
                      case "treated":
                        in.array(name, () -> b.addTreated(personPeriods(in, name)));
                        return true;
                      case "comparison":
                        in.array(name, () -> b.addComparison(personPeriods(in, name)));
                        return true;
                      case "seed":
                        b.seed(in.longInteger(name));
                        return true;
                      case "replicates":
                        b.replicates(in.integer(name));
                        return true;
                      case "level":
                        b.level(level(in, name));
                        return true;
                      default:
                        return false;
                    }
                  },
                  "treated",
                  "comparison",
                  "seed");
          return In.build(at, b::build);
        }
    }
  }

  // ---- outputs ----

  static void outputs(JsonGenerator g, Object result) throws IOException {
    g.writeStartObject();
    if (result instanceof Rate) {
      Rate r = (Rate) result;
      number(g, "rate", r.rate());
      interval(g, "interval", r.interval());
      g.writeStringField("method", r.method());
    } else if (result instanceof RateRatio) {
      RateRatio r = (RateRatio) result;
      number(g, "estimate", r.estimate());
      interval(g, "interval", r.interval());
      g.writeStringField("method", code(r.method()));
      if (r.undefinedReason().isPresent()) {
        g.writeStringField("undefinedReason", r.undefinedReason().get());
      }
      number(g, "pValue", r.pValue());
      number(g, "logStandardError", r.logStandardError());
      number(g, "degreesOfFreedom", r.degreesOfFreedom());
      number(g, "dispersionBefore", r.dispersionBefore());
      number(g, "dispersionAfter", r.dispersionAfter());
      g.writeStringField("methodReason", r.methodReason());
      strings(g, "warnings", r.warnings());
    } else if (result instanceof PercentChange) {
      number(g, "percent", ((PercentChange) result).percent());
    } else if (result instanceof Proportion) {
      Proportion p = (Proportion) result;
      number(g, "estimate", p.estimate());
      interval(g, "interval", p.interval());
      g.writeStringField("method", p.method());
    } else if (result instanceof McNemarTest) {
      McNemarTest m = (McNemarTest) result;
      number(g, "statistic", m.statistic());
      number(g, "pValue", m.pValue());
      g.writeStringField("method", code(m.method()));
    } else if (result instanceof PairedMeanChange) {
      PairedMeanChange p = (PairedMeanChange) result;
      g.writeNumberField("n", p.n());
      number(g, "meanChange", p.meanChange());
      number(g, "sdChange", p.sdChange());
      interval(g, "interval", p.interval());
      number(g, "t", p.t());
      number(g, "pValue", p.pValue());
      g.writeStringField("method", p.method());
    } else if (result instanceof HedgesG) {
      HedgesG h = (HedgesG) result;
      number(g, "g", h.g());
      interval(g, "interval", h.interval());
      g.writeStringField("method", h.method());
      if (h.isSmallSample()) {
        g.writeStringField("warning", h.warning());
      }
    } else if (result instanceof WilcoxonSignedRank) {
      WilcoxonSignedRank w = (WilcoxonSignedRank) result;
      number(g, "wPlus", w.wPlus());
      number(g, "pValue", w.pValue());
      g.writeStringField("pValueKind", code(w.pValueKind()));
      g.writeStringField("method", w.method());
    } else if (result instanceof PairedProportions) {
      PairedProportions p = (PairedProportions) result;
      number(g, "difference", p.difference());
      interval(g, "interval", p.interval());
      number(g, "phi", p.phi());
      g.writeStringField("method", p.method());
      if (p.isSmallSample()) {
        g.writeStringField("warning", p.warning());
      }
    } else if (result instanceof ConditionalOddsRatio) {
      ConditionalOddsRatio o = (ConditionalOddsRatio) result;
      number(g, "estimate", o.estimate());
      interval(g, "interval", o.interval());
      g.writeStringField("method", o.method());
    } else if (result instanceof PairedEffectSize) {
      PairedEffectSize e = (PairedEffectSize) result;
      number(g, "dz", e.dz());
      number(g, "gz", e.gz());
      interval(g, "interval", e.interval());
      g.writeStringField("method", e.method());
    } else if (result instanceof RatioOfRateRatios) {
      RatioOfRateRatios r = (RatioOfRateRatios) result;
      number(g, "estimate", r.estimate());
      interval(g, "interval", r.interval());
      g.writeStringField("method", r.methodName());
      if (r.undefinedReason().isPresent()) {
        g.writeStringField("undefinedReason", r.undefinedReason().get());
      }
      number(g, "pValue", r.pValue());
      number(g, "logStandardError", r.logStandardError());
      number(g, "degreesOfFreedom", r.degreesOfFreedom());
      g.writeStringField("methodReason", r.methodReason());
      strings(g, "warnings", r.warnings());
    } else {
      DifferenceInDifferences d = (DifferenceInDifferences) result;
      number(g, "estimate", d.estimate());
      interval(g, "interval", d.interval());
      g.writeStringField("method", d.method());
      strings(g, "warnings", d.warnings());
    }
    g.writeEndObject();
  }

  static Explanation explanationOf(Object result) {
    if (result instanceof Rate) {
      return ((Rate) result).explanation();
    } else if (result instanceof RateRatio) {
      return ((RateRatio) result).explanation();
    } else if (result instanceof PercentChange) {
      return ((PercentChange) result).explanation();
    } else if (result instanceof Proportion) {
      return ((Proportion) result).explanation();
    } else if (result instanceof McNemarTest) {
      return ((McNemarTest) result).explanation();
    } else if (result instanceof PairedMeanChange) {
      return ((PairedMeanChange) result).explanation();
    } else if (result instanceof HedgesG) {
      return ((HedgesG) result).explanation();
    } else if (result instanceof WilcoxonSignedRank) {
      return ((WilcoxonSignedRank) result).explanation();
    } else if (result instanceof PairedProportions) {
      return ((PairedProportions) result).explanation();
    } else if (result instanceof ConditionalOddsRatio) {
      return ((ConditionalOddsRatio) result).explanation();
    } else if (result instanceof PairedEffectSize) {
      return ((PairedEffectSize) result).explanation();
    } else if (result instanceof RatioOfRateRatios) {
      return ((RatioOfRateRatios) result).explanation();
    }
    return ((DifferenceInDifferences) result).explanation();
  }

  // ---- the whole result ----

  static void result(JsonGenerator g, Object result) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", typeOf(result));
    g.writeFieldName("inputs");
    inputs(g, result);
    g.writeFieldName("outputs");
    outputs(g, result);
    g.writeFieldName("explanation");
    ModelCodec.explanation(g, explanationOf(result));
    g.writeEndObject();
  }

  static String typeOf(Object result) {
    return typeOfClass(result.getClass());
  }

  static String typeOfClass(Class<?> resultClass) {
    Class<?> type = resultClass;
    while (type != null && !TYPES.containsKey(type)) {
      type = type.getSuperclass();
    }
    return type == null ? null : TYPES.get(type);
  }

  /** Reads a result; {@code type} must come first, outputs and explanation must match if given. */
  static Object result(In in, Class<?> expected) {
    in.expect(JsonToken.START_OBJECT, "result", "an object");
    In.Mark start = in.mark();
    if (in.next() != JsonToken.FIELD_NAME || !"type".equals(in.currentName())) {
      throw new NwdJsonException(
          start.pointer(), start.line(), start.column(), "type",
          "a result must start with its \"type\" field", null);
    }
    in.next();
    String type = in.text("type");
    if (!TYPES.containsValue(type)) {
      throw in.fail("type", "unknown result type \"" + Errors.printable(type) + "\"; known types: "
          + String.join(", ", new java.util.TreeSet<>(TYPES.values())));
    }
    String wanted = expected == null ? null : typeOfClass(expected);
    if (wanted != null && !type.equals(wanted)) {
      throw in.fail("type", "result type \"" + type + "\" is not the expected \"" + wanted + "\"");
    }
    Object result = null;
    JsonNode outputs = null;
    In.Mark outputsAt = null;
    JsonNode explanation = null;
    In.Mark explanationAt = null;
    while (in.next() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.next();
      switch (name) {
        case "inputs":
          result = inputs(in, type);
          break;
        case "outputs":
          in.expect(JsonToken.START_OBJECT, name, "an object");
          outputsAt = in.markNow();
          outputs = tree(in);
          break;
        case "explanation":
          in.expect(JsonToken.START_OBJECT, name, "an object");
          explanationAt = in.markNow();
          explanation = tree(in);
          break;
        default:
          in.skipUnknown(name);
      }
    }
    if (result == null) {
      throw new NwdJsonException(start.pointer(), start.line(), start.column(), "inputs",
          "missing required field \"inputs\"", null);
    }
    Object built = result;
    // An earlier version's outputs and explanation were derived by the earlier library, whose
    // methods have since been corrected (exact McNemar and Wilcoxon, issue 12): they are regenerated
    // from the inputs, which are read and checked as always, rather than compared.
    if (outputs != null && !in.isOlderVersion()) {
      compare(outputsAt, "outputs", outputs, render(g -> outputs(g, built)));
    }
    if (explanation != null && !in.isOlderVersion()) {
      compare(explanationAt, "explanation", explanation,
          render(g -> ModelCodec.explanation(g, explanationOf(built))));
    }
    return result;
  }

  private static JsonNode tree(In in) {
    try {
      return PLAIN.readTree(in.parser());
    } catch (IOException e) {
      throw Errors.reading(e, in.parser());
    }
  }

  private interface Render {
    void write(JsonGenerator g) throws IOException;
  }

  private static JsonNode render(Render render) {
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
        render.write(g);
      }
      return PLAIN.readTree(out.toString());
    } catch (IOException e) {
      throw Errors.writing(e);
    }
  }

  private static void compare(In.Mark at, String field, JsonNode given, JsonNode expected) {
    if (given.equals(expected)) {
      return;
    }
    String where = at.pointer();
    Iterator<String> names = expected.fieldNames();
    String differing = "";
    while (names.hasNext()) {
      String name = names.next();
      if (!expected.get(name).equals(given.get(name))) {
        differing = name;
        break;
      }
    }
    if (differing.isEmpty()) {
      Iterator<String> givenNames = given.fieldNames();
      while (givenNames.hasNext()) {
        String name = givenNames.next();
        if (!expected.has(name)) {
          differing = name;
          break;
        }
      }
    }
    throw new NwdJsonException(
        differing.isEmpty() ? where : where + "/" + differing,
        at.line(),
        at.column(),
        differing.isEmpty() ? field : differing,
        field + " do not match the result recomputed from the inputs: they are derived, "
            + "omit them or give the recomputed values",
        null);
  }
}
