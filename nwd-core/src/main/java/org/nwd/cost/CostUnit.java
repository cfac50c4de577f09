package org.nwd.cost;

import java.util.Locale;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * What one unit cost is "per": an event, a process, a stretch of time, or a person. The source's own
 * wording (e.g. "per resident week") is kept on {@link UnitCost#unitLabel()}.
 */
public enum CostUnit {
  /**
   * One occurrence: incident, investigation, attendance, event, case, session, contact, arrest,
   * episode, offence, crime, stay, victim, "each".
   */
  PER_EVENT,
  /** One run of a case-management process (CCfCS). */
  PER_PROCESS,
  PER_HOUR,
  PER_DAY,
  PER_WEEK,
  PER_MONTH,
  PER_YEAR,
  /** One person over their lifetime. */
  PER_PERSON_LIFETIME;

  /**
   * The unit for a source label such as {@code "per child week"} or {@code "per person per year"}; a
   * clear error for labels it does not know.
   */
  public static CostUnit fromLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    if (l.contains("lifetime")) {
      return PER_PERSON_LIFETIME;
    }
    if (l.endsWith("year")) {
      return PER_YEAR;
    }
    if (l.endsWith("month")) {
      return PER_MONTH;
    }
    if (l.endsWith("week")) {
      return PER_WEEK;
    }
    if (l.endsWith("day")) {
      return PER_DAY;
    }
    if (l.endsWith("hour")) {
      return PER_HOUR;
    }
    if (l.startsWith("per process")) {
      return PER_PROCESS;
    }
    if (l.equals("each")
        || l.matches(
            "per (incident|investigation|attendance|event|case|session|contact|care contact|arrest"
                + "|episode|offence|crime|stay|victim)")) {
      return PER_EVENT;
    }
    throw new DomainRuleException(
        "unit", "cost unit '" + SafeText.bounded(label) + "' is not recognised");
  }
}
