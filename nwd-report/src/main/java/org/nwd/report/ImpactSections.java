package org.nwd.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nwd.DomainRuleException;
import org.nwd.impact.Breakdown;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.ComparisonChange;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.Suppression;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.Interval;
import org.nwd.stats.Rate;
import org.nwd.stats.RatioOfRateRatios;

/**
 * The impact sections: before/after rates per measure (chart and table), the comparison against a
 * comparison cohort, rates per group of a breakdown, and how the figures were worked out. Every
 * caption says exactly what its chart or table holds: intervals are promised only where rows carry
 * them.
 */
final class ImpactSections {
  private static final double LEFT = 230;
  private static final double RIGHT = Svg.WIDTH - 30;

  private ImpactSections() {}

  // ---------------------------------------------------------------- rates before and after

  static Section rates(String id, String heading, List<MeasureChange> rows,
      Optional<ImpactResult> impact, DisclosureControl dc, Context c) {
    return rates(id, heading, rows, impact, dc, c, List.of());
  }

  static Section rates(String id, String heading, List<MeasureChange> rows,
      Optional<ImpactResult> impact, DisclosureControl dc, Context c, List<String> notes) {
    boolean anyInterval = rows.stream().anyMatch(ImpactSections::hasInterval);
    boolean allIntervals = rows.stream().filter(m -> !m.suppressed())
        .allMatch(ImpactSections::hasInterval);
    boolean people = rows.stream().anyMatch(m -> m.people().isPresent());
    boolean methods = rows.stream().anyMatch(m -> m.rateRatioMethod().isPresent());
    boolean pValues = rows.stream().anyMatch(m -> !m.suppressed() && m.pValue().isPresent());
    boolean holm = rows.stream().anyMatch(m -> !m.suppressed() && m.holmPValue().isPresent());

    Table table = ratesTable(id + "-table", rows, anyInterval, allIntervals, people, methods,
        pValues, holm);
    StringBuilder body = new StringBuilder();
    body.append("<p>Events per person-year at risk before and after, and the rate ratio (after")
        .append(" divided by before)")
        .append(anyInterval ? allIntervals ? ", each with its 95% confidence interval."
            : ", with 95% confidence intervals where they could be computed (rows without one"
                + " show n/a)."
            : ". These rows carry no confidence intervals: they are rates only.")
        .append(" Rates and ratios are rounded to two decimal places.</p>\n");
    Blocks.figure(body, c, chart(id + "-chart", rows, anyInterval, allIntervals),
        "Rates per person-year before and after, by measure"
            + (anyInterval ? allIntervals ? ", with 95% confidence intervals."
                : ", with 95% confidence intervals where computed." : " (no intervals)."),
        table);
    List<Table> tables = new ArrayList<>();
    tables.add(table);
    if (impact.isPresent() && impact.get().measures().stream()
        .anyMatch(m -> m.comparison().isPresent())) {
      Table comparison = comparisonTable(id + "-comparison", impact.get(), dc);
      body.append("<h3>Against the comparison group</h3>\n<p>The change in the NWD young people")
          .append(" set against the change in the comparison young people over the same windows:")
          .append(" the difference-in-differences of rates (per person-year; below 0 means a")
          .append(" larger fall than the comparison group) and the ratio of rate ratios (below 1")
          .append(" means a larger fall), each with its 95% interval, and the events avoided that")
          .append(" follow.</p>\n");
      comparison.appendHtml(body);
      tables.add(comparison);
    }
    Blocks.suppressionNote(body, dc);
    List<String> method = new ArrayList<>(notes);
    method.addAll(List.of(method(rows, impact, dc)));
    Blocks.method(body, method.toArray(String[]::new));
    return new Section(id, "measure-rates", heading, body.toString(), tables);
  }

  static boolean hasInterval(MeasureChange m) {
    return !m.suppressed() && (m.rateBeforeInterval().isPresent() || m.rateAfterInterval().isPresent()
        || m.rateRatioInterval().isPresent());
  }

