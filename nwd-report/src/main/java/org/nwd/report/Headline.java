package org.nwd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Distribution;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.PriceBasis;
import org.nwd.cost.PriceYear;
import org.nwd.impact.DesignLevel;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Exclusion;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.impact.Suppression;
import org.nwd.impact.SuppressedTable;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;

/**
 * The headline panel ("At a glance") at the top of a report: the cohort (included, and excluded by
 * reason), the period and windows, the data source, the design and its strength of evidence in plain
 * words, the price base and deflator, the date produced, the small-number rule, and three to five key
 * figures with their intervals, each one sentence. The same content goes into two CSV tables, and
 * {@link Report#headlineText()} gives it as plain text.
 */
final class Headline {
  static final String ID = "headline";

  private Headline() {}

  /** What the builder has collected for the panel. */
  static final class Inputs {
    Optional<ImpactResult> impact = Optional.empty();
    DisclosureControl control = DisclosureControl.standard();
    Optional<CostAvoidanceResult> cost = Optional.empty();
    Optional<MonteCarloResult> monteCarlo = Optional.empty();
    Optional<List<OutcomeMeasure>> keyMeasures = Optional.empty();
  }

  /** One key figure: a sentence, and the estimate with its interval for the CSV table. */
  static final class KeyFigure {
    final String label;
    final String sentence;
    final String detail;
    final List<Cell> cells;

    KeyFigure(String label, String sentence, String detail, List<Cell> cells) {
      this.label = label;
      this.sentence = sentence;
      this.detail = detail;
      this.cells = cells;
    }
  }

  /** The panel, when the report has an impact or a cost-avoidance result to summarise. */
  static Optional<Section> section(Inputs in, Optional<String> dataSource,
      Optional<String> generatedOn, Context c) {
    if (in.impact.isEmpty() && in.cost.isEmpty()) {
      return Optional.empty();
    }
    List<String[]> facts = new ArrayList<>();
    in.impact.ifPresent(r -> impactFacts(r, in.control, facts));
    facts.add(new String[] {"Data source", sentence(dataSource.orElse("not stated"))});
    in.impact.ifPresent(r -> facts.add(new String[] {"Design and strength of evidence",
        design(r.design())}));
    in.cost.flatMap(CostAvoidanceResult::priceBasis)
        .ifPresent(p -> facts.add(new String[] {"Prices", prices(p)}));
    generatedOn.ifPresent(d -> facts.add(new String[] {"Produced", d}));
    in.impact.ifPresent(r -> facts.add(new String[] {"Small numbers", in.control.statement()}));

    List<KeyFigure> figures = keyFigures(in, c);

    StringBuilder body = new StringBuilder();
    StringBuilder text = new StringBuilder();
    body.append("<dl class=\"facts\">\n");
    List<Table.Row> factRows = new ArrayList<>();
    for (String[] f : facts) {
      body.append("<dt>").append(Html.escape(f[0])).append("</dt><dd>").append(Html.escape(f[1]))
          .append("</dd>\n");
      text.append(f[0]).append(": ").append(f[1]).append('\n');
      factRows.add(new Table.Row(f[0], List.of(Cell.text(f[1]))));
    }
    body.append("</dl>\n");
    body.append("<h3 id=\"key-figures\">Key figures</h3>\n<ol class=\"key-figures\" "
        + "aria-labelledby=\"key-figures\">\n");
    text.append("Key figures:\n");
    List<Table.Row> figureRows = new ArrayList<>();
    int n = 0;
    for (KeyFigure k : figures) {
      n++;
      body.append("<li><p class=\"sentence\">").append(Html.escape(k.sentence)).append("</p>");
      if (!k.detail.isEmpty()) {
        body.append("<p class=\"detail\">").append(Html.escape(k.detail)).append("</p>");
      }
      body.append("</li>\n");
      text.append(n).append(". ").append(k.sentence)
          .append(k.detail.isEmpty() ? "" : " " + k.detail).append('\n');
      List<Cell> cells = new ArrayList<>(k.cells);
      cells.add(Cell.text(k.sentence));
      figureRows.add(new Table.Row(k.label, cells));
    }
    if (figures.isEmpty()) {
      body.append("<li><p class=\"sentence\">No figure can be published: every measure is"
          + " suppressed or undefined.</p></li>\n");
      text.append("No figure can be published: every measure is suppressed or undefined.\n");
    }
    body.append("</ol>\n");
    Table factTable = new Table(ID + "-facts", "At a glance: the cohort, period, data, design and"
        + " prices", List.of("Item", "Value"), factRows);
    Table figureTable = new Table(ID + "-key-figures", "Key figures: estimate and 95% interval (for"
        + " cost figures, the 5th to 95th percentile of the simulations)", List.of("Key figure",
        "Estimate", "Lower", "Upper", "Interval", "Statement"), figureRows);
    return Optional.of(new Section(ID, "headline", "At a glance", body.toString(),
        List.of(factTable, figureTable), text.toString()));
  }

