package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON shape of one type, declared once: its fields in writing order, each with its name, the
 * accessor that writes it, the builder setter that reads it, its value codec, and whether it is
 * required and personal. Writing, streaming reading, the required-field check, duplicate and
 * unknown fields all follow from the declaration; {@code ShapeSchemaTest} checks it against the
 * published JSON Schema.
 *
 * @param <T> the type
 * @param <B> its builder
 */
final class Shape<T, B> implements Value<T> {

  /** How a field is present: always, when the value has it, or as an array of items. */
  enum Presence {
    REQUIRED,
    /** Always written, optional to read (the builder has a default). */
    ALWAYS,
    OPTIONAL,
    /** An array, always written, optional to read (an absent array is empty). */
    LIST,
    /** An array whose items are unique ({@code uniqueItems}). */
    SET
  }

  /** One declared field. */
  static final class Field<T, B, V> {
    final String name;
    final Presence presence;
    final boolean required;
    final boolean personal;
    final Value<V> value;
    /** The value(s) to write: the value, the optional, or the items. */
    private final Function<T, ?> accessor;
    private final BiConsumer<B, V> setter;

    Field(String name, Presence presence, boolean required, boolean personal, Value<V> value,
        Function<T, ?> accessor, BiConsumer<B, V> setter) {
      this.name = name;
      this.presence = presence;
      this.required = required;
      this.personal = personal;
      this.value = value;
      this.accessor = accessor;
      this.setter = setter;
    }

    boolean isRequired() {
      return required;
    }

    @SuppressWarnings("unchecked")
    void write(JsonGenerator g, T owner) throws IOException {
      Object got = accessor.apply(owner);
      switch (presence) {
        case REQUIRED:
        case ALWAYS:
          g.writeFieldName(name);
          value.write(g, (V) got);
          break;
        case OPTIONAL:
          Optional<V> optional = (Optional<V>) got;
          if (optional.isPresent()) {
            g.writeFieldName(name);
            value.write(g, optional.get());
          }
          break;
        default:
          g.writeArrayFieldStart(name);
          for (V item : (Collection<V>) got) {
            value.write(g, item);
          }
          g.writeEndArray();
      }
    }

    void read(In in, B builder) {
      switch (presence) {
        case LIST:
          in.array(name, () -> setter.accept(builder, value.read(in, name)));
          break;
        case SET:
          in.set(name, () -> value.read(in, name), v -> setter.accept(builder, v));
          break;
        default:
          setter.accept(builder, value.read(in, name));
      }
    }
  }

  final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  final List<Field<T, B, ?>> fields;
  private final Field<T, B, ?>[] byIndex;
  private final long required;
  /** Called on the builder after the fields are read, with the set of fields given. */
  private final Finish<B> finish;

