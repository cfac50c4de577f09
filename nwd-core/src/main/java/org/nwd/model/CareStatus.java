package org.nwd.model;

/** Where a young person stands with care on a date: the statuses No Wrong Door serves, plus {@link #NONE}. */
public enum CareStatus {
  NONE("none"),
  EDGE_OF_CARE("edge_of_care"),
  EDGING_TO_CARE("edging_to_care"),
  LOOKED_AFTER("looked_after"),
  CARE_LEAVER("care_leaver");

  private final String code;

  CareStatus(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static CareStatus fromCode(String code) {
    return Checks.fromCode(values(), CareStatus::code, code, "care status");
  }
}
