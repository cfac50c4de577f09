package org.nwd.fidelity;

import java.util.Optional;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.model.Role;

/**
 * A fidelity indicator: one measurable sign, in a young person's record, that a principle of the No
 * Wrong Door model was followed.
 *
 * <p>Each principle is sourced (nwd-model.md sections 4 and 7, with the link in {@link #source()}).
 * Each <b>definition</b>, that is how the indicator is measured from the data, and each {@link
 * #defaultThreshold() default threshold} is the library's <b>proposal</b> (nwd-model.md section 10.1:
 * "Neither the list nor the evidence is validated"), and says so in {@link #isProposal()} and in every
 * result. Every indicator is computed as of a date (the day after the data end): nothing dated on or
 * after it is seen, and periods still open on it are measured to it.
 *
 * <p>The referral is the young person's first accepted referral dated before the as-of date. "The
 * last stay" is the young person's residential or emergency hub bed stay with the latest end among
 * those completed by the as-of date. {@link #reading()} says what each indicator's value, numerator,
 * denominator and observations hold.
 */
public enum FidelityIndicator {
  /**
   * Quick way in: days from the referral to the first day of hub support (the start of the first
   * hub episode of any kind still running on or after the referral, or the referral date when one is
   * already running). Met when at most the threshold; not met when later, or when none started within
   * the threshold and the as-of date is past it; unknown without a referral or while the as-of date is
   * within the threshold. Default 7 days (proposal).
   */
  DAYS_TO_FIRST_HUB_CONTACT(
      "days_to_first_hub_contact",
      "days from referral to first hub contact",
      "quick way in",
      "https://whatworks-csc.org.uk/research-project/no-wrong-door-model-trial-evaluation/",
      true,
      "days",
      7,
      Double.POSITIVE_INFINITY,
      "value: days from the referral to the first hub contact"),
  /**
   * A named key worker: days from the referral to the first day a key worker is in the team (a
   * key-worker membership starting before the as-of date and still running on or after the
   * referral). Met, not met and unknown as for {@link #DAYS_TO_FIRST_HUB_CONTACT}; unknown too when no
   * team is recorded. Default 7 days (proposal).
   */
  KEY_WORKER_WITHIN_DAYS(
      "key_worker_within_days",
      "named key worker allocated within the threshold",
      "one key worker per young person",
      "https://themj.co.uk/One-door-to-a-brighter-future/216080",
      true,
      "days",
      7,
      Double.POSITIVE_INFINITY,
      "value: days from the referral to the key worker's allocation"),
  /**
   * A key worker who stays: key-worker changes per person-year with a key worker, counting the
   * key-worker memberships started before the as-of date (changes as {@link
   * org.nwd.model.TeamAroundTheChild#keyWorkerChanges()}; time with a key worker up to the as-of date).
   * Met when at most the threshold. Unknown without a team or without key-worker time. Default 1
   * change per person-year (proposal).
   */
  KEY_WORKER_CHANGES_PER_YEAR(
      "key_worker_changes_per_year",
      "key-worker changes per person-year",
      "one key worker who stays with the young person",
      "https://themj.co.uk/One-door-to-a-brighter-future/216080",
      true,
      "changes per person-year",
      1,
      Double.POSITIVE_INFINITY,
      "value: changes per person-year; numerator: key-worker changes; denominator: days with a key"
          + " worker"),
  /**
   * The life coach (clinical psychologist) is involved: the team holds a membership in the role
   * ({@link #specialistRole()}) started before the as-of date. The threshold is the fewest recorded
   * contacts ({@link org.nwd.model.TeamMembership#contacts()}, summed over the role's memberships)
   * that count as involvement; 0 (the default, a proposal) means a membership is enough. Not met
   * without a membership in the role; unknown without a team, or when the threshold is above 0 and a
   * membership does not record its contacts.
   */
  LIFE_COACH_INVOLVED(
      "life_coach_involved",
      "life coach (clinical psychologist) involved",
      "specialist roles embedded in one team",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      false,
      "contacts",
      0,
      Double.POSITIVE_INFINITY,
      "value: contacts recorded with the role (0 when not involved); numerator: 1 when involved;"
          + " denominator: 1 when a team is recorded"),
  /** The communication support worker (speech and language therapist) is involved: as {@link #LIFE_COACH_INVOLVED}. */
  COMMUNICATION_SUPPORT_INVOLVED(
      "communication_support_involved",
      "communication support worker (speech and language therapist) involved",
      "specialist roles embedded in one team",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      false,
      "contacts",
      0,
      Double.POSITIVE_INFINITY,
      "value: contacts recorded with the role (0 when not involved); numerator: 1 when involved;"
          + " denominator: 1 when a team is recorded"),
  /** The police liaison officer is involved: as {@link #LIFE_COACH_INVOLVED}. */
  POLICE_LIAISON_INVOLVED(
      "police_liaison_involved",
      "police liaison officer involved",
      "specialist roles embedded in one team",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      false,
      "contacts",
      0,
      Double.POSITIVE_INFINITY,
      "value: contacts recorded with the role (0 when not involved); numerator: 1 when involved;"
          + " denominator: 1 when a team is recorded"),
  /**
   * Residential care is short-term: the hub bed stays (residential and emergency beds) started
   * before the as-of date, each measured to its end or to the as-of date. Not met when any is longer
   * than the threshold; unknown when none is but one is still ongoing; met otherwise; not applicable
   * without a stay. Default 84 days, {@link org.nwd.model.ShortTermThreshold#defaultThreshold()}
   * (proposal).
   */
  SHORT_BED_STAYS(
      "short_bed_stays",
      "hub bed stays no longer than the threshold",
      "residential care is a short-term intervention, not a long-term solution",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      true,
      "days",
      84,
      Double.POSITIVE_INFINITY,
      "value: the longest stay in days; numerator: stays longer than the threshold; denominator:"
          + " stays; observations: lengths of completed stays"),
  /**
   * Slow way out: days of hub support other than a bed (outreach, a community family, supported
   * lodgings) continuing from the end of the last stay. Support continues when a non-bed hub episode
   * is running on the day the stay ends or starts within {@value FidelityIndicator#CONTINUATION_GAP_DAYS}
   * days of it, and extends through further non-bed episodes starting within that gap of the previous
   * one's end. Met when at least the threshold; unknown while support is still running at the as-of
   * date, or when none has started and the as-of date is within the gap; not applicable without a
   * completed stay. Default 28 days (proposal).
   */
  OUTREACH_AFTER_STAY(
      "outreach_after_stay",
      "hub support continuing after the last bed stay",
      "quick way in, slow way out",
      "https://whatworks-csc.org.uk/research-project/no-wrong-door-model-trial-evaluation/",
      false,
      "days",
      28,
      Double.POSITIVE_INFINITY,
      "value: days of continuing support from the end of the last stay"),
  /**
   * Stability after the hub: placement moves ({@link
   * org.nwd.impact.Derivations#placementMoves()}) in the rubric's {@link
   * FidelityRubric#monthsAfterStay() months after} the last stay ends. Not met when more than the
   * threshold (even before the months have passed); met when at most the threshold once they have
   * passed; unknown before; not applicable without a completed stay. Default 1 move (proposal).
   */
  PLACEMENT_MOVES_AFTER_STAY(
      "placement_moves_after_stay",
      "placement moves in the months after the last bed stay",
      "young people move towards permanence in a family or community",
      "https://whatworks-csc.org.uk/research-project/no-wrong-door-model-trial-evaluation/",
      true,
      "moves",
      1,
      Double.POSITIVE_INFINITY,
      "value: placement moves after the last stay"),
  /**
   * Permanence in a family or community: of the hub episodes (of any kind, including the last stay
   * itself) that ended from the end of the last stay to the rubric's {@link
   * FidelityRubric#monthsAfterStay() months after} it, the share whose destination is a family or
   * the community ({@link org.nwd.model.EndReason#isFamilyOrCommunity()}). Met when at least the
   * threshold once the months have passed; unknown before; not applicable without a completed stay.
   * Default 1, every ending (proposal).
   */
  FAMILY_OR_COMMUNITY_AFTER_STAY(
      "family_or_community_after_stay",
      "hub endings in a family or the community after the last bed stay",
      "young people move towards permanence in a family or community",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      false,
      "share",
      1,
      1,
      "value: the share of endings in a family or the community; numerator: those endings;"
          + " denominator: endings"),
  /**
   * Provocations guide decisions: the share of the young person's recorded decisions dated before the
   * as-of date that cite at least one provocation. Met when at least the threshold; unknown with no
   * decision recorded. Default 0.5 (proposal).
   */
  DECISIONS_CITING_PROVOCATION(
      "decisions_citing_provocation",
      "recorded decisions citing a provocation",
      "provocations underpin and guide everyday decision making",
      "https://thecommissiononyounglives.co.uk/the-no-wrong-door-model/",
      false,
      "share",
      0.5,
      1,
      "value: the share of decisions citing a provocation; numerator: decisions citing one;"
          + " denominator: decisions");

