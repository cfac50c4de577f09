package org.nwd.model;

/**
 * The six specialist portfolio areas named by CYP Now (nwd-model.md section 4.3), the library's
 * default list.
 */
public enum PortfolioArea {
  SAFETY("safety", "Safety"),
  REBUILDING_RELATIONSHIPS("rebuilding_relationships", "Rebuilding relationships"),
  ACCOMMODATION_TRANSITIONS("accommodation_transitions", "Accommodation transitions"),
  EDUCATION_AND_TRAINING("education_and_training", "Education and training"),
  RESILIENCE_AND_SELF_ESTEEM("resilience_and_self_esteem", "Resilience and self-esteem"),
  EMOTIONAL_HEALTH_AND_WELLBEING(
      "emotional_health_and_wellbeing", "Emotional health and wellbeing");

  private final String code;
  private final String displayName;

  PortfolioArea(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The name as CYP Now prints it, e.g. "Rebuilding relationships". */
  public String displayName() {
    return displayName;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static PortfolioArea fromCode(String code) {
    return Checks.fromCode(values(), PortfolioArea::code, code, "portfolio area");
  }
}
