package org.nwd.testkit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.nwd.fidelity.FidelityIndicator;

/**
 * How faithfully the synthetic service treats one generated young person ({@link FidelitySettings}).
 * The generator writes data that meet, or fail, each indicator the tier says, at the thresholds of
 * the settings' rubric; under {@link org.nwd.fidelity.FidelityRubric#proposedDefault()} a young person
 * of each tier scores in the band of the same name (high, partial, low).
 *
 * <p>The generator controls every indicator but {@link FidelityIndicator#PLACEMENT_MOVES_AFTER_STAY},
 * which follows from the placements it draws as usual; the tiers leave enough room that this one
 * indicator never moves a young person out of their tier's band.
 */
public enum FidelityTier {
  /** Every indicator the generator controls met. */
  HIGH(
      "high",
      EnumSet.complementOf(EnumSet.of(FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY))),
  /**
   * Quick way in, a key worker in time who stays, a life coach, short stays and support after them;
   * no communication support worker or police liaison officer, stays ending in an external
   * placement, and decisions that cite no provocation.
   */
  PARTIAL(
      "partial",
      EnumSet.of(
          FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT,
          FidelityIndicator.KEY_WORKER_WITHIN_DAYS,
          FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR,
          FidelityIndicator.LIFE_COACH_INVOLVED,
          FidelityIndicator.SHORT_BED_STAYS,
          FidelityIndicator.OUTREACH_AFTER_STAY)),
  /** Every indicator the generator controls failed. */
  LOW("low", EnumSet.noneOf(FidelityIndicator.class));

  private final String band;
  private final Set<FidelityIndicator> met;

  FidelityTier(String band, Set<FidelityIndicator> met) {
    this.band = band;
    this.met = met;
  }

  /** The band of the proposed default rubric that young people of this tier fall in. */
  public String band() {
    return band;
  }

  /**
   * True when the generator writes data meeting {@code indicator} for this tier; false for {@link
   * FidelityIndicator#PLACEMENT_MOVES_AFTER_STAY}, whose data follow the placements drawn and may meet
   * it or not, whatever the tier (see {@link #isControlled}).
   */
  public boolean meets(FidelityIndicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return met.contains(indicator);
  }

  /** True for every indicator but {@link FidelityIndicator#PLACEMENT_MOVES_AFTER_STAY}. */
  public static boolean isControlled(FidelityIndicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return indicator != FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY;
  }
}
