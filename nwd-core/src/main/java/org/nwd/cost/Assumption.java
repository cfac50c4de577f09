package org.nwd.cost;

/** An uncertain input of one measure, varied by {@link Sensitivity} and {@link MonteCarlo}. */
public enum Assumption {
  /** Events avoided in benefit year 1. */
  EVENTS,
  DEADWEIGHT,
  DISPLACEMENT,
  ATTRIBUTION,
  OPTIMISM_BIAS,
  DROP_OFF
}
