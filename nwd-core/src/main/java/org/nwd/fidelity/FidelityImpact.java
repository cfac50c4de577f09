package org.nwd.fidelity;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.impact.ImpactAccumulator;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.PersonResult;
import org.nwd.impact.SuppressedTable;
import org.nwd.impact.WindowValues;
import org.nwd.model.Cohort;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.Rate;

/**
 * Sets fidelity beside impact: each young person is profiled by the {@link #assessment()} and
 * evaluated by the {@link #analysis()} (the same evaluation the analysis runs on its own), then
 *
 * <ul>
 *   <li>the analysis is run on the young people of each fidelity band (the score's band, or {@link
 *       CohortFidelity#NOT_SCORED}), giving each band its own rate ratios, intervals and tests;
 *   <li>each measure is broken down by band into tables suppressed with the analysis' threshold, as
 *       the impact breakdowns are ({@link FidelityBreakdown});
 *   <li>each measure's change per young person (after minus before: events per person-year at risk
 *       for count and days measures, the value for scores and statuses) is regressed on the fidelity
 *       score ({@link DoseResponse}).
 * </ul>
 *
 * <p>Everything is an <b>association</b> in observational data, not an effect of fidelity.
 *
 * <pre>{@code
 * FidelityImpactResult r = FidelityImpact.of(analysis, FidelityAssessment.of(rubric, asOf)).run(cohort);
 * System.out.println(r.breakdown(StandardMeasures.MISSING_INCIDENTS));
 * System.out.println(r.doseResponse(StandardMeasures.MISSING_INCIDENTS).explanation().render());
 * }</pre>
 */
@Value.Immutable
public abstract class FidelityImpact {

  public abstract ImpactAnalysis analysis();

  public abstract FidelityAssessment assessment();

  @Value.Check
  void check() {
    DomainRuleException.require(
        assessment().level().equals(analysis().level()),
        "assessment",
        "the assessment's level %s differs from the analysis' level %s",
        assessment().level(),
        analysis().level());
  }

  /** {@code analysis} beside {@code assessment}. */
  public static FidelityImpact of(ImpactAnalysis analysis, FidelityAssessment assessment) {
    return builder().analysis(analysis).assessment(assessment).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityImpact}. */
  public static final class Builder extends ImmutableFidelityImpact.Builder {}

  /** Runs over a cohort. */
  public FidelityImpactResult run(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return run(cohort.records().stream());
  }

  /** Per band and measure: events before and after and days at risk, young people with values. */
  private static final class Tally {
    final long[] eventsBefore;
    final long[] eventsAfter;
    final long[] daysBefore;
    final long[] daysAfter;

    Tally(int measures) {
      eventsBefore = new long[measures];
      eventsAfter = new long[measures];
      daysBefore = new long[measures];
      daysAfter = new long[measures];
    }
  }

