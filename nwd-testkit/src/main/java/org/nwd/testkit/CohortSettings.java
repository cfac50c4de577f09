package org.nwd.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.Hub;
import org.nwd.model.HubId;
import org.nwd.model.ReferralCategory;

/**
 * The settings of a seeded synthetic cohort: how many young people, when they were referred, to which
 * hubs, the mix of referral categories and care statuses, how many are supported through outreach
 * only, their event rates before the index date (the referral, when hub support starts) and the
 * intervention effect after it.
 *
 * <p>Each default says whether it is <b>grounded</b> in a figure in the domain reference
 * ({@code nwd-model.md}, {@code data-standards.md}) or a <b>synthetic assumption</b> made only so that
 * the generated data look plausible. Synthetic assumptions are not findings about No Wrong Door; the
 * reported figures of the 2017 evaluation are context, not expected outputs (nwd-model.md §9.2).
 *
 * <p>The settings validate on construction: a value that makes no sense (a negative size, a share
 * outside 0-1, an empty date range, shares that do not sum to 1) throws {@link DomainRuleException}
 * naming the field and the value.
 */
// copy = true: with* methods (one per attribute, validated like build()) so a user varies a
// value without copying every setter; the generated WithCohortSettings interface declares them.
@Value.Immutable(copy = true)
public abstract class CohortSettings implements WithCohortSettings {

  /** How far from 1 the shares of a mix may sum, to allow for decimal fractions such as 1/3. */
  public static final double SHARE_SUM_TOLERANCE = 1e-9;

  /** The generator's seed: the same seed and settings always give the same cohort. Default 1. */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /**
   * The number of young people. Default 355: the children and young people supported in North
   * Yorkshire between April 2015 and March 2017 (grounded, nwd-model.md §2.3).
   */
  @Value.Default
  public int size() {
    return 355;
  }

  /**
   * The first possible referral (index) date, inclusive. Default 2015-04-01 (grounded: the start of
   * the two-year caseload window, nwd-model.md §2.3).
   */
  @Value.Default
  public LocalDate referralsFrom() {
    return LocalDate.of(2015, 4, 1);
  }

  /**
   * The end of the referral window, exclusive. Default 2017-04-01 (grounded: the window ends in March
   * 2017, nwd-model.md §2.3).
   */
  @Value.Default
  public LocalDate referralsUntil() {
    return LocalDate.of(2017, 4, 1);
  }

  /**
   * Months observed before and after each young person's index date. Default 12 (grounded in the
   * "year before NWD started" comparison, nwd-model.md §9.2; the report's own windows are unknown).
   */
  @Value.Default
  public int followUpMonths() {
    return 12;
  }

  /**
   * The hubs young people are assigned to, uniformly. Default Scarborough and Harrogate, four
   * residential and two emergency beds each (grounded, nwd-model.md §3).
   */
  @Value.Default
  public ImmutableList<Hub> hubs() {
    return ImmutableList.of(Fixtures.scarboroughHub(), Fixtures.harrogateHub());
  }

  /**
   * The local authority code on every young person. Default {@code "815"}, the DfE local authority
   * number used for North Yorkshire in the SSDA903 return (synthetic choice of label).
   */
  @Value.Default
  public String localAuthority() {
    return "815";
  }

  /**
   * Shares of referral categories; they must sum to 1. Default: synthetic assumption (no published
   * breakdown exists, nwd-model.md §2.2): edge of care 0.40, edging to care 0.15, placement support
   * 0.20, step down from residential 0.15, transition to independence 0.10.
   */
  @Value.Default
  public ImmutableMap<ReferralCategory, Double> referralMix() {
    return ImmutableMap.of(
        ReferralCategory.EDGE_OF_CARE, 0.40,
        ReferralCategory.EDGING_TO_CARE, 0.15,
        ReferralCategory.PLACEMENT_SUPPORT, 0.20,
        ReferralCategory.STEP_DOWN_FROM_RESIDENTIAL, 0.15,
        ReferralCategory.TRANSITION_TO_INDEPENDENCE, 0.10);
  }

