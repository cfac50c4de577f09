package org.nwd.model;

/** What a recorded decision was about. */
public enum DecisionCategory {
  PLACEMENT("placement"),
  RISK_MANAGEMENT("risk_management"),
  MISSING_RESPONSE("missing_response"),
  EDUCATION("education"),
  CONTACT("contact"),
  ENDING("ending"),
  OTHER("other");

  private final String code;

  DecisionCategory(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static DecisionCategory fromCode(String code) {
    return Checks.fromCode(values(), DecisionCategory::code, code, "decision category");
  }
}
