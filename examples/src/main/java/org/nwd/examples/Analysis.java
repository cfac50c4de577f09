package org.nwd.examples;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.Assumption;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Distribution;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarlo;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.TornadoBar;
import org.nwd.fidelity.DoseResponse;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.Breakdown;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.HubEpisode;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.report.Report;
import org.nwd.report.ReportBuilder;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;

/**
 * The end-to-end analysis the examples share: impact for the measures the cohort records, cost
 * avoidance by agency with its uncertainty (exact model, one-way sensitivity, seeded Monte Carlo)
 * under the {@link Illustrative} assumptions, fidelity to the model beside impact, readable tables,
 * the HTML report and a one-line summary.
 *
 * <pre>{@code
 * Analysis.Results r = Analysis.run(SampleCohort.cohort(), SampleCohort.dataCoverage());
 * System.out.println(Analysis.tables(r));
 * Analysis.report(r, "My report").writeTo(Path.of("report.html"));
 * }</pre>
 */
public final class Analysis {
  private Analysis() {}

  /**
   * The standard measures the examples analyse: those the sample cohort records as outcome events,
   * placement moves (from the generator's placements) and the SDQ total difficulties score (its
   * baseline in the look-back, its follow-up in the year after).
   */
  public static final ImmutableList<OutcomeMeasure> MEASURES =
      ImmutableList.of(
          StandardMeasures.MISSING_INCIDENTS,
          StandardMeasures.ARRESTS,
          StandardMeasures.CRISIS_PRESENTATIONS,
          StandardMeasures.POLICE_CALL_OUTS,
          StandardMeasures.PLACEMENT_MOVES,
          StandardMeasures.SDQ_TOTAL_DIFFICULTIES);

  /** Everything one run produces. */
  public record Results(
      Cohort cohort,
      ImpactResult impact,
      Appraisal appraisal,
      CostAvoidanceResult cost,
      ImmutableList<TornadoBar> tornado,
      MonteCarloResult monteCarlo) {
    public Results {
      Objects.requireNonNull(cohort, "cohort");
      Objects.requireNonNull(impact, "impact");
      Objects.requireNonNull(appraisal, "appraisal");
      Objects.requireNonNull(cost, "cost");
      Objects.requireNonNull(tornado, "tornado");
      Objects.requireNonNull(monteCarlo, "monteCarlo");
    }
  }

  /** The before/after impact analysis of {@link #MEASURES} over data covering {@code coverage}. */
  public static ImpactAnalysis impactAnalysis(String name, DatePeriod coverage) {
    return impactAnalysis(name, coverage, RateRatioMethod.AUTO);
  }

  /** The same analysis with the rate ratios' interval {@code method} named (AUTO: clustered). */
  public static ImpactAnalysis impactAnalysis(
      String name, DatePeriod coverage, RateRatioMethod method) {
    return ImpactAnalysis.builder()
        .name(name)
        .dataCoverage(coverage)
        .addAllMeasures(MEASURES)
        .rateRatioMethod(method)
        .build();
  }

  /** Runs everything quietly. */
  public static Results run(Cohort cohort, DatePeriod coverage) {
    return run(cohort, coverage, Progress.silent());
  }

  /** Runs everything, reporting each step to {@code progress}. */
  public static Results run(Cohort cohort, DatePeriod coverage, Progress progress) {
    return run(cohort, impactAnalysis("No Wrong Door before/after", coverage), progress);
  }