  /**
   * Shares of care status at the index date; they must sum to 1. Default: synthetic assumption (no
   * published breakdown): edge of care 0.45, edging to care 0.15, looked after 0.30, care leaver 0.10.
   * Drawn independently of the referral category: the generator does not model their association.
   */
  @Value.Default
  public ImmutableMap<CareStatus, Double> careStatusMix() {
    return ImmutableMap.of(
        CareStatus.EDGE_OF_CARE, 0.45,
        CareStatus.EDGING_TO_CARE, 0.15,
        CareStatus.LOOKED_AFTER, 0.30,
        CareStatus.CARE_LEAVER, 0.10);
  }

  /**
   * The share of young people supported through outreach only, never in a hub bed. Default 0.67
   * (grounded: "67% were supported through outreach", nwd-model.md §2.3).
   */
  @Value.Default
  public double outreachOnlyShare() {
    return 0.67;
  }

  /**
   * Of the young people who have a hub bed, the share whose stay is in an emergency bed. Default 1/3,
   * the share of emergency beds in a hub (2 of 6; inferred from nwd-model.md §3, a synthetic
   * assumption about use).
   */
  @Value.Default
  public double emergencyBedShare() {
    return 1.0 / 3;
  }

  /**
   * Mean length in days of a hub bed stay (geometric, at least one day, capped at the follow-up).
   * Default 42: synthetic assumption, half the library's 84-day short-term threshold (a proposal).
   */
  @Value.Default
  public double meanHubStayDays() {
    return 42.0;
  }

  /** Youngest age at referral, in completed years. Default 12 (grounded, nwd-model.md §2.1). */
  @Value.Default
  public int minAgeAtReferral() {
    return 12;
  }

  /**
   * Oldest age at referral, in completed years, for young people who are not care leavers. Default
   * 17: synthetic assumption (the model serves 12-25, nwd-model.md §2.1, but adolescents in or on the
   * edge of care dominate). Care leavers are drawn aged 18-20 (synthetic).
   */
  @Value.Default
  public int maxAgeAtReferral() {
    return 17;
  }

  /**
   * Missing incidents per person-year before the index date. Default 1.42: 503 incidents in the year
   * before NWD (nwd-model.md §9.2) over the 355 young people supported (§2.3); the evaluation's own
   * denominator is not published, so treat this as an order of magnitude (grounded, loosely).
   */
  @Value.Default
  public double missingIncidentsPerYear() {
    return 1.42;
  }

  /** Arrests per person-year before the index date. Default 0.5: synthetic assumption. */
  @Value.Default
  public double arrestsPerYear() {
    return 0.5;
  }

  /**
   * Crisis presentations (A&amp;E) per person-year before the index date. Default 0.3: synthetic
   * assumption (no baseline figure is published, nwd-model.md §9.2).
   */
  @Value.Default
  public double crisisPresentationsPerYear() {
    return 0.3;
  }

  /**
   * Police call-outs per person-year before the index date. Default 1.0: synthetic assumption (the
   * sources give no figure, nwd-model.md §9.2).
   */
  @Value.Default
  public double policeCallOutsPerYear() {
    return 1.0;
  }

  /** The most placement moves a year the settings accept: one a week. */
  public static final double MAX_PLACEMENT_MOVES_PER_YEAR = 52;

  /**
   * Placement moves per person-year before the index date, for young people looked after at the index
   * date (only they have placements; a cohort's rate per person-year overall is this times the
   * looked-after share). Default 0.8: synthetic assumption (the sources say only that moves fell,
   * nwd-model.md §9.2). At most {@value #MAX_PLACEMENT_MOVES_PER_YEAR}.
   */
  @Value.Default
  public double placementMovesPerYear() {
    return 0.8;
  }

