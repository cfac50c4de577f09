package org.nwd.cost;

import java.util.Locale;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * How sure we are of a unit cost's figure, in the domain reference's words (unit-costs-current.md):
 * how it was read, not how robust the underlying study is (that is the UCD's {@link Rag}).
 *
 * <p>Uncertainty analysis varies each unit cost by a multiplier range chosen by its grade ({@link
 * Appraisal#unitCostRanges()}). {@link #proposedRange()} gives the library's <b>proposal</b>, used
 * and listed in the result's defaults when the caller states none: primary ±10%, secondary ±25%,
 * uncertain -50% to +50%. These widths are a documented judgement, not published guidance: the
 * optimism-bias percentages by confidence grade attributed to the HMT 2014 local-partnerships
 * guidance are unverified (methods.md §3.4) and are not used.
 */
public enum Confidence {
  /** Read on the publisher's own page or document (or a verbatim copy), e.g. the UCD workbook. */
  PRIMARY,
  /** Read in a third party's transcription that names the primary source; check before relying on it. */
  SECONDARY,
  /** The attribution or price year is inferred, the figure is approximate, or the source is not official. */
  UNCERTAIN;

  /** Reads {@code primary}, {@code secondary} or {@code uncertain}, any case. */
  public static Confidence parse(String text) {
    for (Confidence c : values()) {
      if (c.name().equalsIgnoreCase(text.trim())) {
        return c;
      }
    }
    throw new DomainRuleException(
        "confidence",
        "confidence '" + SafeText.bounded(text) + "' is not primary, secondary or uncertain");
  }

  /**
   * The library's proposed multiplier range (low, 1, high) for a cost of this grade: PRIMARY 0.9 to
   * 1.1, SECONDARY 0.75 to 1.25, UNCERTAIN 0.5 to 1.5. A proposal, not guidance (see the class
   * comment); state your own with {@link Appraisal.Builder#putUnitCostRanges}.
   */
  public Estimate proposedRange() {
    switch (this) {
      case PRIMARY:
        return Estimate.of("0.9", "1", "1.1");
      case SECONDARY:
        return Estimate.of("0.75", "1", "1.25");
      default:
        return Estimate.of("0.5", "1", "1.5");
    }
  }

  /** The lower-case word, e.g. {@code secondary}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
