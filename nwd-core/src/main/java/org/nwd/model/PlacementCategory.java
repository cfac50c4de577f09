package org.nwd.model;

/** A grouping of SSDA903 placement types for costing and reporting. The grouping is the library's own illustration (data-standards.md section 2.4), not a DfE classification. */
public enum PlacementCategory {
  FOSTER("foster"),
  CHILDRENS_HOME("childrens_home"),
  SECURE("secure"),
  SUPPORTED_OR_SEMI_INDEPENDENT("supported_or_semi_independent"),
  CUSTODY("custody"),
  WITH_PARENTS("with_parents"),
  ADOPTION("adoption"),
  TEMPORARY("temporary"),
  OTHER("other");

  private final String code;

  PlacementCategory(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static PlacementCategory fromCode(String code) {
    return Checks.fromCode(values(), PlacementCategory::code, code, "placement category");
  }
}