  /**
   * The share of placements with a private provider ({@code PR4}, external); the rest are the
   * council's own ({@code PR1}). Default 0.35: synthetic assumption (adopters faithful to the model
   * report "far fewer" external placements, nwd-model.md §8, with no figure).
   */
  @Value.Default
  public double externalPlacementShare() {
    return 0.35;
  }

  /**
   * The share of placements outside the council area. Default 0.1: synthetic assumption (North
   * Yorkshire said in 2019 that it makes no out-of-county placements, nwd-model.md §7; the sources
   * give no count for 2015-17).
   */
  @Value.Default
  public double outOfAreaPlacementShare() {
    return 0.1;
  }

  /**
   * The intervention effect: every event rate and the placement-move rate are multiplied by this
   * after the index date (1 = no effect; above 1, more events after). Default 0.5: grounded in the halving of missing incidents, 503 to 253 (nwd-model.md
   * §9.2); applying one multiplier to every measure is a synthetic simplification.
   */
  @Value.Default
  public double rateMultiplierAfterIndex() {
    return 0.5;
  }

  /**
   * Mean SDQ total difficulties score (0-40) at referral (the baseline, dated 1-28 days before the
   * index date). Default 18, in the "cause for concern"
   * band 17-40 (data-standards.md §5): synthetic assumption, no wellbeing figures are published.
   */
  @Value.Default
  public double sdqBaselineMean() {
    return 18.0;
  }

  /** Standard deviation of the baseline SDQ score. Default 6: synthetic assumption. */
  @Value.Default
  public double sdqBaselineSd() {
    return 6.0;
  }

  /**
   * Mean change in the SDQ score from the baseline to the last day of follow-up (negative = fewer
   * difficulties). Default -2: synthetic assumption. Scores are rounded and kept within 0-40.
   */
  @Value.Default
  public double sdqMeanChange() {
    return -2.0;
  }

  /**
   * Standard deviation of the individual SDQ change around {@link #sdqMeanChange()}. Default 4:
   * synthetic assumption.
   */
  @Value.Default
  public double sdqChangeSd() {
    return 4.0;
  }

  /**
   * Fidelity to generate, with its configured association with outcomes ({@link FidelitySettings});
   * absent by default. Without it the generator writes exactly what it wrote before fidelity settings
   * existed (no decisions, no specialists, every young person's hub support from the referral day);
   * with it each young person also gets a {@link FidelityTier} drawn from a stream of its own.
   * Needs a follow-up of at least 3 months, so that the generated delays fit.
   */
  public abstract Optional<FidelitySettings> fidelity();

