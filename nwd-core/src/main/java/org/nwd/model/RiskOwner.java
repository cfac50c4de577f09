package org.nwd.model;

/** Whose risk a decision managed: the provocation "are we managing risk for the organisation or risk to the young person?". */
public enum RiskOwner {
  YOUNG_PERSON("young_person"),
  ORGANISATION("organisation");

  private final String code;

  RiskOwner(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static RiskOwner fromCode(String code) {
    return Checks.fromCode(values(), RiskOwner::code, code, "risk owner");
  }
}
