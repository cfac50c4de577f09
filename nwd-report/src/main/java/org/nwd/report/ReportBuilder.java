package org.nwd.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.nwd.DomainRuleException;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.TornadoBar;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.impact.BreakdownDimension;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.NwdIndicators;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.ShortTermThreshold;

/**
 * Builds a {@link Report}: a title, the facts of the headline panel (data source, date), the
 * small-cell suppression threshold, and sections added from results in the order they should
 * appear. The headline panel ("At a glance") is assembled at {@link #build()} from the first impact
 * result, cost-avoidance result and Monte Carlo result added, so it always sits at the top.
 */
public final class ReportBuilder {
  /** Cells of 1 to 4 are suppressed unless the caller says otherwise, as in the impact breakdowns. */
  public static final int DEFAULT_SUPPRESSION_THRESHOLD = DisclosureControl.DEFAULT_THRESHOLD;

  /** The most key figures the headline panel shows. */
  public static final int MAX_KEY_FIGURES = 5;

  private final String title;
  private Optional<String> generatedOn = Optional.empty();
  private Optional<String> dataSource = Optional.empty();
  private int suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD;
  private final List<String> ids = new ArrayList<>();
  private final List<Function<Context, Section>> renderers = new ArrayList<>();
  private final Context context = new Context();
  private final Headline.Inputs headline = new Headline.Inputs();

  ReportBuilder(String title) {
    Objects.requireNonNull(title, "title");
    DomainRuleException.require(!title.isBlank(), "title", "report title is blank");
    this.title = title;
  }

  /** A date (or any text) printed in the headline panel; nothing is dated unless passed in here. */
  public ReportBuilder generatedOn(String date) {
    this.generatedOn = Optional.of(Objects.requireNonNull(date, "date"));
    return this;
  }

  /**
   * Where the data come from, in the caller's words, for the headline panel, e.g. "SSDA903 returns of
   * North Yorkshire Council, 2019/20 to 2024/25, and the hubs' case records".
   */
  public ReportBuilder dataSource(String description) {
    Objects.requireNonNull(description, "description");
    DomainRuleException.require(!description.isBlank(), "dataSource", "data source is blank");
    this.dataSource = Optional.of(description);
    return this;
  }

  /**
   * Counts from 1 to {@code threshold - 1} are suppressed in the sections added after this call; the
   * default is {@value #DEFAULT_SUPPRESSION_THRESHOLD}.
   */
  public ReportBuilder suppressionThreshold(int threshold) {
    DomainRuleException.require(
        threshold >= 1, "suppressionThreshold", "suppression threshold %s must be at least 1",
        threshold);
    this.suppressionThreshold = threshold;
    return this;
  }

  /**
   * The measures whose change the headline panel states as key figures, in order (at most {@value
   * #MAX_KEY_FIGURES} figures in all, cost figures included). By default the first three measures of
   * the impact result whose rate ratio is published with an interval.
   */
  public ReportBuilder keyMeasures(List<OutcomeMeasure> measures) {
    ImmutableList<OutcomeMeasure> copy =
        ImmutableList.copyOf(Objects.requireNonNull(measures, "measures"));
    DomainRuleException.require(
        copy.size() <= MAX_KEY_FIGURES,
        "keyMeasures",
        "%s key measures given; the headline panel shows at most %s key figures",
        copy.size(),
        MAX_KEY_FIGURES);
    headline.keyMeasures = Optional.of(copy);
    return this;
  }

  /**
   * Display names of breakdown groups, e.g. "HUB-HARROGATE" to "Harrogate"; groups without one are
   * shown by their code.
   */
  public ReportBuilder groupNames(Map<String, String> names) {
    Objects.requireNonNull(names, "names").forEach(context::addGroupName);
    return this;
  }

  /** Before/after rates per measure with intervals, and rate ratios; suppressed rows show [c]. */
  public ReportBuilder measureChanges(List<MeasureChange> rows) {
    return measureChanges("Outcome rates before and after", rows);
  }

  /**
   * As {@link #measureChanges(List)} under the heading given, e.g. one section per breakdown
   * ("Outcome rates by sex").
   */
  public ReportBuilder measureChanges(String heading, List<MeasureChange> rows) {
    requireHeading(heading);
    ImmutableList<MeasureChange> copy = ImmutableList.copyOf(Objects.requireNonNull(rows, "rows"));
    DomainRuleException.require(!copy.isEmpty(), "rows", "no measure changes to report");
    DisclosureControl dc = control();
    return add("rates", (id, c) -> ImpactSections.rates(id, heading, copy, Optional.empty(), dc, c));
  }