  @Value.Check
  void check() {
    DomainRuleException.require(
        fidelity().isEmpty() || followUpMonths() >= 3,
        "followUpMonths",
        "followUpMonths %s is below 3; fidelity settings need at least 3 months of follow-up",
        followUpMonths());
    DomainRuleException.require(
        size() >= 0, "size", "size %s is negative; a cohort has zero or more young people", size());
    DomainRuleException.require(
        referralsUntil().isAfter(referralsFrom()),
        "referralsUntil",
        "referral window %s to %s is empty; referralsUntil must be after referralsFrom",
        referralsFrom(),
        referralsUntil());
    DomainRuleException.require(
        followUpMonths() > 0,
        "followUpMonths",
        "followUpMonths %s is not positive",
        followUpMonths());
    checkHubs();
    DomainRuleException.require(
        !localAuthority().isBlank(), "localAuthority", "local authority is blank");
    checkMix("referralMix", referralMix());
    checkMix("careStatusMix", careStatusMix());
    DomainRuleException.require(
        !careStatusMix().containsKey(CareStatus.NONE),
        "careStatusMix",
        "careStatusMix gives a share to %s; every referred young person has a care status",
        CareStatus.NONE.code());
    share("outreachOnlyShare", outreachOnlyShare());
    share("emergencyBedShare", emergencyBedShare());
    DomainRuleException.require(
        Double.isFinite(meanHubStayDays()) && meanHubStayDays() >= 1,
        "meanHubStayDays",
        "meanHubStayDays %s must be finite and at least 1",
        meanHubStayDays());
    DomainRuleException.require(
        minAgeAtReferral() >= 0,
        "minAgeAtReferral",
        "minAgeAtReferral %s is negative",
        minAgeAtReferral());
    DomainRuleException.require(
        minAgeAtReferral() * 12L >= followUpMonths(),
        "minAgeAtReferral",
        "minAgeAtReferral %s is younger than the %s-month look-back; the look-back would start"
            + " before birth",
        minAgeAtReferral(),
        followUpMonths());
    DomainRuleException.require(
        maxAgeAtReferral() >= minAgeAtReferral(),
        "maxAgeAtReferral",
        "maxAgeAtReferral %s is below minAgeAtReferral %s",
        maxAgeAtReferral(),
        minAgeAtReferral());
    rate("missingIncidentsPerYear", missingIncidentsPerYear());
    rate("arrestsPerYear", arrestsPerYear());
    rate("crisisPresentationsPerYear", crisisPresentationsPerYear());
    rate("policeCallOutsPerYear", policeCallOutsPerYear());
    rate("placementMovesPerYear", placementMovesPerYear());
    DomainRuleException.require(
        placementMovesPerYear() <= MAX_PLACEMENT_MOVES_PER_YEAR,
        "placementMovesPerYear",
        "placementMovesPerYear %s is above %s, one move a week",
        placementMovesPerYear(),
        MAX_PLACEMENT_MOVES_PER_YEAR);
    share("externalPlacementShare", externalPlacementShare());
    share("outOfAreaPlacementShare", outOfAreaPlacementShare());
    rate("rateMultiplierAfterIndex", rateMultiplierAfterIndex());
    DomainRuleException.require(
        sdqBaselineMean() >= 0 && sdqBaselineMean() <= 40,
        "sdqBaselineMean",
        "sdqBaselineMean %s is outside the SDQ total difficulties range 0-40",
        sdqBaselineMean());
    rate("sdqBaselineSd", sdqBaselineSd());
    rate("sdqChangeSd", sdqChangeSd());
    DomainRuleException.require(
        Double.isFinite(sdqMeanChange()) && Math.abs(sdqMeanChange()) <= 40,
        "sdqMeanChange",
        "sdqMeanChange %s must be finite and within -40 to 40",
        sdqMeanChange());
  }

  private void checkHubs() {
    DomainRuleException.require(!hubs().isEmpty(), "hubs", "hubs is empty; give at least one hub");
    Set<HubId> ids = new HashSet<>();
    for (Hub hub : hubs()) {
      DomainRuleException.require(ids.add(hub.id()), "hubs", "duplicate hub id %s", hub.id());
    }
  }

  private static void checkMix(String field, Map<?, Double> mix) {
    DomainRuleException.require(!mix.isEmpty(), field, "%s is empty", field);
    double sum = 0;
    for (Map.Entry<?, Double> e : mix.entrySet()) {
      double share = e.getValue();
      DomainRuleException.require(
          share >= 0 && share <= 1,
          field,
          "%s share %s for %s is outside 0-1",
          field,
          share,
          e.getKey());
      sum += share;
    }
    DomainRuleException.require(
        Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE,
        field,
        "%s shares sum to %s, not 1",
        field,
        sum);
  }

  private static void share(String field, double value) {
    DomainRuleException.require(
        value >= 0 && value <= 1, field, "%s %s is outside 0-1", field, value);
  }

  private static void rate(String field, double value) {
    DomainRuleException.require(
        Double.isFinite(value) && value >= 0,
        field,
        "%s %s must be finite and at least 0",
        field,
        value);
  }

  /** The default settings (355 young people, seed 1): see each attribute for its grounding. */
  public static CohortSettings defaults() {
    return builder().build();
  }

  /** Default settings with the given size and seed. */
  public static CohortSettings of(int size, long seed) {
    return builder().size(size).seed(seed).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings; unset attributes take their documented defaults. */
  public static final class Builder extends ImmutableCohortSettings.Builder {}
}
