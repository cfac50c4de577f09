package org.nwd.model;

/**
 * Where a placement is relative to the responsible council's area: the SSDA903's derived {@code
 * PL_LOCATION} ({@code IN}/{@code OUT}, data-standards.md section 1.3), or {@link #UNKNOWN} when the
 * placement postcode is missing, invalid or not found in the caller's postcode lookup.
 */
public enum PlacementLocation {
  INSIDE("inside"),
  OUTSIDE("outside"),
  UNKNOWN("unknown");

  private final String code;

  PlacementLocation(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static PlacementLocation fromCode(String code) {
    return Checks.fromCode(values(), PlacementLocation::code, code, "placement location");
  }
}
