package org.nwd.impact;

/** A way to split the cohort for breakdowns; each young person's group is taken at the index date. */
public enum BreakdownDimension {
  /** The hub of the young person's first hub episode ("none" without one). */
  HUB("hub"),
  /** The category of the first accepted referral ("none" without one). */
  REFERRAL_CATEGORY("referral category"),
  /** The care status on the index date. */
  CARE_STATUS("care status"),
  /** The age band on the index date (bands set by the analysis). */
  AGE_BAND("age band"),
  /** The recorded sex ("not recorded" when absent). */
  SEX("sex");

  private final String text;

  BreakdownDimension(String text) {
    this.text = text;
  }

  /** The dimension in words. */
  public String text() {
    return text;
  }
}
