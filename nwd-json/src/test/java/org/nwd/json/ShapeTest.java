package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A shape declared here, at test time (the library's are declared in static initializers, which a
 * mutation test cannot reach): each kind of field writes and reads as declared.
 */
class ShapeTest {
  /** A value with one field of each kind. */
  record Item(String id, Optional<Integer> size, List<String> tags, List<String> codes, int rank) {}

  /** Its builder. */
  static final class Parts {
    String id;
    Integer size;
    final List<String> tags = new ArrayList<>();
    final List<String> codes = new ArrayList<>();
    int rank = -1;
    boolean finished;
  }

  static final Shape<Item, Parts> ITEM =
      Shape.of("item", Parts::new, (Parts p) -> {
        if (!p.finished) {
          throw new IllegalStateException("not finished");
        }
        return new Item(p.id, Optional.ofNullable(p.size), p.tags, p.codes, p.rank);
      })
          .personal("id", Item::id, (p, v) -> p.id = v, Value.TEXT)
          .optional("size", Item::size, (p, v) -> p.size = v, Value.INTEGER)
          .list("tags", Item::tags, (p, v) -> p.tags.add(v), Value.TEXT)
          .set("codes", Item::codes, (p, v) -> p.codes.add(v), Value.TEXT)
          .always("rank", Item::rank, (p, v) -> p.rank = v, Value.INTEGER)
          .finish((p, given) -> p.finished = true)
          .declare();

  static String write(Item item) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      ITEM.write(g, item);
    }
    return out.toString();
  }

  static Item read(String json, boolean strict, List<UnknownField> unknown) throws Exception {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      In in = new In(p, strict, unknown::add);
      in.next();
      return ITEM.read(in, "item");
    }
  }

  @Test
  void declaresEachFieldOnceInOrderWithItsPresence() {
    assertThat(ITEM.name).isEqualTo("item");
    assertThat(ITEM.fields).extracting(f -> f.name)
        .containsExactly("id", "size", "tags", "codes", "rank");
    assertThat(ITEM.fields).extracting(f -> f.presence).containsExactly(Shape.Presence.REQUIRED,
        Shape.Presence.OPTIONAL, Shape.Presence.LIST, Shape.Presence.SET, Shape.Presence.ALWAYS);
    assertThat(ITEM.fields).extracting(Shape.Field::isRequired)
        .containsExactly(true, false, false, false, false);
    assertThat(ITEM.fields).extracting(f -> f.personal)
        .containsExactly(true, false, false, false, false);
    assertThat(ITEM.bit("id")).isEqualTo(1L);
    assertThat(ITEM.bit("rank")).isEqualTo(16L);
    assertThat(ITEM.bit(new String("codes".toCharArray()))).isEqualTo(8L); // not interned
    assertThat(ITEM.bit("none")).isZero();
  }

  @Test
  void writesAndReadsEveryKindOfField() throws Exception {
    Item item = new Item("a", Optional.of(3), List.of("x", "x"), List.of("p", "q"), 2);
    String json = write(item);
    assertThat(json).isEqualTo(
        "{\"id\":\"a\",\"size\":3,\"tags\":[\"x\",\"x\"],\"codes\":[\"p\",\"q\"],\"rank\":2}");
    assertThat(read(json, true, new ArrayList<>())).isEqualTo(item);
    Item bare = new Item("b", Optional.empty(), List.of(), List.of(), 0);
    assertThat(write(bare)).isEqualTo("{\"id\":\"b\",\"tags\":[],\"codes\":[],\"rank\":0}");
    assertThat(read("{\"id\":\"b\"}", true, new ArrayList<>()))
        .isEqualTo(new Item("b", Optional.empty(), List.of(), List.of(), -1));
  }

  @Test
  void refusesAMissingRequiredARepeatedFieldAndARepeatedSetItem() {
    assertThatThrownBy(() -> read("{\"rank\":1}", true, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.rule()).isEqualTo("missing required field \"id\"");
          assertThat(e.field()).isEqualTo("id");
        });
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"rank\":1,\"rank\":2}", true, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class, e -> {
          assertThat(e.rule()).isEqualTo("duplicate field: Duplicate field 'rank'");
          assertThat(e.pointer()).isEqualTo("/rank");
          assertThat(e.column()).isEqualTo(27);
        });
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"codes\":[\"p\",\"p\"]}", true, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/codes/1"));
    assertThatThrownBy(() -> read("[]", true, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.rule()).isEqualTo("expected an object, found an array"));
  }

  @Test
  void unknownFieldsAreErrorsWhenStrictAndReportedOnceWhenLenient() throws Exception {
    assertThatThrownBy(() -> read("{\"id\":\"a\",\"x\":1}", true, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.rule()).isEqualTo("unknown field \"x\""));
    List<UnknownField> unknown = new ArrayList<>();
    assertThat(read("{\"x\":{\"y\":1},\"id\":\"a\",\"z\":2}", false, unknown).id()).isEqualTo("a");
    assertThat(unknown).extracting(UnknownField::pointer).containsExactly("/x", "/z");
    assertThatThrownBy(() -> read("{\"x\":1,\"id\":\"a\",\"x\":2}", false, new ArrayList<>()))
        .isInstanceOfSatisfying(NwdJsonException.class,
            e -> assertThat(e.rule()).isEqualTo("duplicate field: Duplicate field 'x'"));
  }

  @Test
  void aShapeHasAtMost63Fields() {
    Shape.Declaration<Item, Parts> wide = Shape.of("wide", Parts::new, p -> null);
    for (int i = 0; i < 63; i++) {
      wide.optional("f" + i, Item::size, (p, v) -> { }, Value.INTEGER);
    }
    assertThat(wide.declare().fields).hasSize(63);
    wide.optional("f63", Item::size, (p, v) -> { }, Value.INTEGER);
    assertThatThrownBy(wide::declare).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most 63 fields: wide");
  }

  @Test
  void versionsAreMajorDotMinorUpToTheCurrentMinor() {
    assertThat(Envelope.minorOf("1.0")).isZero();
    assertThat(Envelope.minorOf("1.1")).isEqualTo(1);
    for (String v : new String[] {"1.2", "1.10", "1.01", "1.", "1", "2.0", "1.1a", "1.a", "1.-1",
        "11.1", "1.1000", ""}) {
      assertThat(Envelope.minorOf(v)).as(v).isEqualTo(-1);
    }
    assertThat(Envelope.READABLE).containsExactly("1.0", "1.1");
  }
}