  @SuppressWarnings("unchecked")
  private Shape(String name, Supplier<B> newBuilder, Function<B, T> build,
      List<Field<T, B, ?>> fields, Finish<B> finish) {
    if (fields.size() > 63) {
      throw new IllegalStateException("a shape has at most 63 fields: " + name);
    }
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = List.copyOf(fields);
    this.byIndex = fields.toArray(new Field[0]);
    long mask = 0;
    for (int i = 0; i < byIndex.length; i++) {
      if (byIndex[i].isRequired()) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.finish = finish;
  }

  /** Starts the declaration of the shape called {@code name} in the schema's {@code $defs}. */
  static <T, B> Declaration<T, B> of(String name, Supplier<B> builder, Function<B, T> build) {
    return new Declaration<>(name, builder, build);
  }

  /** The index of field {@code name}, or -1; Jackson interns names, so identity nearly decides. */
  private int indexOf(String name) {
    Field<T, B, ?>[] all = byIndex;
    for (int i = 0; i < all.length; i++) {
      if (all[i].name == name) {
        return i;
      }
    }
    for (int i = 0; i < all.length; i++) {
      if (all[i].name.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The bit of field {@code name} (0 for none), for {@link Declaration#finish}. */
  long bit(String name) {
    int i = indexOf(name);
    return i < 0 ? 0 : 1L << i;
  }

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    g.writeStartObject();
    for (Field<T, B, ?> f : byIndex) {
      f.write(g, value);
    }
    g.writeEndObject();
  }

  /** Reads the object the parser is on; {@code field} names it in an error. */
  @Override
  public T read(In in, String field) {
    in.expect(JsonToken.START_OBJECT, field, "an object");
    In.Mark at = in.mark();
    B b = newBuilder.get();
    long given = 0;
    List<String> unknown = null;
    while (in.next() == JsonToken.FIELD_NAME) {
      String key = in.currentName();
      int i = indexOf(key);
      // A repeated field is refused here, from the bits of the fields read: cheaper than Jackson's
      // strict duplicate detection (a hash set per object), which the cohort reader turns off.
      if (i < 0) {
        if (unknown == null) {
          unknown = new ArrayList<>(2);
        }
        if (unknown.contains(key)) {
          in.next();
          throw duplicate(in, key);
        }
        unknown.add(key);
        in.next();
        in.skipUnknown(key);
        continue;
      }
      if ((given & 1L << i) != 0) {
        in.next();
        throw duplicate(in, key);
      }
      given |= 1L << i;
      in.next();
      byIndex[i].read(in, b);
    }
    if ((given & required) != required) {
      long missing = required & ~given;
      String name = byIndex[Long.numberOfTrailingZeros(missing)].name;
      throw new NwdJsonException(at.pointer(), at.line(), at.column(), name,
          "missing required field \"" + name + "\"", null);
    }
    if (finish != null) {
      finish.accept(b, given);
    }
    return In.build(at, build, b);
  }

  /**
   * A field given twice in one object: an error at the second one's value, worded as Jackson's
   * detection words it. The parser is on that value.
   */
  static NwdJsonException duplicate(In in, String key) {
    return in.fail(key, "duplicate field: Duplicate field '" + org.nwd.SafeText.bounded(key) + "'");
  }

  /** A shape being declared, field by field in writing order. */
  static final class Declaration<T, B> {
    private final String name;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();
    private Finish<B> finish;

    private Declaration(String name, Supplier<B> builder, Function<B, T> build) {
      this.name = name;
      this.builder = builder;
      this.build = build;
    }

    private <V> Declaration<T, B> add(String field, Presence presence, boolean personal,
        Value<V> value, Function<T, ?> accessor, BiConsumer<B, V> setter) {
      boolean required = presence == Presence.REQUIRED;
      fields.add(new Field<>(field, presence, required, personal, value, accessor, setter));
      return this;
    }

    /** An array that must be given (it may be empty). */
    <V> Declaration<T, B> requiredList(String field, Function<T, ? extends Collection<V>> accessor,
        BiConsumer<B, V> adder, Value<V> value) {
      fields.add(new Field<>(field, Presence.LIST, true, false, value, accessor, adder));
      return this;
    }

    /** A required field. */
    <V> Declaration<T, B> required(String field, Function<T, V> accessor, BiConsumer<B, V> setter,
        Value<V> value) {
      return add(field, Presence.REQUIRED, false, value, accessor, setter);
    }

    /** A required field that can hold personal data: its value is never shown in a message. */
    <V> Declaration<T, B> personal(String field, Function<T, V> accessor, BiConsumer<B, V> setter,
        Value<V> value) {
      return add(field, Presence.REQUIRED, true, value, accessor, setter);
    }

    /** A field always written, optional to read: an absent one keeps the builder's default. */
    <V> Declaration<T, B> always(String field, Function<T, V> accessor, BiConsumer<B, V> setter,
        Value<V> value) {
      return add(field, Presence.ALWAYS, false, value, accessor, setter);
    }

    /** An optional field, omitted when empty. */
    <V> Declaration<T, B> optional(String field, Function<T, Optional<V>> accessor,
        BiConsumer<B, V> setter, Value<V> value) {
      return add(field, Presence.OPTIONAL, false, value, accessor, setter);
    }

    /** An array, always written; each item read is given to {@code adder}. */
    <V> Declaration<T, B> list(String field, Function<T, ? extends Collection<V>> accessor,
        BiConsumer<B, V> adder, Value<V> value) {
      return add(field, Presence.LIST, false, value, accessor, adder);
    }

    /** An array of unique items: a repeated item is an error at its own pointer. */
    <V> Declaration<T, B> set(String field, Function<T, ? extends Collection<V>> accessor,
        BiConsumer<B, V> adder, Value<V> value) {
      return add(field, Presence.SET, false, value, accessor, adder);
    }

    /** Runs on the builder once its fields are read, with the bits of the fields given. */
    Declaration<T, B> finish(Finish<B> step) {
      this.finish = step;
      return this;
    }

    Shape<T, B> declare() {
      return new Shape<>(name, builder, build, fields, finish);
    }
  }

  /** A last step on the builder, given the bits of the fields read (see {@link #bit}). */
  interface Finish<B> {
    void accept(B builder, long given);
  }
}