  private static Table ratesTable(String id, List<MeasureChange> rows, boolean anyInterval,
      boolean allIntervals, boolean people, boolean methods, boolean pValues, boolean holm) {
    List<String> columns = new ArrayList<>();
    columns.add("Measure");
    if (people) {
      columns.add("Young people");
    }
    columns.addAll(List.of("Rate before", "Lower", "Upper", "Rate after", "Lower", "Upper",
        "Rate ratio", "Lower", "Upper"));
    if (pValues) {
      columns.add("p-value");
    }
    if (holm) {
      columns.add("Holm-adjusted p");
    }
    if (methods) {
      columns.add("Interval method");
    }
    List<Table.Row> tableRows = new ArrayList<>();
    for (MeasureChange m : rows) {
      List<Cell> cells = new ArrayList<>();
      if (m.suppressed()) {
        for (int k = 1; k < columns.size(); k++) {
          cells.add(Cell.suppressed(m.suppression()));
        }
      } else {
        if (people) {
          cells.add(m.people().isPresent() ? Cell.of(Num.whole(m.people().getAsLong()))
              : Cell.text("n/a"));
        }
        estimate(cells, m.rateBefore().getAsDouble(), m.rateBeforeInterval());
        estimate(cells, m.rateAfter().getAsDouble(), m.rateAfterInterval());
        if (m.rateRatio().isPresent()) {
          estimate(cells, m.rateRatio().getAsDouble(), m.rateRatioInterval());
        } else {
          cells.add(Cell.text("undefined"));
          cells.add(Cell.text("undefined"));
          cells.add(Cell.text("undefined"));
        }
        if (pValues) {
          cells.add(p(m.pValue()));
        }
        if (holm) {
          cells.add(p(m.holmPValue()));
        }
        if (methods) {
          cells.add(Cell.text(m.rateRatioMethod().orElse("n/a")));
        }
      }
      tableRows.add(new Table.Row(m.measure(), cells));
    }
    return new Table(id,
        "Rates per person-year before and after, and rate ratio (after / before)"
            + (anyInterval ? allIntervals ? ", with 95% confidence intervals"
                : ", with 95% confidence intervals where computed (n/a where not)"
                : ": rates only, no confidence intervals"),
        columns, tableRows);
  }

  /** A p-value under the display rule, or n/a. */
  private static Cell p(OptionalDouble p) {
    return p.isPresent() ? Cell.of(Num.p(p.getAsDouble())) : Cell.text("n/a");
  }

  private static void estimate(List<Cell> cells, double value, Optional<Interval> interval) {
    cells.add(Cell.of(Num.two(value)));
    cells.add(interval.map(i -> Cell.of(Num.two(i.lower()))).orElse(Cell.text("n/a")));
    cells.add(interval.map(i -> Cell.of(Num.two(i.upper()))).orElse(Cell.text("n/a")));
  }

  private static String chart(String id, List<MeasureChange> rows, boolean anyInterval,
      boolean allIntervals) {
    double max = 0;
    int suppressed = 0;
    for (MeasureChange m : rows) {
      if (m.suppressed()) {
        suppressed++;
        continue;
      }
      max = Math.max(max, Math.max(m.rateBefore().getAsDouble(), m.rateAfter().getAsDouble()));
      max = Math.max(max, m.rateBeforeInterval().map(Interval::upper).orElse(0.0));
      max = Math.max(max, m.rateAfterInterval().map(Interval::upper).orElse(0.0));
    }
    double top = 40;
    double[] rowTop = new double[rows.size() + 1];
    rowTop[0] = top;
    for (int i = 0; i < rows.size(); i++) {
      rowTop[i + 1] = rowTop[i] + Math.max(44, Svg.lines(rows.get(i).measure(), LEFT - 12)
          * Svg.LINE + 14);
    }
    double plotBottom = rowTop[rows.size()];
    LinearScale x = LinearScale.nice(0, max, 6, LEFT, RIGHT);
    Svg svg = new Svg(id, "measure-rates", plotBottom + 48,
        "Rates per person-year before and after, by measure",
        "For each of " + rows.size() + " measures, the rate of events per person-year before"
            + " (hollow circle) and after (filled diamond)"
            + (anyInterval ? allIntervals ? ", with 95% confidence intervals as horizontal error bars."
                : ", with 95% confidence intervals as horizontal error bars where computed."
                : "; no intervals.")
            + (suppressed > 0 ? " " + suppressed + " suppressed rows show their marker." : ""));
    svg.legend(LEFT, 18, RIGHT, List.of("before", "after"), List.of("before", "after"));
    svg.xAxis(x, plotBottom, top, Num::plain, "events per person-year");
    for (int i = 0; i < rows.size(); i++) {
      MeasureChange m = rows.get(i);
      double yc = (rowTop[i] + rowTop[i + 1]) / 2;
      svg.open("g", "class", "row", "data-measure", m.measure());
      svg.label(m.measure(), LEFT - 8, yc, LEFT - 12);
      if (m.suppressed()) {
        svg.text(m.suppression().marker(), "class", "suppressed-marker", "x", Num.px(LEFT + 6), "y",
            Num.px(yc + 4));
      } else {
        point(svg, x, yc - 8, "before", m.rateBefore().getAsDouble(), m.rateBeforeInterval());
        point(svg, x, yc + 8, "after", m.rateAfter().getAsDouble(), m.rateAfterInterval());
      }
      svg.close("g");
    }
    return svg.finish();
  }

