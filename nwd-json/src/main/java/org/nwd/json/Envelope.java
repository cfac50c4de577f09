package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The versioned envelope every document starts with: {@code schemaVersion}, then {@code kind}.
 *
 * <p>Versioning: a version is {@code MAJOR.MINOR}; a minor version adds optional fields only, so this
 * library writes {@link #VERSION} and reads every minor version of major {@link #MAJOR} up to {@link
 * #MINOR}; a later minor (fields this library does not know), another major or a version that is not
 * {@code MAJOR.MINOR} is refused with an error naming the kind, the version found and the versions
 * read. 1.1 added the clustered and bootstrap rate-ratio inputs and outputs (person-level sums,
 * p-values, methods, warnings).
 */
final class Envelope {
  static final int MAJOR = 1;
  static final int MINOR = 1;
  static final String VERSION = MAJOR + "." + MINOR;

  /** The versions this library reads, oldest first. */
  static final java.util.List<String> READABLE = java.util.stream.IntStream.rangeClosed(0, MINOR)
      .mapToObj(minor -> MAJOR + "." + minor).collect(java.util.stream.Collectors.toList());
  static final String COHORT = "cohort";
  static final String RECORD = "record";
  static final String RESULT = "result";
  static final String EXPLANATION = "explanation";
  static final String COST_AVOIDANCE = "cost_avoidance";
  /** The payload field of a cost-avoidance document. */
  static final String COST_AVOIDANCE_FIELD = "costAvoidance";

  private Envelope() {}

  static void writeHeader(JsonGenerator g, String kind) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", VERSION);
    g.writeStringField("kind", kind);
  }

  /** Reads {@code {"schemaVersion": "1.1", "kind": kind}}; the parser is on the opening brace. */
  static void readHeader(In in, String kind) {
    in.expect(JsonToken.START_OBJECT, "", "a document object");
    In.Mark start = in.mark();
    field(in, start, "schemaVersion");
    String version = in.text("schemaVersion");
    int minor = minorOf(version);
    if (minor < 0) {
      throw in.fail("schemaVersion", "unsupported schemaVersion \"" + Errors.printable(version)
          + "\" of a \"" + kind + "\" document; this library reads \""
          + String.join("\", \"", READABLE) + "\" and writes \"" + VERSION + "\"");
    }
    in.version(minor);
    field(in, start, "kind");
    String given = in.text("kind");
    if (!kind.equals(given)) {
      throw in.fail("kind", "kind \"" + Errors.printable(given) + "\" is not the expected \"" + kind + "\"");
    }
  }

  /**
   * The minor version of {@code version} when this library reads it ({@code MAJOR.MINOR}, major
   * {@link #MAJOR}, minor at most {@link #MINOR}, no sign, no leading zero), else -1.
   */
  static int minorOf(String version) {
    int dot = version.indexOf('.');
    if (dot < 0 || !String.valueOf(MAJOR).equals(version.substring(0, dot))) {
      return -1;
    }
    String minor = version.substring(dot + 1);
    if (minor.isEmpty() || minor.length() > 3 || (minor.length() > 1 && minor.charAt(0) == '0')
        || !minor.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int value = Integer.parseInt(minor);
    return value <= MINOR ? value : -1;
  }

  private static void field(In in, In.Mark start, String name) {
    if (in.next() != JsonToken.FIELD_NAME || !name.equals(in.currentName())) {
      throw new NwdJsonException(start.pointer(), start.line(), start.column(), name,
          "a document must start with \"schemaVersion\" then \"kind\"", null);
    }
    in.next();
  }
}
