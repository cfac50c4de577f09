package org.nwd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.DoseResponse;
import org.nwd.fidelity.FidelityBreakdown;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.IndicatorSummary;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.SuppressedTable;
import org.nwd.impact.Suppression;
import org.nwd.stats.Interval;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;

/**
 * Renders the fidelity section: the indicators (young people met, not met, unknown, not applicable,
 * the share met and the cohort figure) with a chart of the shares met, the bands, and, with impact,
 * the outcomes per band and the dose-response slopes. Counts go through {@link SuppressedTable}, so
 * small cells and the totals that would reveal them are suppressed; a share, rate or median is shown
 * only where the counts behind it are.
 */
final class FidelitySection {
  private static final double LEFT = 260;
  private static final double RIGHT = Svg.WIDTH - 40;

  private FidelitySection() {}

  static Section of(String id, CohortFidelity fidelity, Optional<FidelityImpactResult> impact,
      DisclosureControl dc, Context c) {
    int threshold = dc.threshold();
    List<Table> tables = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    body.append("<p>Fidelity to the No Wrong Door model, measured from the case records of ")
        .append(fidelity.size())
        .append(" young people as of ")
        .append(Html.escape(fidelity.asOf().toString()))
        .append(" under the rubric &#8220;")
        .append(Html.escape(fidelity.rubric().name()))
        .append("&#8221;")
        .append(fidelity.rubric().proposal() ? " (a proposal, not an adopted standard)" : "")
        .append(". No published fidelity tool exists: every indicator&#39;s definition and default")
        .append(" threshold is the library&#39;s proposal. An indicator the data cannot decide is")
        .append(" unknown, and counts as not met in a young person&#39;s score.</p>\n");

    List<IndicatorSummary> summaries = fidelity.summaries();
    List<String> labels = new ArrayList<>();
    long[][] counts = new long[summaries.size()][];
    for (int i = 0; i < summaries.size(); i++) {
      IndicatorSummary s = summaries.get(i);
      labels.add(s.indicator().displayName());
      counts[i] = new long[] {s.met(), s.notMet(), s.unknown(), s.notApplicable()};
    }
    SuppressedTable statuses =
        dc.table("indicator", labels, List.of("met", "not met", "unknown", "not applicable"),
            counts);
    Table indicators = indicatorTable(id + "-indicators", summaries, statuses, dc);
    Blocks.figure(body, c, shareChart(id + "-chart", summaries, statuses),
        "Share of young people meeting each indicator, of those to whom it applies, with 95%"
            + " intervals.", indicators);
    tables.add(indicators);

    Table bands = bandTable(id + "-bands", fidelity, dc);
    bands.appendHtml(body);
    tables.add(bands);

    if (impact.isPresent()) {
      FidelityImpactResult r = impact.get();
      body.append("<p>Outcomes per fidelity band: the impact analysis run on each band&#39;s young")
          .append(" people. A band is shown only where its young people and events are published.")
          .append(" Bands are an <strong>association</strong>: young people are not assigned to")
          .append(" them at random.</p>\n");
      Table byBand = bandOutcomeTable(id + "-by-band", r);
      byBand.appendHtml(body);
      tables.add(byBand);
      Table slopes = slopeTable(id + "-dose-response", r, dc);
      body.append("<p>Dose-response: the slope of each young person&#39;s change in the outcome")
          .append(" (after minus before) on their fidelity score from 0 to 1, with a 95% interval")
          .append(" robust to unequal variances (HC3). It describes how change went with fidelity")
          .append(" in this cohort; it is <strong>associational, not causal</strong>.</p>\n");
      Blocks.figure(body, c, slopeChart(id + "-slopes", r, threshold),
          "Dose-response slopes with their 95% intervals; 0 means no association.", slopes);
      tables.add(slopes);
    }
    Blocks.suppressionNote(body, dc);
    Blocks.method(body, method(impact, dc));
    return new Section(id, "fidelity", "Fidelity to the model", body.toString(), tables);
  }