  /** Runs everything with the caller's impact {@code analysis} (measures, index date, coverage). */
  public static Results run(Cohort cohort, ImpactAnalysis analysis, Progress progress) {
    progress.start("Impact analysis of " + cohort.size() + " young people, "
        + analysis.measures().size() + " measures");
    int step = Math.max(1, cohort.size() / 4);
    AtomicInteger seen = new AtomicInteger();
    ImpactResult impact =
        analysis.run(
            cohort.records().stream()
                .peek(
                    r -> {
                      int n = seen.incrementAndGet();
                      if (n % step == 0 || n == cohort.size()) {
                        progress.detail(n + " of " + cohort.size() + " young people evaluated");
                      }
                    }));
    progress.done();
    if (Illustrative.costedMeasures(impact).isEmpty()) {
      throw new IllegalStateException(
          "no costed measure has before/after rates: " + impact.problems());
    }

    progress.start("Cost avoidance (exact model, illustrative assumptions)");
    Appraisal appraisal = Illustrative.appraisal(impact);
    CostAvoidanceResult cost = CostAvoidanceModel.run(appraisal);
    progress.done();

    progress.start("One-way sensitivity (financial case)");
    ImmutableList<TornadoBar> tornado = Sensitivity.oneWay(appraisal, Sensitivity.Case.FINANCIAL);
    progress.detail(tornado.size() + " assumptions varied");
    progress.done();

    progress.start(
        "Monte Carlo, " + Illustrative.ITERATIONS + " draws, seed " + Illustrative.MONTE_CARLO_SEED);
    MonteCarloResult mc =
        MonteCarlo.run(appraisal, Illustrative.ITERATIONS, Illustrative.MONTE_CARLO_SEED);
    progress.done();
    return new Results(cohort, impact, appraisal, cost, tornado, mc);
  }

  /** The report of {@link #report(Results, String, String, Optional)} without a data source or date. */
  public static Report report(Results r, String title) {
    return report(r, title, "not stated", Optional.empty());
  }

  /**
   * The report: the headline panel (cohort, period, {@code dataSource}, design, prices, the date
   * {@code generatedOn} when given, key figures), impact before and after with the rates by hub
   * (each hub's young people analysed alone, so its rows have intervals), fidelity beside impact,
   * cost avoidance, the assumptions behind it, the Monte Carlo, the tornado and the hub stays.
   */
  public static Report report(Results r, String title, String dataSource,
      Optional<String> generatedOn) {
    ReportBuilder b = Report.builder(title).dataSource(dataSource);
    generatedOn.ifPresent(b::generatedOn);
    Map<String, String> hubNames = new java.util.TreeMap<>();
    r.cohort().hubs().forEach(h -> hubNames.put(h.id().toString(), h.name()));
    b.groupNames(hubNames);
    b.impact(r.impact());
    boolean byHub = r.impact().breakdowns().stream()
        .anyMatch(bd -> bd.dimension() == BreakdownDimension.HUB && bd.events().isPresent()
            && Illustrative.COSTED_MEASURES.contains(bd.measure()));
    if (byHub) {
      b.breakdown("Outcome rates by hub", r.impact(), BreakdownDimension.HUB,
          Illustrative.costedMeasures(r.impact()), byHub(r.cohort(), r.impact().analysis()));
    }
    b.fidelity(fidelity(r));
    b.costAvoidance(r.cost())
        .assumptions(r.appraisal(), r.cost())
        .monteCarlo(r.monteCarlo())
        .sensitivity(
            Sensitivity.Case.FINANCIAL, r.cost().financialCase().netPresentValue(), r.tornado());
    List<Integer> stays = hubBedStays(r.cohort(), r.impact().analysis().dataCoverage());
    if (!stays.isEmpty()) {
      b.hubStays(stays, r.impact().analysis().shortTermThreshold());
    }
    return b.build();
  }

  /**
   * {@code analysis} run on each hub's young people alone (a young person's hub is that of their
   * first hub episode, as in the impact breakdown), keyed by hub id: the rates by hub with their
   * own rate ratios and intervals.
   */
  public static Map<String, ImpactResult> byHub(Cohort cohort, ImpactAnalysis analysis) {
    Map<String, List<YoungPersonRecord>> groups = new java.util.TreeMap<>();
    for (YoungPersonRecord rec : cohort.records()) {
      rec.hubEpisodes().stream()
          .min(java.util.Comparator.comparing((HubEpisode e) -> e.period().start()))
          .ifPresent(first -> groups.computeIfAbsent(first.hubId().toString(),
              k -> new ArrayList<>()).add(rec));
    }
    Map<String, ImpactResult> out = new java.util.TreeMap<>();
    groups.forEach((hub, records) -> out.put(hub, analysis.run(records.stream())));
    return out;
  }