  // ---------------------------------------------------------------- facts

  private static void impactFacts(ImpactResult r, DisclosureControl dc, List<String[]> facts) {
    facts.add(new String[] {"Young people", people(r.peopleEvaluated(), r.peopleIncluded(),
        r.exclusions(), dc)});
    r.comparisonPeopleIncluded().ifPresent(c -> facts.add(new String[] {"Comparison group",
        people(c + r.comparisonExclusions().size(), c, r.comparisonExclusions(), dc)}));
    ImpactAnalysis a = r.analysis();
    facts.add(new String[] {"Period", a.monthsBefore() + " months before and " + a.monthsAfter()
        + " months after each young person's index date (the " + a.indexDateRule().description()
        + "), within data covering " + coverage(a.dataCoverage()) + "."});
  }

  /** "355 evaluated: 350 included, 5 excluded (3 no index date, [c] ...)", counts suppressed. */
  static String people(long evaluated, long included, List<Exclusion> exclusions,
      DisclosureControl dc) {
    Map<ExclusionReason, Long> byReason = new EnumMap<>(ExclusionReason.class);
    for (Exclusion e : exclusions) {
      byReason.merge(e.reason(), 1L, Long::sum);
    }
    List<String> labels = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    labels.add("included");
    counts.add(new long[] {included});
    byReason.forEach((reason, count) -> {
      labels.add(reason.text());
      counts.add(new long[] {count});
    });
    SuppressedTable t = dc.table("young people", labels, List.of("young people"),
        counts.toArray(long[][]::new));
    StringBuilder s = new StringBuilder();
    s.append(dc.show(t.suppression(labels.size(), 0), Num.whole(evaluated))).append(" evaluated: ")
        .append(dc.show(t.suppression(0, 0), Num.whole(included))).append(" included in the"
            + " before/after comparison");
    if (exclusions.isEmpty()) {
      return s.append(", none excluded.").toString();
    }
    Suppression excluded = dc.count(exclusions.size());
    s.append(", ").append(dc.show(excluded, Num.whole(exclusions.size()))).append(" excluded (");
    for (int i = 1; i < labels.size(); i++) {
      s.append(i > 1 ? "; " : "").append(labels.get(i)).append(": ")
          .append(dc.show(t.suppression(i, 0), Num.whole(t.value(i, 0))));
    }
    return s.append(").").toString();
  }

  static String coverage(DatePeriod p) {
    return Num.date(p.start()) + " to " + p.end().map(e -> Num.date(e.minusDays(1)))
        .orElse("the present");
  }

  /** The design and what it can show, in plain words. */
  static String design(DesignLevel d) {
    if (d == DesignLevel.PRE_POST) {
      return "Before and after, with no comparison group: level 1 of 5 on the Maryland Scientific"
          + " Methods Scale, the weakest design for showing an effect. Young people are referred at"
          + " a crisis point, so part of any fall would have happened anyway (regression to the"
          + " mean): these figures may overstate the effect of the model.";
    }
    return "Compared with a comparison group (difference-in-differences): level 3 of 5 on the"
        + " Maryland Scientific Methods Scale. It allows for changes the comparison young people"
        + " saw as well, assuming both groups would otherwise have followed parallel trends. The"
        + " before/after figures alone are level 1 and may overstate the effect.";
  }

