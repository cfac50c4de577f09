package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The versioned envelope every document starts with: {@code schemaVersion}, then {@code kind}.
 *
 * <p>Versioning: a minor version adds optional fields only, so this library writes {@link #VERSION}
 * and reads it and every earlier minor version of the same major ({@link #READABLE}); a document of a
 * later minor or another major version is refused with a clear error. 1.1 added the clustered and
 * bootstrap rate-ratio inputs and outputs (person-level sums, p-values, methods, warnings).
 */
final class Envelope {
  static final String VERSION = "1.1";

  /** The versions this library reads, oldest first. */
  static final java.util.List<String> READABLE = java.util.List.of("1.0", "1.1");
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
    if (!READABLE.contains(version)) {
      throw in.fail(
          "schemaVersion",
          "unsupported schemaVersion \"" + Errors.printable(version) + "\"; this library reads \""
              + String.join("\", \"", READABLE) + "\" and writes \"" + VERSION + "\"");
    }
    in.version(version);
    field(in, start, "kind");
    String given = in.text("kind");
    if (!kind.equals(given)) {
      throw in.fail("kind", "kind \"" + Errors.printable(given) + "\" is not the expected \"" + kind + "\"");
    }
  }

  private static void field(In in, In.Mark start, String name) {
    if (in.next() != JsonToken.FIELD_NAME || !name.equals(in.currentName())) {
      throw new NwdJsonException(start.pointer(), start.line(), start.column(), name,
          "a document must start with \"schemaVersion\" then \"kind\"", null);
    }
    in.next();
  }
}