  /**
   * Fidelity beside impact: the cohort profiled under the library's proposed default rubric (a
   * proposal, not a published tool) as of the end of the data, the impact analysis per fidelity band
   * and the dose-response slopes. Associations, not effects of fidelity.
   */
  public static FidelityImpactResult fidelity(Results r) {
    ImpactAnalysis analysis = r.impact().analysis();
    FidelityAssessment assessment =
        FidelityAssessment.of(
            FidelityRubric.proposedDefault(), analysis.dataCoverage().end().orElseThrow());
    return FidelityImpact.of(analysis, assessment).run(r.cohort());
  }

  /** Young people per fidelity band, and the dose-response slope of each measure. */
  public static String fidelityTable(FidelityImpactResult f) {
    TextTable bands =
        TextTable.of(
            "Fidelity (proposed default rubric, a PROPOSAL; as of "
                + f.fidelity().asOf() + "): young people per band",
            "band", "young people");
    f.fidelity().bandCounts().forEach((band, n) -> bands.row(band, n));
    TextTable slopes =
        TextTable.of(
            "Dose-response: change per unit of fidelity score (associational, not causal)",
            "measure", "young people", "slope", "95% CI (HC3)");
    for (DoseResponse d : f.doseResponses()) {
      slopes.row(
          d.measure().name(),
          d.n(),
          d.slope().isPresent() ? num(d.slope().getAsDouble(), 3) : "undefined",
          d.interval().map(i -> num(i.lower(), 3) + " to " + num(i.upper(), 3)).orElse("-"));
    }
    return bands.render() + "\n" + slopes.render();
  }

  /** Lengths in days of every hub bed stay (residential and emergency). */
  public static List<Integer> hubBedStays(Cohort cohort, DatePeriod coverage) {
    List<Integer> out = new ArrayList<>();
    for (YoungPersonRecord rec : cohort.records()) {
      for (HubEpisode e : rec.hubEpisodes()) {
        if (e.kind().isResidential() && e.period().end().isPresent()) {
          out.add(Math.toIntExact(e.lengthInDays(e.period().end().get())));
        }
      }
    }
    return out;
  }

  /** The readable tables: impact, then cost avoidance and its uncertainty. */
  public static String tables(Results r) {
    StringBuilder out = new StringBuilder();
    out.append(impactTable(r.impact())).append('\n');
    out.append(String.join("\n", Illustrative.LINES)).append("\n\n");
    out.append(priceBasis(r.cost())).append("\n\n");
    out.append(eventsTable(r.appraisal())).append('\n');
    out.append(caseTable(r.cost())).append('\n');
    out.append(agencyTable(r.cost())).append('\n');
    out.append(positionTable(r.cost())).append('\n');
    out.append(yearTable(r.cost())).append('\n');
    out.append(monteCarloTable(r.monteCarlo())).append('\n');
    out.append(tornadoTable(r.tornado(), 6));
    out.append('\n').append(fidelityTable(fidelity(r)));
    if (!r.cost().defaultsApplied().isEmpty()) {
      out.append('\n').append("Defaults the model applied (not stated above):\n");
      r.cost().defaultsApplied()
          .forEach(d -> out.append("  - ").append(named(d)).append('\n'));
    }
    return out.toString();
  }

  /**
   * Rates per person-year before and after, with the rate ratio, its 95% interval and the interval's
   * method (cluster-robust by default), the p-value and the Holm-adjusted p-value across the measures;
   * the title states the analysis' windows and index date, and the table ends with the design's
   * caveat (before/after only may overstate the effect).
   */
  public static String impactTable(ImpactResult impact) {
    TextTable t =
        TextTable.of(
            "Impact: " + impact.peopleIncluded() + " of " + impact.peopleEvaluated()
                + " young people included (" + windows(impact.analysis()) + ")",
            "measure", "events before", "events after", "rate before", "rate after",
            "rate ratio (95% CI)", "interval method", "p", "Holm p", "events avoided");
    for (MeasureResult m : impact.measures()) {
      String p = pValue(m.pValue());
      String holm = pValue(impact.holmPValue(m.measure()));
      if (m.rates().isPresent()) {
        RateChange c = m.rates().get();
        t.row(
            m.measure().name(),
            c.eventsBefore(),
            c.eventsAfter(),
            num(c.before().rate(), 2),
            num(c.after().rate(), 2),
            ratio(c.rateRatio()),
            c.rateRatio().method().text(),
            p,
            holm,
            num(c.eventsAvoided().value(), 1));
      } else if (m.scores().isPresent()) {
        t.row(m.measure().name(), "-", "-", "-", "-", "score: " + m.explanation().value(),
            m.headlineTest().orElse("-"), p, holm, "-");
      } else {
        t.row(m.measure().name(), "-", "-", "-", "-",
            m.undefinedReason().map(s -> "undefined: " + s).orElse("-"),
            m.headlineTest().orElse("-"), p, holm, "-");
      }
    }
    return t.render() + "Design: " + impact.design().caveat() + ".\n"
        + "Holm p: adjusted across the " + impact.holm().pValues().size()
        + " measures with a p-value, so that many measures do not read as many discoveries.\n";
  }