  /**
   * The impact section of {@code result}: the before/after rates of every measure whose rates were
   * computed, with the young people measured, rate ratios and their intervals, the comparison against
   * a comparison cohort (difference-in-differences) when the analysis had one, and how the figures
   * were worked out. Small counts are suppressed by {@link DisclosureControl#measure} under this
   * report's threshold. The first impact result added also fills the headline panel.
   *
   * @throws org.nwd.DomainRuleException if no measure has rates
   */
  public ReportBuilder impact(ImpactResult result) {
    Objects.requireNonNull(result, "result");
    DisclosureControl dc = control();
    List<MeasureChange> rows = MeasureChange.fromImpact(result, dc);
    DomainRuleException.require(!rows.isEmpty(), "rows", "no measure changes to report");
    noteImpact(result, dc);
    return add("rates", (id, c) -> ImpactSections.rates(id, "Outcome rates before and after", rows,
        Optional.of(result), dc, c));
  }

  /**
   * The rates of each group of {@code result}'s breakdown by {@code dimension}, one row per measure
   * and group, for the {@code measures} given (all rate measures when empty). A group is published
   * only where {@link DisclosureControl#breakdownRates} allows, so that the groups never give away
   * a figure the cohort's own table withholds. Where {@code groupResults} holds the same analysis run
   * on the group's young people alone (keyed by the group code), the row has that result's rate ratio
   * and intervals; otherwise it has the rates only and says so.
   */
  public ReportBuilder breakdown(String heading, ImpactResult result, BreakdownDimension dimension,
      List<OutcomeMeasure> measures, Map<String, ImpactResult> groupResults) {
    requireHeading(heading);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(dimension, "dimension");
    ImmutableList<OutcomeMeasure> which = ImmutableList.copyOf(Objects.requireNonNull(measures,
        "measures"));
    ImmutableMap<String, ImpactResult> groups = ImmutableMap.copyOf(Objects.requireNonNull(
        groupResults, "groupResults"));
    DisclosureControl dc = control();
    noteImpact(result, dc);
    return add("rates", (id, c) -> ImpactSections.breakdown(id, heading, result, dimension, which,
        groups, dc, c));
  }

  /** The appraisal summary, who pays and who saves, and the financial-case saving by agency and year. */
  public ReportBuilder costAvoidance(CostAvoidanceResult result) {
    Objects.requireNonNull(result, "result");
    if (headline.cost.isEmpty()) {
      headline.cost = Optional.of(result);
    }
    return add("cost", (id, c) -> Sections.costAvoidance(id, result, c));
  }

  /**
   * Every assumption behind the cost figures, in tables: the appraisal's settings (price base,
   * deflator, discounting, optimism bias on costs), the programme costs, each measure's assumptions
   * (events avoided, deadweight, displacement, attribution, optimism bias, drop-off, lag, benefit
   * years, cashable shares), every unit cost used with its source, price year and agency, and the
   * defaults the model applied; then how the cost figures were worked out.
   */
  public ReportBuilder assumptions(Appraisal appraisal, CostAvoidanceResult result) {
    Objects.requireNonNull(appraisal, "appraisal");
    Objects.requireNonNull(result, "result");
    context.catalogue(appraisal.catalogue().orElseGet(UnitCostCatalogue::defaults));
    context.assumptionsAdded();
    return add("assumptions", (id, c) -> AssumptionsSection.of(id, appraisal, result, c));
  }

  /** The Monte Carlo percentiles of NPV (chart and table) and of BCR (table). */
  public ReportBuilder monteCarlo(MonteCarloResult result) {
    Objects.requireNonNull(result, "result");
    if (headline.monteCarlo.isEmpty()) {
      headline.monteCarlo = Optional.of(result);
    }
    return add("monte-carlo", (id, c) -> Sections.monteCarlo(id, result, c));
  }

  /**
   * The tornado chart of {@link Sensitivity#oneWay} bars (drawn in the order given, at most {@value
   * Sections#TORNADO_BARS} in the chart; the table has them all) around the central NPV of the same
   * case.
   */
  public ReportBuilder sensitivity(Sensitivity.Case which, Money centralNpv, List<TornadoBar> bars) {
    Objects.requireNonNull(which, "which");
    Objects.requireNonNull(centralNpv, "centralNpv");
    ImmutableList<TornadoBar> copy = ImmutableList.copyOf(Objects.requireNonNull(bars, "bars"));
    DomainRuleException.require(!copy.isEmpty(), "bars", "no sensitivity bars to report");
    return add("sensitivity", (id, c) -> Sections.sensitivity(id, which, centralNpv, copy, c));
  }

