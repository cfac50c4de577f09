package org.nwd;

import com.google.common.base.Strings;
import java.util.Objects;

/**
 * A value broke a rule of the No Wrong Door domain, for example "hub episode ends 2024-01-03 before it
 * starts 2024-02-01".
 *
 * <p>The message names the field, the value and the rule. It never carries personal data: identifiers in
 * this library are pseudonymous, and callers must not put names, dates of birth or free text in it.
 */
public final class DomainRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the field (or parameter) whose value broke the rule, e.g. {@code "end"}
   * @param message the whole message: field, value and rule
   */
  public DomainRuleException(String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The field (or parameter) whose value broke the rule. */
  public String field() {
    return field;
  }

  /**
   * Throws a {@link DomainRuleException} unless {@code condition} holds.
   *
   * @param format a message template with {@code %s} placeholders (Guava's lenient format)
   */
  public static void require(boolean condition, String field, String format, Object... args) {
    if (!condition) {
      throw new DomainRuleException(field, Strings.lenientFormat(format, args));
    }
  }
}