  /**
   * The analysis' windows in words, e.g. "6 months before and 6 months after the index date: date
   * of the first accepted referral".
   */
  static String windows(ImpactAnalysis analysis) {
    return months(analysis.monthsBefore()) + " before and " + months(analysis.monthsAfter())
        + " after the index date: " + analysis.indexDateRule().description();
  }

  private static String months(int n) {
    return n + (n == 1 ? " month" : " months");
  }

  /** A measure's name for a measure code (as the cost side keys them), or the code if unknown. */
  static String measureName(String code) {
    return OutcomeMeasureCatalogue.standard().find(code).map(OutcomeMeasure::name).orElse(code);
  }

  /** An uncertain input in words, as the report names it. */
  static String assumptionText(Assumption a) {
    switch (a) {
      case EVENTS:
        return "events avoided (first year)";
      case DROP_OFF:
        return "drop-off a year";
      case LAG:
        return "lag before benefits (years)";
      default:
        return a.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * The inputs a Monte Carlo varied, grouped by measure and named, e.g. "missing incidents: events
   * avoided (first year), deadweight; unit costs: L-UOP-MISSING-MIN (FISCAL)". The cost model names
   * them "CODE ASSUMPTION" or "unit cost KEY"; anything else is shown as given.
   */
  static String varied(List<String> varied) {
    Map<String, List<String>> byMeasure = new java.util.LinkedHashMap<>();
    List<String> unitCosts = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String v : varied) {
      int space = v.lastIndexOf(' ');
      Optional<Assumption> a = space > 0 ? assumption(v.substring(space + 1)) : Optional.empty();
      if (v.startsWith("unit cost ")) {
        unitCosts.add(v.substring("unit cost ".length()));
      } else if (a.isPresent()) {
        byMeasure.computeIfAbsent(measureName(v.substring(0, space)), k -> new ArrayList<>())
            .add(assumptionText(a.get()));
      } else {
        other.add(v);
      }
    }
    List<String> parts = new ArrayList<>();
    byMeasure.forEach((m, as) -> parts.add(m + ": " + String.join(", ", as)));
    if (!unitCosts.isEmpty()) {
      parts.add("unit costs: " + String.join(", ", unitCosts));
    }
    parts.addAll(other);
    return String.join("; ", parts);
  }

  private static Optional<Assumption> assumption(String name) {
    for (Assumption a : Assumption.values()) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} from the cost model (a default it applied, say) with each standard measure code it
   * holds as a word of its own replaced by the measure's name, as the report shows it.
   */
  static String named(String text) {
    String out = text;
    for (OutcomeMeasure m : OutcomeMeasureCatalogue.standard().measures()) {
      out = out.replaceAll("(?<![A-Za-z0-9_-])" + java.util.regex.Pattern.quote(m.code())
              + "(?![A-Za-z0-9_-])", java.util.regex.Matcher.quoteReplacement(m.name()));
    }
    return out;
  }

  static String pValue(java.util.OptionalDouble p) {
    if (p.isEmpty()) {
      return "-";
    }
    return p.getAsDouble() < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p.getAsDouble());
  }

  /** Events avoided in benefit year 1 per costed measure, with the range used for uncertainty. */
  public static String eventsTable(Appraisal a) {
    TextTable t = TextTable.of("Events avoided, benefit year 1 (before additionality)",
        "measure", "low", "central", "high");
    a.events().forEach(e -> t.row(measureName(e.measureCode()), plain(e.events().low()),
        plain(e.events().central()), plain(e.events().high())));
    return t.render();
  }

