package org.nwd.cost;

/** How the events avoided in the first benefit year were derived (methods.md §3.1). */
public enum EventsOrigin {
  /** Before/after only: {@code (r_pre - r_post) × PY_post}. Deadweight applies. */
  PRE_POST,
  /**
   * Difference in differences against a comparison group. The comparison already nets out what would
   * have happened anyway, so deadweight is skipped (methods.md §3.2).
   */
  DIFFERENCE_IN_DIFFERENCES,
  /**
   * An explicit counterfactual stated by the caller ("without the hub, N young people would have spent
   * W weeks in external residential care"). Deadweight applies: the caller may state 0.
   */
  EXPLICIT_COUNTERFACTUAL
}
