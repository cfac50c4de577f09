package org.nwd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nwd.cost.Agency;
import org.nwd.cost.BenefitLine;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Distribution;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.TornadoBar;
import org.nwd.model.ShortTermThreshold;
import org.nwd.stats.Interval;

/** Renders each kind of section: its chart, the table of the chart's numbers and the notes. */
final class Sections {
  /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
  static final int SERIES_COLOURS = 8;

  private static final double LEFT_LABELS = 220;
  /** Tornado labels name a measure code and an assumption, so they need more room. */
  private static final double TORNADO_LEFT = 300;
  private static final double RIGHT = Svg.WIDTH - 40;

  private Sections() {}

  // ---------------------------------------------------------------- before/after rates per measure

  static Section measureChanges(String id, String heading, List<MeasureChange> rows,
      int threshold) {
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
    double rowHeight = 44;
    double top = 40;
    double plotBottom = top + rows.size() * rowHeight;
    LinearScale x = LinearScale.nice(0, max, 6, LEFT_LABELS, RIGHT);
    Svg svg =
        new Svg(
            id + "-chart",
            "measure-rates",
            plotBottom + 44,
            "Rates per person-year before and after, by measure",
            "For each of "
                + rows.size()
                + " measures, the rate of events per person-year before (hollow circle) and after"
                + " (filled diamond) with 95% confidence intervals as horizontal error bars."
                + (suppressed > 0 ? " " + suppressed + " suppressed measures are marked [c]." : ""));
    svg.legendItem(LEFT_LABELS, 18, "before", "before");
    svg.legendItem(LEFT_LABELS + 110, 18, "after", "after");
    svg.xAxis(x, plotBottom, top, t -> Num.plain(t), "events per person-year");
    for (int i = 0; i < rows.size(); i++) {
      MeasureChange m = rows.get(i);
      double yc = top + i * rowHeight + rowHeight / 2;
      svg.open("g", "class", "row", "data-measure", m.measure());
      svg.text(Svg.shorten(m.measure(), 30), "class", "category", "x", Num.px(LEFT_LABELS - 8), "y",
          Num.px(yc + 4), "text-anchor", "end");
      if (m.suppressed()) {
        svg.text(Cell.SUPPRESSED, "class", "suppressed-marker", "x", Num.px(LEFT_LABELS + 6), "y",
            Num.px(yc + 4));
      } else {
        point(svg, x, yc - 8, "before", m.rateBefore().getAsDouble(), m.rateBeforeInterval());
        point(svg, x, yc + 8, "after", m.rateAfter().getAsDouble(), m.rateAfterInterval());
      }
      svg.close("g");
    }
    List<Table.Row> tableRows = new ArrayList<>();
    for (MeasureChange m : rows) {
      List<Cell> cells = new ArrayList<>();
      if (m.suppressed()) {
        for (int c = 0; c < 10; c++) {
          cells.add(Cell.suppressed());
        }
      } else {
        addEstimate(cells, m.rateBefore().getAsDouble(), m.rateBeforeInterval());
        addEstimate(cells, m.rateAfter().getAsDouble(), m.rateAfterInterval());
        if (m.rateRatio().isPresent()) {
          addEstimate(cells, m.rateRatio().getAsDouble(), m.rateRatioInterval());
        } else {
          cells.add(Cell.of("undefined"));
          cells.add(Cell.of("undefined"));
          cells.add(Cell.of("undefined"));
        }
        cells.add(Cell.of(m.rateRatioMethod().orElse("n/a")));
      }
      tableRows.add(new Table.Row(m.measure(), cells));
    }
    Table table =
        new Table(
            id + "-table",
            "Rates per person-year before and after, and rate ratio (after / before), with 95%"
                + " confidence intervals",
            List.of("Measure", "Rate before", "Lower", "Upper", "Rate after", "Lower", "Upper",
                "Rate ratio", "Lower", "Upper", "Interval method"),
            tableRows);
    StringBuilder body = new StringBuilder();
    boolean intervals =
        rows.stream().anyMatch(m -> !m.suppressed() && m.rateBeforeInterval().isPresent());
    body.append("<p>Events per person-year at risk before and after")
        .append(
            intervals
                ? ", each with its exact 95% confidence interval where one was computed,"
                : " (counts only: these rows carry no confidence intervals),")
        .append(" and the rate ratio with its interval, whose method the table names (by default")
        .append(" cluster-robust: each young person is a cluster, so the interval allows for a few")
        .append(" young people having many events). Rates and ratios are rounded to two")
        .append(" decimal places (half up).</p>\n");
    pair(body, svg.finish(), "Rates before and after with 95% confidence intervals.", table);
    suppressionNote(body, threshold);
    return new Section(id, "measure-rates", heading, body.toString(),
        List.of(table));
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
      svg.empty("circle", "class", "point before", "data-value", Num.fixed(value, 2), "cx",
          Num.px(cx), "cy", Num.px(y), "r", "4.5");
    } else {
      svg.empty("path", "class", "point after", "data-value", Num.fixed(value, 2), "d",
          "M" + Num.px(cx) + " " + Num.px(y - 5) + "L" + Num.px(cx + 5) + " " + Num.px(y) + "L"
              + Num.px(cx) + " " + Num.px(y + 5) + "L" + Num.px(cx - 5) + " " + Num.px(y) + "Z");
    }
  }

  private static void addEstimate(List<Cell> cells, double value, Optional<Interval> interval) {
    cells.add(Cell.of(Num.fixed(value, 2)));
    cells.add(Cell.of(interval.map(i -> Num.fixed(i.lower(), 2)).orElse("n/a")));
    cells.add(Cell.of(interval.map(i -> Num.fixed(i.upper(), 2)).orElse("n/a")));
  }

  // ---------------------------------------------------------------- cost avoided by agency and year

  static Section costAvoidance(String id, CostAvoidanceResult result) {
    CaseSummary financial = result.financialCase();
    TreeMap<Integer, TreeMap<Agency, BigDecimal>> cells = new TreeMap<>();
    TreeSet<Agency> agencies = new TreeSet<>();
    for (Integer year : financial.presentValueByYear().keySet()) {
      cells.put(year, new TreeMap<>());
    }
    for (BenefitLine l : result.benefitLines()) {
      if (!financial.valueTypes().contains(l.valueType())) {
        continue;
      }
      agencies.add(l.agency());
      cells.computeIfAbsent(l.year(), y -> new TreeMap<>())
          .merge(l.agency(), l.presentValue().amount(), BigDecimal::add);
    }
    List<Agency> series = new ArrayList<>(agencies);
    List<Integer> years = new ArrayList<>(cells.keySet());
    double lo = 0;
    double hi = 0;
    for (TreeMap<Agency, BigDecimal> row : cells.values()) {
      double pos = 0;
      double neg = 0;
      for (BigDecimal v : row.values()) {
        if (v.signum() > 0) {
          pos += v.doubleValue();
        } else {
          neg += v.doubleValue();
        }
      }
      hi = Math.max(hi, pos);
      lo = Math.min(lo, neg);
    }
    int legendRows = (series.size() + 3) / 4;
    double top = 20 + legendRows * 20 + 16;
    double plotBottom = top + 240;
    double left = 100;
    LinearScale y = LinearScale.nice(lo, hi, 5, plotBottom, top);
    BandScale x = new BandScale(Math.max(1, years.size()), left, RIGHT, 0.3);
    Svg svg =
        new Svg(
            id + "-chart",
            "cost-by-agency-year",
            plotBottom + 44,
            "Cost avoided (present value, financial case) by agency and appraisal year",
            "Stacked bars, one per appraisal year from "
                + (years.isEmpty() ? "none" : years.get(0) + " to " + years.get(years.size() - 1))
                + ", each split by the "
                + series.size()
                + " agencies that make the saving. Values are discounted to present value.");
    for (int s = 0; s < series.size(); s++) {
      svg.legendItem(left + (s % 4) * 150, 20 + (s / 4) * 20, "s" + (s % SERIES_COLOURS),
          Svg.shorten(series.get(s).name(), 20));
    }
    svg.yAxis(y, left, RIGHT, Num::pounds, "present value (GBP)");
    for (int i = 0; i < years.size(); i++) {
      double pos = 0;
      double neg = 0;
      svg.open("g", "class", "stack", "data-category", "year " + years.get(i));
      for (int s = 0; s < series.size(); s++) {
        BigDecimal v = cells.get(years.get(i)).get(series.get(s));
        if (v == null || v.signum() == 0) {
          continue;
        }
        double base = v.signum() > 0 ? pos : neg;
        double end = base + v.doubleValue();
        double y0 = y.apply(base);
        double y1 = y.apply(end);
        svg.empty("rect", "class", "bar s" + (s % SERIES_COLOURS), "data-series",
            series.get(s).name(), "data-category", "year " + years.get(i), "data-value",
            Num.poundsPlain(v), "x", Num.px(x.start(i)), "y", Num.px(Math.min(y0, y1)), "width",
            Num.px(x.width()), "height", Num.px(Math.abs(y0 - y1)));
        if (v.signum() > 0) {
          pos = end;
        } else {
          neg = end;
        }
      }
      svg.text("Year " + years.get(i), "class", "category", "x", Num.px(x.centre(i)), "y",
          Num.px(plotBottom + 16), "text-anchor", "middle");
      svg.close("g");
    }
    svg.empty("line", "class", "zero", "x1", Num.px(left), "x2", Num.px(RIGHT), "y1",
        Num.px(y.apply(0)), "y2", Num.px(y.apply(0)));
    List<String> columns = new ArrayList<>();
    columns.add("Appraisal year");
    series.forEach(a -> columns.add(a.name()));
    columns.add("Total");
    List<Table.Row> rows = new ArrayList<>();
    for (Integer year : years) {
      List<Cell> row = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (Agency a : series) {
        BigDecimal v = cells.get(year).getOrDefault(a, BigDecimal.ZERO);
        total = total.add(v);
        row.add(money(v));
      }
      row.add(money(total));
      rows.add(new Table.Row("Year " + year, row));
    }
    Table byAgency =
        new Table(id + "-by-agency-year",
            "Cost avoided (present value, financial case, whole pounds) by appraisal year and agency",
            columns, rows);
    Table summary = summary(id + "-summary", result);
    StringBuilder body = new StringBuilder();
    body.append("<p>The financial case counts fiscal values only; the wider case adds economic and")
        .append(" social values. The two cases are never added together. Amounts are in pounds at")
        .append(" base-year prices, rounded to whole pounds (half up) for display.</p>\n");
    // The price base, the deflator's vintage and any forecast years, where the figures are shown.
    result.priceBasis().ifPresent(
        p -> body.append("<p class=\"price-basis\">").append(Html.escape(p.statement()))
            .append("</p>\n"));
    body.append("<p class=\"wider-case\">").append(Html.escape(result.widerCaseStatement()))
        .append("</p>\n");
    summary.appendHtml(body);
    pair(body, svg.finish(),
        "Present value of the financial-case saving in each appraisal year, split by agency.",
        byAgency);
    if (!result.defaultsApplied().isEmpty()) {
      body.append("<p class=\"note\">Defaults applied by the model:</p>\n<ul class=\"defaults\">\n");
      for (String d : result.defaultsApplied()) {
        body.append("<li>").append(Html.escape(d)).append("</li>\n");
      }
      body.append("</ul>\n");
    }
    return new Section(id, "cost-avoidance", "Cost avoidance", body.toString(),
        List.of(summary, byAgency));
  }

  private static Table summary(String id, CostAvoidanceResult result) {
    CaseSummary f = result.financialCase();
    CaseSummary w = result.widerCase();
    if (!result.widerCaseAddsToFinancialCase()) {
      return financialOnly(id, f);
    }
    List<Table.Row> rows = new ArrayList<>();
    rows.add(new Table.Row("PV of benefits",
        List.of(money(f.presentValueBenefits()), money(w.presentValueBenefits()))));
    rows.add(new Table.Row("PV of costs",
        List.of(money(f.presentValueCosts()), money(w.presentValueCosts()))));
    rows.add(new Table.Row("Net present value",
        List.of(money(f.netPresentValue()), money(w.netPresentValue()))));
    rows.add(new Table.Row("Benefit-cost ratio",
        List.of(ratio(f.benefitCostRatio()), ratio(w.benefitCostRatio()))));
    rows.add(new Table.Row("Net benefit-cost ratio",
        List.of(ratio(f.netBenefitCostRatio()), ratio(w.netBenefitCostRatio()))));
    rows.add(new Table.Row("Payback year (undiscounted)",
        List.of(year(f.paybackYearUndiscounted()), year(w.paybackYearUndiscounted()))));
    rows.add(new Table.Row("Payback year (discounted)",
        List.of(year(f.paybackYearDiscounted()), year(w.paybackYearDiscounted()))));
    rows.add(new Table.Row("PV cashable",
        List.of(money(f.presentValueCashable()), money(w.presentValueCashable()))));
    rows.add(new Table.Row("PV non-cashable",
        List.of(money(f.presentValueNonCashable()), money(w.presentValueNonCashable()))));
    return new Table(id, "Appraisal summary: financial case and wider case (never added together)",
        List.of("Figure", "Financial case", "Wider case"), rows);
  }

  /** The summary when the wider case would only repeat the financial case: one column, said so. */
  private static Table financialOnly(String id, CaseSummary f) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(new Table.Row("PV of benefits", List.of(money(f.presentValueBenefits()))));
    rows.add(new Table.Row("PV of costs", List.of(money(f.presentValueCosts()))));
    rows.add(new Table.Row("Net present value", List.of(money(f.netPresentValue()))));
    rows.add(new Table.Row("Benefit-cost ratio", List.of(ratio(f.benefitCostRatio()))));
    rows.add(new Table.Row("Net benefit-cost ratio", List.of(ratio(f.netBenefitCostRatio()))));
    rows.add(new Table.Row("Payback year (undiscounted)", List.of(year(f.paybackYearUndiscounted()))));
    rows.add(new Table.Row("Payback year (discounted)", List.of(year(f.paybackYearDiscounted()))));
    rows.add(new Table.Row("PV cashable", List.of(money(f.presentValueCashable()))));
    rows.add(new Table.Row("PV non-cashable", List.of(money(f.presentValueNonCashable()))));
    return new Table(id, "Appraisal summary: financial case (no economic or social values, so no"
        + " separate wider case)", List.of("Figure", "Financial case"), rows);
  }

  private static Cell money(Money m) {
    return money(m.amount());
  }

  private static Cell money(BigDecimal v) {
    return Cell.of(Num.pounds(v), Num.poundsPlain(v));
  }

  private static Cell ratio(Optional<BigDecimal> r) {
    return r.map(v -> Cell.of(Num.fixed(v.doubleValue(), 2))).orElse(Cell.of("n/a (no costs)"));
  }

  private static Cell year(Optional<Integer> y) {
    return y.map(v -> Cell.of(String.valueOf(v))).orElse(Cell.of("not reached"));
  }

  // ---------------------------------------------------------------- Monte Carlo percentiles

  static Section monteCarlo(String id, MonteCarloResult mc) {
    List<String> labels = List.of("Financial case NPV", "Wider case NPV");
    List<Distribution> ds = List.of(mc.financialNpv(), mc.widerNpv());
    double lo = 0;
    double hi = 0;
    for (Distribution d : ds) {
      lo = Math.min(lo, Math.min(d.p5(), d.mean()));
      hi = Math.max(hi, Math.max(d.p95(), d.mean()));
    }
    double top = 40;
    double rowHeight = 60;
    double plotBottom = top + ds.size() * rowHeight;
    double left = 170;
    LinearScale x = LinearScale.nice(lo, hi, 5, left, RIGHT);
    Svg svg =
        new Svg(
            id + "-chart",
            "npv-percentiles",
            plotBottom + 44,
            "Net present value from the Monte Carlo simulation: P5, P50 and P95",
            "For the financial and the wider case, a line from the 5th to the 95th percentile of the"
                + " simulated net present value, a tick at the median (P50) and a dot at the mean, over "
                + mc.iterations()
                + " iterations. A vertical line marks zero.");
    svg.legendItem(left, 18, "interval", "P5 to P95");
    svg.legendItem(left + 120, 18, "p50", "P50 (median)");
    svg.legendItem(left + 260, 18, "mean", "mean");
    svg.xAxis(x, plotBottom, top, Num::pounds, "net present value (GBP)");
    svg.empty("line", "class", "zero", "x1", Num.px(x.apply(0)), "x2", Num.px(x.apply(0)), "y1",
        Num.px(top), "y2", Num.px(plotBottom));
    for (int i = 0; i < ds.size(); i++) {
      Distribution d = ds.get(i);
      double yc = top + i * rowHeight + rowHeight / 2;
      svg.open("g", "class", "row", "data-series", labels.get(i));
      svg.text(labels.get(i), "class", "category", "x", Num.px(left - 8), "y", Num.px(yc + 4),
          "text-anchor", "end");
      svg.empty("line", "class", "interval", "data-p5", Num.fixed(d.p5(), 0), "data-p95",
          Num.fixed(d.p95(), 0), "x1", Num.px(x.apply(d.p5())), "x2", Num.px(x.apply(d.p95())),
          "y1", Num.px(yc), "y2", Num.px(yc));
      for (String[] p : new String[][] {{"P5", "p5"}, {"P50", "p50"}, {"P95", "p95"}}) {
        double v = p[1].equals("p5") ? d.p5() : p[1].equals("p50") ? d.p50() : d.p95();
        svg.empty("line", "class", "percentile " + p[1], "data-value", Num.fixed(v, 0), "x1",
            Num.px(x.apply(v)), "x2", Num.px(x.apply(v)), "y1", Num.px(yc - 9), "y2",
            Num.px(yc + 9));
        svg.text(p[0], "class", "percentile-label", "x", Num.px(x.apply(v)), "y", Num.px(yc - 13),
            "text-anchor", "middle");
      }
      svg.empty("circle", "class", "mean", "data-value", Num.fixed(d.mean(), 0), "cx",
          Num.px(x.apply(d.mean())), "cy", Num.px(yc), "r", "4");
      svg.close("g");
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < ds.size(); i++) {
      Distribution d = ds.get(i);
      rows.add(new Table.Row(labels.get(i),
          List.of(pounds(d.p5()), pounds(d.p50()), pounds(d.p95()), pounds(d.mean()))));
    }
    Table npv = new Table(id + "-npv",
        "Simulated net present value (whole pounds): percentiles and mean",
        List.of("Case", "P5", "P50", "P95", "Mean"), rows);
    List<Table.Row> bcrRows = new ArrayList<>();
    bcrRow(bcrRows, "Financial case BCR", mc.financialBcr());
    bcrRow(bcrRows, "Wider case BCR", mc.widerBcr());
    Table bcr = new Table(id + "-bcr",
        "Simulated benefit-cost ratio: percentiles and mean (two decimal places)",
        List.of("Case", "P5", "P50", "P95", "Mean"), bcrRows);
    StringBuilder body = new StringBuilder();
    body.append("<p>")
        .append(mc.iterations())
        .append(" iterations, seed ")
        .append(mc.seed())
        .append(". The simulation result holds only the percentiles P5, P50 and P95 and the mean,")
        .append(" not the draws, so the chart shows the percentile interval rather than a")
        .append(" histogram.</p>\n");
    mc.widerCaseNote().ifPresent(
        n -> body.append("<p class=\"wider-case\">Wider case: ").append(Html.escape(n))
            .append(".</p>\n"));
    pair(body, svg.finish(), "Simulated NPV: P5 to P95 interval, median and mean.", npv);
    bcr.appendHtml(body);
    return new Section(id, "monte-carlo", "Uncertainty: Monte Carlo simulation", body.toString(),
        List.of(npv, bcr));
  }

  private static Cell pounds(double v) {
    BigDecimal b = new BigDecimal(v);
    return Cell.of(Num.pounds(b), Num.poundsPlain(b));
  }

  private static void bcrRow(List<Table.Row> rows, String label, Optional<Distribution> d) {
    if (d.isPresent()) {
      Distribution v = d.get();
      rows.add(new Table.Row(label, List.of(Cell.of(Num.fixed(v.p5(), 2)),
          Cell.of(Num.fixed(v.p50(), 2)), Cell.of(Num.fixed(v.p95(), 2)),
          Cell.of(Num.fixed(v.mean(), 2)))));
    } else {
      Cell na = Cell.of("n/a (no costs)");
      rows.add(new Table.Row(label, List.of(na, na, na, na)));
    }
  }

  // ---------------------------------------------------------------- sensitivity (tornado)

  static Section sensitivity(String id, Sensitivity.Case which, Money central,
      List<TornadoBar> bars) {
    String caseName = which == Sensitivity.Case.FINANCIAL ? "financial" : "wider";
    double c = central.toDouble();
    double lo = c;
    double hi = c;
    for (TornadoBar b : bars) {
      lo = Math.min(lo, Math.min(b.npvAtLow().toDouble(), b.npvAtHigh().toDouble()));
      hi = Math.max(hi, Math.max(b.npvAtLow().toDouble(), b.npvAtHigh().toDouble()));
    }
    double top = 40;
    double rowHeight = 28;
    double plotBottom = top + Math.max(1, bars.size()) * rowHeight;
    LinearScale x = LinearScale.nice(lo, hi, 5, TORNADO_LEFT, RIGHT);
    Svg svg =
        new Svg(
            id + "-chart",
            "tornado",
            plotBottom + 44,
            "One-way sensitivity of the " + caseName + " case NPV (tornado)",
            "For each of "
                + bars.size()
                + " uncertain assumptions, longest first, a bar from the central NPV to the NPV with"
                + " the assumption at its low value and another to the NPV at its high value. A"
                + " vertical line marks the central NPV.");
    svg.legendItem(TORNADO_LEFT, 18, "low", "assumption at low value");
    svg.legendItem(TORNADO_LEFT + 200, 18, "high", "assumption at high value");
    svg.xAxis(x, plotBottom, top, Num::pounds, "net present value (GBP)");
    double cx = x.apply(c);
    for (int i = 0; i < bars.size(); i++) {
      TornadoBar b = bars.get(i);
      double y0 = top + i * rowHeight + 4;
      String label = b.measureCode() + ": " + words(b.assumption().name());
      svg.open("g", "class", "row", "data-measure", b.measureCode(), "data-assumption",
          b.assumption().name());
      svg.text(Svg.shorten(label, 40), "class", "category", "x", Num.px(TORNADO_LEFT - 8), "y",
          Num.px(y0 + 14), "text-anchor", "end");
      tornadoBar(svg, x, cx, y0, rowHeight - 8, "low", b.npvAtLow());
      tornadoBar(svg, x, cx, y0, rowHeight - 8, "high", b.npvAtHigh());
      svg.close("g");
    }
    svg.empty("line", "class", "centre", "data-value", Num.poundsPlain(central.amount()), "x1",
        Num.px(cx), "x2", Num.px(cx), "y1", Num.px(top), "y2", Num.px(plotBottom));
    List<Table.Row> rows = new ArrayList<>();
    for (TornadoBar b : bars) {
      rows.add(new Table.Row(b.measureCode(), List.of(Cell.of(words(b.assumption().name())),
          Cell.of(Num.plain(b.lowValue())), Cell.of(Num.plain(b.highValue())),
          money(b.npvAtLow()), money(b.npvAtHigh()), money(b.swing()))));
    }
    Table table = new Table(id + "-table",
        "NPV of the " + caseName + " case with each assumption at its low and high value (whole"
            + " pounds); central NPV " + Num.pounds(central.amount()),
        List.of("Measure", "Assumption", "Low value", "High value", "NPV at low", "NPV at high",
            "Swing"),
        rows);
    StringBuilder body = new StringBuilder();
    body.append("<p>Each uncertain assumption is set to its low and then its high value with")
        .append(" everything else central. Central NPV of the ")
        .append(caseName)
        .append(" case: ")
        .append(Html.escape(Num.pounds(central.amount())))
        .append(".</p>\n");
    pair(body, svg.finish(), "Tornado chart, longest bar first.", table);
    return new Section(id, "sensitivity", "Sensitivity: one-way (tornado)", body.toString(),
        List.of(table));
  }

  private static void tornadoBar(Svg svg, LinearScale x, double cx, double y, double h,
      String side, Money npv) {
    double px = x.apply(npv.toDouble());
    svg.empty("rect", "class", "bar " + side, "data-value", Num.poundsPlain(npv.amount()), "x",
        Num.px(Math.min(cx, px)), "y", Num.px(y), "width", Num.px(Math.abs(px - cx)), "height",
        Num.px(h));
  }

  private static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- hub stays against the threshold

  static Section hubStays(String id, List<Integer> stays, ShortTermThreshold threshold,
      int suppression) {
    int t = threshold.days();
    StayBins b = new StayBins(stays, t, suppression);
    int w = b.width;
    int bins = b.bins();
    double top = 50;
    double plotBottom = top + 220;
    double left = 70;
    LinearScale x = new LinearScale(0, (double) bins * w, left, RIGHT);
    LinearScale y = LinearScale.nice(0, Math.max(1, b.maxShown), 5, plotBottom, top);
    Svg svg =
        new Svg(
            id + "-chart",
            "hub-stays",
            plotBottom + 44,
            "Length of hub stays against the short-term threshold of " + t + " days",
            "Histogram of hub stay lengths in bins of "
                + w
                + " days; a vertical line marks the short-term threshold of "
                + t
                + " days. Bins with fewer than "
                + suppression
                + " stays are suppressed and marked [c].");
    svg.legendItem(left, 18, "s0", "stays per bin");
    svg.legendItem(left + 140, 18, "threshold-swatch", "short-term threshold (" + t + " days)");
    svg.yAxis(y, left, RIGHT, v -> Num.plain(v), "stays");
    // Ticks on bin edges, at most about eight of them.
    int every = (bins + 7) / 8;
    List<BigDecimal> ticks = new ArrayList<>();
    for (int i = 0; i <= bins; i += every) {
      ticks.add(BigDecimal.valueOf((long) i * w));
    }
    svg.xAxis(x, ticks, plotBottom, plotBottom, v -> Num.plain(v), "length of stay (days)");
    for (int i = 0; i < bins; i++) {
      double x0 = x.apply((double) i * w);
      double x1 = x.apply((double) (i + 1) * w);
      String range = b.label(i);
      if (b.hidden[i]) {
        svg.text(Cell.SUPPRESSED, "class", "suppressed-marker", "data-bin", range, "x",
            Num.px((x0 + x1) / 2), "y", Num.px(plotBottom - 4), "text-anchor", "middle");
      } else if (b.counts[i] > 0) {
        double top1 = y.apply(b.counts[i]);
        svg.empty("rect", "class", "bar s0", "data-bin", range, "data-count",
            String.valueOf(b.counts[i]), "x", Num.px(x0 + 1), "y", Num.px(top1), "width",
            Num.px(x1 - x0 - 2), "height", Num.px(plotBottom - top1));
      }
    }
    // The threshold sits after day t, where "over" begins.
    double tx = x.apply(t + 1.0);
    svg.empty("line", "class", "threshold", "data-days", String.valueOf(t), "x1", Num.px(tx),
        "x2", Num.px(tx), "y1", Num.px(top), "y2", Num.px(plotBottom));
    boolean labelLeft = tx > RIGHT - 120;
    svg.text("threshold " + t + " days", "class", "threshold-label", "x",
        Num.px(labelLeft ? tx - 4 : tx + 4), "y", Num.px(top + 12), "text-anchor",
        labelLeft ? "end" : "start");
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      rows.add(new Table.Row(b.label(i) + " days",
          List.of(b.hidden[i] ? Cell.suppressed() : Cell.of(String.valueOf(b.counts[i])))));
    }
    rows.add(new Table.Row("Short-term (" + t + " days or fewer)",
        List.of(b.hiddenWithin ? Cell.suppressed() : Cell.of(String.valueOf(b.within)))));
    rows.add(new Table.Row("Longer than " + t + " days",
        List.of(b.hiddenOver ? Cell.suppressed() : Cell.of(String.valueOf(b.over)))));
    Table table = new Table(id + "-table",
        "Hub stays by length (days) and against the short-term threshold of " + t + " days",
        List.of("Length of stay", "Stays"), rows);
    StringBuilder body = new StringBuilder();
    body.append("<p>A hub stay of ")
        .append(t)
        .append(" days or fewer counts as short-term. The threshold is the adopter&#39;s setting;")
        .append(" the library&#39;s default of 84 days is a proposal, not a sourced figure.</p>\n");
    pair(body, svg.finish(), "Hub stay lengths with the short-term threshold marked.", table);
    suppressionNote(body, suppression);
    return new Section(id, "hub-stays", "Hub stays and the short-term threshold", body.toString(),
        List.of(table));
  }

  // ---------------------------------------------------------------- shared markup

  private static void pair(StringBuilder body, String svg, String caption, Table table) {
    body.append("<div class=\"pair\">\n<figure class=\"chart-figure\">\n")
        .append(svg)
        .append("<figcaption>")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
    table.appendHtml(body);
    body.append("</div>\n");
  }

  private static void suppressionNote(StringBuilder body, int threshold) {
    body.append("<p class=\"note suppression\">[c] marks a suppressed small cell: a figure based on")
        .append(" fewer than ")
        .append(threshold)
        .append(" young people, events or stays (between 1 and ")
        .append(threshold - 1)
        .append(") is not shown in any chart or table, and totals that would reveal it by")
        .append(" subtraction are suppressed too.</p>\n");
  }
}