  /**
   * The prices the figures are in: price base, deflator vintage, where forecast years are used, how
   * price years were read and which old unit costs were used.
   */
  public static String priceBasis(CostAvoidanceResult cost) {
    StringBuilder s = new StringBuilder();
    cost.priceBasis().ifPresent(p -> {
      s.append(p.statement());
      p.priceYearReadings().forEach(r -> s.append("\n  price year ").append(r));
    });
    return s.toString();
  }

  /**
   * The financial case, and the wider case only where it adds economic or social values (otherwise
   * a line says so instead of repeating the financial case).
   */
  public static String caseTable(CostAvoidanceResult cost) {
    TextTable t = TextTable.of("Appraisal (present values, "
            + cost.priceBasis().map(p -> p.priceBase().toString()).orElse("base-year")
            + " prices)",
        "case", "PV benefits", "PV costs", "NPV", "BCR", "PV cashable");
    List<CaseSummary> cases = cost.widerCaseAddsToFinancialCase()
        ? List.of(cost.financialCase(), cost.widerCase())
        : List.of(cost.financialCase());
    for (CaseSummary c : cases) {
      t.row(c.name(), gbp(c.presentValueBenefits()), gbp(c.presentValueCosts()),
          gbp(c.netPresentValue()),
          c.benefitCostRatio().map(b -> num(b.doubleValue(), 2)).orElse("-"),
          gbp(c.presentValueCashable()));
    }
    return t.render() + cost.widerCaseStatement() + "\n";
  }

  /** Who pays and who saves: each agency's PV saved, PV paid, net position and PV cashable. */
  public static String positionTable(CostAvoidanceResult cost) {
    CaseSummary f = cost.financialCase();
    TextTable t = TextTable.of("Who pays, who saves (financial case, present value)",
        "agency", "saves", "pays", "net position", "cashable");
    f.netPositionByAgency().forEach((agency, net) -> t.row(agency.name(),
        gbp(f.presentValueByAgency().getOrDefault(agency, Money.ZERO)),
        gbp(f.presentValueCostsByAgency().getOrDefault(agency, Money.ZERO)), gbp(net),
        gbp(f.presentValueCashableByAgency().getOrDefault(agency, Money.ZERO))));
    return t.render();
  }

  /** Cost avoidance by agency, financial case. */
  public static String agencyTable(CostAvoidanceResult cost) {
    CaseSummary f = cost.financialCase();
    TextTable t = TextTable.of("Cost avoided by agency (financial case, present value)",
        "agency", "PV avoided", "share");
    BigDecimal total = f.presentValueBenefits().amount();
    for (Map.Entry<Agency, Money> e : f.presentValueByAgency().entrySet()) {
      t.row(e.getKey().name(), gbp(e.getValue()),
          total.signum() == 0 ? "-" : num(100 * e.getValue().toDouble() / total.doubleValue(), 1)
              + "%");
    }
    t.row("total", gbp(f.presentValueBenefits()), "100.0%");
    return t.render();
  }

  /** Net benefit and present value by appraisal year, financial case. */
  public static String yearTable(CostAvoidanceResult cost) {
    CaseSummary f = cost.financialCase();
    TextTable t = TextTable.of("Financial case by appraisal year", "year", "net benefit",
        "present value");
    f.netBenefitByYear().forEach((y, m) -> t.row(y, gbp(m),
        gbp(Optional.ofNullable(f.presentValueByYear().get(y)).orElse(Money.ZERO))));
    return t.render();
  }

  /** NPV and BCR percentiles from the Monte Carlo, and what it varied, named. */
  public static String monteCarloTable(MonteCarloResult mc) {
    TextTable t = TextTable.of("Monte Carlo (" + mc.iterations() + " draws, seed " + mc.seed() + ")",
        "figure", "P5", "P50", "P95", "mean");
    t.row("financial NPV", gbp(mc.financialNpv().p5()), gbp(mc.financialNpv().p50()),
        gbp(mc.financialNpv().p95()), gbp(mc.financialNpv().mean()));
    boolean wider = mc.widerCaseNote().isEmpty();
    if (wider) {
      t.row("wider NPV", gbp(mc.widerNpv().p5()), gbp(mc.widerNpv().p50()),
          gbp(mc.widerNpv().p95()), gbp(mc.widerNpv().mean()));
    }
    mc.financialBcr().ifPresent(d -> bcrRow(t, "financial BCR", d));
    if (wider) {
      mc.widerBcr().ifPresent(d -> bcrRow(t, "wider BCR", d));
    }
    return t.render() + "Varied: " + varied(mc.varied()) + "\n"
        + mc.widerCaseNote().map(n -> "Wider case: " + n + ".\n").orElse("");
  }

