package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.HolmAdjustment;
import org.nwd.stats.RatioOfRateRatios;

/**
 * The result of an {@link ImpactAnalysis}: who was included and who was excluded (with the reason),
 * one {@link MeasureResult} per measure, the {@link NwdIndicators}, the {@link Breakdown breakdowns}
 * and, when the analysis cannot be computed, the {@link #problems() reasons}. Labelled with its {@link
 * DesignLevel}. {@link #render()} prints plain-text tables; {@link #toString()} is one line of counts.
 */
@Value.Immutable
public abstract class ImpactResult {

  public abstract ImpactAnalysis analysis();

  public abstract DesignLevel design();

  /** Records evaluated (treated cohort). */
  public abstract long peopleEvaluated();

  /** Young people in the before/after comparison (treated cohort). */
  public abstract long peopleIncluded();

  /** Young people excluded, sorted by id (treated cohort). */
  public abstract ImmutableList<Exclusion> exclusions();

  /** Comparison-cohort young people included; present with a comparison cohort. */
  public abstract Optional<Long> comparisonPeopleIncluded();

  /** Comparison-cohort young people excluded, sorted by id. */
  public abstract ImmutableList<Exclusion> comparisonExclusions();

  public abstract ImmutableList<MeasureResult> measures();

  public abstract NwdIndicators indicators();

  public abstract ImmutableList<Breakdown> breakdowns();

  /** Why the analysis (as a whole) cannot be computed; empty when it can. */
  public abstract ImmutableList<String> problems();

  /**
   * A builder, for code that rebuilds a result computed elsewhere (for example nwd-json reading an
   * {@code impact_result} document); results are normally made by {@link ImpactAnalysis#run}. The
   * built result is checked for consistency (counts, design, measures), not recomputed.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactResult}; see {@link ImpactResult#builder()}. */
  public static final class Builder extends ImmutableImpactResult.Builder {}

  @Value.Check
  void check() {
    DomainRuleException.require(
        peopleIncluded() >= 0 && peopleIncluded() <= peopleEvaluated(),
        "peopleIncluded",
        "people included %s must be between 0 and people evaluated %s",
        peopleIncluded(),
        peopleEvaluated());
    DomainRuleException.require(
        exclusions().size() == peopleEvaluated() - peopleIncluded(),
        "exclusions",
        "%s exclusions given; people evaluated %s minus included %s is %s",
        exclusions().size(),
        peopleEvaluated(),
        peopleIncluded(),
        peopleEvaluated() - peopleIncluded());
    boolean comparison = design() == DesignLevel.DIFFERENCE_IN_DIFFERENCES;
    DomainRuleException.require(
        comparisonPeopleIncluded().isPresent() == comparison,
        "comparisonPeopleIncluded",
        "comparison people included must be given exactly when the design is %s (design %s)",
        DesignLevel.DIFFERENCE_IN_DIFFERENCES,
        design());
    comparisonPeopleIncluded()
        .ifPresent(
            c ->
                DomainRuleException.require(
                    c >= 0, "comparisonPeopleIncluded", "comparison people included %s is negative", c));
    DomainRuleException.require(
        comparison || comparisonExclusions().isEmpty(),
        "comparisonExclusions",
        "comparison exclusions given without a comparison group (design %s)",
        design());
    List<OutcomeMeasure> measured = new ArrayList<>();
    for (MeasureResult m : measures()) {
      measured.add(m.measure());
    }
    DomainRuleException.require(
        measured.equals(analysis().measures()),
        "measures",
        "measure results %s must be those of analysis %s, in its order: %s",
        codes(measured),
        analysis().name(),
        codes(analysis().measures()));
  }

  private static List<String> codes(List<OutcomeMeasure> measures) {
    List<String> out = new ArrayList<>();
    for (OutcomeMeasure m : measures) {
      out.add(m.code());
    }
    return out;
  }

  /** True when at least one young person was included. */
  public boolean isComputable() {
    return problems().isEmpty();
  }

