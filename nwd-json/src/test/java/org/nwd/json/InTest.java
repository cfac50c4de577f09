package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks: lazy pointers name the object they were taken on; locations are Jackson's. */
class InTest {
  private static final String DOC =
      "{\"a\": [1, {\"b\": \"\u00e9\u00e9\u2013\ud83c\udf93\", \"c\": {\"d\": [[], {}]}}],\n"
          + "  \"e~/f\": {\"g\": [true,\n  {\"h\": null}]}}\n";

  private static List<String> marks(JsonParser parser, boolean eager) throws Exception {
    In in = new In(parser, true, u -> { });
    List<String> out = new ArrayList<>();
    List<In.Mark> starts = new ArrayList<>();
    while (in.next() != null) {
      JsonToken t = in.token();
      In.Mark m = eager ? in.markNow() : in.mark();
      JsonLocation jackson = parser.currentTokenLocation();
      assertThat(m.line()).as("line of %s", t).isEqualTo(jackson.getLineNr());
      assertThat(m.column()).as("column of %s", t).isEqualTo(jackson.getColumnNr());
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        starts.add(m);
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        // Just after its end, a lazy mark of the object names the object.
        out.add(starts.remove(starts.size() - 1).pointer());
      }
    }
    return out;
  }

  @Test
  void lazyPointersAndLocationsMatchJacksons() throws Exception {
    JsonFactory factory = new JsonFactory();
    List<String> expected =
        List.of("/a/1/c/d/0", "/a/1/c/d/1", "/a/1/c/d", "/a/1/c", "/a/1", "/a",
            "/e~0~1f/g/1", "/e~0~1f/g", "/e~0~1f", "");
    assertThat(marks(factory.createParser(DOC.getBytes(StandardCharsets.UTF_8)), false))
        .isEqualTo(expected);
    assertThat(marks(factory.createParser(DOC), false)).isEqualTo(expected);
    assertThat(marks(factory.createParser(DOC.getBytes(StandardCharsets.UTF_8)), true))
        .isEqualTo(expected);
  }
}
