package org.nwd.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;

/**
 * One measure's result over the cohort. Exactly one of {@link #rates()}, {@link #scores()} and {@link
 * #statuses()} is present, by the measure's kind, unless the result {@link #undefinedReason() cannot
 * be computed} (for example no events before or after, or fewer than two scored pairs): then none is,
 * and the reason says why.
 */
@Value.Immutable
public abstract class MeasureResult {

  public abstract OutcomeMeasure measure();

  /** Included young people with a value in both windows. */
  public abstract long people();

  /** Included young people without a value in one or both windows (scores, statuses). */
  public abstract long withoutObservation();

  public abstract ChangeCounts changes();

  public abstract Optional<RateChange> rates();

  public abstract Optional<ScoreChange> scores();

  public abstract Optional<StatusChange> statuses();

  /** Difference-in-differences, for count and days measures run with a comparison cohort. */
  public abstract Optional<ComparisonChange> comparison();

  /** Why the statistics cannot be computed, if they cannot. */
  public abstract Optional<String> undefinedReason();

  /** How the measure was derived per person. */
  public abstract String derivation();

  /**
   * A builder, for code that rebuilds a result computed elsewhere (for example nwd-json); measure
   * results are normally made by {@link ImpactAnalysis#run}. Checked for consistency, not recomputed.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureResult}; see {@link MeasureResult#builder()}. */
  public static final class Builder extends ImmutableMeasureResult.Builder {}

  @Value.Check
  void check() {
    DomainRuleException.require(people() >= 0, "people", "people %s is negative", people());
    DomainRuleException.require(
        withoutObservation() >= 0,
        "withoutObservation",
        "people without observation %s is negative",
        withoutObservation());
    DomainRuleException.require(
        changes().total() == people(),
        "changes",
        "improved, unchanged and worse (%s) must add up to people %s",
        changes(),
        people());
    int given = (rates().isPresent() ? 1 : 0) + (scores().isPresent() ? 1 : 0)
        + (statuses().isPresent() ? 1 : 0);
    DomainRuleException.require(
        undefinedReason().isPresent() ? given == 0 : given == 1,
        "undefinedReason",
        "measure %s: exactly one of rates, scores and statuses, or none with an undefined reason;"
            + " found %s with%s a reason",
        measure().code(),
        given,
        undefinedReason().isPresent() ? "" : "out");
    MeasureKind kind = measure().kind();
    boolean rateKind = kind == MeasureKind.EVENT_COUNT || kind == MeasureKind.DAYS;
    DomainRuleException.require(
        (rates().isEmpty() || rateKind)
            && (scores().isEmpty() || kind == MeasureKind.SCORE)
            && (statuses().isEmpty() || kind == MeasureKind.STATUS),
        "measure",
        "measure %s of kind %s has statistics of another kind",
        measure().code(),
        kind.code());
    DomainRuleException.require(
        comparison().isEmpty() || rates().isPresent(),
        "comparison",
        "measure %s: a comparison needs the rates of a count or days measure",
        measure().code());
  }

  /** True when the statistics could be computed. */
  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /**
   * The design behind this measure's headline: difference-in-differences when it has a {@link
   * #comparison()}, otherwise before/after only (Maryland SMS level 1), also in an analysis run with a
   * comparison cohort (score and status measures are not compared).
   */
  public DesignLevel design() {
    return comparison().isPresent() ? DesignLevel.DIFFERENCE_IN_DIFFERENCES : DesignLevel.PRE_POST;
  }

  /**
   * The measure's headline test, the one Holm's adjustment counts: the ratio of rate ratios against
   * the comparison cohort when there is one, else the rate ratio (count and days measures), the paired
   * t-test (scores) or McNemar's test (statuses); empty when undefined.
   */
  public Optional<String> headlineTest() {
    if (comparison().isPresent() && comparison().get().ratioOfRateRatios().isDefined()) {
      return Optional.of("ratio of rate ratios, " + comparison().get().ratioOfRateRatios().method().text());
    }
    if (rates().isPresent() && rates().get().rateRatio().pValue().isPresent()) {
      return Optional.of("rate ratio, " + rates().get().rateRatio().method().text());
    }
    if (scores().isPresent()) {
      return Optional.of("paired t-test of the mean change");
    }
    return statuses().isPresent() ? Optional.of("McNemar's test") : Optional.empty();
  }

  /** The p-value of {@link #headlineTest()}; empty when there is none. */
  public OptionalDouble pValue() {
    if (headlineTest().isEmpty()) {
      return OptionalDouble.empty();
    }
    if (comparison().isPresent() && comparison().get().ratioOfRateRatios().isDefined()) {
      return comparison().get().ratioOfRateRatios().pValue();
    }
    if (rates().isPresent()) {
      return rates().get().rateRatio().pValue();
    }
    if (scores().isPresent()) {
      return scores().get().meanChange().pValue();
    }
    return statuses().orElseThrow().mcNemar().pValue();
  }

  /** Warnings of this measure's intervals (small cohorts, Poisson intervals), in words. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    rates().ifPresent(r -> out.addAll(r.rateRatio().warnings()));
    comparison()
        .ifPresent(
            c -> {
              out.addAll(c.ratioOfRateRatios().warnings());
              out.addAll(c.differenceInDifferences().warnings());
            });
    return out;
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label(measure().code() + " (" + measure().name() + ")")
            .value(undefinedReason().map(r -> "undefined: " + r).orElseGet(this::headline))
            .formula("per person: " + derivation())
            .putInputs("young people", Long.toString(people()))
            .putInputs("without observation", Long.toString(withoutObservation()))
            .putInputs("improved / unchanged / worse", changes().toString())
            .putInputs("improvement direction", measure().direction().code());
    if (isDefined()) {
      out.putInputs("design", design().caveat());
      headlineTest()
          .ifPresent(t -> out.putInputs("headline test", t + ", p = " + Tables.num(pValue())));
      List<String> w = warnings();
      for (int i = 0; i < w.size(); i++) {
        out.putInputs(w.size() == 1 ? "warning" : "warning " + (i + 1), w.get(i));
      }
    }
    rates().ifPresent(r -> out.addSteps(r.explanation()));
    scores().ifPresent(s -> out.addSteps(s.explanation()));
    statuses().ifPresent(s -> out.addSteps(s.explanation()));
    comparison().ifPresent(c -> out.addSteps(c.explanation()));
    return out.build();
  }

  private String headline() {
    if (rates().isPresent()) {
      RateChange r = rates().get();
      return r.explanation().value() + " per person-year, rate ratio "
          + r.rateRatio().explanation().value() + " (" + r.rateRatio().method().text() + ")"
          + comparison()
              .map(c -> "; against the comparison group, ratio of rate ratios "
                  + c.ratioOfRateRatios().explanation().value())
              .orElse("");
    }
    if (scores().isPresent()) {
      return "mean change " + scores().get().explanation().value();
    }
    return statuses().orElseThrow().explanation().value();
  }

  /** The headline, the design (and for before/after only, that it may overstate the effect). */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(explanation().label()).append(" = ")
        .append(explanation().value());
    if (isDefined()) {
      out.append("; ").append(design().caveat());
      for (String w : warnings()) {
        out.append("; warning: ").append(w);
      }
    }
    return out.toString();
  }
}
