package org.nwd.quality;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.model.YoungPersonId;

/**
 * One rejected, set-aside, repaired, kept, superseded or ignored row (or child) of an import: where it
 * is (table, file, line), whose it is (the pseudonymous young person id), which field and value, the
 * rule broken and what was done.
 *
 * <p>Rules: the text fields are one line each (no control, separator, format or surrogate characters:
 * nothing that {@link SafeText} would escape) and bounded; {@link #value()} is
 * at most {@value #MAX_VALUE} characters and must already be safe to show: build it with {@link
 * #shown(String)} for codes and {@link #shape(String)} for personal values (dates of birth, postcodes,
 * identifiers), which keeps only their form. {@link #repair()} is present exactly when the action is
 * {@link DataIssueAction#REPAIRED}. {@link #line()} is 0 when the issue is about a whole child or file
 * rather than one line.
 */
@Value.Immutable
public abstract class DataIssue {
  /** The longest {@link #value()}: a {@link #shown} value always fits. */
  public static final int MAX_VALUE = 80;
  /** The longest text of the other fields. */
  public static final int MAX_TEXT = 500;
  /** How many characters of a raw value {@link #shape} keeps. */
  static final int KEPT = SafeText.LIMIT;

  /** The table the row belongs to, e.g. {@code episodes}. */
  public abstract String table();

  /** The file the row was read from, as the importer names it (usually the file name). */
  public abstract String file();

  /** The 1-based line where the row starts; 0 for a whole child or file. */
  public abstract long line();

  /** The young person the row is about, when known. */
  public abstract Optional<YoungPersonId> youngPersonId();

  /** The field (column) at fault, e.g. {@code DEC}. */
  public abstract Optional<String> field();

  /** The value at fault, bounded and escaped, personal values masked ({@link #shape}). */
  public abstract Optional<String> value();

  /** The kind of problem. */
  public abstract DataIssueCategory category();

  /** The rule broken, in plain words, e.g. "DEC 01/02/2024 is before DECOM 05/03/2024". */
  public abstract String rule();

  /** What was done. */
  public abstract DataIssueAction action();

  /** The repair made; present exactly when {@link #action()} is {@link DataIssueAction#REPAIRED}. */
  public abstract Optional<String> repair();

  @Value.Check
  void check() {
    text(table(), "table", 64);
    text(file(), "file", MAX_TEXT);
    text(rule(), "rule", MAX_TEXT);
    field().ifPresent(f -> text(f, "field", 64));
    repair().ifPresent(r -> text(r, "repair", MAX_TEXT));
    DomainRuleException.require(line() >= 0, "line", "line %s is negative", line());
    value()
        .ifPresent(
            v ->
                DomainRuleException.require(
                    v.length() <= MAX_VALUE && printable(v),
                    "value",
                    "value %s is longer than %s characters or holds characters to escape; build it"
                        + " with DataIssue.shown or DataIssue.shape",
                    SafeText.withheld(v),
                    MAX_VALUE));
    boolean repaired = action() == DataIssueAction.REPAIRED;
    DomainRuleException.require(
        repaired == repair().isPresent(),
        "repair",
        "a %s issue must %s a repair",
        action().code(),
        repaired ? "state" : "not state");
  }

  private static void text(String s, String field, int max) {
    DomainRuleException.require(
        !s.isBlank() && s.length() <= max && printable(s),
        field,
        "%s %s must be one non-blank line of at most %s characters",
        field,
        shown(s),
        max);
  }

  /** Nothing {@link SafeText} would escape (quotes and backslashes aside): one line, nothing hidden. */
  private static boolean printable(String s) {
    return SafeText.limited(s, Integer.MAX_VALUE).equals(s);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataIssue}. */
  public static final class Builder extends ImmutableDataIssue.Builder {}

  /**
   * A code or other non-personal value as it may be shown: {@link SafeText#bounded(String)}, the
   * library's one rule (escaped, cut to {@value SafeText#LIMIT} characters with "..." and the
   * original length), e.g. {@code a\\nb} or {@code xxxx... (100000 characters)}.
   */
  public static String shown(String raw) {
    Objects.requireNonNull(raw, "raw");
    return SafeText.bounded(raw);
  }

  /**
   * The form of a personal value without its content: letters become {@code A}, digits {@code 9},
   * spaces and punctuation stay, anything else becomes {@code ?}; e.g. a postcode {@code YO11 1AB}
   * shows as {@code AA99 9AA} and a date of birth {@code 31/02/2011} as {@code 99/99/9999}. Cut and
   * marked like {@link #shown}.
   */
  public static String shape(String raw) {
    Objects.requireNonNull(raw, "raw");
    StringBuilder masked = new StringBuilder(Math.min(raw.length(), KEPT));
    int n = Math.min(raw.length(), KEPT);
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        masked.append('A');
      } else if (Character.isDigit(c)) {
        masked.append('9');
      } else if (c >= ' ' && c < 127 && c != '\\') {
        masked.append(c);
      } else {
        masked.append('?');
      }
    }
    return masked + (raw.length() > n ? "..." : "");
  }

  /** One line: where, whose, which field and value, the category and rule, and what was done. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(160).append(file());
    if (line() > 0) {
      s.append(':').append(line());
    }
    s.append(" [").append(table()).append(']');
    youngPersonId().ifPresent(id -> s.append(" child ").append(id));
    field().ifPresent(f -> s.append(" field ").append(f));
    value().ifPresent(v -> s.append(" value \"").append(v).append('"'));
    s.append(": ").append(category().code()).append(": ").append(rule());
    s.append(" -> ").append(action().code());
    repair().ifPresent(r -> s.append(": ").append(r));
    return s.toString();
  }
}