  /** A histogram of hub stay lengths (whole days, at least 0) with the short-term threshold marked. */
  public ReportBuilder hubStays(List<Integer> stayDays, ShortTermThreshold threshold) {
    Objects.requireNonNull(threshold, "threshold");
    ImmutableList<Integer> copy = ImmutableList.copyOf(Objects.requireNonNull(stayDays, "stayDays"));
    DomainRuleException.require(!copy.isEmpty(), "stayDays", "no hub stays to report");
    for (int d : copy) {
      DomainRuleException.require(d >= 0, "stayDays", "stay length %s days is negative", d);
    }
    DisclosureControl dc = control();
    return add("hub-stays", (id, c) -> Sections.hubStays(id, copy, threshold, dc, c));
  }

  /**
   * The histogram of {@code indicators}' completed residential stay lengths with its short-term
   * threshold marked: see {@link #hubStays(List, ShortTermThreshold)}.
   */
  public ReportBuilder hubStays(NwdIndicators indicators) {
    Objects.requireNonNull(indicators, "indicators");
    List<Integer> days = new ArrayList<>();
    for (long d : indicators.completedStayLengths()) {
      days.add(Math.toIntExact(d));
    }
    return hubStays(days, indicators.shortTermThreshold());
  }

  /**
   * The fidelity of a cohort to the model: per indicator the young people met, not met, unknown and
   * not applicable, the share met (with a chart) and the cohort figure, then the young people per
   * band. Small counts, figures computed from them and totals that would reveal them are withheld.
   */
  public ReportBuilder fidelity(CohortFidelity fidelity) {
    Objects.requireNonNull(fidelity, "fidelity");
    DisclosureControl dc = control();
    return add("fidelity", (id, c) -> FidelitySection.of(id, fidelity, Optional.empty(), dc, c));
  }

  /**
   * As {@link #fidelity(CohortFidelity)}, then the outcomes per fidelity band (rates and rate ratios
   * where a band is published) and the dose-response slopes with a chart, both stated as
   * associations, not effects.
   */
  public ReportBuilder fidelity(FidelityImpactResult result) {
    Objects.requireNonNull(result, "result");
    DisclosureControl dc = control();
    return add("fidelity", (id, c) -> FidelitySection.of(id, result.fidelity(), Optional.of(result),
        dc, c));
  }

  /** The report with the headline panel and the sections added so far. */
  public Report build() {
    context.resetFigures();
    List<Section> sections = new ArrayList<>();
    Optional<Section> panel = Headline.section(headline, dataSource, generatedOn, context);
    panel.ifPresent(sections::add);
    for (Function<Context, Section> r : renderers) {
      sections.add(r.apply(context));
    }
    return new Report(title, panel.isPresent() ? Optional.empty() : generatedOn, sections);
  }

  private DisclosureControl control() {
    return DisclosureControl.of(suppressionThreshold);
  }

  private void noteImpact(ImpactResult result, DisclosureControl dc) {
    result.analysis().measures().forEach(context::addMeasure);
    if (headline.impact.isEmpty()) {
      headline.impact = Optional.of(result);
      headline.control = dc;
    }
  }

  private static void requireHeading(String heading) {
    Objects.requireNonNull(heading, "heading");
    DomainRuleException.require(!heading.isBlank(), "heading", "section heading is blank");
  }

  /** A section of kind {@code base}, with the next free id, rendered at {@link #build()}. */
  private ReportBuilder add(String base, SectionRenderer renderer) {
    String id = nextId(base);
    ids.add(id);
    renderers.add(c -> renderer.render(id, c));
    return this;
  }

  /** Renders one section with its id. */
  @FunctionalInterface
  private interface SectionRenderer {
    Section render(String id, Context context);
  }

  /** {@code base}, or {@code base-2}, {@code base-3} ... when a kind of section is added again. */
  private String nextId(String base) {
    int n = 1;
    for (String s : ids) {
      if (s.equals(base) || s.startsWith(base + "-") && s.substring(base.length() + 1)
          .chars().allMatch(Character::isDigit)) {
        n++;
      }
    }
    return n == 1 ? base : base + "-" + n;
  }
}
