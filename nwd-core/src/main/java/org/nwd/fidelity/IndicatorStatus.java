package org.nwd.fidelity;

/**
 * How a young person stands on one fidelity indicator. Missing data gives {@link #UNKNOWN}, never
 * {@link #MET}: in a score an unknown indicator counts against the young person, like one not met.
 */
public enum IndicatorStatus {
  /** The data show the indicator met. */
  MET("met"),
  /** The data show it not met. */
  NOT_MET("not_met"),
  /** The data needed are missing, or it cannot be decided yet as of the date. */
  UNKNOWN("unknown"),
  /** It does not apply to this young person (e.g. stay indicators without a hub bed stay). */
  NOT_APPLICABLE("not_applicable");

  private final String code;

  IndicatorStatus(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The status in words, e.g. "not met". */
  public String text() {
    return code.replace('_', ' ');
  }

  /** True for every status but {@link #NOT_APPLICABLE}: the indicator counts in the score. */
  public boolean isApplicable() {
    return this != NOT_APPLICABLE;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static IndicatorStatus fromCode(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (IndicatorStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new org.nwd.DomainRuleException(
        "code",
        String.format(
            "unknown indicator status code \"%s\"; known codes: met, not_met, unknown,"
                + " not_applicable",
            org.nwd.SafeText.bounded(code)));
  }
}
