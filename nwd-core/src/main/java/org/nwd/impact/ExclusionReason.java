package org.nwd.impact;

/** Why a young person was left out of the before/after comparison. */
public enum ExclusionReason {
  /** The index-date rule found no date (for example no accepted referral). */
  NO_INDEX_DATE("no index date"),
  /** Their age on the index date is outside the eligibility policy. */
  NOT_ELIGIBLE("not eligible on the index date"),
  /** The index date, or the whole before or after window, lies outside the data coverage. */
  WINDOW_OUTSIDE_DATA("window outside the data"),
  /** A window has no day at risk (for example twelve months in custody). */
  NO_DAYS_AT_RISK("no days at risk");

  private final String text;

  ExclusionReason(String text) {
    this.text = text;
  }

  /** The reason in words. */
  public String text() {
    return text;
  }
}
