package org.nwd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.nwd.impact.DisclosureControl;
import org.nwd.model.ShortTermThreshold;

/** Renders each kind of section: its chart, the table of the chart's numbers and the notes. */
final class Sections {
  /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
  static final int SERIES_COLOURS = 8;

  /** Tornado labels name a measure and an assumption, so they need more room. */
  private static final double TORNADO_LEFT = 300;
  private static final double RIGHT = Svg.WIDTH - 30;

  /** The most bars the tornado chart draws; its table lists them all. */
  static final int TORNADO_BARS = 15;

  private Sections() {}

  // ---------------------------------------------------------------- cost avoided by agency and year

  static Section costAvoidance(String id, CostAvoidanceResult result, Context c) {
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
    double left = 100;
    List<String> names = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (int k = 0; k < series.size(); k++) {
      names.add(series.get(k).name());
      marks.add("s" + (k % SERIES_COLOURS));
    }
    int legendRows = Svg.legendRows(names, left, RIGHT);
    double top = 20 + legendRows * Svg.LEGEND_ROW + 16;
    double plotBottom = top + 240;
    LinearScale y = LinearScale.nice(lo, hi, 5, plotBottom, top);
    BandScale x = new BandScale(Math.max(1, years.size()), left, RIGHT, 0.3);
    Svg svg =
        new Svg(
            id + "-chart",
            "cost-by-agency-year",
            plotBottom + 48,
            "Cost avoided (present value, financial case) by agency and appraisal year",
            "Stacked bars, one per appraisal year from "
                + (years.isEmpty() ? "none" : years.get(0) + " to " + years.get(years.size() - 1))
                + ", each split by the "
                + series.size()
                + " agencies that make the saving. Values are discounted to present value.");
    svg.legend(left, 20, RIGHT, marks, names);
    svg.yAxis(y, left, RIGHT, Num::pounds, "present value (GBP)");
    for (int i = 0; i < years.size(); i++) {
      double pos = 0;
      double neg = 0;
      svg.open("g", "class", "stack", "data-category", "year " + years.get(i));
      for (int s = 0; s < series.size(); s++) {
        BigDecimal v = Objects.requireNonNull(cells.get(years.get(i))).get(series.get(s));
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
        BigDecimal v = Objects.requireNonNull(cells.get(year)).getOrDefault(a, BigDecimal.ZERO);
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
    Table positions = positions(id + "-by-agency", financial);
    StringBuilder body = new StringBuilder();
    body.append("<p>The financial case counts fiscal values only: costs the public sector avoids.")
        .append(" The wider case adds economic and social values; the two cases are never added")
        .append(" together. Amounts are present values in pounds at base-year prices, rounded to")
        .append(" whole pounds for display.</p>\n");
    // The price base, the deflator's vintage and any forecast years, where the figures are shown.
    result.priceBasis().ifPresent(
        p -> body.append("<p class=\"price-basis\">").append(Html.escape(p.statement()))
            .append("</p>\n"));
    body.append("<p class=\"wider-case\">").append(Html.escape(result.widerCaseStatement()))
        .append("</p>\n");
    summary.appendHtml(body);
    Blocks.figure(body, c, svg.finish(),
        "Present value of the financial-case saving in each appraisal year, split by the agency"
            + " that makes it.",
        byAgency);
    body.append("<p>Who pays and who saves: each agency&#39;s share of the financial-case saving,")
        .append(" what it pays towards the programme, its net position and the part of its saving")
        .append(" that is cashable.</p>\n");
    positions.appendHtml(body);
    if (!result.defaultsApplied().isEmpty() && !c.hasAssumptions()) {
      body.append("<p class=\"note\">Defaults applied by the model:</p>\n<ul class=\"defaults\">\n");
      for (String d : result.defaultsApplied()) {
        body.append("<li>").append(Html.escape(c.named(d))).append("</li>\n");
      }
      body.append("</ul>\n");
    }
    Blocks.method(body,
        "For each measure, the events avoided in the first benefit year are reduced for what would"
            + " have happened anyway (deadweight), for effects moved elsewhere (displacement) and for"
            + " the share due to others (attribution), valued at each unit cost uprated to the price"
            + " base with the GDP deflator, and cut for optimism bias. Later years lose the drop-off"
            + " share each year; benefits start after the lag. Each year's benefits and programme"
            + " costs are discounted to present value; the net present value is benefits minus"
            + " costs, and the benefit-cost ratio is benefits divided by costs.",
        "The assumptions and unit costs used are listed in full in the assumptions section. They"
            + " are judgements: the Monte Carlo and sensitivity sections show how far the result"
            + " moves when they change.");
    return new Section(id, "cost-avoidance", "Cost avoidance", body.toString(),
        List.of(summary, byAgency, positions));
  }

  /** Saved, paid, net and cashable present values per agency (financial case). */
  private static Table positions(String id, CaseSummary f) {
    List<Table.Row> rows = new ArrayList<>();
    f.netPositionByAgency().forEach((agency, net) -> rows.add(new Table.Row(agency.name(), List.of(
        money(f.presentValueByAgency().getOrDefault(agency, Money.ZERO)),
        money(f.presentValueCostsByAgency().getOrDefault(agency, Money.ZERO)),
        money(net),
        money(f.presentValueCashableByAgency().getOrDefault(agency, Money.ZERO))))));
    return new Table(id, "Who pays and who saves (financial case, present value, whole pounds)",
        List.of("Agency", "Saves", "Pays", "Net position", "Cashable saving"), rows);
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
    return r.map(v -> Cell.of(Num.two(v.doubleValue()))).orElse(Cell.text("n/a (no costs)"));
  }

  private static Cell year(Optional<Integer> y) {
    return y.map(v -> Cell.of(String.valueOf(v))).orElse(Cell.text("not reached"));
  }

  // ---------------------------------------------------------------- Monte Carlo percentiles

  static Section monteCarlo(String id, MonteCarloResult mc, Context c) {
    // Where the wider case holds nothing more than the financial case, it is not shown twice.
    boolean wider = mc.widerCaseNote().isEmpty();
    List<String> labels = wider ? List.of("Financial case NPV", "Wider case NPV")
        : List.of("Financial case NPV");
    List<Distribution> ds = wider ? List.of(mc.financialNpv(), mc.widerNpv())
        : List.of(mc.financialNpv());
    double lo = 0;
    double hi = 0;
    for (Distribution d : ds) {
      lo = Math.min(lo, Math.min(d.p5(), d.mean()));
      hi = Math.max(hi, Math.max(d.p95(), d.mean()));
    }
    double left = 170;
    List<String> legend = List.of("P5 to P95", "P50 (median)", "mean");
    double top = 24 + Svg.legendRows(legend, left, RIGHT) * Svg.LEGEND_ROW;
    double rowHeight = 60;
    double plotBottom = top + ds.size() * rowHeight;
    LinearScale x = LinearScale.nice(lo, hi, 5, left, RIGHT);
    Svg svg =
        new Svg(
            id + "-chart",
            "npv-percentiles",
            plotBottom + 48,
            "Net present value from the Monte Carlo simulation: P5, P50 and P95",
            "For the financial case" + (wider ? " and the wider case" : "")
                + ", a line from the 5th to the 95th percentile of the simulated net present value,"
                + " a tick at the median (P50) and a dot at the mean, over " + mc.iterations()
                + " iterations. A vertical line marks zero.");
    svg.legend(left, 18, RIGHT, List.of("interval", "p50", "mean"), legend);
    svg.xAxis(x, plotBottom, top, Num::pounds, "net present value (GBP)");
    svg.empty("line", "class", "zero", "x1", Num.px(x.apply(0)), "x2", Num.px(x.apply(0)), "y1",
        Num.px(top), "y2", Num.px(plotBottom));
    for (int i = 0; i < ds.size(); i++) {
      Distribution d = ds.get(i);
      double yc = top + i * rowHeight + rowHeight / 2;
      svg.open("g", "class", "row", "data-series", labels.get(i));
      svg.label(labels.get(i), left - 8, yc, left - 12);
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
    if (wider) {
      bcrRow(bcrRows, "Wider case BCR", mc.widerBcr());
    }
    Table bcr = new Table(id + "-bcr",
        "Simulated benefit-cost ratio: percentiles and mean (two decimal places)",
        List.of("Case", "P5", "P50", "P95", "Mean"), bcrRows);
    StringBuilder body = new StringBuilder();
    body.append("<p>How the net present value varies when every uncertain assumption varies at")
        .append(" once: ")
        .append(Num.whole(mc.iterations()))
        .append(" simulations, seed ")
        .append(mc.seed())
        .append(". Nine in ten simulations fall between P5 and P95.</p>\n");
    mc.widerCaseNote().ifPresent(
        n -> body.append("<p class=\"wider-case\">Wider case: ").append(Html.escape(n))
            .append(". It is not shown separately.</p>\n"));
    Blocks.figure(body, c, svg.finish(),
        "Simulated net present value: P5 to P95 interval, median (P50) and mean.", npv);
    bcr.appendHtml(body);
    Blocks.method(body,
        "Each simulation draws every uncertain assumption (events avoided, deadweight,"
            + " displacement, attribution, optimism bias, drop-off, lag, benefit years and each unit"
            + " cost) from a triangular distribution between its low, central and high values, and"
            + " works the appraisal out again. The same seed gives the same percentiles. The result"
            + " keeps the percentiles and the mean, not the draws, so the chart shows the"
            + " percentile interval rather than a histogram.",
        "P5 to P95 is not a confidence interval: it shows how far the result moves over the"
            + " ranges of the assumptions, which are judgements.");
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
      rows.add(new Table.Row(label, List.of(Cell.of(Num.two(v.p5())), Cell.of(Num.two(v.p50())),
          Cell.of(Num.two(v.p95())), Cell.of(Num.two(v.mean())))));
    } else {
      Cell na = Cell.text("n/a (no costs)");
      rows.add(new Table.Row(label, List.of(na, na, na, na)));
    }
  }

  // ---------------------------------------------------------------- sensitivity (tornado)

  static Section sensitivity(String id, Sensitivity.Case which, Money central,
      List<TornadoBar> bars, Context c) {
    String caseName = which == Sensitivity.Case.FINANCIAL ? "financial" : "wider";
    List<TornadoBar> drawn = bars.subList(0, Math.min(TORNADO_BARS, bars.size()));
    double cv = central.toDouble();
    double lo = cv;
    double hi = cv;
    for (TornadoBar b : drawn) {
      lo = Math.min(lo, Math.min(b.npvAtLow().toDouble(), b.npvAtHigh().toDouble()));
      hi = Math.max(hi, Math.max(b.npvAtLow().toDouble(), b.npvAtHigh().toDouble()));
    }
    List<String> legend = List.of("assumption at low value", "assumption at high value");
    double top = 24 + Svg.legendRows(legend, TORNADO_LEFT, RIGHT) * Svg.LEGEND_ROW;
    double[] rowTop = new double[drawn.size() + 1];
    rowTop[0] = top;
    for (int i = 0; i < drawn.size(); i++) {
      rowTop[i + 1] = rowTop[i] + Math.max(28, Svg.lines(label(drawn.get(i), c), TORNADO_LEFT - 12)
          * Svg.LINE + 8);
    }
    double plotBottom = rowTop[drawn.size()];
    LinearScale x = LinearScale.nice(lo, hi, 5, TORNADO_LEFT, RIGHT);
    Svg svg =
        new Svg(
            id + "-chart",
            "tornado",
            plotBottom + 48,
            "One-way sensitivity of the " + caseName + " case NPV (tornado)",
            "For the " + drawn.size() + (drawn.size() < bars.size() ? " widest of " + bars.size()
                : "") + " uncertain assumptions, widest first, a bar from the central NPV to the"
                + " NPV with the assumption at its low value and another to the NPV at its high"
                + " value. A vertical line marks the central NPV.");
    svg.legend(TORNADO_LEFT, 18, RIGHT, List.of("low", "high"), legend);
    svg.xAxis(x, plotBottom, top, Num::pounds, "net present value (GBP)");
    double cx = x.apply(cv);
    for (int i = 0; i < drawn.size(); i++) {
      TornadoBar b = drawn.get(i);
      double y0 = rowTop[i] + 4;
      double h = rowTop[i + 1] - rowTop[i] - 8;
      svg.open("g", "class", "row", "data-measure", b.measureCode(), "data-assumption",
          b.assumption().name());
      svg.label(label(b, c), TORNADO_LEFT - 8, y0 + h / 2, TORNADO_LEFT - 12);
      tornadoBar(svg, x, cx, y0, h, "low", b.npvAtLow());
      tornadoBar(svg, x, cx, y0, h, "high", b.npvAtHigh());
      svg.close("g");
    }
    svg.empty("line", "class", "centre", "data-value", Num.poundsPlain(central.amount()), "x1",
        Num.px(cx), "x2", Num.px(cx), "y1", Num.px(top), "y2", Num.px(plotBottom));
    List<Table.Row> rows = new ArrayList<>();
    for (TornadoBar b : bars) {
      rows.add(new Table.Row(Headline.capitalise(c.measureNames(b.measureCode())), List.of(
          Cell.text(assumption(b, c)), Cell.of(value(b, b.lowValue())),
          Cell.of(value(b, b.highValue())), money(b.npvAtLow()), money(b.npvAtHigh()),
          money(b.swing()))));
    }
    Table table = new Table(id + "-table",
        "NPV of the " + caseName + " case with each assumption at its low and high value (whole"
            + " pounds), widest swing first; central NPV " + Num.pounds(central.amount()),
        List.of("Measure", "Assumption", "Low value", "High value", "NPV at low", "NPV at high",
            "Swing"),
        rows);
    StringBuilder body = new StringBuilder();
    body.append("<p>Which assumptions matter most: each is set to its low and then its high value")
        .append(" with everything else at its central value. Central NPV of the ")
        .append(caseName)
        .append(" case: ")
        .append(Html.escape(Num.pounds(central.amount())))
        .append(".")
        .append(drawn.size() < bars.size() ? " The chart shows the " + drawn.size() + " widest of "
            + bars.size() + " bars; the table lists them all." : "")
        .append("</p>\n");
    Blocks.figure(body, c, svg.finish(), "One-way sensitivity of the " + caseName
        + " case net present value, widest swing first.", table);
    Blocks.method(body,
        "Shares (deadweight, displacement, attribution, optimism bias, drop-off) are shown as"
            + " percentages, the lag and the benefit horizon in years, events avoided as a number of"
            + " events, and a unit cost as a multiple of its stated value. The swing is the"
            + " difference between the NPV at the low and at the high value.");
    return new Section(id, "sensitivity", "Sensitivity: one-way (tornado)", body.toString(),
        List.of(table));
  }

  /** The bar's label: measure and assumption in words. */
  static String label(TornadoBar b, Context c) {
    if (b.unitCost().isPresent()) {
      return "Unit cost: " + c.unitCostName(b.unitCost().get());
    }
    return Headline.capitalise(c.measureNames(b.measureCode())) + ": " + assumption(b, c);
  }

  /** What was varied, in words. */
  static String assumption(TornadoBar b, Context c) {
    switch (b.assumption()) {
      case UNIT_COST:
        return b.unitCost().map(u -> "unit cost: " + c.unitCostName(u)).orElse("unit cost");
      case DROP_OFF:
        return "drop-off a year";
      case LAG:
        return "lag before benefits (years)";
      case EVENTS:
        return "events avoided (first year)";
      default:
        return Context.words(b.assumption().name());
    }
  }

  /** A low or high value in the assumption's own terms. */
  static String value(TornadoBar b, BigDecimal v) {
    switch (b.assumption()) {
      case EVENTS:
        return Num.whole(v.doubleValue());
      case LAG:
      case BENEFIT_YEARS:
        return Num.plain(v);
      case UNIT_COST:
        return "\u00d7" + Num.plain(v);
      default:
        return Num.statedPercent(v);
    }
  }

  private static void tornadoBar(Svg svg, LinearScale x, double cx, double y, double h,
      String side, Money npv) {
    double px = x.apply(npv.toDouble());
    svg.empty("rect", "class", "bar " + side, "data-value", Num.poundsPlain(npv.amount()), "x",
        Num.px(Math.min(cx, px)), "y", Num.px(y), "width", Num.px(Math.abs(px - cx)), "height",
        Num.px(h));
  }

  // ---------------------------------------------------------------- hub stays against the threshold

  static Section hubStays(String id, List<Integer> stays, ShortTermThreshold threshold,
      DisclosureControl dc, Context c) {
    int t = threshold.days();
    StayBins b = new StayBins(stays, t, dc);
    int bins = b.bins();
    double top = 50;
    double plotBottom = top + 220;
    double left = 70;
    LinearScale x = new LinearScale(0, b.last(bins - 1) + 1.0, left, RIGHT);
    LinearScale y = LinearScale.nice(0, Math.max(1, b.maxShown), 5, plotBottom, top);
    Svg svg =
        new Svg(
            id + "-chart",
            "hub-stays",
            plotBottom + 48,
            "Length of hub stays against the short-term threshold of " + t + " days",
            "Histogram of hub stay lengths in bins of about " + b.width + " days, split at the"
                + " short-term threshold of " + t + " days, which a vertical line marks. Bins with"
                + " fewer than " + dc.threshold() + " stays show " + Cell.SUPPRESSED + ".");
    svg.legend(left, 18, RIGHT, List.of("s0", "threshold-swatch"),
        List.of("stays per bin", "short-term threshold (" + t + " days)"));
    svg.yAxis(y, left, RIGHT, v -> Num.plain(v), "stays");
    // Ticks on bin edges, at most about eight of them.
    int every = (bins + 7) / 8;
    List<BigDecimal> ticks = new ArrayList<>();
    ticks.add(BigDecimal.ZERO);
    for (int i = every; i < bins; i += every) {
      ticks.add(BigDecimal.valueOf(b.first(i)));
    }
    svg.xAxis(x, ticks, plotBottom, plotBottom, v -> Num.plain(v), "length of stay (days)");
    for (int i = 0; i < bins; i++) {
      double x0 = x.apply(b.first(i));
      double x1 = x.apply(b.last(i) + 1.0);
      String range = b.label(i);
      if (b.hidden(i).isSuppressed()) {
        svg.text(b.hidden(i).marker(), "class", "suppressed-marker", "data-bin", range, "x",
            Num.px((x0 + x1) / 2), "y", Num.px(plotBottom - 4), "text-anchor", "middle");
      } else if (b.counts[i] > 0) {
        double top1 = y.apply(b.counts[i]);
        svg.empty("rect", "class", "bar s0", "data-bin", range, "data-count",
            String.valueOf(b.counts[i]), "x", Num.px(x0 + 1), "y", Num.px(top1), "width",
            Num.px(Math.max(1, x1 - x0 - 2)), "height", Num.px(plotBottom - top1));
      }
    }
    // The threshold sits after day t, where "longer" begins: a bin edge.
    double tx = x.apply(t + 1.0);
    svg.empty("line", "class", "threshold", "data-days", String.valueOf(t), "x1", Num.px(tx),
        "x2", Num.px(tx), "y1", Num.px(top), "y2", Num.px(plotBottom));
    boolean labelLeft = tx > RIGHT - 140;
    svg.text("threshold " + t + " days", "class", "threshold-label", "x",
        Num.px(labelLeft ? tx - 4 : tx + 4), "y", Num.px(top + 12), "text-anchor",
        labelLeft ? "end" : "start");
    List<Table.Row> rows = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      rows.add(new Table.Row(b.label(i) + " days",
          List.of(Cell.unless(b.hidden(i), Cell.of(Num.whole(b.counts[i]))))));
    }
    rows.add(new Table.Row("Short-term (" + t + " days or fewer)",
        List.of(Cell.unless(b.hiddenWithin(), Cell.of(Num.whole(b.within))))));
    rows.add(new Table.Row("Longer than " + t + " days",
        List.of(Cell.unless(b.hiddenOver(), Cell.of(Num.whole(b.over))))));
    rows.add(new Table.Row("All completed stays",
        List.of(Cell.unless(b.hiddenTotal(), Cell.of(Num.whole(b.within + b.over))))));
    Table table = new Table(id + "-table",
        "Hub stays by length (days) and against the short-term threshold of " + t + " days",
        List.of("Length of stay", "Stays"), rows);
    StringBuilder body = new StringBuilder();
    body.append("<p>A hub stay of ")
        .append(t)
        .append(" days or fewer counts as short-term. The threshold is the adopter&#39;s setting;")
        .append(" the library&#39;s default of 84 days is a proposal, not a sourced figure. The")
        .append(" bins are split at the threshold, so each bin is wholly short-term or wholly")
        .append(" longer.</p>\n");
    Blocks.figure(body, c, svg.finish(),
        "Hub stay lengths, with the short-term threshold marked.", table);
    Blocks.suppressionNote(body, dc);
    Blocks.method(body,
        "Each completed hub stay is counted once, in the bin holding its length in whole days."
            + " The bins are " + b.width + " day" + (b.width == 1 ? "" : "s") + " wide (the"
            + " narrowest of 1, 2, 7, 14, 28 days and so on that needs at most " + StayBins.MAX_BINS
            + " bins) and are split at the threshold, so the lowest bin may differ in width.",
        dc.statement());
    return new Section(id, "hub-stays", "Hub stays and the short-term threshold", body.toString(),
        List.of(table));
  }
}
