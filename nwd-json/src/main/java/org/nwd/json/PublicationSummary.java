package org.nwd.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nwd.impact.ChangeCounts;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Exclusion;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.ScoreChange;
import org.nwd.impact.StatusChange;
import org.nwd.impact.SuppressedTable;
import org.nwd.impact.Suppression;
import org.nwd.stats.Interval;
import org.nwd.stats.Proportion;

/**
 * An impact result's published figures as a JSON summary, under the same {@link DisclosureControl}
 * decisions as {@link ImpactResult#renderForPublication(DisclosureControl)} and the tables of
 * nwd-report, so that the JSON, the text tables, the HTML and the CSV all agree: a withheld figure is
 * the marker string {@code "[c]"} (a small count, or computed from one) or {@code "[d]"} (withheld so
 * that a {@code [c]} figure cannot be worked out by subtraction) in place of its number. Rates,
 * ratios, shares, changes and their intervals are rounded half up to two decimals, as the text
 * tables print them; p-values are strings as printed there ("&lt; 0.001", or three significant
 * figures, "0.0123"), the headline test's with its Holm adjustment across the analysis' measures; an
 * infinite or undefined figure is the text the tables print ({@code "+infinity"}, {@code
 * "undefined"}).
 *
 * <p>Not an nwd document: it holds no pseudonymous ids and no person-level data, and it is not read
 * back into a result. For the full result use {@link NwdJson#write(Object)}.
 *
 * <pre>{@code
 * String json = PublicationSummary.write(result);                          // the analysis' threshold
 * String open = PublicationSummary.write(result, DisclosureControl.of(10)); // a stricter one
 * }</pre>
 */
