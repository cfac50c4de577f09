package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar and the shapes declared in the code cannot drift: every declared
 * shape is a {@code $defs} entry with exactly the declared fields and the same required ones, and
 * every document kind of the registry is a {@code oneOf} entry of the schema with its payload field.
 */
class ShapeSchemaTest {
  /** The classes that declare shapes as {@code static final Shape} fields. */
  static final List<Class<?>> DECLARING = List.of(ModelCodec.class, FidelityCodec.class, CostCodec.class,
      QualityCodec.class, BareCodec.class);

  /** Shapes of values no document holds (bare values of {@link NwdJsonModule}): not in the schema. */
  static final Set<String> BARE = Set.of("assessment", "dataIssue", "dataIssueReport", "window",
      "costSet", "measureCatalogue", "provocation", "provocationCatalogue");

  private static JsonNode schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = NwdJson.schema().openStream()) {
      schema = new ObjectMapper().readTree(in);
    }
  }

  static List<Shape<?, ?>> declaredShapes() throws IllegalAccessException {
    List<Shape<?, ?>> shapes = new ArrayList<>();
    for (Class<?> type : DECLARING) {
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Shape.class) {
          f.setAccessible(true);
          shapes.add((Shape<?, ?>) f.get(null));
        }
      }
    }
    return shapes;
  }

  /** The schema object of a shape: its {@code $defs} entry, or the cohort document's payload. */
  static JsonNode schemaOf(String name) {
    if (schema.get("$defs").has(name)) {
      return schema.get("$defs").get(name);
    }
    return documentOf(name);
  }

  static JsonNode documentOf(String kind) {
    for (JsonNode document : schema.get("oneOf")) {
      if (kind.equals(document.path("properties").path("kind").path("const").asText())) {
        return document;
      }
    }
    return null;
  }

  static Set<String> names(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  @Test
  void everyDeclaredShapeHasExactlyItsFieldsAndRequiredOnesInTheSchema() throws Exception {
    List<Shape<?, ?>> shapes = declaredShapes();
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(24);
    for (Shape<?, ?> shape : shapes) {
      if (BARE.contains(shape.name)) {
        continue;
      }
      JsonNode def = schemaOf(shape.name);
      assertThat(def).as("schema entry of shape %s", shape.name).isNotNull();
      Set<String> declared = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      for (Shape.Field<?, ?, ?> f : shape.fields) {
        declared.add(f.name);
        if (f.isRequired()) {
          required.add(f.name);
        }
      }
      Set<String> properties = names(def.get("properties"));
      Set<String> schemaRequired = texts(def.get("required"));
      if (documentOf(shape.name) == def) { // a document: the envelope is the registry's
        properties.removeAll(Set.of("schemaVersion", "kind"));
        schemaRequired.removeAll(Set.of("schemaVersion", "kind"));
      }
      assertThat(properties).as("properties of %s", shape.name).isEqualTo(declared);
      assertThat(schemaRequired).as("required fields of %s", shape.name).isEqualTo(required);
      assertThat(def.path("additionalProperties").asBoolean(true))
          .as("%s refuses unknown fields", shape.name).isFalse();
    }
  }

  @Test
  void everyDocumentKindIsInTheSchemaWithItsPayloadField() {
    Set<String> kinds = new LinkedHashSet<>();
    for (Documents.Kind kind : Documents.all()) {
      kinds.add(kind.name);
      JsonNode document = documentOf(kind.name);
      assertThat(document).as("schema document of kind %s", kind.name).isNotNull();
      assertThat(texts(document.get("required"))).as("required of %s", kind.name)
          .contains("schemaVersion", "kind");
      assertThat(texts(document.path("properties").path("schemaVersion").path("enum")))
          .as("versions of %s", kind.name).isEqualTo(new TreeSet<>(Envelope.READABLE));
      if (kind.field != null) {
        assertThat(names(document.get("properties")))
            .isEqualTo(new TreeSet<>(Set.of("schemaVersion", "kind", kind.field)));
        assertThat(texts(document.get("required"))).contains(kind.field);
      }
    }
    Set<String> documented = new LinkedHashSet<>();
    schema.get("oneOf").forEach(d -> documented.add(d.path("properties").path("kind").path("const")
        .asText()));
    assertThat(documented).as("no schema document without a kind").isEqualTo(kinds);
  }

  @Test
  void personalFieldsAreDeclaredAsSuch() throws Exception {
    Set<String> personal = new TreeSet<>();
    for (Shape<?, ?> shape : declaredShapes()) {
      for (Shape.Field<?, ?, ?> f : shape.fields) {
        if (f.personal) {
          personal.add(shape.name + "." + f.name);
        }
      }
    }
    assertThat(personal).contains("youngPerson.birthMonth", "story.text");
  }
}
