package org.nwd;

import com.google.common.base.Strings;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value broke a rule of the No Wrong Door domain, for example "hub episode ends 2024-01-03 before it
 * starts 2024-02-01".
 *
 * <p>The message names the field, the value and the rule. It never carries personal data: identifiers in
 * this library are pseudonymous, and callers must not put names, dates of birth or free text in it.
 * Values are shown as {@link SafeText} says.
 *
 * <p>The builders of every value type throw it too, for a required attribute left unset or set
 * twice. A {@code null} argument is a programming error, not bad data: it stays a {@code
 * NullPointerException} naming the parameter.
 */
public final class DomainRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String path;

  /**
   * @param field the field (or parameter) whose value broke the rule, e.g. {@code "end"}
   * @param message the whole message: field, value and rule
   */
  public DomainRuleException(String field, String message) {
    this(field, field, message);
  }

  /**
   * An error about one item of a list attribute, or about a part of it.
   *
   * @param field the field (or parameter) whose value broke the rule, e.g. {@code "hubEpisodes"}
   * @param path where in the value being built: attribute names and list indexes joined by {@code
   *     /}, starting with {@code field}, e.g. {@code "hubEpisodes/1/period"}
   * @param message the whole message: field, value and rule
   */
  public DomainRuleException(String field, String path, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * An error about {@code path} (see {@link #DomainRuleException(String, String, String)}), its
   * message formatted as {@link #require} does (arguments bounded and escaped). Returned, not thrown.
   */
  public static DomainRuleException at(
      String field, String path, String format, @Nullable Object... args) {
    return new DomainRuleException(field, path, format(format, args));
  }

  /**
   * A rule broken by no single field. Generated value classes use it ({@code NwdStyle}'s {@code
   * throwForInvalidImmutableState}) when a default or derived attribute depends on itself.
   *
   * @param message the whole message
   */
  public DomainRuleException(String message) {
    this("", message);
  }

  /**
   * For generated builders ({@code NwdStyle}'s {@code throwForInvalidImmutableState}): required
   * attributes were not set before {@code build()}. The field is the first of them.
   *
   * @param missing the names of the required attributes not set, at least one
   */
  public DomainRuleException(String[] missing) {
    this(missing.length == 0 ? "" : missing[0],
        typeOfCaller() + "required " + (missing.length == 1 ? "attribute " : "attributes ")
            + String.join(", ", missing) + (missing.length == 1 ? " is" : " are")
            + " not set; set each before build()");
  }

  /**
   * For generated builders: attribute {@code field} of {@code type} was set twice, which a strict
   * builder refuses (the second value would silently replace the first).
   */
  public static DomainRuleException setTwice(String type, String field) {
    return new DomainRuleException(field,
        type + ": attribute " + field + " is already set; set each attribute once");
  }

  /** "HubEpisode: ", from the generated class that is throwing, or "" when not found. */
  private static String typeOfCaller() {
    return StackWalker.getInstance()
        .walk(frames -> frames
            .map(f -> f.getClassName())
            .filter(n -> !n.equals(DomainRuleException.class.getName()))
            .findFirst())
        .map(DomainRuleException::valueTypeOf)
        .orElse("");
  }

  /** {@code org.nwd.model.ImmutableHubEpisode$Builder} gives "HubEpisode: "; other classes "". */
  static String valueTypeOf(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    String outer = nested < 0 ? simple : simple.substring(0, nested);
    return outer.startsWith("Immutable") && outer.length() > "Immutable".length()
        ? outer.substring("Immutable".length()) + ": "
        : "";
  }

  /** The field (or parameter) whose value broke the rule. */
  public String field() {
    return field;
  }

  /**
   * Where the offending value is within the value being built: {@link #field()}, or an item of it
   * and what in the item, e.g. {@code "hubEpisodes/1/period"} (names and list indexes joined by
   * {@code /}, as in a JSON pointer relative to the value).
   */
  public String path() {
    return path;
  }

  /**
   * Throws a {@link DomainRuleException} unless {@code condition} holds.
   *
   * @param format a message template with {@code %s} placeholders (Guava's lenient format); each
   *     argument's control and non-ASCII characters are escaped and it is cut at 200 characters, so
   *     no argument can forge or flood the message; pass raw input through {@link
   *     SafeText#bounded} (or leave it out, if it may be personal data)
   */
  public static void require(
      boolean condition, String field, String format, @Nullable Object... args) {
    if (!condition) {
      throw new DomainRuleException(field, format(format, args));
    }
  }

  private static String format(String format, @Nullable Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = SafeText.argument(args[i]);
    }
    return Strings.lenientFormat(format, shown);
  }
}
