package org.nwd.cost;

/**
 * An uncertain input varied by {@link Sensitivity} and {@link MonteCarlo}: the {@link Estimate}s of one
 * measure (events to drop-off), the whole-year lag and benefit horizon of one measure, or one unit
 * cost (by the multiplier range of its grade, {@link Appraisal#unitCostRanges()}).
 */
public enum Assumption {
  /** Events avoided in benefit year 1. */
  EVENTS,
  DEADWEIGHT,
  DISPLACEMENT,
  ATTRIBUTION,
  OPTIMISM_BIAS,
  DROP_OFF,
  /** Whole years before benefits start ({@link MeasureAssumptions#lagRange()}). */
  LAG,
  /** Number of benefit years counted ({@link MeasureAssumptions#benefitYearsRange()}). */
  BENEFIT_YEARS,
  /** A unit cost, as a multiplier of its value (1 = as stated). */
  UNIT_COST;

  /** The six assumptions that are {@link Estimate}s of one measure. */
  static final Assumption[] ESTIMATES = {
    EVENTS, DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, OPTIMISM_BIAS, DROP_OFF
  };
}
