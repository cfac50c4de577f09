package org.nwd.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nwd.model.Role;
import org.nwd.stats.Interval;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;

/**
 * {@link ImpactResult#renderForPublication}: the result's plain-text tables with every figure passed
 * through {@link DisclosureControl}, no pseudonymous ids, and numbers rounded for display (rates and
 * ratios to two decimals, p-values as "< 0.001" or to three significant figures).
 */
final class PublicationTables {
  private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_UP);

  private final ImpactResult result;
  private final DisclosureControl dc;
  private final StringBuilder out = new StringBuilder();

  private PublicationTables(ImpactResult result, DisclosureControl dc) {
    this.result = result;
    this.dc = dc;
  }

  static String render(ImpactResult result, DisclosureControl control) {
    return new PublicationTables(result, control).render();
  }

  private String render() {
    ImpactAnalysis a = result.analysis();
    out.append("Impact analysis: ").append(a.name())
        .append(" (for publication: small numbers suppressed under a threshold of ")
        .append(dc.threshold()).append(")\n");
    out.append("Design: ").append(result.design().text()).append('\n');
    out.append(result.design() == DesignLevel.PRE_POST
            ? "Caveat: " + DesignLevel.PRE_POST.caveat()
            : "Caveat: the before/after columns are Maryland SMS level 1 and may overstate the effect"
                + " (regression to the mean); the comparison table adjusts for it (level 3, assuming"
                + " parallel trends)")
        .append('\n');
    out.append("Index date: ").append(a.indexDateRule().description()).append("; windows ")
        .append(a.monthsBefore()).append(" months before, ").append(a.monthsAfter())
        .append(" after; data ").append(a.dataCoverage()).append('\n');
    for (String p : result.problems()) {
      out.append("NOT COMPUTABLE: ").append(p).append('\n');
    }
    out.append("\nYoung people\n");
    people("treated cohort", result.peopleIncluded(), result.exclusionCounts());
    result
        .comparisonPeopleIncluded()
        .ifPresent(
            c -> {
              Map<ExclusionReason, Long> counts = new java.util.EnumMap<>(ExclusionReason.class);
              for (Exclusion e : result.comparisonExclusions()) {
                counts.merge(e.reason(), 1L, Long::sum);
              }
              people("comparison cohort", c, counts);
            });
    measures();
    for (Breakdown b : result.breakdowns()) {
      out.append('\n');
      breakdown(b);
    }
    out.append("\nNo Wrong Door indicators\n");
    indicators(result.indicators());
    out.append('\n').append(dc.statement()).append('\n').append(dc.markerNote()).append('\n');
    return out.toString();
  }

  /** Included and excluded by reason, one column whose total (evaluated) is published. */
  private void people(String cohort, long included, Map<ExclusionReason, Long> ex) {
    List<String> labels = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    labels.add("included");
    counts.add(new long[] {included});
    for (Map.Entry<ExclusionReason, Long> e : ex.entrySet()) {
      labels.add("excluded: " + e.getKey().text());
      counts.add(new long[] {e.getValue()});
    }
    SuppressedTable t = dc.table(cohort, labels, List.of("young people"), counts.toArray(long[][]::new));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= labels.size(); i++) {
      rows.add(List.of(i < labels.size() ? labels.get(i) : "evaluated", cell(t.suppression(i, 0),
          Long.toString(t.value(i, 0)))));
    }
    out.append(Tables.render(List.of(cohort, "young people"), rows));
  }

  private void measures() {
    List<List<String>> rates = new ArrayList<>();
    List<List<String>> avoided = new ArrayList<>();
    List<List<String>> compared = new ArrayList<>();
    List<List<String>> scores = new ArrayList<>();
    List<List<String>> statuses = new ArrayList<>();
    List<List<String>> tests = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String level = result.analysis().level().toString();
    for (MeasureResult m : result.measures()) {
      String name = m.measure().name();
      Suppression s = dc.measure(m);
      m.undefinedReason().ifPresent(r -> undefined.add(name + ": " + r));
      // The headline test is the comparison's when there is one, so it is withheld with it.
      Suppression ts = m.comparison().isPresent() ? s.and(dc.comparison(m.comparison().get())) : s;
      if (m.pValue().isPresent()) {
        tests.add(List.of(name, cell(ts, m.headlineTest().orElseThrow()),
            "SMS level " + m.design().smsLevel(),
            cell(ts, p(m.pValue())), cell(ts, p(result.holmPValue(m.measure())))));
      }
      if (!ts.isSuppressed()) {
        // Warnings can quote counts and dispersions: only those of published figures.
        m.warnings().forEach(w -> warnings.add(name + ": " + w));
      }
      String[] iuw = changes(m);
      if (m.rates().isPresent()) {
        RateChange r = m.rates().get();
        rates.add(List.of(
            name,
            cell(dc.count(m.people()), Long.toString(m.people())),
            cell(dc.count(r.eventsBefore()), Long.toString(r.eventsBefore())),
            cell(dc.count(r.eventsAfter()), Long.toString(r.eventsAfter())),
            cell(s, two(r.before().rate())),
            cell(s, two(r.after().rate())),
            cell(s, r.percentChange().percent().isPresent()
                ? two(r.percentChange().percent().getAsDouble()) + "%" : "undefined"),
            cell(s, optional(r.rateRatio().estimate())),
            cell(s, interval(r.rateRatio().interval())),
            // The method can follow from the counts (no events: no clustered interval).
            cell(s, r.rateRatio().method().text()),
            cell(s, p(r.rateRatio().pValue())),
            cell(s, p(r.wilcoxon().pValue())),
            iuw[0], iuw[1], iuw[2]));
        avoided.add(List.of(name, cell(s, whole(r.eventsAvoided().value()) + " " + r.unit()),
            cell(s, interval(r.eventsAvoided().interval(), 0)),
            "SMS level " + r.eventsAvoided().design().smsLevel()));
      }
      if (m.comparison().isPresent()) {
        ComparisonChange c = m.comparison().get();
        Suppression cs = s.and(dc.comparison(c));
        compared.add(List.of(name,
            cell(cs, optional(c.ratioOfRateRatios().estimate())),
            cell(cs, interval(c.ratioOfRateRatios().interval())),
            cell(cs, c.ratioOfRateRatios().method().text()),
            cell(cs, p(c.ratioOfRateRatios().pValue())),
            cell(cs, two(c.differenceInDifferences().estimate())),
            cell(cs, interval(Optional.of(c.differenceInDifferences().interval())))));
        avoided.add(List.of(name, cell(cs, whole(c.eventsAvoided().value()) + " " + c.unit()),
            cell(cs, interval(c.eventsAvoided().interval(), 0)),
            "SMS level " + c.eventsAvoided().design().smsLevel()));
      }
      if (m.scores().isPresent()) {
        ScoreChange sc = m.scores().get();
        scores.add(List.of(name,
            cell(s, Integer.toString(sc.pairs())),
            cell(s, two(sc.meanChange().meanChange())),
            cell(s, interval(Optional.of(sc.meanChange().interval()))),
            cell(s, p(sc.meanChange().pValue())),
            cell(s, optional(sc.hedgesG().g())),
            iuw[0], iuw[1], iuw[2]));
      }
      if (m.statuses().isPresent()) {
        StatusChange st = m.statuses().get();
        statuses.add(List.of(name,
            cell(dc.count(m.people()), Long.toString(m.people())),
            cell(s, share(st.before())),
            cell(s, share(st.after())),
            cell(s, p(st.mcNemar().pValue())),
            iuw[0], iuw[1], iuw[2]));
      }
    }
    if (!rates.isEmpty()) {
      out.append("\nRates per person-year\n").append(Tables.render(List.of("measure",
          "young people", "events before", "events after", "rate before", "rate after",
          "% change", "rate ratio", level + " CI", "interval method", "p", "Wilcoxon p", "improved",
          "same", "worse"),
          rates));
    }
    if (!compared.isEmpty()) {
      out.append("\nAgainst the comparison group (Maryland SMS level 3, assumes parallel trends)\n")
          .append(Tables.render(List.of("measure", "ratio of rate ratios", level + " CI",
              "interval method", "p", "DiD per person-year", "DiD CI"), compared));
    }
    if (!avoided.isEmpty()) {
      out.append("\nEvents avoided in the after window\n")
          .append(Tables.render(List.of("measure", "events avoided", "CI", "design"), avoided));
    }
    if (!scores.isEmpty()) {
      out.append("\nScores (latest in each window)\n").append(Tables.render(List.of("measure",
          "pairs", "mean change", level + " CI", "paired t p", "Hedges' g", "improved", "same",
          "worse"), scores));
    }
    if (!statuses.isEmpty()) {
      out.append("\nStatus at the end of each window\n").append(Tables.render(List.of("measure",
          "young people", "before", "after", "McNemar p", "improved", "same", "worse"), statuses));
    }
    if (!tests.isEmpty()) {
      out.append("\nHeadline tests, Holm-adjusted across the ").append(tests.size())
          .append(" measures with a p-value (family-wise error rate)\n")
          .append(Tables.render(List.of("measure", "test", "design", "p", "Holm p"), tests));
    }
    for (String w : warnings) {
      out.append("Warning: ").append(w).append('\n');
    }
    for (String u : undefined) {
      out.append("Undefined: ").append(u).append('\n');
    }
  }

  private String[] changes(MeasureResult m) {
    ChangeCounts c = m.changes();
    Suppression[] s = dc.changes(m);
    return new String[] {
      cell(s[0], Long.toString(c.improved())),
      cell(s[1], Long.toString(c.unchanged())),
      cell(s[2], Long.toString(c.worse()))
    };
  }

  private void breakdown(Breakdown b) {
    MeasureResult overall = result.measure(b.measure());
    out.append(b.measure().name()).append(" by ").append(b.dimension().text()).append('\n');
    table(b.changes(), dc.breakdownChanges(b, overall));
    b.events().ifPresent(e -> {
      table(e, dc.breakdownEvents(b, overall));
      List<List<String>> rows = new ArrayList<>();
      for (int g = 0; g < b.groups().size(); g++) {
        Suppression rs = dc.breakdownRates(b, overall, g);
        double before = e.value(g, 0) / Rate.personYears(b.daysAtRiskBefore().get(g));
        double after = e.value(g, 1) / Rate.personYears(b.daysAtRiskAfter().get(g));
        rows.add(List.of(b.groups().get(g), cell(rs, two(before)), cell(rs, two(after))));
      }
      out.append(Tables.render(List.of(b.dimension().text(), "rate before", "rate after"), rows));
    });
  }

  private void table(SuppressedTable t, Suppression[][] s) {
    List<String> header = new ArrayList<>();
    header.add(t.title());
    header.addAll(t.columnLabels());
    header.add("total");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= t.rows(); i++) {
      List<String> line = new ArrayList<>();
      line.add(i < t.rows() ? t.rowLabels().get(i) : "total");
      for (int j = 0; j <= t.columns(); j++) {
        line.add(cell(s[i][j], Long.toString(t.value(i, j))));
      }
      rows.add(line);
    }
    out.append(Tables.render(header, rows));
  }

  private void indicators(NwdIndicators n) {
    List<List<String>> rows = new ArrayList<>();
    long edge = n.edgeOfCareStayedOut() + n.edgeOfCareLookedAfter();
    rows.add(shareRow("edge-of-care referrals not looked after within "
        + n.edgeOfCareFollowUpMonths() + " months", n.edgeOfCareStayedOut(), edge,
        n.stayedOutOfCare()));
    rows.add(List.of("  without full follow-up (left out of the share)",
        cell(dc.count(n.edgeOfCareInsufficientFollowUp()),
            Long.toString(n.edgeOfCareInsufficientFollowUp())), "", ""));
    rows.add(shareRow("residential stays beyond " + n.shortTermThreshold(), n.staysBeyondThreshold(),
        n.residentialStays(), n.shareBeyondThreshold()));
    int completed = n.completedStayLengths().size();
    Suppression q = dc.count(completed);
    rows.add(List.of("completed stay length, days (median [p25, p75])",
        cell(q, quantile(n.medianStayLength()) + " [" + quantile(n.stayLengthQuantile(0.25)) + ", "
            + quantile(n.stayLengthQuantile(0.75)) + "] of " + completed),
        "", ""));
    rows.add(shareRow("completed stays ending in family or community", n.familyOrCommunityEndings(),
        completed, n.familyOrCommunityShare()));
    rows.add(List.of("key-worker changes per young person with a team",
        cell(dc.figure(n.peopleWithTeam(), n.keyWorkerChanges()),
            (n.meanKeyWorkerChanges().isPresent() ? two(n.meanKeyWorkerChanges().getAsDouble())
                : "undefined") + " (" + n.keyWorkerChanges() + " in " + n.peopleWithTeam() + ")"),
        "", ""));
    for (Role r : ImpactAnalysis.specialistRoles()) {
      rows.add(shareRow("involved with " + r.displayName(), n.specialistCounts().getOrDefault(r, 0L),
          n.peopleWithTeam(), n.specialistShare(r)));
    }
    out.append(Tables.render(List.of("indicator", "count", "share", n.level() + " CI"), rows));
  }

  private List<String> shareRow(String label, long part, long whole, Optional<Proportion> p) {
    Suppression s = dc.share(part, whole);
    return List.of(
        label,
        cell(s, part + " of " + whole),
        cell(s, p.map(x -> two(x.estimate())).orElse("-")),
        cell(s, p.map(x -> interval(Optional.of(x.interval()))).orElse("-")));
  }

  private String share(Proportion p) {
    return two(p.estimate()) + " " + interval(Optional.of(p.interval()));
  }

  private String cell(Suppression s, String value) {
    return dc.show(s, value);
  }

  private static String optional(OptionalDouble x) {
    return x.isPresent() ? two(x.getAsDouble()) : "undefined";
  }

  private static String quantile(OptionalDouble q) {
    return q.isPresent() ? fixed(q.getAsDouble(), 1) : "-";
  }

  /** Two decimals, half up: rates, ratios, shares and changes. */
  static String two(double x) {
    return fixed(x, 2);
  }

  private static String whole(double x) {
    return fixed(x, 0);
  }

  static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "undefined";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "+infinity" : "-infinity";
    }
    return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String interval(Optional<Interval> i) {
    return interval(i, 2);
  }

  private static String interval(Optional<Interval> i, int decimals) {
    return i.map(x -> "[" + fixed(x.lower(), decimals) + ", " + fixed(x.upper(), decimals)
        + (x.isUpperUnbounded() ? ")" : "]")).orElse("-");
  }

  /** A p-value: "< 0.001" below 0.001, otherwise three significant figures; "-" when absent. */
  static String p(OptionalDouble p) {
    if (p.isEmpty()) {
      return "-";
    }
    double v = p.getAsDouble();
    if (v < 0.001) {
      return "< 0.001";
    }
    BigDecimal r = new BigDecimal(v).round(THREE);
    // Trailing zeros count: 0.5 is 0.500.
    return (r.precision() < 3 ? r.setScale(r.scale() + 3 - r.precision()) : r).toPlainString();
  }
}
