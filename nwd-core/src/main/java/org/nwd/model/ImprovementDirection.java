package org.nwd.model;

/** Which way an outcome measure improves. */
public enum ImprovementDirection {
  LOWER_IS_BETTER("lower_is_better"),
  HIGHER_IS_BETTER("higher_is_better");

  private final String code;

  ImprovementDirection(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static ImprovementDirection fromCode(String code) {
    return Checks.fromCode(values(), ImprovementDirection::code, code, "improvement direction");
  }
}