  private static void bcrRow(TextTable t, String name, Distribution d) {
    t.row(name, num(d.p5(), 2), num(d.p50(), 2), num(d.p95(), 2), num(d.mean(), 2));
  }

  /** The {@code limit} widest tornado bars. */
  public static String tornadoTable(List<TornadoBar> bars, int limit) {
    TextTable t = TextTable.of("Sensitivity of financial NPV (one way, widest first)",
        "measure", "assumption", "low", "high", "NPV at low", "NPV at high");
    bars.stream().limit(limit).forEach(b -> t.row(measureName(b.measureCode()),
        b.unitCost().map(u -> "unit cost " + u).orElse(assumptionText(b.assumption())),
        plain(b.lowValue()), plain(b.highValue()), gbp(b.npvAtLow()),
        gbp(b.npvAtHigh())));
    return t.render();
  }

  /**
   * The one-line summary: people analysed, headline rate ratios with the interval method and the
   * design, and the financial NPV P50 with its P5-P95 range.
   */
  public static String summary(Results r) {
    StringBuilder s = new StringBuilder("Summary: ");
    s.append(r.impact().peopleIncluded()).append(" of ").append(r.impact().peopleEvaluated())
        .append(" young people analysed; rate ratios after/before: ");
    List<String> parts = new ArrayList<>();
    java.util.Set<String> methods = new java.util.LinkedHashSet<>();
    for (OutcomeMeasure m : Illustrative.costedMeasures(r.impact())) {
      RateRatio rr = r.impact().measure(m).rates().get().rateRatio();
      parts.add(m.name() + " " + ratio(rr));
      methods.add(rr.method().text());
    }
    s.append(String.join(", ", parts));
    s.append(" (95% CI ").append(String.join("; ", methods)).append("; ")
        .append(r.impact().design() == org.nwd.impact.DesignLevel.PRE_POST
            ? "before/after only, SMS level 1, may overstate the effect)"
            : "against a comparison group, SMS level 3)");
    Distribution npv = r.monteCarlo().financialNpv();
    s.append("; financial NPV P50 ").append(gbp(npv.p50())).append(" (P5 ")
        .append(gbp(npv.p5())).append(" to P95 ").append(gbp(npv.p95())).append(")");
    return s.toString();
  }

  /**
   * A value for display: as given when it has at most two decimals (an assumption such as 0.10),
   * otherwise rounded HALF_EVEN to two (events avoided are unrounded estimates; display only).
   */
  static String plain(BigDecimal v) {
    return v.scale() <= 2 ? v.toPlainString() : v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String ratio(RateRatio rr) {
    double e = rr.estimate().orElse(Double.NaN);
    Optional<Interval> i = rr.interval();
    return num(e, 2) + i.map(x -> " (" + num(x.lower(), 2) + "-" + num(x.upper(), 2) + ")")
        .orElse("");
  }

  static String num(double v, int places) {
    if (!Double.isFinite(v)) {
      return Double.isNaN(v) ? "n/a" : "inf";
    }
    return String.format(Locale.ROOT, "%,." + places + "f", v);
  }

  /**
   * Whole pounds, rounded half up ({@link Money#DISPLAY_ROUNDING}, the rule of the report and of
   * {@code Money.toString}), with thousands separators: "GBP 12,345" or "GBP -1,234".
   */
  public static String gbp(Money m) {
    return gbp(m.amount());
  }

  static String gbp(double v) {
    return gbp(BigDecimal.valueOf(v));
  }

  private static String gbp(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    return "GBP " + f.format(v.setScale(0, Money.DISPLAY_ROUNDING));
  }
}
