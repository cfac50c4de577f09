package org.nwd.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;

/** Turns Jackson's and the JDK's exceptions into {@link NwdJsonException}s that echo no content. */
final class Errors {
  private static final int PRINT_LIMIT = 40;

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
    if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null) {
      JsonLocation at = ((JsonProcessingException) e).getLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    return new NwdJsonException(pointer, line, column, "", rule(e), e);
  }

  /** What went wrong, without quoting the input (which may be personal data). */
  static String rule(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return "limit exceeded: " + ((StreamConstraintsException) e).getOriginalMessage();
    }
    if (e instanceof JsonEOFException) {
      return "truncated input: the document ends before it is complete";
    }
    if (e instanceof CharConversionException) {
      return "invalid UTF-8: " + e.getMessage();
    }
    String original =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : String.valueOf(e.getMessage());
    if (original.contains("UTF-8") || original.contains("UTF8")) {
      return "invalid UTF-8: " + redact(original);
    }
    if (original.startsWith("Duplicate field")) {
      return "duplicate field: " + original;
    }
    if (e instanceof JsonProcessingException) {
      return "malformed JSON: " + redact(original);
    }
    return "I/O error: " + redact(original);
  }

  /** Removes quoted input from a parser message: tokens may be personal data. */
  static String redact(String message) {
    String firstLine = message.lines().findFirst().orElse("");
    return firstLine.replaceAll("'[^']*'", "'...'").replaceAll("\"[^\"]*\"", "\"...\"");
  }

  static NwdJsonException writing(IOException e) {
    return new NwdJsonException("", -1, -1, "", "could not write: " + redact(String.valueOf(e.getMessage())), e);
  }

  /** A non-personal value (code, id) as printed in a message: at most 40 characters, no controls. */
  static String printable(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= PRINT_LIMIT ? clean : clean.substring(0, PRINT_LIMIT) + "...";
  }
}