  private static void point(Svg svg, LinearScale x, double y, String series, double value,
      Optional<Interval> interval) {
    if (interval.isPresent()) {
      double lo = x.apply(interval.get().lower());
      double hi = x.apply(Math.min(interval.get().upper(), x.domainMax()));
      svg.empty("path", "class", "errorbar " + series, "d",
          "M" + Num.px(lo) + " " + Num.px(y - 4) + "V" + Num.px(y + 4) + "M" + Num.px(lo) + " "
              + Num.px(y) + "H" + Num.px(hi) + "M" + Num.px(hi) + " " + Num.px(y - 4) + "V"
              + Num.px(y + 4));
    }
    double cx = x.apply(value);
    if (series.equals("before")) {
      svg.empty("circle", "class", "point before", "data-value", Num.two(value), "cx",
          Num.px(cx), "cy", Num.px(y), "r", "4.5");
    } else {
      svg.empty("path", "class", "point after", "data-value", Num.two(value), "d",
          "M" + Num.px(cx) + " " + Num.px(y - 5) + "L" + Num.px(cx + 5) + " " + Num.px(y) + "L"
              + Num.px(cx) + " " + Num.px(y + 5) + "L" + Num.px(cx - 5) + " " + Num.px(y) + "Z");
    }
  }

  // ---------------------------------------------------------------- against the comparison group

