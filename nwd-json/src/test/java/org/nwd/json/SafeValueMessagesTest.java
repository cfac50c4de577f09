package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nwd.SafeText;
import org.nwd.impact.PersonResult;

/**
 * Messages safe to log, for every public value type of nwd-core (cost, fidelity, data quality, stats,
 * impact and model alike): each string of a sample of each type, and each field name, is replaced in
 * turn by a name, a forged log line with a bidirectional override, a NUL and a 100 kB value, and the
 * value is read back. It is accepted, or refused with a message that is bounded and escaped, and
 * that never shows the name where the field is an id or personal. Samples come from {@link
 * BareValuesTest#samples()}, which a test keeps complete, so a new type is scanned without a change
 * here.
 */
class SafeValueMessagesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new NwdJsonModule());
  private static final String HUGE = "J".repeat(100_000);
  private static final List<String> NASTY =
      List.of(
          "Jane Smith",
          "\u202eJane Smith\n2024-01-01 INFO forged log line",
          "Jane\u0000Smith",
          "Jane Smith " + HUGE);

  static Stream<Arguments> types() {
    return BareValuesTest.samples().entrySet().stream()
        .filter(e -> e.getKey() != PersonResult.class && e.getKey() != org.nwd.impact.EventsAvoided.class)
        .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue().get(0)));
  }

  /** Every string leaf and every field name of {@code node}, once per shape (indexes as #). */
  private static void places(JsonNode node, String at, Set<String> shapes, List<String[]> out) {
    if (node.isTextual()) {
      if (shapes.add(at.replaceAll("/\\d+", "/#"))) {
        out.add(new String[] {"value", at});
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String inner = at + "/" + escape(f.getKey());
        if (shapes.add("key " + inner.replaceAll("/\\d+", "/#"))) {
          out.add(new String[] {"key", inner});
        }
        places(f.getValue(), inner, shapes, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), at + "/" + i, shapes, out);
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A copy of {@code root} with the value, or the field name, at {@code pointer} replaced. */
  private static JsonNode replaced(JsonNode root, String kind, String pointer, String value) {
    if (pointer.isEmpty()) {
      return TextNode.valueOf(value);
    }
    JsonNode copy = root.deepCopy();
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(value));
    } else if (kind.equals("value")) {
      ((ObjectNode) parent).put(last, value);
    } else {
      ObjectNode object = (ObjectNode) parent;
      JsonNode moved = object.remove(last);
      object.set(value, moved);
    }
    return copy;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyStringAndFieldNameOfEveryTypeIsRefusedSafely(String name, Class<?> type, Object sample)
      throws Exception {
    JsonNode tree = MAPPER.valueToTree(sample);
    List<String[]> places = new ArrayList<>();
    places(tree, "", new HashSet<>(), places);
    // Deeper values belong to nested types, each scanned as a sample of its own (read back, a
    // result recomputes every figure: scanning its parts again here would cost minutes).
    places.removeIf(p -> p[1].replaceAll("/\\d+", "").chars().filter(c -> c == '/').count() > 2);
    if (places.isEmpty()) {
      return; // numbers only
    }
    String text = MAPPER.writeValueAsString(tree);
    for (String[] place : places) {
      String kind = place[0];
      String pointer = place[1];
      boolean idOrPersonal =
          kind.equals("value")
              && (Errors.withholds(pointer) || pointer.isEmpty() && type.getSimpleName().endsWith("Id"));
      for (String value : NASTY) {
        String changed = MAPPER.writeValueAsString(replaced(tree, kind, pointer, value));
        if (changed.equals(text)) {
          continue;
        }
        Throwable thrown = null;
        try {
          MAPPER.readValue(changed, type);
        } catch (Exception e) {
          thrown = e;
        }
        if (thrown == null) {
          continue; // accepted: any string is valid there
        }
        String where = name + " " + kind + " " + SafeText.bounded(pointer);
        Throwable t = thrown;
        while (t != null && !(t instanceof NwdJsonException)) {
          t = t.getCause();
        }
        assertThat(t).as("%s: %s", where, SafeText.bounded(String.valueOf(thrown), 300))
            .isInstanceOf(NwdJsonException.class);
        assertSafe(where, t.getMessage(), idOrPersonal);
        assertSafe(where, ((NwdJsonException) t).rule(), idOrPersonal);
        assertSafe(where, thrown.getMessage(), idOrPersonal);
      }
    }
  }

  private static void assertSafe(String where, String message, boolean idOrPersonal) {
    assertThat(message.length()).as("%s: %s", where, SafeText.bounded(message, 300)).isLessThan(1500);
    for (char c : message.toCharArray()) {
      assertThat(c < 0x20 || c == 0x7f || c == '\u202e' || c == '\u2028' || Character.isSurrogate(c))
          .as("%s: character U+%04X in %s", where, (int) c, SafeText.bounded(message, 300))
          .isFalse();
    }
    assertThat(message).as(where).doesNotContain("J".repeat(SafeText.LIMIT + 1));
    if (idOrPersonal) {
      assertThat(message).as(where).doesNotContain("Jane").doesNotContain("Smith");
    }
  }
}
