package org.nwd.cost;

/**
 * The GMCA Unit Cost Database value types (Verified (UCD), Guidance sheet). The financial case uses
 * {@link #FISCAL} only; the wider (economic, public value) case uses all three, excluding fiscal values
 * that are transfer payments. Never add a financial-case total to a wider-case total.
 */
public enum ValueType {
  /** Costs to, or savings for, the public sector, by agency. */
  FISCAL,
  /** A net increase in earnings or growth in the local economy. */
  ECONOMIC,
  /** Wider gains to society: health, attainment, access, safety, reduced crime. */
  SOCIAL;

  /** Reads the CSV spelling ({@code fiscal}, {@code economic}, {@code social}), any case. */
  public static ValueType parse(String text) {
    for (ValueType t : values()) {
      if (t.name().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new org.nwd.DomainRuleException(
        "valueType", "value type '" + org.nwd.SafeText.bounded(text) + "' is not fiscal, economic or social");
  }
}
