package org.nwd.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/** Rules and formatting shared by the value types of this package. */
final class Checks {
  private Checks() {}

  /**
   * Pseudonymous identifiers: 1-64 characters, letters, digits and {@code . _ : -}. An invalid one is
   * never echoed (it may be a name typed into an id column): {@link SafeText#invalidId}.
   */
  static void requireId(String value, String field, String kind) {
    if (!isId(value)) {
      throw new DomainRuleException(
          field,
          kind + " " + SafeText.invalidId(value, Checks::isIdCharacter)
              + " is not 1-64 characters of [A-Za-z0-9._:-]");
    }
  }

  /** True for a character an identifier may hold: {@code [A-Za-z0-9._:-]}. */
  static boolean isIdCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == ':'
        || c == '-';
  }

  /**
   * True for 1-64 characters of {@code [A-Za-z0-9._:-]}. A loop, not a regex: every record read or
   * generated checks several ids, and the regex was a tenth of the time to read a cohort.
   */
  static boolean isId(String value) {
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!isIdCharacter(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static void requireNotBlank(String value, String field, String what) {
    DomainRuleException.require(!value.isBlank(), field, "%s is blank", what);
  }

  /** A double as people write it: 41 rather than 41.0, 12.5 as is. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The constant whose code is {@code code}, or an exception naming the unknown code (bounded). */
  static <E extends Enum<E>> E fromCode(
      E[] values, Function<E, String> codeOf, String code, String what) {
    Objects.requireNonNull(code, "code");
    for (E value : values) {
      if (codeOf.apply(value).equals(code)) {
        return value;
      }
    }
    throw new DomainRuleException(
        "code",
        String.format(
            "unknown %s code \"%s\"; known codes: %s",
            what,
            SafeText.bounded(code),
            Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "))));
  }
}