  /** Runs over a stream of records in one pass, in stream order. */
  public FidelityImpactResult run(Stream<YoungPersonRecord> records) {
    Objects.requireNonNull(records, "records");
    ImpactAnalysis analysis = analysis();
    List<OutcomeMeasure> measures = analysis.measures();
    CohortFidelity.Builder fidelity =
        CohortFidelity.builder()
            .rubric(assessment().rubric())
            .asOf(assessment().asOf())
            .level(assessment().level());
    Map<String, ImpactAccumulator> byBand = new LinkedHashMap<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (FidelityBand b : assessment().rubric().bands()) {
      tallies.put(b.name(), new Tally(measures.size()));
    }
    List<List<Double>> scores = new ArrayList<>();
    List<List<Double>> changes = new ArrayList<>();
    for (OutcomeMeasure unused : measures) {
      scores.add(new ArrayList<>());
      changes.add(new ArrayList<>());
    }
    records.forEachOrdered(
        record -> {
          FidelityProfile profile = assessment().profile(record);
          fidelity.addProfiles(profile);
          PersonResult person = analysis.evaluate(record);
          String band = CohortFidelity.groupOf(profile);
          byBand.computeIfAbsent(band, b -> analysis.accumulator()).add(person);
          if (!person.isIncluded()) {
            return;
          }
          Tally t = tallies.computeIfAbsent(band, b -> new Tally(measures.size()));
          long daysBefore = person.before().orElseThrow().daysAtRisk();
          long daysAfter = person.after().orElseThrow().daysAtRisk();
          for (int i = 0; i < measures.size(); i++) {
            OutcomeMeasure m = measures.get(i);
            WindowValues v = person.values().get(m);
            if (v == null || v.before().isEmpty() || v.after().isEmpty()) {
              continue;
            }
            double before = v.before().getAsDouble();
            double after = v.after().getAsDouble();
            double change;
            if (FidelityBreakdown.isRateKind(m)) {
              t.eventsBefore[i] += Math.round(before);
              t.eventsAfter[i] += Math.round(after);
              t.daysBefore[i] += daysBefore;
              t.daysAfter[i] += daysAfter;
              change = after / Rate.personYears(daysAfter) - before / Rate.personYears(daysBefore);
            } else {
              change = after - before;
            }
            if (profile.score().isPresent()) {
              scores.get(i).add(profile.score().getAsDouble());
              changes.get(i).add(change);
            }
          }
        });
    ImmutableMap.Builder<String, ImpactResult> bandResults = ImmutableMap.builder();
    for (String band : tallies.keySet()) {
      ImpactAccumulator a = byBand.get(band);
      if (a != null) {
        bandResults.put(band, a.result());
      }
    }
    ImmutableMap<String, ImpactResult> results = bandResults.build();
    FidelityImpactResult.Builder out =
        FidelityImpactResult.builder()
            .analysis(analysis)
            .fidelity(fidelity.build())
            .putAllBandResults(results);
    List<String> bands = new ArrayList<>(tallies.keySet());
    for (int i = 0; i < measures.size(); i++) {
      out.addBreakdowns(breakdown(measures.get(i), i, bands, tallies, results));
      out.addDoseResponses(
          DoseResponse.builder()
              .measure(measures.get(i))
              .addAllScores(scores.get(i))
              .addAllChanges(changes.get(i))
              .changeUnit(changeUnit(measures.get(i)))
              .level(analysis.level())
              .build());
    }
    return out.build();
  }

  private FidelityBreakdown breakdown(
      OutcomeMeasure m,
      int index,
      List<String> bands,
      Map<String, Tally> tallies,
      Map<String, ImpactResult> results) {
    int threshold = analysis().suppressionThreshold();
    long[][] changeCounts = new long[bands.size()][];
    long[][] events = new long[bands.size()][];
    FidelityBreakdown.Builder b = FidelityBreakdown.builder().measure(m);
    for (int g = 0; g < bands.size(); g++) {
      ImpactResult r = results.get(bands.get(g));
      Tally t = Objects.requireNonNull(tallies.get(bands.get(g)));
      if (r == null) {
        changeCounts[g] = new long[3];
      } else {
        MeasureResult mr = r.measure(m);
        changeCounts[g] =
            new long[] {mr.changes().improved(), mr.changes().unchanged(), mr.changes().worse()};
        b.putBandResults(bands.get(g), mr);
      }
      events[g] = new long[] {t.eventsBefore[index], t.eventsAfter[index]};
      b.addDaysAtRiskBefore(t.daysBefore[index]).addDaysAtRiskAfter(t.daysAfter[index]);
    }
    b.changes(
        SuppressedTable.of(
            "fidelity band", bands, List.of("improved", "unchanged", "worse"), changeCounts,
            threshold));
    if (FidelityBreakdown.isRateKind(m)) {
      b.events(
          SuppressedTable.of(
              "fidelity band, " + m.unit(), bands, List.of("before", "after"), events, threshold));
    }
    return b.build();
  }

  /** The unit of a change in {@code m}. */
  static String changeUnit(OutcomeMeasure m) {
    if (FidelityBreakdown.isRateKind(m)) {
      return "change in " + m.unit() + " per person-year at risk (after minus before)";
    }
    return m.kind() == MeasureKind.SCORE
        ? "change in score (after minus before)"
        : "change in status (after minus before: -1, 0 or 1)";
  }

  @Override
  public String toString() {
    return "FidelityImpact{" + analysis().name() + ", " + assessment() + "}";
  }
}
