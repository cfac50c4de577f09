package org.nwd.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nwd.DomainRuleException;

/** Rules and formatting shared by the value types of this package. */
final class Checks {
  /** Pseudonymous identifiers: 1-64 characters, letters, digits and {@code . _ : -}. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private Checks() {}

  static void requireId(String value, String field, String kind) {
    DomainRuleException.require(
        ID.matcher(value).matches(),
        field,
        "%s \"%s\" is not 1-64 characters of [A-Za-z0-9._:-]",
        kind,
        value);
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

  /** The constant whose code is {@code code}, or an exception naming the unknown code. */
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
            code,
            Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "))));
  }
}
