package org.nwd.model;

/**
 * SSDA903 {@code PLACE} placement types (data-standards.md section 2.4), the union of the codes valid
 * from 2022-23 to 2025-26. Which codes a given collection year accepts changes ({@code H5}, {@code P2}
 * and {@code Z1} are dropped and {@code Z11}-{@code Z14} added in 2025-26); this enum does not check the
 * year. {@code Z11}-{@code Z14} have no published description and sit in {@link PlacementCategory#OTHER}.
 *
 * <p>Temporary placements ({@link #isTemporary()}: {@code T0}-{@code T4}, holidays, hospital stays and
 * short moves) are not a change of placement. Which types may carry a provider follows V903 rule 178:
 * {@code T0}-{@code T3}, {@code Z1} and {@code Z11}-{@code Z14} never do in any year where they are
 * valid ({@link #allowsProvider()} false); {@code T4} must have none up to 2024-25 and may have one
 * from 2025-26, a rule of the collection year that the SSDA903 importer applies.
 */
public enum PlacementType {
  A3("A3", "Placed for adoption with parental or guardian consent, with current foster carer(s)", PlacementCategory.ADOPTION),
  A4("A4", "Placed for adoption with parental or guardian consent, not with current foster carer(s)", PlacementCategory.ADOPTION),
  A5("A5", "Placed for adoption under a placement order, with current foster carer(s)", PlacementCategory.ADOPTION),
  A6("A6", "Placed for adoption under a placement order, not with current foster carer(s)", PlacementCategory.ADOPTION),
  H5("H5", "Semi-independent living not subject to children's homes regulations", PlacementCategory.SUPPORTED_OR_SEMI_INDEPENDENT),
  K1("K1", "Secure children's home", PlacementCategory.SECURE),
  K2("K2", "Children's home subject to the Children's Homes Regulations", PlacementCategory.CHILDRENS_HOME),
  K3("K3", "Registered supported accommodation", PlacementCategory.SUPPORTED_OR_SEMI_INDEPENDENT),
  P1("P1", "Placed with own parent(s) or others with parental responsibility", PlacementCategory.WITH_PARENTS),
  P2("P2", "Independent living, with or without formal support", PlacementCategory.SUPPORTED_OR_SEMI_INDEPENDENT),
  P3("P3", "Residential employment", PlacementCategory.OTHER),
  R1("R1", "Residential care home", PlacementCategory.CHILDRENS_HOME),
  R2("R2", "NHS/health trust or other establishment providing medical or nursing care", PlacementCategory.OTHER),
  R3("R3", "Family centre or mother and baby unit", PlacementCategory.OTHER),
  R5("R5", "Young offender institution", PlacementCategory.CUSTODY),
  S1("S1", "Residential school", PlacementCategory.OTHER),
  T0("T0", "All types of temporary move", PlacementCategory.TEMPORARY),
  T1("T1", "Temporary period in hospital", PlacementCategory.TEMPORARY),
  T2("T2", "Temporary absence on holiday", PlacementCategory.TEMPORARY),
  T3("T3", "Temporary accommodation while the usual foster carer(s) are on holiday", PlacementCategory.TEMPORARY),
  T4("T4", "Temporary accommodation of 7 days or less, not covered by T1-T3", PlacementCategory.TEMPORARY),
  U1("U1", "Foster placement with relative(s) or friend(s): long-term", PlacementCategory.FOSTER),
  U2("U2", "Foster placement with relative(s) or friend(s) who are also approved adopters", PlacementCategory.FOSTER),
  U3("U3", "Foster placement with relative(s) or friend(s): other", PlacementCategory.FOSTER),
  U4("U4", "Foster placement with other foster carer(s): long-term", PlacementCategory.FOSTER),
  U5("U5", "Foster placement with other foster carer(s) who are also approved adopters", PlacementCategory.FOSTER),
  U6("U6", "Foster placement with other foster carer(s): other", PlacementCategory.FOSTER),
  Z1("Z1", "Other placements", PlacementCategory.OTHER),
  Z11("Z11", "2025-26 code with no published description", PlacementCategory.OTHER),
  Z12("Z12", "2025-26 code with no published description", PlacementCategory.OTHER),
  Z13("Z13", "2025-26 code with no published description", PlacementCategory.OTHER),
  Z14("Z14", "2025-26 code with no published description", PlacementCategory.OTHER);

  private final String code;
  private final String description;
  private final PlacementCategory category;

  PlacementType(String code, String description, PlacementCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /** The SSDA903 code, e.g. {@code U4}. */
  public String code() {
    return code;
  }

  /** The meaning of the code, shortened from the DfE guidance. */
  public String description() {
    return description;
  }

  /** The library's illustrative cost grouping (not a DfE classification). */
  public PlacementCategory category() {
    return category;
  }

  /** True for the temporary types {@code T0}-{@code T4} ({@link PlacementCategory#TEMPORARY}). */
  public boolean isTemporary() {
    return category == PlacementCategory.TEMPORARY;
  }

  /**
   * False for the types that carry no provider in any collection year where they are valid: {@code
   * T0}-{@code T3}, {@code Z1} and {@code Z11}-{@code Z14} (V903 rule 178, 2022-23 and 2025-26).
   */
  public boolean allowsProvider() {
    switch (this) {
      case T0:
      case T1:
      case T2:
      case T3:
      case Z1:
      case Z11:
      case Z12:
      case Z13:
      case Z14:
        return false;
      default:
        return true;
    }
  }

  /** The constant with the SSDA903 {@code code} (upper case); the exception names the unknown code. */
  public static PlacementType fromCode(String code) {
    return Checks.fromCode(values(), PlacementType::code, code, "placement type");
  }
}