  /** Days after a stay ends within which non-bed hub support must start to count as continuing. */
  public static final int CONTINUATION_GAP_DAYS = 7;

  private final String code;
  private final String displayName;
  private final String principle;
  private final String source;
  private final boolean atMost;
  private final String unit;
  private final double defaultThreshold;
  private final double maxThreshold;
  private final String reading;

  FidelityIndicator(
      String code,
      String displayName,
      String principle,
      String source,
      boolean atMost,
      String unit,
      double defaultThreshold,
      double maxThreshold,
      String reading) {
    this.code = code;
    this.displayName = displayName;
    this.principle = principle;
    this.source = source;
    this.atMost = atMost;
    this.unit = unit;
    this.defaultThreshold = defaultThreshold;
    this.maxThreshold = maxThreshold;
    this.reading = reading;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The indicator in words, e.g. "days from referral to first hub contact". */
  public String displayName() {
    return displayName;
  }

  /** The principle of the model it measures, as the source words it. */
  public String principle() {
    return principle;
  }

  /** Where the principle is stated (a web address from nwd-model.md). */
  public String source() {
    return source;
  }

  /**
   * True: the definition and the default threshold are the library's proposal, not a published
   * instrument (no fidelity tool is published, nwd-model.md section 10).
   */
  public boolean isProposal() {
    return true;
  }

  /**
   * True when the indicator is met at or below its threshold (days, changes, moves); false when at
   * or above it (contacts, days of support, shares).
   */
  public boolean isAtMost() {
    return atMost;
  }

  /** The unit of the value and the threshold, e.g. "days" or "share". */
  public String unit() {
    return unit;
  }

  /** The library's proposed threshold (see each constant); adopters set their own. */
  public double defaultThreshold() {
    return defaultThreshold;
  }

  /** The largest threshold allowed: 1 for shares, otherwise unbounded. */
  public double maxThreshold() {
    return maxThreshold;
  }

  /** What the value, numerator, denominator and observations of a result hold. */
  public String reading() {
    return reading;
  }

  /** The threshold rule in words, e.g. "at most 7 days" or "at least 0.5 (share)". */
  public String rule(double threshold) {
    return (atMost ? "at most " : "at least ") + Text.num(threshold) + " " + unit;
  }

  /** The definition as stated in each result: rule, principle, source and the proposal label. */
  public String definition(double threshold) {
    return displayName
        + ", met when "
        + rule(threshold)
        + "; principle: "
        + principle
        + " ("
        + source
        + "); definition and threshold: PROPOSAL of the library, not a published fidelity tool";
  }

  /** The embedded specialist role the indicator is about, for the three "involved" indicators. */
  public Optional<Role> specialistRole() {
    switch (this) {
      case LIFE_COACH_INVOLVED:
        return Optional.of(Role.LIFE_COACH);
      case COMMUNICATION_SUPPORT_INVOLVED:
        return Optional.of(Role.COMMUNICATION_SUPPORT_WORKER);
      case POLICE_LIAISON_INVOLVED:
        return Optional.of(Role.POLICE_LIAISON_OFFICER);
      default:
        return Optional.empty();
    }
  }

  /** The constant with {@code code}; the exception names the unknown code and the known ones. */
  public static FidelityIndicator fromCode(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (FidelityIndicator i : values()) {
      if (i.code.equals(code)) {
        return i;
      }
    }
    StringBuilder known = new StringBuilder();
    for (FidelityIndicator i : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(i.code);
    }
    throw new DomainRuleException(
        "code",
        String.format(
            "unknown fidelity indicator code \"%s\"; known codes: %s", SafeText.bounded(code), known));
  }
}
