package org.nwd.model;

/** Where a young person went when a hub episode ended. */
public enum EndReason {
  HOME_OR_FAMILY("home_or_family"),
  FOSTER_CARE("foster_care"),
  SUPPORTED_LODGINGS("supported_lodgings"),
  INDEPENDENT_LIVING("independent_living"),
  EXTERNAL_PLACEMENT("external_placement"),
  CUSTODY("custody"),
  OTHER("other");

  private final String code;

  EndReason(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static EndReason fromCode(String code) {
    return Checks.fromCode(values(), EndReason::code, code, "end reason");
  }

  /**
   * True for endings in a family or the community (home or family, foster care, supported lodgings,
   * independent living): the move towards permanence the model aims for.
   */
  public boolean isFamilyOrCommunity() {
    return this == HOME_OR_FAMILY
        || this == FOSTER_CARE
        || this == SUPPORTED_LODGINGS
        || this == INDEPENDENT_LIVING;
  }
}
