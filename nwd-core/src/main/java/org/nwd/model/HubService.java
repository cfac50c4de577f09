package org.nwd.model;

/** A service a hub manages (nwd-model.md section 3). */
public enum HubService {
  RESIDENTIAL("residential"),
  EMERGENCY_BEDS("emergency_beds"),
  OUTREACH("outreach"),
  COMMUNITY_FAMILIES("community_families"),
  SUPPORTED_LODGINGS("supported_lodgings");

  private final String code;

  HubService(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static HubService fromCode(String code) {
    return Checks.fromCode(values(), HubService::code, code, "hub service");
  }
}
