package org.nwd.impact;

/**
 * How {@link DisclosureControl} treats one figure for publication: shown, suppressed because it is (or
 * is computed from) a small count, or suppressed so that a small count cannot be worked out from the
 * totals. The two kinds of suppression print different markers, so a reader can tell "this is a small
 * number" from "this is hidden to protect another cell".
 */
public enum Suppression {
  /** Published as it is. */
  NONE(""),
  /**
   * Primary suppression, marked {@value DisclosureControl#PRIMARY_MARKER}: a count of 1 to threshold
   * - 1 young people or events (zeros are shown), or a rate, share, ratio, interval or test computed
   * from such a count.
   */
  PRIMARY(DisclosureControl.PRIMARY_MARKER),
  /**
   * Secondary suppression, marked {@value DisclosureControl#SECONDARY_MARKER}: not small itself, but
   * with the published totals it would reveal a primary cell by subtraction.
   */
  SECONDARY(DisclosureControl.SECONDARY_MARKER);

  private final String marker;

  Suppression(String marker) {
    this.marker = marker;
  }

  /** The marker printed instead of the figure; empty for {@link #NONE}. */
  public String marker() {
    return marker;
  }

  /** True unless {@link #NONE}. */
  public boolean isSuppressed() {
    return this != NONE;
  }

  /**
   * The stronger of the two, for a figure computed from several counts: primary over secondary over
   * none.
   */
  public Suppression and(Suppression other) {
    if (this == PRIMARY || other == PRIMARY) {
      return PRIMARY;
    }
    return this == SECONDARY ? this : other;
  }
}
