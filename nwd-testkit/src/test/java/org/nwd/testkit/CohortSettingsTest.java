package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.ReferralCategory;

class CohortSettingsTest {

  private static void rejects(
      UnaryOperator<CohortSettings.Builder> change, String field, String message) {
    assertThatThrownBy(() -> change.apply(CohortSettings.builder()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(message)
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo(field);
  }

  @Test
  void settingsVaryOneAttributeWithoutCopyingTheRest() {
    CohortSettings base = CohortSettings.of(500, 7);
    CohortSettings halved = base.withRateMultiplierAfterIndex(0.5).withSeed(8);
    assertThat(halved.rateMultiplierAfterIndex()).isEqualTo(0.5);
    assertThat(halved.seed()).isEqualTo(8);
    assertThat(halved.size()).isEqualTo(500);
    assertThat(halved.withRateMultiplierAfterIndex(base.rateMultiplierAfterIndex()).withSeed(7))
        .isEqualTo(base);
    assertThatThrownBy(() -> base.withSize(-1))
        .isInstanceOfSatisfying(
            DomainRuleException.class, e -> assertThat(e.field()).isEqualTo("size"));
    FidelitySettings fidelity = FidelitySettings.defaults();
    assertThat(base.withFidelity(fidelity).fidelity()).contains(fidelity);
  }

  @Test
  void defaultsAreTheDocumentedFigures() {
    CohortSettings s = CohortSettings.defaults();
    // Grounded: 355 supported April 2015 - March 2017, 67% through outreach (nwd-model.md §2.3).
    assertThat(s.size()).isEqualTo(355);
    assertThat(s.outreachOnlyShare()).isEqualTo(0.67);
    assertThat(s.referralsFrom()).isEqualTo(LocalDate.of(2015, 4, 1));
    assertThat(s.referralsUntil()).isEqualTo(LocalDate.of(2017, 4, 1));
    assertThat(s.hubs()).extracting(h -> h.name()).containsExactly("Scarborough", "Harrogate");
    // 503 missing incidents / 355 young people = 1.4169 per person-year, rounded to 1.42.
    assertThat(s.missingIncidentsPerYear()).isEqualTo(1.42);
    assertThat(s.rateMultiplierAfterIndex()).isEqualTo(0.5);
    assertThat(s.emergencyBedShare()).isEqualTo(1.0 / 3); // 2 of 6 beds (nwd-model.md §3)
    assertThat(s.sdqBaselineMean()).isEqualTo(18.0);
    assertThat(s.sdqBaselineSd()).isEqualTo(6.0);
    assertThat(s.sdqMeanChange()).isEqualTo(-2.0);
    assertThat(s.sdqChangeSd()).isEqualTo(4.0);
    assertThat(s.meanHubStayDays()).isEqualTo(42.0);
    assertThat(s.maxAgeAtReferral()).isEqualTo(17);
    assertThat(s.seed()).isEqualTo(1L);
    assertThat(s.followUpMonths()).isEqualTo(12);
    assertThat(s.minAgeAtReferral()).isEqualTo(12);
    assertThat(s.localAuthority()).isEqualTo("815");
    assertThat(s.placementMovesPerYear()).isEqualTo(0.8);
    assertThat(s.externalPlacementShare()).isEqualTo(0.35);
    assertThat(s.outOfAreaPlacementShare()).isEqualTo(0.1);
    // The bound is accepted: one move a week at most.
    assertThat(CohortSettings.builder().placementMovesPerYear(52).build().placementMovesPerYear())
        .isEqualTo(CohortSettings.MAX_PLACEMENT_MOVES_PER_YEAR);
    assertThat(CohortSettings.of(10, 7)).satisfies(x -> {
      assertThat(x.size()).isEqualTo(10);
      assertThat(x.seed()).isEqualTo(7L);
    });
  }

  @Test
  void aMixSummingToOneWithinRoundingIsAccepted() {
    CohortSettings s =
        CohortSettings.builder()
            .careStatusMix(
                ImmutableMap.of(
                    CareStatus.EDGE_OF_CARE, 1.0 / 3,
                    CareStatus.LOOKED_AFTER, 1.0 / 3,
                    CareStatus.CARE_LEAVER, 1.0 / 3))
            .outreachOnlyShare(0)
            .emergencyBedShare(1)
            .meanHubStayDays(1)
            .minAgeAtReferral(1)
            .maxAgeAtReferral(1)
            .followUpMonths(12)
            .sdqBaselineMean(40)
            .sdqMeanChange(-40)
            .arrestsPerYear(0)
            .build();
    assertThat(s.careStatusMix()).hasSize(3);
    // Shares of exactly 0 and 1 are inside 0-1.
    assertThat(CohortSettings.builder()
            .referralMix(ImmutableMap.of(
                ReferralCategory.EDGE_OF_CARE, 1.0, ReferralCategory.EDGING_TO_CARE, 0.0))
            .build().referralMix())
        .hasSize(2);
    assertThat(CohortSettings.builder().sdqBaselineMean(0).sdqMeanChange(40).size(0).build().size())
        .isZero();
  }

  @Test
  void nonsenseSettingsAreRejectedNamingTheFieldAndValue() {
    rejects(b -> b.size(-5), "size", "size -5 is negative; a cohort has zero or more young people");
    rejects(
        b -> b.referralsFrom(LocalDate.of(2017, 4, 1)).referralsUntil(LocalDate.of(2017, 4, 1)),
        "referralsUntil",
        "referral window 2017-04-01 to 2017-04-01 is empty; referralsUntil must be after"
            + " referralsFrom");
    rejects(b -> b.followUpMonths(0), "followUpMonths", "followUpMonths 0 is not positive");
    rejects(b -> b.hubs(ImmutableList.of()), "hubs", "hubs is empty; give at least one hub");
    rejects(
        b -> b.hubs(ImmutableList.of(Fixtures.harrogateHub(), Fixtures.harrogateHub())),
        "hubs",
        "duplicate hub id HUB-HARROGATE");
    rejects(b -> b.localAuthority(" "), "localAuthority", "local authority is blank");
    rejects(
        b ->
            b.referralMix(
                ImmutableMap.of(
                    ReferralCategory.EDGE_OF_CARE, 0.5, ReferralCategory.EDGING_TO_CARE, 0.4)),
        "referralMix",
        "referralMix shares sum to 0.9, not 1");
    rejects(
        b ->
            b.referralMix(
                ImmutableMap.of(
                    ReferralCategory.EDGE_OF_CARE, 1.5, ReferralCategory.EDGING_TO_CARE, -0.5)),
        "referralMix",
        "referralMix share 1.5 for EDGE_OF_CARE is outside 0-1");
    rejects(
        b -> b.referralMix(ImmutableMap.of(ReferralCategory.EDGE_OF_CARE, -0.0000001,
            ReferralCategory.EDGING_TO_CARE, 1.0000001)),
        "referralMix",
        "referralMix share -1.0E-7 for EDGE_OF_CARE is outside 0-1");
    rejects(b -> b.careStatusMix(ImmutableMap.of()), "careStatusMix", "careStatusMix is empty");
    rejects(
        b -> b.careStatusMix(ImmutableMap.of(CareStatus.NONE, 1.0)),
        "careStatusMix",
        "careStatusMix gives a share to none; every referred young person has a care status");
    rejects(
        b -> b.outreachOnlyShare(1.2), "outreachOnlyShare", "outreachOnlyShare 1.2 is outside 0-1");
    rejects(
        b -> b.outreachOnlyShare(-0.1),
        "outreachOnlyShare",
        "outreachOnlyShare -0.1 is outside 0-1");
    rejects(
        b -> b.emergencyBedShare(2), "emergencyBedShare", "emergencyBedShare 2.0 is outside 0-1");
    rejects(
        b -> b.meanHubStayDays(0.5),
        "meanHubStayDays",
        "meanHubStayDays 0.5 must be finite and at least 1");
    rejects(
        b -> b.meanHubStayDays(Double.POSITIVE_INFINITY),
        "meanHubStayDays",
        "meanHubStayDays Infinity must be finite and at least 1");
    rejects(b -> b.minAgeAtReferral(-1), "minAgeAtReferral", "minAgeAtReferral -1 is negative");
    rejects(
        b -> b.minAgeAtReferral(0),
        "minAgeAtReferral",
        "minAgeAtReferral 0 is younger than the 12-month look-back; the look-back would start"
            + " before birth");
    rejects(
        b -> b.minAgeAtReferral(1).followUpMonths(13),
        "minAgeAtReferral",
        "minAgeAtReferral 1 is younger than the 13-month look-back; the look-back would start"
            + " before birth");
    rejects(
        b -> b.maxAgeAtReferral(11),
        "maxAgeAtReferral",
        "maxAgeAtReferral 11 is below minAgeAtReferral 12");
    rejects(
        b -> b.missingIncidentsPerYear(-1),
        "missingIncidentsPerYear",
        "missingIncidentsPerYear -1.0 must be finite and at least 0");
    rejects(
        b -> b.arrestsPerYear(Double.NaN),
        "arrestsPerYear",
        "arrestsPerYear NaN must be finite and at least 0");
    rejects(
        b -> b.crisisPresentationsPerYear(Double.POSITIVE_INFINITY),
        "crisisPresentationsPerYear",
        "crisisPresentationsPerYear Infinity must be finite and at least 0");
    rejects(
        b -> b.policeCallOutsPerYear(-2),
        "policeCallOutsPerYear",
        "policeCallOutsPerYear -2.0 must be finite and at least 0");
    rejects(
        b -> b.placementMovesPerYear(-3),
        "placementMovesPerYear",
        "placementMovesPerYear -3.0 must be finite and at least 0");
    rejects(
        b -> b.placementMovesPerYear(52.5),
        "placementMovesPerYear",
        "placementMovesPerYear 52.5 is above 52.0, one move a week");
    rejects(
        b -> b.externalPlacementShare(1.5),
        "externalPlacementShare",
        "externalPlacementShare 1.5 is outside 0-1");
    rejects(
        b -> b.outOfAreaPlacementShare(-0.25),
        "outOfAreaPlacementShare",
        "outOfAreaPlacementShare -0.25 is outside 0-1");
    rejects(
        b -> b.rateMultiplierAfterIndex(-0.5),
        "rateMultiplierAfterIndex",
        "rateMultiplierAfterIndex -0.5 must be finite and at least 0");
    rejects(
        b -> b.sdqBaselineMean(41),
        "sdqBaselineMean",
        "sdqBaselineMean 41.0 is outside the SDQ total difficulties range 0-40");
    rejects(
        b -> b.sdqBaselineMean(-1),
        "sdqBaselineMean",
        "sdqBaselineMean -1.0 is outside the SDQ total difficulties range 0-40");
    rejects(
        b -> b.sdqBaselineSd(-1), "sdqBaselineSd", "sdqBaselineSd -1.0 must be finite and at least 0");
    rejects(
        b -> b.sdqChangeSd(-1), "sdqChangeSd", "sdqChangeSd -1.0 must be finite and at least 0");
    rejects(
        b -> b.sdqMeanChange(-41),
        "sdqMeanChange",
        "sdqMeanChange -41.0 must be finite and within -40 to 40");
    rejects(
        b -> b.sdqMeanChange(41),
        "sdqMeanChange",
        "sdqMeanChange 41.0 must be finite and within -40 to 40");
    rejects(
        b -> b.sdqMeanChange(Double.NaN),
        "sdqMeanChange",
        "sdqMeanChange NaN must be finite and within -40 to 40");
  }
}