  /** How the fidelity figures were worked out: shares, scores, bands, outcomes and slopes. */
  static String[] method(Optional<FidelityImpactResult> impact, DisclosureControl dc) {
    List<String> out = new ArrayList<>();
    out.add("A share met is the young people meeting an indicator divided by those to whom it"
        + " applies; an indicator the data cannot decide counts as not met. Its 95% interval is the "
        + Proportion.METHOD + " interval for a proportion.");
    out.add("A young person's fidelity score is the weight of the indicators met divided by the"
        + " weight of those that apply, from 0 to 1; the bands start at the rubric's minimum"
        + " scores.");
    if (impact.isPresent()) {
      Set<String> methods = new LinkedHashSet<>();
      for (FidelityBreakdown b : impact.get().breakdowns()) {
        for (int g = 0; g < b.bands().size(); g++) {
          b.publishableResult(g).flatMap(MeasureResult::rates)
              .filter(r -> r.rateRatio().interval().isPresent())
              .ifPresent(r -> methods.add(MeasureChange.methodText(r.rateRatio())));
        }
      }
      out.add("Outcomes per band come from the impact analysis run on each band's young people"
          + " alone: a rate ratio is the rate after divided by the rate before"
          + (methods.isEmpty() ? "." : ", its 95% interval " + String.join("; ", methods) + ".")
          + " A score's change is the mean change with its 95% t interval.");
      out.add("The dose-response slope is the least-squares slope of each young person's change"
          + " (after minus before) on their fidelity score; its 95% interval uses"
          + " heteroskedasticity-consistent (HC3) standard errors and the t distribution. Young"
          + " people are not assigned to a level of fidelity at random, so bands and slopes are"
          + " associations in this cohort, not effects of fidelity.");
    }
    out.add(dc.statement());
    return out.toArray(String[]::new);
  }

  // ---------------------------------------------------------------- indicators

