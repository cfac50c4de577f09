package org.nwd.cost;

import java.util.Locale;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * Whether a unit cost is the current figure for its item or an old one, as the December 2026 search
 * of the domain reference (unit-costs-current.md) found. An old figure used because nothing newer was
 * found is labelled so in every explanation; uprating it by the GDP deflator over many years does not
 * track how that sector's costs moved, so uncertainty analysis varies it as {@link
 * Confidence#UNCERTAIN} whatever its source grade.
 */
public enum Recency {
  /** The newest figure found for the item (unit-costs-current.md). */
  CURRENT,
  /** An older figure: kept to reproduce earlier work, or the newest available when no current one was found. */
  OLD;

  /** Reads {@code current} or {@code old}, any case. */
  public static Recency parse(String text) {
    for (Recency r : values()) {
      if (r.name().equalsIgnoreCase(text.trim())) {
        return r;
      }
    }
    throw new DomainRuleException(
        "recency", "recency '" + SafeText.bounded(text) + "' is not current or old");
  }

  /** The lower-case word, e.g. {@code old}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
