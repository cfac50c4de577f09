package org.nwd.model;

/** What was decided on a referral. */
public enum ReferralDecision {
  ACCEPTED("accepted"),
  DECLINED("declined"),
  REDIRECTED("redirected");

  private final String code;

  ReferralDecision(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static ReferralDecision fromCode(String code) {
    return Checks.fromCode(values(), ReferralDecision::code, code, "referral decision");
  }
}
