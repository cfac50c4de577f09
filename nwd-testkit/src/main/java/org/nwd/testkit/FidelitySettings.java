package org.nwd.testkit;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.fidelity.Criterion;
import org.nwd.fidelity.FidelityIndicator;
import org.nwd.fidelity.FidelityRubric;

/**
 * Fidelity in a generated cohort ({@link CohortSettings#fidelity()}): the mix of {@link FidelityTier
 * tiers}, the rubric whose thresholds the generated data meet or fail, and the configured association
 * between fidelity and outcome: each tier's own rate multiplier after the index date, used instead of
 * {@link CohortSettings#rateMultiplierAfterIndex()} for every event measure and for placement moves.
 *
 * <p>Each young person's tier, and everything it shapes, is drawn from a random stream of its own
 * (seeded from the cohort's seed and the person's index); the main stream is drawn in the same order
 * as without fidelity. So the index date, age, statuses and the kind of hub support are those of the
 * same cohort without fidelity, and when every tier's multiplier equals {@link
 * CohortSettings#rateMultiplierAfterIndex()} so are the events, scores and placements. All defaults
 * are synthetic assumptions, chosen so that higher fidelity goes with larger falls; they are not
 * findings about No Wrong Door.
 */
// copy = true: with* methods (one per attribute, validated like build()) so a user varies a
// value without copying every setter; the generated WithFidelitySettings interface declares them.
@Value.Immutable(copy = true)
public abstract class FidelitySettings implements WithFidelitySettings {

  /**
   * Shares of the tiers; they must sum to 1. Default: high 0.4, partial 0.35, low 0.25 (synthetic).
   */
  @Value.Default
  public ImmutableMap<FidelityTier, Double> mix() {
    return ImmutableMap.of(FidelityTier.HIGH, 0.4, FidelityTier.PARTIAL, 0.35, FidelityTier.LOW, 0.25);
  }

  /**
   * Each tier's multiplier of event and placement-move rates after the index date (1 = no change).
   * Every tier needs one. Default: high 0.35, partial 0.55, low 0.8 (synthetic).
   */
  @Value.Default
  public ImmutableMap<FidelityTier, Double> rateMultipliers() {
    return ImmutableMap.of(FidelityTier.HIGH, 0.35, FidelityTier.PARTIAL, 0.55, FidelityTier.LOW, 0.8);
  }

  /**
   * The rubric whose thresholds the generated data are built around; indicators it does not count
   * use their {@link FidelityIndicator#defaultThreshold() default thresholds}. Default: {@link
   * FidelityRubric#proposedDefault()}.
   */
  @Value.Default
  public FidelityRubric rubric() {
    return FidelityRubric.proposedDefault();
  }

  /** The most days allowed for the first-contact and key-worker thresholds, so delays fit. */
  public static final int MAX_DAYS_THRESHOLD = 30;

  @Value.Check
  void check() {
    double sum = 0;
    for (Map.Entry<FidelityTier, Double> e : mix().entrySet()) {
      DomainRuleException.require(
          e.getValue() >= 0 && e.getValue() <= 1,
          "mix",
          "mix share %s for %s is outside 0-1",
          e.getValue(),
          e.getKey());
      sum += e.getValue();
    }
    DomainRuleException.require(
        Math.abs(sum - 1) <= CohortSettings.SHARE_SUM_TOLERANCE,
        "mix",
        "mix shares sum to %s, not 1",
        sum);
    for (FidelityTier t : FidelityTier.values()) {
      Double m = rateMultipliers().get(t);
      DomainRuleException.require(
          m != null && Double.isFinite(m) && m >= 0,
          "rateMultipliers",
          "rate multiplier for %s is %s; every tier needs one, finite and at least 0",
          t,
          m);
    }
    for (FidelityIndicator i :
        new FidelityIndicator[] {
          FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, FidelityIndicator.KEY_WORKER_WITHIN_DAYS
        }) {
      DomainRuleException.require(
          threshold(i) <= MAX_DAYS_THRESHOLD,
          "rubric",
          "threshold %s of %s is above %s days; the generated delays would not fit",
          threshold(i),
          i.code(),
          MAX_DAYS_THRESHOLD);
    }
    DomainRuleException.require(
        threshold(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR) <= 12,
        "rubric",
        "threshold %s of key_worker_changes_per_year is above 12 a year; the generated changes would"
            + " not fit",
        threshold(FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR));
    for (FidelityIndicator i :
        new FidelityIndicator[] {
          FidelityIndicator.OUTREACH_AFTER_STAY,
          FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY,
          FidelityIndicator.DECISIONS_CITING_PROVOCATION
        }) {
      DomainRuleException.require(
          threshold(i) > 0,
          "rubric",
          "threshold %s of %s is 0: every young person would meet it, so no tier could fail it",
          threshold(i),
          i.code());
    }
    DomainRuleException.require(
        threshold(FidelityIndicator.SHORT_BED_STAYS) >= 1,
        "rubric",
        "threshold %s of short_bed_stays is below 1 day; no generated stay could meet it",
        threshold(FidelityIndicator.SHORT_BED_STAYS));
  }

  /** The rubric's threshold for {@code indicator}, or its default when the rubric does not count it. */
  public double threshold(FidelityIndicator indicator) {
    return rubric().criterion(indicator).map(Criterion::threshold).orElse(indicator.defaultThreshold());
  }

  /** The default settings: see each attribute. */
  public static FidelitySettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings; unset attributes take their documented defaults. */
  public static final class Builder extends ImmutableFidelitySettings.Builder {}
}
