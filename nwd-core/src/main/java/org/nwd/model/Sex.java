package org.nwd.model;

import java.util.Optional;

/** A young person's sex as recorded, with the SSDA903 {@code SEX} code where one exists. */
public enum Sex {
  MALE("male", "1"),
  FEMALE("female", "2"),
  OTHER("other", null);

  private final String code;
  private final String ssda903Code;

  Sex(String code, String ssda903Code) {
    this.code = code;
    this.ssda903Code = ssda903Code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The SSDA903 {@code SEX} code: 1 = male, 2 = female; empty where the return has none. */
  public Optional<String> ssda903Code() {
    return Optional.ofNullable(ssda903Code);
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static Sex fromCode(String code) {
    return Checks.fromCode(values(), Sex::code, code, "sex");
  }
}
