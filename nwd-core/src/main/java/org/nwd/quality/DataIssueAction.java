package org.nwd.quality;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nwd.DomainRuleException;

/** What an import did with a row (or a whole child) that broke a rule. */
public enum DataIssueAction {
  /** The row was left out; the rule says why. */
  REJECTED("rejected"),
  /** The whole child was left out because their history cannot be made consistent. */
  SET_ASIDE("set_aside"),
  /** The row was kept after a stated repair ({@link DataIssue#repair()}). */
  REPAIRED("repaired"),
  /** The row was kept as given; the issue is reported for the analyst to know. */
  KEPT("kept"),
  /** An earlier return's row was replaced by a later return's version of it. */
  SUPERSEDED("superseded"),
  /** Data the import does not map (an unknown column, a table or field it does not read). */
  IGNORED("ignored");

  private final String code;

  DataIssueAction(String code) {
    this.code = code;
  }

  /** The stable lower-snake code used in files and APIs; never derived from {@link #name()}. */
  public String code() {
    return code;
  }

  /** The constant with {@code code}; the exception names the unknown code. */
  public static DataIssueAction fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (DataIssueAction a : values()) {
      if (a.code.equals(code)) {
        return a;
      }
    }
    throw new DomainRuleException(
        "code",
        String.format(
            "unknown data issue action code \"%s\"; known codes: %s",
            DataIssue.shown(code),
            Arrays.stream(values()).map(DataIssueAction::code).collect(Collectors.joining(", "))));
  }
}
