package org.nwd.model;

/** Why a young person was referred to No Wrong Door (Warrington's categories and the SFPC trial's eligible situations). */
public enum ReferralCategory {
  EDGE_OF_CARE("edge_of_care"),
  EDGING_TO_CARE("edging_to_care"),
  PLACEMENT_SUPPORT("placement_support"),
  STEP_DOWN_FROM_RESIDENTIAL("step_down_from_residential"),
  TRANSITION_TO_INDEPENDENCE("transition_to_independence");

  private final String code;

  ReferralCategory(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static ReferralCategory fromCode(String code) {
    return Checks.fromCode(values(), ReferralCategory::code, code, "referral category");
  }
}
