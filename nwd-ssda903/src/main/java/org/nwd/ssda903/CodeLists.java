package org.nwd.ssda903;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.nwd.model.PlacementType;

/**
 * The SSDA903 code lists by collection year (data-standards.md sections 2 and 3, from the DfE
 * validator's rules). Years before 2022-23 use the 2022-23 lists and years after 2025-26 the 2025-26
 * lists, the earliest and latest the reference gives.
 */
final class CodeLists {
  private CodeLists() {}

  static final Set<String> RNE = ImmutableSet.of("S", "L", "P", "T", "B", "U");
  static final Set<String> LS =
      ImmutableSet.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");
  static final Set<String> SHORT_BREAKS = ImmutableSet.of("V3", "V4");
  static final Set<String> REC =
      ImmutableSet.of(
          "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5",
          "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1");
  static final Set<String> PROVIDERS = ImmutableSet.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
  static final Set<String> FLAG = ImmutableSet.of("0", "1");
  static final Set<String> IN_TOUCH = ImmutableSet.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
  static final Set<String> ACTIV_EET = ImmutableSet.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5");
  static final Set<String> ACTIV_NEET = ImmutableSet.of("G4", "G5", "G6");
  /** Retired activity codes: training or employment (PATCH); read as in EET. */
  static final Set<String> ACTIV_RETIRED_EET = ImmutableSet.of("F3", "P3");
  /** Rule 133's list plus S1 and X1, which LIIA's 2024 schema accepts (a conflict, README). */
  static final Set<String> ACCOM =
      ImmutableSet.of(
          "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1",
          "R2", "S1", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X1", "X2", "Y1", "Y2",
          "Z1", "Z2");

  private static final Set<String> PLACE_2023 =
      ImmutableSet.of(
          "A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
          "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
  private static final Set<String> PLACE_2025 =
      ImmutableSet.<String>builder().addAll(PLACE_2023).add("K3").build();
  private static final Set<String> PLACE_2026 =
      ImmutableSet.of(
          "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0",
          "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");
  private static final Set<PlacementType> NO_PROVIDER_2023 =
      ImmutableSet.of(
          PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4,
          PlacementType.Z1);
  private static final Set<PlacementType> NO_PROVIDER_2026 =
      ImmutableSet.of(
          PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.Z11,
          PlacementType.Z12, PlacementType.Z13, PlacementType.Z14);

  /** Valid {@code PLACE} codes of {@code year} (rule 146). */
  static Set<String> places(CollectionYear year) {
    int y = year.endYear();
    return y >= 2026 ? PLACE_2026 : y == 2025 ? PLACE_2025 : PLACE_2023;
  }

  /** True when {@code type} must have a blank provider in {@code year} (rule 178). */
  static boolean providerMustBeBlank(PlacementType type, CollectionYear year) {
    return (year.endYear() >= 2026 ? NO_PROVIDER_2026 : NO_PROVIDER_2023).contains(type)
        || !type.allowsProvider();
  }

  /** True when the year codes {@code SEX} as M/F/U (2024-25 on), not 1/2. */
  static boolean letterSex(CollectionYear year) {
    return year.endYear() >= 2025;
  }
}
