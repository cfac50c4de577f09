package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The versioned envelope every document starts with: {@code schemaVersion}, then {@code kind}. */
final class Envelope {
  static final String VERSION = "1.0";
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

  /** Reads {@code {"schemaVersion": "1.0", "kind": kind}}; the parser is on the opening brace. */
  static void readHeader(In in, String kind) {
    in.expect(JsonToken.START_OBJECT, "", "a document object");
    In.Mark start = in.mark();
    field(in, start, "schemaVersion");
    String version = in.text("schemaVersion");
    if (!VERSION.equals(version)) {
      throw in.fail(
          "schemaVersion",
          "unsupported schemaVersion \"" + Errors.printable(version) + "\"; this library reads \""
              + VERSION + "\"");
    }
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