  private static Table indicatorTable(String id, List<IndicatorSummary> summaries,
      SuppressedTable statuses, DisclosureControl dc) {
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      IndicatorSummary s = summaries.get(i);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(s.indicator().rule(s.threshold())));
      Suppression row = Suppression.NONE;
      for (int c = 0; c < 4; c++) {
        cells.add(Cell.unless(statuses.suppression(i, c),
            Cell.of(Long.toString(statuses.value(i, c)))));
      }
      for (int c = 0; c <= 4; c++) {
        row = row.and(statuses.suppression(i, c));
      }
      Optional<Proportion> share = publishedShare(s, statuses, i);
      Cell hidden = naOrSuppressed(s, statuses, i);
      cells.add(share.map(p -> Cell.of(Num.two(p.estimate()))).orElse(hidden));
      cells.add(share.map(p -> Cell.of(Num.two(p.interval().lower()))).orElse(hidden));
      cells.add(share.map(p -> Cell.of(Num.two(p.interval().upper()))).orElse(hidden));
      // A figure could give a suppressed count of young people away (one stay each, say).
      cells.add(row.isSuppressed() ? Cell.suppressed(row) : figure(s, dc));
      rows.add(new Table.Row(s.indicator().displayName(), cells));
    }
    return new Table(id,
        "Fidelity indicators: young people by status, share met of those to whom the indicator"
            + " applies (unknown counts as not met) with its 95% Wilson interval, and the cohort"
            + " figure",
        List.of("Indicator", "Met at", "Met", "Not met", "Unknown", "Not applicable", "Share met",
            "Lower", "Upper", "Cohort figure"),
        rows);
  }

  /** The share met when its counts (met and the row's applicable total) are published. */
  private static Optional<Proportion> publishedShare(IndicatorSummary s, SuppressedTable t, int i) {
    boolean published = !t.isSuppressed(i, 0) && !t.isSuppressed(i, 3) && !t.isSuppressed(i, 4);
    return published ? s.metShare() : Optional.empty();
  }

  private static Cell naOrSuppressed(IndicatorSummary s, SuppressedTable t, int i) {
    if (s.applicable() == 0) {
      return Cell.text("n/a");
    }
    Suppression why = t.suppression(i, 0).and(t.suppression(i, 3)).and(t.suppression(i, 4));
    return Cell.suppressed(why.isSuppressed() ? why : Suppression.PRIMARY);
  }

  /** The pooled share, rate or median, when the counts behind it are not small. */
  private static Cell figure(IndicatorSummary s, DisclosureControl dc) {
    int threshold = dc.threshold();
    Optional<Proportion> share = s.pooledShare();
    if (share.isPresent()) {
      Proportion p = share.get();
      if (dc.share(p.successes(), p.trials()).isSuppressed()) {
        return Cell.suppressed();
      }
      String text = p.successes() + " of " + p.trials() + " (" + Num.fixed(p.estimate(), 2) + ")";
      if (s.indicator().specialistRole().isPresent() && s.contactsWhenInvolved().size() >= threshold) {
        text += "; contacts when involved " + Num.fixed(s.meanContactsWhenInvolved().getAsDouble(), 1);
      }
      if (!s.observations().isEmpty() && s.observations().size() >= threshold) {
        text += "; median completed stay " + Num.fixed(s.medianObservation().getAsDouble(), 1)
            + " days";
      }
      return Cell.text(text);
    }
    Optional<Rate> rate = s.pooledRate();
    if (rate.isPresent()) {
      return s.values().size() >= threshold
          ? Cell.text(Num.two(rate.get().rate()) + " per person-year")
          : Cell.suppressed();
    }
    OptionalDouble median = s.medianValue();
    if (median.isEmpty()) {
      return Cell.text("n/a");
    }
    return s.values().size() >= threshold
        ? Cell.text("median " + Num.fixed(median.getAsDouble(), 1) + " " + s.indicator().unit())
        : Cell.suppressed();
  }

  private static String shareChart(String id, List<IndicatorSummary> summaries,
      SuppressedTable statuses) {
    int lines = 1;
    for (IndicatorSummary s : summaries) {
      lines = Math.max(lines, Svg.lines(s.indicator().displayName(), LEFT - 12));
    }
    // Every row as tall as the longest wrapped label needs.
    double rowHeight = Math.max(26, lines * Svg.LINE + 8);
    double top = 30;
    double bottom = top + summaries.size() * rowHeight;
    LinearScale x = new LinearScale(0, 1, LEFT, RIGHT);
    Svg svg = new Svg(id, "fidelity-indicators", bottom + 44,
        "Share of young people meeting each fidelity indicator",
        "For each of " + summaries.size() + " indicators, a bar from 0 to the share of young"
            + " people meeting it among those to whom it applies, with its 95% Wilson interval."
            + " Suppressed indicators show their marker.");
    svg.xAxis(x, List.of(BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.5"),
        new BigDecimal("0.75"), BigDecimal.ONE), bottom, top, Num::plain, "share met");
    for (int i = 0; i < summaries.size(); i++) {
      IndicatorSummary s = summaries.get(i);
      double y = top + i * rowHeight;
      svg.open("g", "class", "row", "data-indicator", s.indicator().code());
      svg.label(s.indicator().displayName(), LEFT - 8, y + rowHeight / 2, LEFT - 12);
      Optional<Proportion> share = publishedShare(s, statuses, i);
      if (share.isPresent()) {
        Proportion p = share.get();
        svg.empty("rect", "class", "bar s0", "data-value", Num.fixed(p.estimate(), 2), "x",
            Num.px(LEFT), "y", Num.px(y + 5), "width", Num.px(x.apply(p.estimate()) - LEFT),
            "height", Num.px(rowHeight - 10));
        Interval ci = p.interval();
        // Dark, with end ticks, so that it shows on the bar as well as beside it.
        double lo = x.apply(ci.lower());
        double hi = x.apply(ci.upper());
        double yc = y + rowHeight / 2;
        svg.empty("path", "class", "errorbar share", "d",
            "M" + Num.px(lo) + " " + Num.px(yc - 5) + "V" + Num.px(yc + 5) + "M" + Num.px(lo) + " "
                + Num.px(yc) + "H" + Num.px(hi) + "M" + Num.px(hi) + " " + Num.px(yc - 5) + "V"
                + Num.px(yc + 5));
      } else {
        svg.text(s.applicable() == 0 ? "n/a" : naOrSuppressed(s, statuses, i).html, "class",
            "suppressed-marker", "x", Num.px(LEFT + 6), "y", Num.px(y + rowHeight / 2 + 4));
      }
      svg.close("g");
    }
    return svg.finish();
  }

  // ---------------------------------------------------------------- bands

  private static Table bandTable(String id, CohortFidelity fidelity, DisclosureControl dc) {
    Map<String, Long> counts = fidelity.bandCounts();
    List<String> names = new ArrayList<>(counts.keySet());
    long[][] cells = new long[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      cells[i] = new long[] {counts.get(names.get(i))};
    }
    SuppressedTable t = dc.table("band", names, List.of("young people"), cells);
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i <= names.size(); i++) {
      String band = i < names.size() ? names.get(i) : "Total";
      String minimum = i < names.size()
          ? fidelity.rubric().band(band).map(b -> "from " + b.minimumScore().toPlainString())
              .orElse("no indicator applies")
          : "";
      rows.add(new Table.Row(band, List.of(Cell.text(minimum),
          Cell.unless(t.suppression(i, 0), Cell.of(Long.toString(t.value(i, 0)))))));
    }
    return new Table(id,
        "Young people by fidelity band (score = weight of indicators met over weight of those that"
            + " apply)",
        List.of("Band", "Score", "Young people"), rows);
  }

  // ---------------------------------------------------------------- impact by band

  private static Table bandOutcomeTable(String id, FidelityImpactResult r) {
    List<Table.Row> rows = new ArrayList<>();
    for (FidelityBreakdown b : r.breakdowns()) {
      for (int g = 0; g < b.bands().size(); g++) {
        String name = b.measure().name() + ", " + b.bands().get(g);
        Optional<MeasureResult> m = b.publishableResult(g);
        Optional<double[]> rates = b.publishableRates(g);
        if (b.changes().published(g, 3).orElse(-1) == 0) {
          Cell none = Cell.text("n/a");
          rows.add(new Table.Row(name, List.of(Cell.of("0"), none, none, none, none, none)));
          continue;
        }
        if (m.isEmpty()) {
          Cell hidden = Cell.suppressed(withheld(b, g));
          rows.add(new Table.Row(name, List.of(hidden, hidden, hidden, hidden, hidden, hidden)));
          continue;
        }
        MeasureResult mr = m.get();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(Long.toString(mr.people())));
        cells.add(rates.map(x -> Cell.of(Num.two(x[0]))).orElse(Cell.text("n/a")));
        cells.add(rates.map(x -> Cell.of(Num.two(x[1]))).orElse(Cell.text("n/a")));
        estimate(cells, mr);
        rows.add(new Table.Row(name, cells));
      }
    }
    return new Table(id,
        "Outcomes by fidelity band: rates per person-year before and after, and the rate ratio (or"
            + " the mean change of a score) with its 95% interval",
        List.of("Measure and band", "Young people", "Rate before", "Rate after", "Estimate",
            "Lower", "Upper"),
        rows);
  }

  /** Why band {@code g}'s figures are withheld: [d] when only cells hidden to protect others stand behind them. */
  private static Suppression withheld(FidelityBreakdown b, int g) {
    Suppression s = b.changes().suppression(g, b.changes().columns());
    if (b.events().isPresent()) {
      s = s.and(b.events().get().suppression(g, 0)).and(b.events().get().suppression(g, 1));
    }
    return s == Suppression.SECONDARY ? s : Suppression.PRIMARY;
  }

  private static void estimate(List<Cell> cells, MeasureResult m) {
    OptionalDouble value = OptionalDouble.empty();
    Optional<Interval> interval = Optional.empty();
    if (m.rates().isPresent()) {
      value = m.rates().get().rateRatio().estimate();
      interval = m.rates().get().rateRatio().interval();
    } else if (m.scores().isPresent()) {
      value = OptionalDouble.of(m.scores().get().meanChange().meanChange());
      interval = Optional.of(m.scores().get().meanChange().interval());
    }
    cells.add(value.isPresent() ? Cell.of(Num.two(value.getAsDouble())) : Cell.text("undefined"));
    cells.add(interval.map(i -> Cell.of(Num.two(i.lower()))).orElse(Cell.text("n/a")));
    cells.add(interval.map(i -> Cell.of(Num.two(i.upper()))).orElse(Cell.text("n/a")));
  }

  // ---------------------------------------------------------------- dose-response

  private static Table slopeTable(String id, FidelityImpactResult r, DisclosureControl dc) {
    List<Table.Row> rows = new ArrayList<>();
    for (DoseResponse d : r.doseResponses()) {
      List<Cell> cells = new ArrayList<>();
      if (dc.isSmall(d.n())) {
        for (int c = 0; c < 5; c++) {
          cells.add(Cell.suppressed());
        }
      } else {
        cells.add(Cell.of(Integer.toString(d.n())));
        cells.add(Cell.text(d.changeUnit()));
        cells.add(d.slope().isPresent() ? Cell.of(Num.two(d.slope().getAsDouble()))
            : Cell.text("undefined"));
        cells.add(d.interval().map(i -> Cell.of(Num.two(i.lower()))).orElse(Cell.text("n/a")));
        cells.add(d.interval().map(i -> Cell.of(Num.two(i.upper()))).orElse(Cell.text("n/a")));
      }
      rows.add(new Table.Row(d.measure().name(), cells));
    }
    return new Table(id,
        "Dose-response: slope of the change per young person on the fidelity score (0 to 1), with"
            + " its 95% HC3 interval; associational, not causal",
        List.of("Measure", "Young people", "Change", "Slope", "Lower", "Upper"), rows);
  }

  private static String slopeChart(String id, FidelityImpactResult r, int threshold) {
    List<DoseResponse> shown = new ArrayList<>();
    double lo = 0;
    double hi = 0;
    for (DoseResponse d : r.doseResponses()) {
      shown.add(d);
      if (d.n() >= threshold && d.interval().isPresent()) {
        lo = Math.min(lo, d.interval().get().lower());
        hi = Math.max(hi, d.interval().get().upper());
      }
    }
    int lines = 1;
    for (DoseResponse d : shown) {
      lines = Math.max(lines, Svg.lines(d.measure().name(), LEFT - 12));
    }
    double rowHeight = Math.max(30, lines * Svg.LINE + 8);
    double top = 30;
    double bottom = top + Math.max(1, shown.size()) * rowHeight;
    LinearScale x = LinearScale.nice(lo, hi, 6, LEFT, RIGHT);
    Svg svg = new Svg(id, "fidelity-dose-response", bottom + 44,
        "Dose-response of outcome change on fidelity score",
        "For each of " + shown.size() + " measures, the slope of the change per young person on"
            + " the fidelity score as a point, with its 95% interval as a line; a vertical line"
            + " marks 0, no association. Suppressed or undefined slopes are marked.");
    svg.xAxis(x, bottom, top, Num::plain, "change per unit of fidelity score");
    for (int i = 0; i < shown.size(); i++) {
      DoseResponse d = shown.get(i);
      double y = top + i * rowHeight + rowHeight / 2;
      svg.open("g", "class", "row", "data-measure", d.measure().code());
      svg.label(d.measure().name(), LEFT - 8, y, LEFT - 12);
      if (d.n() < threshold || d.slope().isEmpty()) {
        svg.text(d.n() > 0 && d.n() < threshold ? Cell.SUPPRESSED : "undefined", "class",
            "suppressed-marker", "x", Num.px(LEFT + 6), "y", Num.px(y + 4));
      } else {
        d.interval().ifPresent(ci -> svg.empty("path", "class", "errorbar after", "d",
            "M" + Num.px(x.apply(ci.lower())) + " " + Num.px(y) + "H" + Num.px(x.apply(ci.upper()))));
        svg.empty("circle", "class", "point after", "data-value",
            Num.two(d.slope().getAsDouble()), "cx", Num.px(x.apply(d.slope().getAsDouble())),
            "cy", Num.px(y), "r", "4.5");
      }
      svg.close("g");
    }
    svg.empty("line", "class", "zero", "x1", Num.px(x.apply(0)), "x2", Num.px(x.apply(0)), "y1",
        Num.px(top), "y2", Num.px(bottom));
    return svg.finish();
  }
}
