package org.nwd.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nwd.SafeText;

/**
 * Turns Jackson's and the JDK's exceptions into {@link NwdJsonException}s whose messages are safe to
 * log: input is shown only {@link SafeText#bounded bounded and escaped}, and not at all where the
 * field holds personal data or an identifier.
 */
final class Errors {
  /** Fields whose values may be personal data: never echoed. */
  private static final Set<String> PERSONAL = Set.of("text", "birthMonth", "name");

  /** Fields holding identifiers that are not ids by name: an invalid one is never echoed. */
  private static final Set<String> IDS = Set.of("provocationsConsidered");

  private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]*)\"");

  private Errors() {}

  static NwdJsonException reading(IOException e, JsonParser parser) {
    String pointer = "";
    int line = -1;
    int column = -1;
    if (parser != null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
      JsonLocation at = parser.currentLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    if (e instanceof StrictText.MalformedTextException) {
      StrictText.MalformedTextException m = (StrictText.MalformedTextException) e;
      return new NwdJsonException(pointer, m.line, m.column, "", m.rule, e);
    }
    if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null) {
      JsonLocation at = ((JsonProcessingException) e).getLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    return new NwdJsonException(pointer, line, column, "", rule(e, pointer), e);
  }

  /** What went wrong; input quoted by the parser is bounded, or withheld for {@code pointer}. */
  static String rule(IOException e, String pointer) {
    if (e instanceof StreamConstraintsException) {
      return "limit exceeded: " + ((StreamConstraintsException) e).getOriginalMessage();
    }
    if (e instanceof JsonEOFException) {
      return "truncated input: the document ends before it is complete";
    }
    String original =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : String.valueOf(e.getMessage());
    if (e instanceof CharConversionException || original.contains("UTF-8") || original.contains("UTF8")) {
      return "invalid UTF-8: " + shown(original, false);
    }
    if (original.startsWith("Duplicate field")) {
      return "duplicate field: " + shown(original, false);
    }
    if (e instanceof JsonProcessingException) {
      return "malformed JSON: " + shown(original, withholds(pointer));
    }
    return "I/O error: " + shown(original, true);
  }

  /**
   * The first line of a parser message with the input it quotes bounded and escaped: the first
   * single-quoted part is the offending token (withheld when {@code withhold}); the others are the
   * parser's own words ({@code 'null'}, {@code 'true'}) or further input, bounded too.
   */
  static String shown(String message, boolean withhold) {
    String firstLine = message.lines().findFirst().orElse("");
    StringBuilder out = new StringBuilder();
    Matcher m = SINGLE_QUOTED.matcher(firstLine);
    boolean first = true;
    while (m.find()) {
      String token = m.group(1);
      String replacement =
          first && withhold ? SafeText.withheld(token) : "'" + SafeText.bounded(token) + "'";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      first = false;
    }
    m.appendTail(out);
    Matcher d = DOUBLE_QUOTED.matcher(out.toString());
    StringBuilder result = new StringBuilder();
    while (d.find()) {
      d.appendReplacement(
          result, Matcher.quoteReplacement("\"" + SafeText.bounded(d.group(1)) + "\""));
    }
    d.appendTail(result);
    return SafeText.limited(result.toString(), 400);
  }

  /**
   * True when the value at {@code pointer} must not be echoed: personal data (story text, birth
   * month, names) or an identifier (an invalid one may be a name typed into an id column).
   */
  static boolean withholds(String pointer) {
    String[] segments = pointer.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      String s = segments[i];
      if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
        continue; // an array index: the field is the one holding the array
      }
      return PERSONAL.contains(s) || IDS.contains(s) || s.equals("id") || s.endsWith("Id");
    }
    return false;
  }

  static NwdJsonException writing(IOException e) {
    return new NwdJsonException(
        "", -1, -1, "", "could not write: " + shown(String.valueOf(e.getMessage()), false), e);
  }

  /** A non-personal value (code, field name) as printed in a message: {@link SafeText#bounded}. */
  static String printable(String value) {
    return SafeText.bounded(value);
  }
}