  private static Table comparisonTable(String id, ImpactResult r, DisclosureControl dc) {
    List<Table.Row> rows = new ArrayList<>();
    for (MeasureResult m : r.measures()) {
      if (m.comparison().isEmpty()) {
        continue;
      }
      ComparisonChange c = m.comparison().get();
      DifferenceInDifferences did = c.differenceInDifferences();
      Suppression s = dc.measure(m).and(dc.comparison(c));
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.unless(s, Cell.of(Num.whole(m.people()))));
      cells.add(Cell.unless(s, Cell.of(Num.whole(did.comparison().size()))));
      cells.add(Cell.unless(s, c.ratioOfRateRatios().estimate().isPresent()
          ? Cell.of(Num.two(c.ratioOfRateRatios().estimate().getAsDouble()))
          : Cell.text("undefined")));
      Optional<Interval> rrr = c.ratioOfRateRatios().interval();
      cells.add(Cell.unless(s, rrr.map(i -> Cell.of(Num.two(i.lower()))).orElse(Cell.text("n/a"))));
      cells.add(Cell.unless(s, rrr.map(i -> Cell.of(Num.two(i.upper()))).orElse(Cell.text("n/a"))));
      cells.add(Cell.unless(s, p(c.ratioOfRateRatios().pValue())));
      cells.add(Cell.unless(s, p(r.holmPValue(m.measure()))));
      cells.add(Cell.unless(s, Cell.of(Num.two(did.estimate()))));
      cells.add(Cell.unless(s, Cell.of(Num.two(did.interval().lower()))));
      cells.add(Cell.unless(s, Cell.of(Num.two(did.interval().upper()))));
      cells.add(Cell.unless(s, Cell.of(Num.whole(c.eventsAvoided().value()))));
      Optional<Interval> ea = c.eventsAvoided().interval();
      cells.add(Cell.unless(s, ea.map(i -> Cell.of(Num.whole(i.lower()))).orElse(Cell.text("n/a"))));
      cells.add(Cell.unless(s, ea.map(i -> Cell.of(Num.whole(i.upper()))).orElse(Cell.text("n/a"))));
      rows.add(new Table.Row(m.measure().name(), cells));
    }
    return new Table(id, "Against the comparison group: ratio of rate ratios and"
        + " difference-in-differences (per person-year), with 95% intervals, and events avoided",
        List.of("Measure", "Young people", "Comparison young people", "Ratio of rate ratios",
            "Lower", "Upper", "p-value", "Holm-adjusted p", "Difference-in-differences", "Lower",
            "Upper", "Events avoided", "Lower", "Upper"),
        rows);
  }

  // ---------------------------------------------------------------- method

  private static String[] method(List<MeasureChange> rows, Optional<ImpactResult> impact,
      DisclosureControl dc) {
    List<String> out = new ArrayList<>();
    if (impact.isPresent()) {
      ImpactAnalysis a = impact.get().analysis();
      out.add("Each young person's events are counted in the " + a.monthsBefore() + " months"
          + " before and the " + a.monthsAfter() + " months after their index date (the "
          + a.indexDateRule().description() + "). Days in custody are not at risk. A rate is the"
          + " events divided by the person-years at risk.");
    } else {
      out.add("A rate is the events divided by the person-years at risk.");
    }
    out.add("The rate ratio is the rate after divided by the rate before: below 1 means fewer"
        + " events after (0.46 means 54% fewer), 1 means no change, above 1 means more.");
    if (rows.stream().anyMatch(ImpactSections::hasInterval)) {
      out.add("A 95% confidence interval is the range of values the data are compatible with: over"
          + " many cohorts, 95% of such intervals would hold the true value. Each rate's interval"
          + " is exact for a Poisson count: " + Rate.METHOD + ".");
    }
    out.addAll(rateRatioMethods(rows));
    if (rows.stream().anyMatch(m -> !m.suppressed() && m.pValue().isPresent())
        || impact.isPresent() && impact.get().measures().stream()
            .anyMatch(m -> m.comparison().isPresent())) {
      out.add("A p-value is the chance of a change at least this large if nothing had changed (a"
          + " ratio of 1), by the same method as the interval; below 0.001 it shows as < 0.001."
          + " Testing several measures at once makes a chance finding likelier, so the"
          + " Holm-adjusted p-value allows for every measure the analysis tested (Holm's step-down"
          + " method, which keeps the chance of any false finding at 5%).");
    }
    if (impact.isPresent()) {
      out.add(impact.get().design() == DesignLevel.PRE_POST
          ? "Design: before and after with no comparison group (Maryland Scientific Methods Scale"
              + " level 1). Young people are referred at a crisis point, so part of any fall would"
              + " have happened anyway: these figures may overstate the effect."
          : "Design: with a comparison group, the difference-in-differences is the NWD group's"
              + " change in rate minus the comparison group's, and the ratio of rate ratios divides"
              + " one rate ratio by the other; both assume the two groups would otherwise have"
              + " followed parallel trends (Maryland Scientific Methods Scale level 3). The"
              + " difference-in-differences interval comes from a seeded bootstrap over young"
              + " people.");
      Map<String, List<String>> byMethod = new LinkedHashMap<>();
      for (MeasureResult m : impact.get().measures()) {
        if (m.comparison().isPresent() && !dc.measure(m).and(dc.comparison(m.comparison().get()))
            .isSuppressed() && m.comparison().get().ratioOfRateRatios().interval().isPresent()) {
          RatioOfRateRatios rrr = m.comparison().get().ratioOfRateRatios();
          byMethod.computeIfAbsent(rrr.methodName() + ". Why: " + rrr.methodReason(),
              k -> new ArrayList<>()).add(m.measure().name());
        }
      }
      byMethod.forEach((method, measures) -> out.add("The ratio of rate ratios' interval ("
          + String.join(", ", measures) + "): " + method + "."));
    }
    out.add(dc.statement());
    return out.toArray(String[]::new);
  }

  /**
   * The rate ratio's interval method and why it was used, one paragraph per method, naming the rows
   * that use it when not all do.
   */
  static List<String> rateRatioMethods(List<MeasureChange> rows) {
    Map<String, List<String>> byMethod = new LinkedHashMap<>();
    int withMethod = 0;
    for (MeasureChange m : rows) {
      if (m.suppressed() || m.rateRatioMethod().isEmpty()) {
        continue;
      }
      withMethod++;
      String why = m.rateRatioMethodReason().map(r -> ". Why: " + r).orElse("");
      byMethod.computeIfAbsent(m.rateRatioMethod().get() + why, k -> new ArrayList<>())
          .add(m.measure());
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byMethod.entrySet()) {
      String which = e.getValue().size() == withMethod ? "every row"
          : String.join(", ", e.getValue());
      out.add("The rate ratio's interval (" + which + "): " + e.getKey() + ".");
    }
    if (byMethod.keySet().stream().anyMatch(k -> k.contains("(Poisson)"))) {
      out.add("Poisson intervals treat every event as independent: when a few young people have"
          + " many events they are too narrow. The clustered interval, the default with"
          + " person-level data, treats each young person as a cluster and does not assume that.");
    }
    return out;
  }

  // ---------------------------------------------------------------- rates by group

  static Section breakdown(String id, String heading, ImpactResult result,
      BreakdownDimension dimension, List<OutcomeMeasure> measures,
      Map<String, ImpactResult> groupResults, DisclosureControl dc, Context c) {
    List<MeasureChange> rows = new ArrayList<>();
    for (Breakdown b : result.breakdowns()) {
      if (b.dimension() != dimension || b.events().isEmpty()
          || !measures.isEmpty() && !measures.contains(b.measure())) {
        continue;
      }
      MeasureResult overall = result.measure(b.measure());
      for (int g = 0; g < b.groups().size(); g++) {
        rows.add(groupRow(b, overall, g, groupResults, dc, c));
      }
    }
    DomainRuleException.require(!rows.isEmpty(), "dimension",
        "no rate measure of the result is broken down by %s", dimension.text());
    return rates(id, heading, rows, Optional.empty(), dc, c, List.of(
        "Each row is one " + dimension.text() + "'s young people, grouped as in the impact"
            + " analysis' breakdown (the " + dimension.text() + " of the young person when the"
            + " analysis grouped them)"
            + (groupResults.isEmpty() ? "; the rows have rates only."
                : ", with the rate ratio and intervals of the same analysis run on that group's"
                    + " young people alone."),
        "A group is shown only where its young people and its events before and after are not"
            + " small, and where no figure the cohort's own table withholds could be worked out"
            + " from the groups.",
        result.design() == DesignLevel.PRE_POST
            ? "These are before/after figures (Maryland Scientific Methods Scale level 1) and may"
                + " overstate the effect; differences between groups are not tested."
            : "Differences between groups are not tested."));
  }

  private static MeasureChange groupRow(Breakdown b, MeasureResult overall, int g,
      Map<String, ImpactResult> groupResults, DisclosureControl dc, Context c) {
    String group = b.groups().get(g);
    String name = c.groupName(group) + ": " + b.measure().name();
    Suppression s = dc.breakdownRates(b, overall, g);
    if (s.isSuppressed()) {
      return MeasureChange.suppressed(name, s);
    }
    long people = b.changes().value(g, b.changes().columns());
    long before = b.events().get().value(g, 0);
    long after = b.events().get().value(g, 1);
    ImpactResult own = groupResults.get(group);
    if (own != null) {
      MeasureResult m = own.measures().stream().filter(x -> x.measure().equals(b.measure()))
          .filter(x -> x.rates().isPresent()).findFirst()
          .orElseThrow(() -> new DomainRuleException("groupResults",
              "the result for group " + group + " has no rates for " + b.measure().code()));
      RateChange r = m.rates().get();
      DomainRuleException.require(
          r.eventsBefore() == before && r.eventsAfter() == after && m.people() == people,
          "groupResults",
          "the result for group %s has %s young people and %s/%s events of %s; the breakdown"
              + " counts %s and %s/%s",
          group, m.people(), r.eventsBefore(), r.eventsAfter(), b.measure().code(), people, before,
          after);
      return MeasureChange.of(name, r.rateRatio(), people);
    }
    double rb = before / Rate.personYears(b.daysAtRiskBefore().get(g));
    double ra = after / Rate.personYears(b.daysAtRiskAfter().get(g));
    MeasureChange.Builder row = MeasureChange.builder().measure(name).rateBefore(rb).rateAfter(ra)
        .people(people);
    if (rb > 0) {
      row.rateRatio(ra / rb);
    }
    return row.build();
  }
}
