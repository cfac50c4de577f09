package org.nwd.impact;

/**
 * The evaluation design behind a result, on the Maryland Scientific Methods Scale (methods.md section
 * 5.1): every estimate of impact or events avoided carries one.
 */
public enum DesignLevel {
  /** Before/after with no comparison group: Maryland SMS level 1; no causal claim. */
  PRE_POST(1, "before/after, no comparison group (Maryland SMS level 1)"),
  /** Before/after with a comparison group, difference-in-differences: Maryland SMS level 3. */
  DIFFERENCE_IN_DIFFERENCES(3, "difference-in-differences with a comparison group (Maryland SMS level 3)");

  private final int smsLevel;
  private final String text;

  DesignLevel(int smsLevel, String text) {
    this.smsLevel = smsLevel;
    this.text = text;
  }

  /** The Maryland SMS level, 1 or 3. */
  public int smsLevel() {
    return smsLevel;
  }

  /** The design in words. */
  public String text() {
    return text;
  }

  /**
   * What the design can and cannot show, in plain words: before/after only may overstate the effect
   * (regression to the mean); difference-in-differences relies on parallel trends.
   */
  public String caveat() {
    return this == PRE_POST
        ? "before/after only, Maryland SMS level 1: young people are referred at a crisis point, so"
            + " part of any fall would have happened anyway (regression to the mean) and this may"
            + " overstate the effect; a comparison cohort (analysis.compare) adjusts for it"
        : "difference-in-differences against a comparison cohort, Maryland SMS level 3: adjusts for"
            + " regression to the mean and trends shared with the comparison young people, assuming"
            + " parallel trends";
  }
}
