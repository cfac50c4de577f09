package org.nwd.quality;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nwd.DomainRuleException;

/** What kind of problem a {@link DataIssue} reports. */
public enum DataIssueCategory {
  UNKNOWN_CODE("unknown_code", "code not in the code list of the row's collection year"),
  INVALID_DATE("invalid_date", "date that cannot be read"),
  DATE_OUT_OF_RANGE("date_out_of_range", "date outside the range the rules allow"),
  END_BEFORE_START("end_before_start", "end date before the start date"),
  MISSING_VALUE("missing_value", "required value left blank"),
  INVALID_VALUE("invalid_value", "value of the wrong form or outside its range"),
  OVERLAPPING_EPISODES("overlapping_episodes", "episodes of one child that overlap"),
  MORE_THAN_ONE_OPEN_EPISODE("more_than_one_open_episode", "more than one open episode"),
  REASON_ON_OPEN_EPISODE("reason_on_open_episode", "reason for ending on an open episode"),
  PROVIDER_NOT_ALLOWED("provider_not_allowed", "placement provider given where none is allowed"),
  GAP_NOT_NEW_PERIOD_OF_CARE(
      "gap_not_new_period_of_care", "gap before an episode that is not a new period of care"),
  INCONSISTENT_EPISODE("inconsistent_episode", "episode whose codes contradict its neighbours"),
  MISSING_OUTSIDE_CARE("missing_outside_care", "missing or away episode outside any period of care"),
  CHILD_NOT_IN_HEADER("child_not_in_header", "row for a child absent from the header"),
  INVALID_POSTCODE("invalid_postcode", "postcode that is impossible or not found"),
  DUPLICATE_ROW("duplicate_row", "row repeated within one return"),
  CHANGED_BETWEEN_RETURNS("changed_between_returns", "row changed between two returns"),
  CENSORED("censored", "episode open at a year end that vanished from the next return"),
  LEFT_CENSORED("left_censored", "episode that began before the data"),
  NOT_MAPPED("not_mapped", "data the import does not map");

  private final String code;
  private final String description;

  DataIssueCategory(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** What the category means, in a few words. */
  public String description() {
    return description;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static DataIssueCategory fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (DataIssueCategory c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new DomainRuleException(
        "code",
        String.format(
            "unknown data issue category code \"%s\"; known codes: %s",
            DataIssue.shown(code),
            Arrays.stream(values()).map(DataIssueCategory::code).collect(Collectors.joining(", "))));
  }
}
