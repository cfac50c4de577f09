package org.nwd.json;

import java.util.Objects;

/**
 * A field a lenient reader did not recognise and skipped: reported, never silently dropped.
 *
 * @param pointer the JSON pointer of the field, e.g. {@code /records/0/youngPerson/nickname}
 * @param line the 1-based line of the field's value, or -1 when unknown
 * @param column the 1-based column of the field's value, or -1 when unknown
 */
public record UnknownField(String pointer, int line, int column) {
  /** Checks the pointer is given. */
  public UnknownField {
    Objects.requireNonNull(pointer, "pointer");
  }

  @Override
  public String toString() {
    // The pointer holds a field name from the input: escaped and cut, safe to log.
    return org.nwd.SafeText.limited(pointer, 300) + " (line " + line + ", column " + column + ")";
  }
}