public final class PublicationSummary {
  /** The value of the summary's {@code "summary"} field. */
  public static final String KIND = "nwd impact publication summary";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_UP);

  private final DisclosureControl dc;
  private final JsonGenerator g;

  private PublicationSummary(DisclosureControl dc, JsonGenerator g) {
    this.dc = dc;
    this.g = g;
  }

  /** The summary under the analysis' own {@link org.nwd.impact.ImpactAnalysis#suppressionThreshold()}. */
  public static String write(ImpactResult result) {
    Objects.requireNonNull(result, "result");
    return write(result, DisclosureControl.of(result.analysis().suppressionThreshold()));
  }

  /** The summary under {@code control}. */
  public static String write(ImpactResult result, DisclosureControl control) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(control, "control");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      new PublicationSummary(control, g).result(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void result(ImpactResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("summary", KIND);
    g.writeStringField("analysis", r.analysis().name());
    g.writeStringField("design", r.design().text());
    g.writeObjectFieldStart("suppression");
    g.writeNumberField("threshold", dc.threshold());
    g.writeStringField("rule", dc.statement());
    g.writeStringField("markers", dc.markerNote());
    g.writeEndObject();
    g.writeFieldName("youngPeople");
    people(r.peopleIncluded(), r.exclusions());
    if (r.comparisonPeopleIncluded().isPresent()) {
      g.writeFieldName("comparisonYoungPeople");
      people(r.comparisonPeopleIncluded().get(), r.comparisonExclusions());
    }
    g.writeArrayFieldStart("measures");
    for (MeasureResult m : r.measures()) {
      measure(r, m);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Included, excluded by reason and evaluated: one column whose total is published. */
  private void people(long included, List<Exclusion> exclusions) throws IOException {
    Map<ExclusionReason, Long> byReason = new java.util.EnumMap<>(ExclusionReason.class);
    for (Exclusion e : exclusions) {
      byReason.merge(e.reason(), 1L, Long::sum);
    }
    List<String> labels = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    labels.add("included");
    counts.add(new long[] {included});
    byReason.forEach((reason, n) -> {
      labels.add(reason.text());
      counts.add(new long[] {n});
    });
    SuppressedTable t = dc.table("young people", labels, List.of("young people"),
        counts.toArray(long[][]::new));
    g.writeStartObject();
    count("evaluated", t.suppression(labels.size(), 0), t.value(labels.size(), 0));
    count("included", t.suppression(0, 0), included);
    g.writeObjectFieldStart("excluded");
    for (int i = 1; i < labels.size(); i++) {
      count(labels.get(i), t.suppression(i, 0), t.value(i, 0));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void measure(ImpactResult r, MeasureResult m) throws IOException {
    Suppression s = dc.measure(m);
    g.writeStartObject();
    g.writeStringField("measure", m.measure().code());
    g.writeStringField("name", m.measure().name());
    count("youngPeople", dc.count(m.people()), m.people());
    ChangeCounts c = m.changes();
    Suppression[] cs = dc.changes(m);
    g.writeObjectFieldStart("changes");
    count("improved", cs[0], c.improved());
    count("unchanged", cs[1], c.unchanged());
    count("worse", cs[2], c.worse());
    g.writeEndObject();
    if (m.rates().isPresent()) {
      RateChange rc = m.rates().get();
      g.writeObjectFieldStart("rates");
      count("eventsBefore", dc.count(rc.eventsBefore()), rc.eventsBefore());
      count("eventsAfter", dc.count(rc.eventsAfter()), rc.eventsAfter());
      figure("rateBefore", s, rc.before().rate());
      figure("rateAfter", s, rc.after().rate());
      figure("rateRatio", s, rc.rateRatio().estimate());
      interval("rateRatioInterval", s, rc.rateRatio().interval());
      text("intervalMethod", s, rc.rateRatio().method().name());
      p("pValue", s, rc.rateRatio().pValue());
      g.writeEndObject();
    }
    if (m.comparison().isPresent()) {
      ComparisonChange cc = m.comparison().get();
      Suppression both = s.and(dc.comparison(cc));
      g.writeObjectFieldStart("comparison");
      count("comparisonYoungPeople", both, cc.differenceInDifferences().comparison().size());
      figure("ratioOfRateRatios", both, cc.ratioOfRateRatios().estimate());
      interval("ratioOfRateRatiosInterval", both, cc.ratioOfRateRatios().interval());
      figure("differenceInDifferences", both, cc.differenceInDifferences().estimate());
      interval("differenceInDifferencesInterval", both,
          Optional.of(cc.differenceInDifferences().interval()));
      text("intervalMethod", both, cc.ratioOfRateRatios().method().name());
      p("pValue", both, cc.ratioOfRateRatios().pValue());
      g.writeEndObject();
    }
    if (m.headlineTest().isPresent()) {
      // The comparison's test when there is one, withheld with it.
      Suppression ts = m.comparison().isPresent() ? s.and(dc.comparison(m.comparison().get())) : s;
      g.writeObjectFieldStart("headlineTest");
      text("test", ts, m.headlineTest().get());
      p("pValue", ts, m.pValue());
      p("holmPValue", ts, r.holmPValue(m.measure()));
      g.writeEndObject();
    }
    if (m.scores().isPresent()) {
      ScoreChange sc = m.scores().get();
      g.writeObjectFieldStart("scores");
      count("pairs", s, sc.pairs());
      figure("meanChange", s, sc.meanChange().meanChange());
      interval("meanChangeInterval", s, Optional.of(sc.meanChange().interval()));
      g.writeEndObject();
    }
    if (m.statuses().isPresent()) {
      StatusChange st = m.statuses().get();
      g.writeObjectFieldStart("statuses");
      share("before", s, st.before());
      share("after", s, st.after());
      g.writeEndObject();
    }
    if (m.undefinedReason().isPresent()) {
      g.writeStringField("undefined", m.undefinedReason().get());
    }
    g.writeEndObject();
  }

  /**
   * A p-value as the text tables print it, as a string: "&lt; 0.001" or three significant figures;
   * the marker of {@code s}, or "undefined".
   */
  private void p(String name, Suppression s, OptionalDouble p) throws IOException {
    if (s.isSuppressed()) {
      g.writeStringField(name, s.marker());
    } else if (p.isEmpty() || Double.isNaN(p.getAsDouble())) {
      g.writeStringField(name, "undefined");
    } else if (p.getAsDouble() < 0.001) {
      g.writeStringField(name, "< 0.001");
    } else {
      BigDecimal v = new BigDecimal(p.getAsDouble()).round(THREE);
      g.writeStringField(name, (v.precision() < 3 ? v.setScale(v.scale() + 3 - v.precision()) : v)
          .toPlainString());
    }
  }

  private void share(String name, Suppression s, Proportion p) throws IOException {
    g.writeObjectFieldStart(name);
    figure("share", s, p.estimate());
    interval("interval", s, Optional.of(p.interval()));
    g.writeEndObject();
  }

  /** Words that can follow from the counts (which method, which test), or the marker of {@code s}. */
  private void text(String name, Suppression s, String value) throws IOException {
    g.writeStringField(name, s.isSuppressed() ? s.marker() : value);
  }

  /** A count, or the marker of {@code s}. */
  private void count(String name, Suppression s, long value) throws IOException {
    if (s.isSuppressed()) {
      g.writeStringField(name, s.marker());
    } else {
      g.writeNumberField(name, value);
    }
  }

  private void figure(String name, Suppression s, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      figure(name, s, value.getAsDouble());
    } else if (s.isSuppressed()) {
      g.writeStringField(name, s.marker());
    } else {
      g.writeStringField(name, "undefined");
    }
  }

  /** Two decimals, half up, or the marker of {@code s}, or the text of an infinity or NaN. */
  private void figure(String name, Suppression s, double value) throws IOException {
    g.writeFieldName(name);
    number(s, value);
  }

  private void number(Suppression s, double value) throws IOException {
    if (s.isSuppressed()) {
      g.writeString(s.marker());
    } else if (Double.isNaN(value)) {
      g.writeString("undefined");
    } else if (Double.isInfinite(value)) {
      g.writeString(value > 0 ? "+infinity" : "-infinity");
    } else {
      g.writeNumber(new BigDecimal(value).setScale(2, RoundingMode.HALF_UP));
    }
  }

  /** {@code [lower, upper]}, the marker of {@code s}, or {@code "undefined"} without an interval. */
  private void interval(String name, Suppression s, Optional<Interval> i) throws IOException {
    g.writeFieldName(name);
    if (s.isSuppressed()) {
      g.writeString(s.marker());
    } else if (i.isEmpty()) {
      g.writeString("undefined");
    } else {
      g.writeStartArray();
      number(s, i.get().lower());
      number(s, i.get().upper());
      g.writeEndArray();
    }
  }
}
