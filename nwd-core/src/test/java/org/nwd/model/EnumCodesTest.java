package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.model.Fixtures.assertRule;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnumCodesTest {

  private static <E extends Enum<E>> void assertLowerSnakeRoundTrip(
      E[] values, Function<E, String> code, Function<String, E> fromCode) {
    for (E value : values) {
      // The code spells the constant in lower case, but is written out, never derived from name().
      assertThat(code.apply(value)).matches("[a-z]+(_[a-z]+)*").isEqualTo(value.name().toLowerCase());
      assertThat(fromCode.apply(code.apply(value))).isSameAs(value);
    }
  }

  @Test
  void ourEnumsHaveLowerSnakeCodesThatRoundTrip() {
    assertLowerSnakeRoundTrip(CareStatus.values(), CareStatus::code, CareStatus::fromCode);
    assertLowerSnakeRoundTrip(Sex.values(), Sex::code, Sex::fromCode);
    assertLowerSnakeRoundTrip(ReferralCategory.values(), ReferralCategory::code, ReferralCategory::fromCode);
    assertLowerSnakeRoundTrip(ReferralDecision.values(), ReferralDecision::code, ReferralDecision::fromCode);
    assertLowerSnakeRoundTrip(HubService.values(), HubService::code, HubService::fromCode);
    assertLowerSnakeRoundTrip(HubEpisodeKind.values(), HubEpisodeKind::code, HubEpisodeKind::fromCode);
    assertLowerSnakeRoundTrip(EndReason.values(), EndReason::code, EndReason::fromCode);
    assertLowerSnakeRoundTrip(PortfolioArea.values(), PortfolioArea::code, PortfolioArea::fromCode);
    assertLowerSnakeRoundTrip(Role.values(), Role::code, Role::fromCode);
    assertLowerSnakeRoundTrip(DecisionCategory.values(), DecisionCategory::code, DecisionCategory::fromCode);
    assertLowerSnakeRoundTrip(RiskOwner.values(), RiskOwner::code, RiskOwner::fromCode);
    assertLowerSnakeRoundTrip(MeasureKind.values(), MeasureKind::code, MeasureKind::fromCode);
    assertLowerSnakeRoundTrip(
        ImprovementDirection.values(), ImprovementDirection::code, ImprovementDirection::fromCode);
    assertLowerSnakeRoundTrip(
        PlacementCategory.values(), PlacementCategory::code, PlacementCategory::fromCode);
  }

  @Test
  void someCodesSpelledOut() {
    assertThat(CareStatus.EDGING_TO_CARE.code()).isEqualTo("edging_to_care");
    assertThat(Role.COMMUNICATION_SUPPORT_WORKER.code()).isEqualTo("communication_support_worker");
    assertThat(CareStatus.fromCode("care_leaver")).isEqualTo(CareStatus.CARE_LEAVER);
  }

  @Test
  void unknownCodeIsNamedWithTheKnownCodes() {
    assertRule(
        () -> RiskOwner.fromCode("ORGANISATION"),
        "code",
        "unknown risk owner code \"ORGANISATION\"; known codes: young_person, organisation");
    assertRule(
        () -> PlacementProvider.fromCode("PR6"),
        "code",
        "unknown placement provider code \"PR6\"; known codes: PR0, PR1, PR2, PR3, PR4, PR5");
    assertThatThrownBy(() -> CareStatus.fromCode("x")).hasMessageStartingWith("unknown care status code \"x\"");
    assertThatThrownBy(() -> Sex.fromCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void placementTypesCarryThe903CodesOfDataStandards() {
    // data-standards.md 2.4: the union of the 2022-23 to 2025-26 lists.
    List<String> expected =
        List.of(
            "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5",
            "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11",
            "Z12", "Z13", "Z14");
    assertThat(Arrays.stream(PlacementType.values()).map(PlacementType::code))
        .containsExactlyElementsOf(expected);
    for (PlacementType t : PlacementType.values()) {
      assertThat(PlacementType.fromCode(t.code())).isSameAs(t);
      assertThat(t.description()).isNotBlank();
    }
    assertThat(PlacementType.fromCode("U4").description())
        .isEqualTo("Foster placement with other foster carer(s): long-term");
  }

  @Test
  void placementCategoriesFollowTheIllustrativeGrouping() {
    assertThat(codesIn(PlacementCategory.FOSTER)).isEqualTo("U1 U2 U3 U4 U5 U6");
    assertThat(codesIn(PlacementCategory.CHILDRENS_HOME)).isEqualTo("K2 R1");
    assertThat(codesIn(PlacementCategory.SECURE)).isEqualTo("K1");
    assertThat(codesIn(PlacementCategory.SUPPORTED_OR_SEMI_INDEPENDENT)).isEqualTo("H5 K3 P2");
    assertThat(codesIn(PlacementCategory.CUSTODY)).isEqualTo("R5");
    assertThat(codesIn(PlacementCategory.WITH_PARENTS)).isEqualTo("P1");
    assertThat(codesIn(PlacementCategory.ADOPTION)).isEqualTo("A3 A4 A5 A6");
    assertThat(codesIn(PlacementCategory.TEMPORARY)).isEqualTo("T0 T1 T2 T3 T4");
    assertThat(codesIn(PlacementCategory.OTHER)).isEqualTo("P3 R2 R3 S1 Z1 Z11 Z12 Z13 Z14");
  }

  private static String codesIn(PlacementCategory category) {
    return Arrays.stream(PlacementType.values())
        .filter(t -> t.category() == category)
        .map(PlacementType::code)
        .collect(Collectors.joining(" "));
  }

  @Test
  void providersPr4AndPr5AreExternal() {
    assertThat(Arrays.stream(PlacementProvider.values()).filter(PlacementProvider::isExternal))
        .containsExactly(PlacementProvider.PR4, PlacementProvider.PR5);
    for (PlacementProvider p : PlacementProvider.values()) {
      assertThat(p.code()).isEqualTo("PR" + p.ordinal());
      assertThat(PlacementProvider.fromCode(p.code())).isSameAs(p);
      assertThat(p.description()).isNotBlank();
    }
    assertThat(PlacementProvider.PR4.description()).isEqualTo("Private");
  }

  @Test
  void sexHas903CodesForMaleAndFemaleOnly() {
    assertThat(Sex.MALE.ssda903Code()).contains("1");
    assertThat(Sex.FEMALE.ssda903Code()).contains("2");
    assertThat(Sex.OTHER.ssda903Code()).isEmpty();
    assertThat(Sex.UNKNOWN.ssda903Code()).isEmpty();
  }

  @Test
  void sexLetterCodesFrom2024To25AndUIsUnknownNotOther() {
    // data-standards.md section 2.8: 1/2 up to 2023-24; M/F/U from 2024-25, U = unknown.
    assertThat(Sex.MALE.ssda903LetterCode()).contains("M");
    assertThat(Sex.FEMALE.ssda903LetterCode()).contains("F");
    assertThat(Sex.UNKNOWN.ssda903LetterCode()).contains("U");
    assertThat(Sex.OTHER.ssda903LetterCode()).isEmpty();
    assertThat(Sex.fromSsda903Code("1")).isSameAs(Sex.MALE);
    assertThat(Sex.fromSsda903Code("M")).isSameAs(Sex.MALE);
    assertThat(Sex.fromSsda903Code("2")).isSameAs(Sex.FEMALE);
    assertThat(Sex.fromSsda903Code("F")).isSameAs(Sex.FEMALE);
    assertThat(Sex.fromSsda903Code("U")).isSameAs(Sex.UNKNOWN).isNotSameAs(Sex.OTHER);
    assertRule(
        () -> Sex.fromSsda903Code("9"),
        "code",
        "unknown SSDA903 sex code \"9\"; known codes: 1, 2, M, F, U");
    assertRule(() -> Sex.fromSsda903Code("m"), "code",
        "unknown SSDA903 sex code \"m\"; known codes: 1, 2, M, F, U");
    assertThatThrownBy(() -> Sex.fromSsda903Code(null)).isInstanceOf(NullPointerException.class);
    assertThat(Sex.fromCode("unknown")).isSameAs(Sex.UNKNOWN);
  }

  @Test
  void placementLocationCodes() {
    assertLowerSnakeRoundTrip(
        PlacementLocation.values(), PlacementLocation::code, PlacementLocation::fromCode);
    assertThat(PlacementLocation.values())
        .extracting(PlacementLocation::code)
        .containsExactly("inside", "outside", "unknown");
  }

  @Test
  void temporaryTypesAndTheTypesThatNeverCarryAProvider() {
    // V903 rule 178: blank provider for T0-T4, Z1 (2022-23) and T0-T3, Z11-Z14 (2025-26).
    assertThat(Arrays.stream(PlacementType.values()).filter(t -> !t.allowsProvider()))
        .containsExactly(
            PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.Z1,
            PlacementType.Z11, PlacementType.Z12, PlacementType.Z13, PlacementType.Z14);
    assertThat(Arrays.stream(PlacementType.values()).filter(PlacementType::isTemporary))
        .containsExactly(
            PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4);
  }

  @Test
  void residentialKindsAreTheBedKinds() {
    assertThat(Arrays.stream(HubEpisodeKind.values()).filter(HubEpisodeKind::isResidential))
        .containsExactly(HubEpisodeKind.RESIDENTIAL_STAY, HubEpisodeKind.EMERGENCY_BED);
  }

  @Test
  void familyOrCommunityEndingsAreTheFirstFour() {
    assertThat(Arrays.stream(EndReason.values()).filter(EndReason::isFamilyOrCommunity))
        .containsExactly(
            EndReason.HOME_OR_FAMILY,
            EndReason.FOSTER_CARE,
            EndReason.SUPPORTED_LODGINGS,
            EndReason.INDEPENDENT_LIVING);
  }

  @Test
  void embeddedSpecialistsAndDisplayNames() {
    assertThat(Arrays.stream(Role.values()).filter(Role::isEmbeddedSpecialist))
        .containsExactly(
            Role.LIFE_COACH, Role.COMMUNICATION_SUPPORT_WORKER, Role.POLICE_LIAISON_OFFICER);
    assertThat(Role.LIFE_COACH.displayName()).isEqualTo("life coach (clinical psychologist)");
    assertThat(Arrays.stream(Role.values()).map(Role::displayName).distinct()).hasSize(Role.values().length);
    assertThat(Arrays.stream(PortfolioArea.values()).map(PortfolioArea::displayName))
        .containsExactly(
            "Safety",
            "Rebuilding relationships",
            "Accommodation transitions",
            "Education and training",
            "Resilience and self-esteem",
            "Emotional health and wellbeing");
  }
}
