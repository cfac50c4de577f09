package org.nwd;

/**
 * How an offending value appears in a message, a log line or a report: the one rule shared by every
 * module (nwd-core's checks and nwd-json's readers alike), so that no message can be forged, flooded
 * or used to leak personal data.
 *
 * <ul>
 *   <li>{@link #bounded(String) Codes and other non-personal values} are escaped ({@code \n}, {@code
 *       \"}, {@code \\}; controls, separators other than the ASCII space, format characters such as
 *       bidirectional overrides, and surrogates as {@code \}{@code uXXXX}) and cut to {@value #LIMIT}
 *       characters, with "..." and the original length when cut.
 *   <li>{@link #invalidId(String, java.util.function.IntPredicate) An invalid identifier} is never shown: a name typed into an id column
 *       would otherwise be echoed. Its length and its first disallowed character's position and code
 *       point are given instead. (A valid identifier is pseudonymous and may be shown as is.)
 *   <li>{@link #withheld(String) Fields that can hold personal data} (free text, names) are never
 *       shown: the message says "value withheld".
 * </ul>
 */
public final class SafeText {
  /** The most characters of a value a message shows. */
  public static final int LIMIT = 40;

  /** The most characters of an argument {@link DomainRuleException#require} shows. */
  static final int ARGUMENT_LIMIT = 200;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SafeText() {}

  /**
   * {@code value} escaped and at most {@value #LIMIT} characters long, e.g. {@code EDGE_OF_CARE},
   * {@code a\nb} or {@code aaaa... (100000 characters)}; {@code null} as {@code null}.
   */
  public static String bounded(String value) {
    return bounded(value, LIMIT);
  }

  /** {@code value} escaped and cut to {@code limit} characters of escaped text (see {@link #bounded}). */
  public static String bounded(String value, int limit) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 24);
    for (int i = 0; i < value.length(); i++) {
      int before = out.length();
      escape(value.charAt(i), out);
      if (out.length() > limit) {
        out.setLength(before); // never cut an escape in half
        return out.append("... (").append(value.length()).append(" characters)").toString();
      }
    }
    return out.toString();
  }

  /** {@code value} with quotes, backslashes, control and non-ASCII characters escaped; not cut. */
  public static String escaped(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      escape(value.charAt(i), out);
    }
    return out.toString();
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '\n':
        out.append("\\n");
        return;
      case '\r':
        out.append("\\r");
        return;
      case '\t':
        out.append("\\t");
        return;
      case '"':
        out.append("\\\"");
        return;
      case '\\':
        out.append("\\\\");
        return;
      default:
        if (isPlain(c)) {
          out.append(c);
        } else {
          out.append("\\u")
              .append(HEX[(c >> 12) & 0xf])
              .append(HEX[(c >> 8) & 0xf])
              .append(HEX[(c >> 4) & 0xf])
              .append(HEX[c & 0xf]);
        }
    }
  }

  /**
   * True for a character shown as it is: printable ASCII and other visible characters. Controls, line
   * and paragraph separators, format characters (bidirectional overrides, zero-width), surrogates,
   * private-use and unassigned code units are escaped: they could forge or hide text.
   */
  private static boolean isPlain(char c) {
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    switch (Character.getType(c)) { // DEL and the C0 and C1 controls are CONTROL
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /**
   * In place of an invalid identifier: {@code (value withheld: 10 characters; character 5 is
   * U+0020)}. {@code allowed} tells which characters an identifier may hold.
   */
  public static String invalidId(String value, java.util.function.IntPredicate allowed) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("(value withheld: ");
    out.append(value.length()).append(value.length() == 1 ? " character" : " characters");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!allowed.test(c)) {
        out.append("; character ").append(i + 1).append(" is U+");
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(Character.toUpperCase(HEX[(c >> shift) & 0xf]));
        }
        break;
      }
    }
    return out.append(')').toString();
  }

  /** In place of a value that may be personal data: {@code (value withheld: 12 characters)}. */
  public static String withheld(String value) {
    return value == null
        ? "(value withheld)"
        : "(value withheld: " + value.length() + (value.length() == 1 ? " character)" : " characters)");
  }

  /**
   * A message argument as {@link DomainRuleException#require} prints it: {@link #limited} to {@value
   * #ARGUMENT_LIMIT} characters.
   */
  static String argument(Object arg) {
    return limited(String.valueOf(arg), ARGUMENT_LIMIT);
  }

  /**
   * {@code text} with control, separator, format and surrogate characters escaped (so it cannot
   * forge or hide a line) and cut at {@code limit} characters (so it cannot flood); quotes and
   * backslashes are kept, so text already {@link #bounded} passes unchanged. For whole messages and
   * library-made text; raw input goes through {@link #bounded}.
   */
  public static String limited(String text, int limit) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = isPlain(c);
      if (out == null && (!plain || i >= limit)) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (out.length() >= limit) {
          return out.append("... (").append(text.length()).append(" characters)").toString();
        }
        if (plain) {
          out.append(c);
        } else {
          escape(c, out);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