  static String prices(PriceBasis p) {
    StringBuilder s = new StringBuilder("Real ").append(p.priceBase()).append(" prices");
    if (p.priceBaseIsForecast()) {
      s.append(" (a forecast year of the deflator)");
    }
    s.append(". Deflator: ").append(p.deflatorVintage());
    p.deflatorBaseYear().ifPresent(b -> s.append(", ").append(b).append(" = 100"));
    p.deflatorPublished().ifPresent(m -> s.append(", published ").append(
        java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.UK).format(m)));
    s.append(". Forecast years used: ");
    if (p.forecastYearsUsed().isEmpty()) {
      s.append("none");
    } else {
      List<String> years = new ArrayList<>();
      for (PriceYear y : p.forecastYearsUsed()) {
        years.add(y.toString());
      }
      s.append(String.join(", ", years));
    }
    return s.append(".").toString();
  }

  // ---------------------------------------------------------------- key figures

  static List<KeyFigure> keyFigures(Inputs in, Context c) {
    List<KeyFigure> out = new ArrayList<>();
    if (in.impact.isPresent()) {
      ImpactResult r = in.impact.get();
      List<OutcomeMeasure> chosen = in.keyMeasures.orElse(List.of());
      List<MeasureResult> candidates = new ArrayList<>();
      if (in.keyMeasures.isPresent()) {
        for (OutcomeMeasure m : chosen) {
          candidates.add(r.measure(m));
        }
      } else {
        candidates.addAll(r.measures());
      }
      int limit = in.keyMeasures.isPresent() ? ReportBuilder.MAX_KEY_FIGURES : 3;
      for (MeasureResult m : candidates) {
        if (out.size() >= limit) {
          break;
        }
        rateFigure(r, m, in.control).ifPresent(out::add);
      }
    }
    if (in.cost.isPresent() && out.size() < ReportBuilder.MAX_KEY_FIGURES) {
      out.add(npvFigure(in.cost.get(), in.monteCarlo));
    }
    if (in.cost.isPresent() && out.size() < ReportBuilder.MAX_KEY_FIGURES) {
      bcrFigure(in.cost.get(), in.monteCarlo).ifPresent(out::add);
    }
    return out;
  }

  /** A measure's change as a sentence, when its rate ratio is published with an interval. */
  static Optional<KeyFigure> rateFigure(ImpactResult result, MeasureResult m, DisclosureControl dc) {
    if (m.rates().isEmpty() || dc.measure(m).isSuppressed()) {
      return Optional.empty();
    }
    RateChange r = m.rates().get();
    RateRatio rr = r.rateRatio();
    if (rr.estimate().isEmpty() || rr.interval().isEmpty()
        || !Double.isFinite(rr.estimate().getAsDouble())) {
      return Optional.empty();
    }
    double ratio = rr.estimate().getAsDouble();
    Interval ci = rr.interval().get();
    ImpactAnalysis a = result.analysis();
    String name = m.measure().name();
    StringBuilder s = new StringBuilder(capitalise(name)).append(' ').append(change(ratio))
        .append(" in the ").append(a.monthsAfter()).append(" months after the ")
        .append(a.indexDateRule().description()).append(" compared with the ")
        .append(a.monthsBefore()).append(" months before: from ").append(Num.two(r.before().rate()))
        .append(" to ").append(Num.two(r.after().rate())).append(" a year per young person (")
        .append(result.analysis().level()).append(" confidence interval for the change: ")
        .append(intervalWords(ci)).append(").");
    String detail = "Rate ratio " + Num.two(ratio) + " (" + Num.two(ci.lower()) + " to "
        + Num.two(ci.upper()) + ", " + MeasureChange.methodText(rr) + "); "
        + Num.whole(m.people()) + " young people; "
        + (m.comparison().isEmpty() ? "before/after only, may overstate the effect."
            : "the comparison group's change is in the impact section.");
    return Optional.of(new KeyFigure(capitalise(name) + " (rate ratio)", s.toString(), detail,
        List.of(Cell.of(Num.two(ratio)), Cell.of(Num.two(ci.lower())), Cell.of(Num.two(ci.upper())),
            Cell.text(result.analysis().level() + " confidence interval, "
                + MeasureChange.methodText(rr)))));
  }

  /** "fell by 54%", "rose by 12%" or "did not change". */
  static String change(double ratio) {
    long pct = Math.round(Math.abs(1 - ratio) * 100);
    if (pct == 0) {
      return "did not change";
    }
    return (ratio < 1 ? "fell by " : "rose by ") + pct + "%";
  }

  /** A rate-ratio interval as a change in per cent, in words. */
  static String intervalWords(Interval ci) {
    long lowerFall = Math.round((1 - ci.upper()) * 100);
    long upperFall = Math.round((1 - ci.lower()) * 100);
    if (ci.upper() < 1) {
      return "a fall of " + lowerFall + "% to " + upperFall + "%";
    }
    if (ci.lower() > 1) {
      return "a rise of " + (-upperFall) + "% to "
          + (ci.isUpperUnbounded() ? "any size" : (-lowerFall) + "%");
    }
    return "from a fall of " + upperFall + "% to a rise of "
        + (ci.isUpperUnbounded() ? "any size" : (-lowerFall) + "%") + ", so no clear change";
  }

  static KeyFigure npvFigure(CostAvoidanceResult cost, Optional<MonteCarloResult> mc) {
    CaseSummary f = cost.financialCase();
    BigDecimal npv = f.netPresentValue().amount();
    String prices = cost.priceBasis().map(p -> " in " + p.priceBase() + " prices").orElse("");
    StringBuilder s = new StringBuilder("Under the stated assumptions, the public sector saves ");
    if (npv.signum() >= 0) {
      s.append(Num.pounds(npv)).append(" more than the programme costs");
    } else {
      s.append(Num.pounds(npv.negate())).append(" less than the programme costs");
    }
    s.append(" (financial case, net present value").append(prices).append(", over ")
        .append(cost.horizon() + 1).append(" appraisal years)");
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.of(Num.pounds(npv), Num.poundsPlain(npv)));
    if (mc.isPresent()) {
      Distribution d = mc.get().financialNpv();
      s.append("; in 90% of ").append(Num.whole(mc.get().iterations()))
          .append(" simulations of the uncertain assumptions it lay between ")
          .append(Num.pounds(new BigDecimal(d.p5()))).append(" and ")
          .append(Num.pounds(new BigDecimal(d.p95())));
      cells.add(Cell.of(Num.pounds(new BigDecimal(d.p5())), Num.poundsPlain(new BigDecimal(d.p5()))));
      cells.add(Cell.of(Num.pounds(new BigDecimal(d.p95())),
          Num.poundsPlain(new BigDecimal(d.p95()))));
      cells.add(Cell.text("5th to 95th percentile of " + mc.get().iterations() + " simulations"));
    } else {
      cells.add(Cell.text("n/a"));
      cells.add(Cell.text("n/a"));
      cells.add(Cell.text("no simulation"));
    }
    s.append('.');
    return new KeyFigure("Net present value (financial case)", s.toString(), "", cells);
  }

  static Optional<KeyFigure> bcrFigure(CostAvoidanceResult cost, Optional<MonteCarloResult> mc) {
    Optional<BigDecimal> bcr = cost.financialCase().benefitCostRatio();
    if (bcr.isEmpty()) {
      return Optional.empty();
    }
    double b = bcr.get().doubleValue();
    StringBuilder s = new StringBuilder("Each \u00a31 the programme costs is matched by \u00a3")
        .append(Num.two(b)).append(" of costs avoided (financial case, benefit-cost ratio ")
        .append(Num.two(b)).append(")");
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.of(Num.two(b)));
    Optional<Distribution> d = mc.flatMap(MonteCarloResult::financialBcr);
    if (d.isPresent()) {
      s.append("; 90% of simulations: ").append(Num.two(d.get().p5())).append(" to ")
          .append(Num.two(d.get().p95()));
      cells.add(Cell.of(Num.two(d.get().p5())));
      cells.add(Cell.of(Num.two(d.get().p95())));
      cells.add(Cell.text("5th to 95th percentile of " + mc.get().iterations() + " simulations"));
    } else {
      cells.add(Cell.text("n/a"));
      cells.add(Cell.text("n/a"));
      cells.add(Cell.text("no simulation"));
    }
    s.append('.');
    return Optional.of(new KeyFigure("Benefit-cost ratio (financial case)", s.toString(), "",
        cells));
  }

  /** {@code s} capitalised, with a full stop unless it ends with one (or ? or !). */
  static String sentence(String s) {
    String c = capitalise(s.strip());
    return c.endsWith(".") || c.endsWith("?") || c.endsWith("!") ? c : c + ".";
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
