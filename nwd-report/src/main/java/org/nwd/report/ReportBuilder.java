package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nwd.DomainRuleException;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarloResult;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.TornadoBar;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.NwdIndicators;
import org.nwd.model.ShortTermThreshold;

/**
 * Builds a {@link Report}: a title, an optional date line, the small-cell suppression threshold, and
 * sections added from results in the order they should appear. Each section is rendered when added.
 */
public final class ReportBuilder {
  /** Cells of 1 to 4 are suppressed unless the caller says otherwise, as in the impact breakdowns. */
  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  private final String title;
  private Optional<String> generatedOn = Optional.empty();
  private int suppressionThreshold = DEFAULT_SUPPRESSION_THRESHOLD;
  private final List<Section> sections = new ArrayList<>();

  ReportBuilder(String title) {
    Objects.requireNonNull(title, "title");
    DomainRuleException.require(!title.isBlank(), "title", "report title is blank");
    this.title = title;
  }

  /** A date (or any text) printed under the title; nothing is dated unless passed in here. */
  public ReportBuilder generatedOn(String date) {
    this.generatedOn = Optional.of(Objects.requireNonNull(date, "date"));
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

  /** Before/after rates per measure with intervals, and rate ratios; suppressed rows show [c]. */
  public ReportBuilder measureChanges(List<MeasureChange> rows) {
    return measureChanges("Outcome rates before and after", rows);
  }

  /**
   * As {@link #measureChanges(List)} under the heading given, e.g. one section per breakdown
   * ("Outcome rates by sex").
   */
  public ReportBuilder measureChanges(String heading, List<MeasureChange> rows) {
    Objects.requireNonNull(heading, "heading");
    DomainRuleException.require(!heading.isBlank(), "heading", "section heading is blank");
    ImmutableList<MeasureChange> copy = ImmutableList.copyOf(Objects.requireNonNull(rows, "rows"));
    DomainRuleException.require(!copy.isEmpty(), "rows", "no measure changes to report");
    sections.add(
        Sections.measureChanges(nextId("rates"), heading, copy, suppressionThreshold));
    return this;
  }

  /**
   * The before/after rates of every measure of {@code result} whose rates were computed, small cells
   * suppressed under the analysis' own threshold: see {@link MeasureChange#fromImpact}.
   *
   * @throws org.nwd.DomainRuleException if no measure has rates
   */
  public ReportBuilder impact(ImpactResult result) {
    return measureChanges(MeasureChange.fromImpact(result));
  }

  /** The appraisal summary and the financial-case saving by agency and year. */
  public ReportBuilder costAvoidance(CostAvoidanceResult result) {
    sections.add(Sections.costAvoidance(nextId("cost"), Objects.requireNonNull(result, "result")));
    return this;
  }

  /** The Monte Carlo percentiles of NPV (chart and table) and of BCR (table). */
  public ReportBuilder monteCarlo(MonteCarloResult result) {
    sections.add(Sections.monteCarlo(nextId("monte-carlo"), Objects.requireNonNull(result, "result")));
    return this;
  }

  /**
   * The tornado chart of {@link Sensitivity#oneWay} bars (drawn in the order given) around the
   * central NPV of the same case.
   */
  public ReportBuilder sensitivity(Sensitivity.Case which, Money centralNpv, List<TornadoBar> bars) {
    Objects.requireNonNull(which, "which");
    Objects.requireNonNull(centralNpv, "centralNpv");
    ImmutableList<TornadoBar> copy = ImmutableList.copyOf(Objects.requireNonNull(bars, "bars"));
    DomainRuleException.require(!copy.isEmpty(), "bars", "no sensitivity bars to report");
    sections.add(Sections.sensitivity(nextId("sensitivity"), which, centralNpv, copy));
    return this;
  }

  /** A histogram of hub stay lengths (whole days, at least 0) with the short-term threshold marked. */
  public ReportBuilder hubStays(List<Integer> stayDays, ShortTermThreshold threshold) {
    Objects.requireNonNull(threshold, "threshold");
    ImmutableList<Integer> copy = ImmutableList.copyOf(Objects.requireNonNull(stayDays, "stayDays"));
    DomainRuleException.require(!copy.isEmpty(), "stayDays", "no hub stays to report");
    for (int d : copy) {
      DomainRuleException.require(d >= 0, "stayDays", "stay length %s days is negative", d);
    }
    sections.add(Sections.hubStays(nextId("hub-stays"), copy, threshold, suppressionThreshold));
    return this;
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
   * band. Small counts, figures computed from them and totals that would reveal them show as [c].
   */
  public ReportBuilder fidelity(CohortFidelity fidelity) {
    Objects.requireNonNull(fidelity, "fidelity");
    sections.add(
        FidelitySection.of(nextId("fidelity"), fidelity, Optional.empty(), suppressionThreshold));
    return this;
  }

  /**
   * As {@link #fidelity(CohortFidelity)}, then the outcomes per fidelity band (rates and rate ratios
   * where a band is published) and the dose-response slopes with a chart, both stated as
   * associations, not effects.
   */
  public ReportBuilder fidelity(FidelityImpactResult result) {
    Objects.requireNonNull(result, "result");
    sections.add(
        FidelitySection.of(
            nextId("fidelity"), result.fidelity(), Optional.of(result), suppressionThreshold));
    return this;
  }

  /** The report with the sections added so far. */
  public Report build() {
    return new Report(title, generatedOn, sections);
  }

  /** {@code base}, or {@code base-2}, {@code base-3} ... when a kind of section is added again. */
  private String nextId(String base) {
    int n = 1;
    for (Section s : sections) {
      if (s.id.equals(base) || s.id.startsWith(base + "-") && s.id.substring(base.length() + 1)
          .chars().allMatch(Character::isDigit)) {
        n++;
      }
    }
    return n == 1 ? base : base + "-" + n;
  }
}
