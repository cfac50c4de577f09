package org.nwd.model;

/** The kind of support a hub episode gives: a bed (planned or emergency) or non-residential support. */
public enum HubEpisodeKind {
  RESIDENTIAL_STAY("residential_stay"),
  EMERGENCY_BED("emergency_bed"),
  OUTREACH("outreach"),
  COMMUNITY_FAMILY("community_family"),
  SUPPORTED_LODGINGS("supported_lodgings");

  private final String code;

  HubEpisodeKind(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static HubEpisodeKind fromCode(String code) {
    return Checks.fromCode(values(), HubEpisodeKind::code, code, "hub episode kind");
  }

  /** True for the kinds that occupy a hub bed: {@link #RESIDENTIAL_STAY} and {@link #EMERGENCY_BED}. */
  public boolean isResidential() {
    return this == RESIDENTIAL_STAY || this == EMERGENCY_BED;
  }
}