  /** The result for {@code measure}. */
  public MeasureResult measure(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return measures().stream()
        .filter(m -> m.measure().equals(measure))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "measure " + measure.code() + " is not in analysis " + analysis().name()));
  }

  /** The breakdown of {@code measure} by {@code dimension}. */
  public Breakdown breakdown(BreakdownDimension dimension, OutcomeMeasure measure) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(measure, "measure");
    return breakdowns().stream()
        .filter(b -> b.dimension() == dimension && b.measure().equals(measure))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no breakdown of " + measure.code() + " by " + dimension));
  }

  /**
   * Holm's adjustment across the headline tests of this analysis' measures ({@link
   * MeasureResult#headlineTest()}), labelled by measure code, so that many measures do not read as
   * many independent discoveries. Measures without a p-value are not counted.
   */
  @Value.Lazy
  public HolmAdjustment holm() {
    List<String> labels = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (MeasureResult m : measures()) {
      if (m.pValue().isPresent()) {
        labels.add(m.measure().code());
        pValues.add(m.pValue().getAsDouble());
      }
    }
    return HolmAdjustment.of(labels, pValues);
  }

  /** The Holm-adjusted p-value of {@code measure}'s headline test; empty when it has none. */
  public OptionalDouble holmPValue(OutcomeMeasure measure) {
    String code = measure(measure).measure().code();
    return holm().labels().contains(code)
        ? OptionalDouble.of(holm().adjusted(code))
        : OptionalDouble.empty();
  }

  /** Exclusions counted by reason, in reason order. */
  public Map<ExclusionReason, Long> exclusionCounts() {
    return countsByReason(exclusions());
  }

  private static Map<ExclusionReason, Long> countsByReason(List<Exclusion> exclusions) {
    Map<ExclusionReason, Long> out = new EnumMap<>(ExclusionReason.class);
    for (Exclusion e : exclusions) {
      out.merge(e.reason(), 1L, Long::sum);
    }
    return out;
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("impact analysis " + analysis().name())
            .value(isComputable() ? design().text() : "not computable: " + problems())
            .formula(analysis().toString())
            .putInputs("records evaluated", Long.toString(peopleEvaluated()))
            .putInputs("included", Long.toString(peopleIncluded()))
            .putInputs("excluded", exclusionCounts().toString());
    comparisonPeopleIncluded()
        .ifPresent(c -> out.putInputs("comparison included", Long.toString(c)));
    out.putInputs("design", design().caveat());
    for (MeasureResult m : measures()) {
      out.addSteps(m.explanation());
    }
    return out.addSteps(holm().explanation(), indicators().explanation()).build();
  }

  /**
   * Plain-text tables: summary with the design's caveat, rates (rate ratio with its interval method,
   * p-value and the dispersion seen), the comparison (ratio of rate ratios, DiD), events avoided,
   * scores, statuses, the headline tests with Holm-adjusted p-values, warnings, indicators, exclusions.
   * Not for publication, and its heading says so: small counts and the pseudonymous ids of excluded
   * young people are shown; {@link #renderForPublication()} is the version to publish.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Impact analysis: ").append(analysis().name()).append(UNSUPPRESSED).append('\n');
    out.append("Design: ").append(design().text()).append('\n');
    out.append(design() == DesignLevel.PRE_POST
            ? "Caveat: " + DesignLevel.PRE_POST.caveat()
            : "Caveat: the before/after columns are Maryland SMS level 1 and may overstate the effect"
                + " (regression to the mean); the comparison table adjusts for it (level 3, assuming"
                + " parallel trends)")
        .append('\n');
    out.append("Index date: ").append(analysis().indexDateRule().description()).append("; windows ")
        .append(analysis().monthsBefore()).append(" months before, ")
        .append(analysis().monthsAfter()).append(" after; data ").append(analysis().dataCoverage())
        .append('\n');
    out.append("Young people: ").append(peopleEvaluated()).append(" evaluated, ")
        .append(peopleIncluded()).append(" included, ").append(exclusions().size())
        .append(" excluded ").append(exclusionCounts()).append('\n');
    comparisonPeopleIncluded()
        .ifPresent(
            c ->
                out.append("Comparison group: ").append(c).append(" included, ")
                    .append(comparisonExclusions().size()).append(" excluded\n"));
    for (String p : problems()) {
      out.append("NOT COMPUTABLE: ").append(p).append('\n');
    }
    String level = analysis().level().toString();
    List<List<String>> rates = new ArrayList<>();
    List<List<String>> compared = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<List<String>> tests = new ArrayList<>();
    List<List<String>> avoided = new ArrayList<>();
    List<List<String>> scores = new ArrayList<>();
    List<List<String>> statuses = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    for (MeasureResult m : measures()) {
      String code = m.measure().code();
      m.undefinedReason().ifPresent(r -> undefined.add(code + ": " + r));
      ChangeCounts c = m.changes();
      String iuw = c.improved() + "/" + c.unchanged() + "/" + c.worse();
      for (String w : m.warnings()) {
        warnings.add(code + ": " + w);
      }
      if (m.pValue().isPresent()) {
        tests.add(
            List.of(
                code,
                m.headlineTest().orElseThrow(),
                "SMS level " + m.design().smsLevel(),
                Tables.p(m.pValue()),
                Tables.p(holmPValue(m.measure()))));
      }
      m.rates()
          .ifPresent(
              r -> {
                rates.add(
                    List.of(
                        code,
                        Long.toString(m.people()),
                        r.eventsBefore() + "/" + r.eventsAfter(),
                        Tables.num(r.before().personYears()) + "/" + Tables.num(r.after().personYears()),
                        Tables.num(r.before().rate()),
                        Tables.num(r.after().rate()),
                        Tables.num(r.absoluteChange()),
                        r.percentChange().isDefined()
                            ? Tables.num(r.percentChange().percent().getAsDouble()) + "%"
                            : "undefined",
                        r.rateRatio().estimate().isPresent()
                            ? Tables.num(r.rateRatio().estimate().getAsDouble())
                            : "undefined",
                        Tables.interval(r.rateRatio().interval()),
                        r.rateRatio().method().text(),
                        Tables.p(r.rateRatio().pValue()),
                        Tables.num(r.rateRatio().dispersionBefore())
                            + "/" + Tables.num(r.rateRatio().dispersionAfter()),
                        Tables.p(r.wilcoxon().pValue()),
                        iuw));
                avoided.add(avoidedRow(code, r.eventsAvoided()));
              });
      m.comparison()
          .ifPresent(
              cc -> {
                avoided.add(avoidedRow(code, cc.eventsAvoided()));
                RatioOfRateRatios rrr = cc.ratioOfRateRatios();
                compared.add(
                    List.of(
                        code,
                        Tables.num(rrr.estimate()),
                        Tables.interval(rrr.interval()),
                        rrr.method().text(),
                        Tables.p(rrr.pValue()),
                        Tables.num(cc.differenceInDifferences().estimate()),
                        Tables.interval(cc.differenceInDifferences().interval())));
              });
      m.scores()
          .ifPresent(
              s ->
                  scores.add(
                      List.of(
                          code,
                          Integer.toString(s.pairs()),
                          Tables.num(s.meanChange().meanChange()),
                          Tables.interval(s.meanChange().interval()),
                          Tables.num(s.meanChange().pValue()),
                          Tables.num(s.hedgesG().g()),
                          Tables.interval(s.hedgesG().interval()),
                          iuw)));
      m.statuses()
          .ifPresent(
              s ->
                  statuses.add(
                      List.of(
                          code,
                          Long.toString(s.before().trials()),
                          Tables.num(s.before().estimate()) + " " + Tables.interval(s.before().interval()),
                          Tables.num(s.after().estimate()) + " " + Tables.interval(s.after().interval()),
                          Tables.num(s.mcNemar().pValue()),
                          iuw)));
    }
    if (!rates.isEmpty()) {
      out.append("\nRates per person-year\n")
          .append(
              Tables.render(
                  List.of(
                      "measure", "people", "events b/a", "PY b/a", "rate before", "rate after",
                      "change", "% change", "rate ratio", level + " CI", "interval method", "p",
                      "dispersion b/a", "Wilcoxon p", "improved/same/worse"),
                  rates));
    }
    if (!compared.isEmpty()) {
      out.append("\nAgainst the comparison group (Maryland SMS level 3, assumes parallel trends)\n")
          .append(
              Tables.render(
                  List.of(
                      "measure", "ratio of rate ratios", level + " CI", "interval method", "p",
                      "DiD per person-year", "DiD CI"),
                  compared));
    }
    if (!avoided.isEmpty()) {
      out.append("\nEvents avoided in the after window\n")
          .append(Tables.render(List.of("measure", "events avoided", "CI", "design"), avoided));
    }
    if (!scores.isEmpty()) {
      out.append("\nScores (latest in each window)\n")
          .append(
              Tables.render(
                  List.of(
                      "measure", "pairs", "mean change", level + " CI", "paired t p", "Hedges' g",
                      "g CI", "improved/same/worse"),
                  scores));
    }
    if (!statuses.isEmpty()) {
      out.append("\nStatus at the end of each window\n")
          .append(
              Tables.render(
                  List.of("measure", "people", "before", "after", "McNemar p", "improved/same/worse"),
                  statuses));
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
    out.append("\nNo Wrong Door indicators\n").append(indicators().render());
    if (!exclusions().isEmpty()) {
      out.append("\nExcluded young people\n");
      for (Exclusion e : exclusions()) {
        out.append("  ").append(e).append('\n');
      }
    }
    return out.toString();
  }

  /** The heading's note on a rendering that applies no disclosure control. */
  static final String UNSUPPRESSED =
      " (UNSUPPRESSED: small numbers and pseudonymous ids shown, not for publication;"
          + " see renderForPublication())";

  /**
   * The tables made safe to publish under the analysis' {@linkplain
   * ImpactAnalysis#suppressionThreshold() threshold} by {@link DisclosureControl}: small counts of
   * young people or events and every figure computed from them show {@value
   * DisclosureControl#PRIMARY_MARKER}, values withheld to protect them show {@value
   * DisclosureControl#SECONDARY_MARKER}, breakdowns agree with the cohort's own figures, excluded young
   * people are counted by reason (no ids), and a note says what the markers mean.
   */
  public String renderForPublication() {
    return renderForPublication(DisclosureControl.of(analysis().suppressionThreshold()));
  }

  /** As {@link #renderForPublication()} under {@code control}'s threshold. */
  public String renderForPublication(DisclosureControl control) {
    return PublicationTables.render(this, Objects.requireNonNull(control, "control"));
  }

  private static List<String> avoidedRow(String code, EventsAvoided a) {
    return List.of(
        code,
        Tables.num(a.value()) + " " + a.unit(),
        Tables.interval(a.interval()),
        "SMS level " + a.design().smsLevel());
  }

  /**
   * One line of counts: the analysis, its design, young people evaluated, included and excluded (by
   * reason, never by id), the comparison group's counts and the number of measures. The tables are
   * {@link #render()} and {@link #renderForPublication()}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ImpactResult{").append(analysis().name()).append(", ")
        .append(design().text()).append(", ").append(peopleEvaluated()).append(" evaluated, ")
        .append(peopleIncluded()).append(" included, ");
    excluded(out, exclusions());
    comparisonPeopleIncluded()
        .ifPresent(c -> excluded(out.append("; comparison group ").append(c).append(" included, "),
            comparisonExclusions()));
    out.append("; ").append(measures().size()).append(measures().size() == 1 ? " measure" : " measures");
    if (!isComputable()) {
      out.append("; not computable");
    }
    return out.append('}').toString();
  }

  /** "3 excluded (2 no index date, 1 no days at risk)", or "0 excluded". */
  private static void excluded(StringBuilder out, List<Exclusion> exclusions) {
    out.append(exclusions.size()).append(" excluded");
    StringBuilder reasons = new StringBuilder();
    countsByReason(exclusions).forEach((reason, n) -> reasons.append(reasons.length() == 0 ? "" : ", ").append(n)
        .append(' ').append(reason.text()));
    if (reasons.length() > 0) {
      out.append(" (").append(reasons).append(')');
    }
  }
}
