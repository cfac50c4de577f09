package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.OutcomeMeasure;

/**
 * Fidelity beside impact: the cohort's {@link CohortFidelity}, the impact analysis run on the young
 * people of each fidelity band ({@link #bandResults()}, not for publication), one {@link
 * FidelityBreakdown} per measure (suppressed like any impact breakdown) and one {@link DoseResponse}
 * per measure. Both views are associations: young people are not assigned to bands at random.
 */
@Value.Immutable
public abstract class FidelityImpactResult {

  public abstract ImpactAnalysis analysis();

  public abstract CohortFidelity fidelity();

  /** The analysis run on each band's young people, in band order; bands with nobody are absent. */
  public abstract ImmutableMap<String, ImpactResult> bandResults();

  /** One per measure of the analysis, in its order. */
  public abstract ImmutableList<FidelityBreakdown> breakdowns();

  /** One per measure of the analysis, in its order. */
  public abstract ImmutableList<DoseResponse> doseResponses();

  @Value.Check
  void check() {
    List<OutcomeMeasure> measures = analysis().measures();
    List<OutcomeMeasure> broken = new ArrayList<>();
    breakdowns().forEach(b -> broken.add(b.measure()));
    List<OutcomeMeasure> dosed = new ArrayList<>();
    doseResponses().forEach(d -> dosed.add(d.measure()));
    DomainRuleException.require(
        broken.equals(measures) && dosed.equals(measures),
        "breakdowns",
        "breakdowns and dose-responses must be one per measure of analysis %s, in its order",
        analysis().name());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityImpactResult}. */
  public static final class Builder extends ImmutableFidelityImpactResult.Builder {}

  /** The breakdown of {@code measure}. */
  public FidelityBreakdown breakdown(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return breakdowns().stream()
        .filter(b -> b.measure().equals(measure))
        .findFirst()
        .orElseThrow(() -> notInAnalysis(measure));
  }

  /** The dose-response of {@code measure}. */
  public DoseResponse doseResponse(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    return doseResponses().stream()
        .filter(d -> d.measure().equals(measure))
        .findFirst()
        .orElseThrow(() -> notInAnalysis(measure));
  }

  private DomainRuleException notInAnalysis(OutcomeMeasure measure) {
    return new DomainRuleException(
        "measure", "measure " + measure.code() + " is not in analysis " + analysis().name());
  }

  /** The fidelity, then one step per dose-response, with the caveat. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("fidelity beside impact, " + analysis().name())
            .value("bands " + fidelity().bandCounts())
            .formula(
                "impact analysis run per fidelity band (band tables suppressed below "
                    + analysis().suppressionThreshold()
                    + "); dose-response slope of per-person change on fidelity score. ASSOCIATION"
                    + " ONLY, not the effect of fidelity")
            .addSteps(fidelity().explanation());
    for (DoseResponse d : doseResponses()) {
      out.addSteps(d.explanation());
    }
    return out.build();
  }

  /** The fidelity tables, each measure's breakdown and the dose-response slopes, as plain text. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(fidelity().render()).append('\n');
    for (FidelityBreakdown b : breakdowns()) {
      out.append(b.render()).append('\n');
    }
    List<List<String>> rows = new ArrayList<>();
    for (DoseResponse d : doseResponses()) {
      rows.add(
          List.of(
              d.measure().code(),
              Integer.toString(d.n()),
              d.slope().isPresent() ? Text.num(d.slope().getAsDouble()) : "undefined",
              d.interval()
                  .map(i -> "[" + Text.num(i.lower()) + ", " + Text.num(i.upper()) + "]")
                  .orElse("-")));
    }
    out.append("Dose-response: change (after minus before) per unit of fidelity score\n")
        .append(Text.table(List.of("measure", "young people", "slope", analysis().level() + " CI (HC3)"), rows))
        .append("Associations only: fidelity is not assigned at random.\n");
    return out.toString();
  }

  @Override
  public String toString() {
    return "FidelityImpactResult{" + analysis().name() + ", bands " + fidelity().bandCounts() + "}";
  }
}
