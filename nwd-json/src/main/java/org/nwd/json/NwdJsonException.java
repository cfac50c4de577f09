package org.nwd.json;

import java.util.Objects;
import org.nwd.SafeText;

/**
 * A JSON document could not be read or written: it is malformed, truncated, not UTF-8, too large or
 * too deep, has a value of the wrong type, an unknown field (in strict mode) or a value that breaks a
 * rule of the No Wrong Door domain.
 *
 * <p>The one exception type of this module. Every instance says where the problem is: the {@link
 * #pointer() JSON pointer} (RFC 6901, e.g. {@code /records/3/youngPerson/birthMonth}), the {@link
 * #line() line} and {@link #column() column} (1-based; -1 when unknown, e.g. when writing), the
 * {@link #field() field} and the {@link #rule() rule} broken. Messages are safe to log ({@link
 * org.nwd.SafeText}): a bad birth month, name, story text or invalid identifier is named by its field
 * and pointer, never printed; a bad code is printed cut to 40 characters and escaped; valid
 * (pseudonymous) ids may be printed. Pointers are escaped in the message.
 */
public final class NwdJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String field;
  private final String rule;

  NwdJsonException(String pointer, int line, int column, String field, String rule, Throwable cause) {
    super(message(pointer, line, firstColumn(line, column), field, rule), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = firstColumn(line, column);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** Columns start at 1: the parser says 0 before the first character (an empty document). */
  private static int firstColumn(int line, int column) {
    return line > 0 && column < 1 ? 1 : column;
  }

  /** Pointer and field may hold unknown field names from the input: shown escaped and cut. */
  private static String message(String pointer, int line, int column, String field, String rule) {
    StringBuilder out =
        new StringBuilder("at ").append(pointer.isEmpty() ? "/" : SafeText.limited(pointer, 300));
    if (line > 0) {
      out.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    if (!field.isEmpty()) {
      out.append(", field ").append(SafeText.bounded(field));
    }
    return out.append(": ").append(rule).toString();
  }

  /** The JSON pointer of the offending value; {@code ""} is the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the offending value, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending value, or -1 when unknown. */
  public int column() {
    return column;
  }

  /** The field whose value broke the rule, e.g. {@code birthMonth}; empty for document-level errors. */
  public String field() {
    return field;
  }

  /** The rule broken, e.g. {@code "expected a month as YYYY-MM"}, without location. */
  public String rule() {
    return rule;
  }
}
