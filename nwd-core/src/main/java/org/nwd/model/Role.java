package org.nwd.model;

/** A role in the team around the child (nwd-model.md section 4.2). */
public enum Role {
  KEY_WORKER("key_worker", "key worker"),
  RESIDENTIAL_WORKER("residential_worker", "residential worker"),
  EDGE_OF_CARE_WORKER("edge_of_care_worker", "edge-of-care worker"),
  PORTFOLIO_LEAD("portfolio_lead", "portfolio lead"),
  LIFE_COACH("life_coach", "life coach (clinical psychologist)"),
  COMMUNICATION_SUPPORT_WORKER(
      "communication_support_worker", "communication support worker (speech and language therapist)"),
  POLICE_LIAISON_OFFICER("police_liaison_officer", "police liaison officer"),
  HUB_MANAGER("hub_manager", "hub manager"),
  DEPUTY_MANAGER("deputy_manager", "deputy manager"),
  SOCIAL_WORKER("social_worker", "social worker"),
  COMMUNITY_FAMILY_CARER("community_family_carer", "community family carer (specialist foster carer)"),
  SUPPORTED_LODGINGS_HOST("supported_lodgings_host", "supported lodgings host"),
  OTHER("other", "other");

  private final String code;
  private final String displayName;

  Role(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The role as people say it, e.g. "life coach (clinical psychologist)". */
  public String displayName() {
    return displayName;
  }

  /**
   * True for the specialists embedded in the team: the life coach, the communication support worker
   * and the police liaison officer.
   */
  public boolean isEmbeddedSpecialist() {
    return this == LIFE_COACH || this == COMMUNICATION_SUPPORT_WORKER || this == POLICE_LIAISON_OFFICER;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static Role fromCode(String code) {
    return Checks.fromCode(values(), Role::code, code, "role");
  }
}
