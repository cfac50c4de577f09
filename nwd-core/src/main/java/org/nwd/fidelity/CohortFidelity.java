package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.model.YoungPersonId;
import org.nwd.stats.ConfidenceLevel;

/**
 * A cohort's fidelity profile: the rubric, the as-of date, one {@link FidelityProfile} per young
 * person, and from them one {@link IndicatorSummary} per criterion and the number of young people in
 * each band. Made by {@link FidelityAssessment#assess}; read from nwd-json's {@code cohort_fidelity}
 * document. The counts are not suppressed: publish them through a report, which suppresses small
 * cells.
 */
@Value.Immutable
public abstract class CohortFidelity {

  /** The group of young people with no score (no indicator applies to them). */
  public static final String NOT_SCORED = "not scored";

  public abstract FidelityRubric rubric();

  /** The day after the data end. */
  public abstract LocalDate asOf();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /** One profile per young person, ids unique, each under {@link #rubric()}. */
  public abstract ImmutableList<FidelityProfile> profiles();

  @Value.Check
  void check() {
    Set<YoungPersonId> ids = new HashSet<>();
    for (FidelityProfile p : profiles()) {
      DomainRuleException.require(
          ids.add(p.youngPersonId()),
          "profiles",
          "young person %s has two profiles",
          p.youngPersonId());
      DomainRuleException.require(
          p.rubric().equals(rubric()),
          "profiles",
          "the profile of %s is under rubric %s, not %s",
          p.youngPersonId(),
          p.rubric().name(),
          rubric().name());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CohortFidelity}; the level defaults to 95%. */
  public static final class Builder extends ImmutableCohortFidelity.Builder {}

  /** The number of young people. */
  public int size() {
    return profiles().size();
  }

  /** The profile of {@code id}. */
  public Optional<FidelityProfile> profile(YoungPersonId id) {
    Objects.requireNonNull(id, "id");
    return profiles().stream().filter(p -> p.youngPersonId().equals(id)).findFirst();
  }

  /** One summary per criterion, in the rubric's order. */
  @Value.Lazy
  public ImmutableList<IndicatorSummary> summaries() {
    ImmutableList.Builder<IndicatorSummary> out = ImmutableList.builder();
    List<Criterion> criteria = rubric().criteria();
    for (int i = 0; i < criteria.size(); i++) {
      List<IndicatorResult> results = new ArrayList<>(profiles().size());
      for (FidelityProfile p : profiles()) {
        results.add(p.results().get(i));
      }
      Criterion c = criteria.get(i);
      out.add(IndicatorSummary.of(c.indicator(), c.threshold(), level(), results));
    }
    return out.build();
  }

  /** The summary of {@code indicator}, when the rubric counts it. */
  public Optional<IndicatorSummary> summary(FidelityIndicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return summaries().stream().filter(s -> s.indicator() == indicator).findFirst();
  }

  /** The band of each young person's score, or {@link #NOT_SCORED}. */
  public static String groupOf(FidelityProfile profile) {
    return profile.band().map(FidelityBand::name).orElse(NOT_SCORED);
  }

  /**
   * Young people per band, in the rubric's band order (every band, zero or not), then {@link
   * #NOT_SCORED} when anyone has no score.
   */
  @Value.Lazy
  public ImmutableMap<String, Long> bandCounts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (FidelityBand b : rubric().bands()) {
      out.put(b.name(), 0L);
    }
    for (FidelityProfile p : profiles()) {
      out.merge(groupOf(p), 1L, Long::sum);
    }
    return ImmutableMap.copyOf(out);
  }

  /** The mean score of the young people with one; empty when nobody has one. */
  public OptionalDouble meanScore() {
    return profiles().stream()
        .filter(p -> p.score().isPresent())
        .mapToDouble(p -> p.score().getAsDouble())
        .average();
  }

  /** Counts per band, mean score, and one step per indicator. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("fidelity of " + size() + " young people")
            .value("bands " + bandCounts() + ", mean score " + num(meanScore()))
            .formula(
                "each young person scored by rubric " + rubric().name()
                    + (rubric().proposal() ? " (PROPOSAL)" : "")
                    + "; unknown indicators count as not met")
            .putInputs("as of", asOf().toString())
            .putInputs("young people", Integer.toString(size()));
    for (IndicatorSummary s : summaries()) {
      out.addSteps(s.explanation());
    }
    return out.build();
  }

  /** Plain-text tables: indicators (counts, share met, cohort figure) and bands. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Fidelity: ").append(rubric().name()).append(", as of ").append(asOf())
        .append(", ").append(size()).append(" young people\n");
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorSummary s : summaries()) {
      rows.add(
          List.of(
              s.indicator().code(),
              s.indicator().rule(s.threshold()),
              Long.toString(s.met()),
              Long.toString(s.notMet()),
              Long.toString(s.unknown()),
              Long.toString(s.notApplicable()),
              s.metShare().map(p -> Text.num(p.estimate()) + " " + interval(p)).orElse("-"),
              s.figure()));
    }
    out.append(
        Text.table(
            List.of("indicator", "met at", "met", "not met", "unknown", "n/a",
                "share met (" + level() + " CI)", "cohort figure"),
            rows));
    List<List<String>> bands = new ArrayList<>();
    bandCounts().forEach((b, n) -> bands.add(List.of(b, Long.toString(n))));
    out.append(Text.table(List.of("band", "young people"), bands));
    out.append("mean score ").append(num(meanScore())).append('\n');
    out.append("Definitions and thresholds are proposals unless the rubric is an adopter's own;")
        .append(" unknown counts as not met.\n");
    return out.toString();
  }

  private static String interval(org.nwd.stats.Proportion p) {
    return "[" + Text.num(p.interval().lower()) + ", " + Text.num(p.interval().upper()) + "]";
  }

  private static String num(OptionalDouble x) {
    return x.isPresent() ? Text.num(x.getAsDouble()) : "-";
  }

  @Override
  public String toString() {
    return "CohortFidelity{" + size() + " young people, " + rubric().name() + ", as of " + asOf()
        + ", bands " + bandCounts() + "}";
  }
}
