package org.nwd.model;

/** SSDA903 {@code PLACE_PROVIDER} codes PR0-PR5 (data-standards.md section 2.5). */
public enum PlacementProvider {
  PR0("PR0", "Parent(s) or others with parental responsibility"),
  PR1("PR1", "Own local authority provision"),
  PR2("PR2", "Another local authority's provision"),
  PR3("PR3", "Other public provision"),
  PR4("PR4", "Private"),
  PR5("PR5", "Voluntary / third sector");

  private final String code;
  private final String description;

  PlacementProvider(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The SSDA903 code, e.g. {@code PR4}. */
  public String code() {
    return code;
  }

  /** The meaning of the code. */
  public String description() {
    return description;
  }

  /**
   * True for private ({@code PR4}) and voluntary ({@code PR5}) provision: the library's definition of
   * an external placement, i.e. one bought from outside the public sector.
   */
  public boolean isExternal() {
    return this == PR4 || this == PR5;
  }

  /** The constant with the SSDA903 {@code code}; the exception names the unknown code. */
  public static PlacementProvider fromCode(String code) {
    return Checks.fromCode(values(), PlacementProvider::code, code, "placement provider");
  }
}
