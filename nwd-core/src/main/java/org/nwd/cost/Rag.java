package org.nwd.cost;

/**
 * The UCD's Red/Amber/Green robustness rating of a unit cost (Verified (UCD)). It is not a numeric
 * confidence grade and the library never maps it to an optimism-bias percentage on its own.
 */
public enum Rag {
  RED,
  AMBER,
  GREEN;

  /** Reads {@code R}, {@code A} or {@code G} (any case). */
  public static Rag parse(String text) {
    switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "R":
        return RED;
      case "A":
        return AMBER;
      case "G":
        return GREEN;
      default:
        throw new org.nwd.DomainRuleException("rag", "RAG rating '" + org.nwd.SafeText.bounded(text) + "' is not R, A or G");
    }
  }
}
