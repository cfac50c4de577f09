package org.nwd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one JSON value is written and read. The reader is called with the parser on the value's first
 * token and leaves it on the value's last ({@link In}'s convention); {@code field} names the value in
 * an error.
 *
 * @param <V> the Java type
 */
interface Value<V> {
  void write(JsonGenerator g, V value) throws IOException;

  V read(In in, String field);

  /** A string. */
  Value<String> TEXT = of(JsonGenerator::writeString, In::text);

  Value<Boolean> BOOLEAN = of(JsonGenerator::writeBoolean, In::bool);

  /** A 32-bit whole number. */
  Value<Integer> INTEGER = of(JsonGenerator::writeNumber, In::integer);

  /** A 64-bit whole number. */
  Value<Long> LONG = of(JsonGenerator::writeNumber, In::longInteger);

  /** A finite number. */
  Value<Double> NUMBER = of(JsonGenerator::writeNumber, In::number);

  /** An ISO-8601 date, year 0000-9999. */
  Value<LocalDate> DATE = of(Value::writeDate, In::date);

  /** An ISO-8601 month: the birth month, personal, so never shown in a message. */
  Value<YearMonth> BIRTH_MONTH = of(Value::writeMonth, In::birthMonth);

  /** A young person's id (pseudonymous), the last one read kept for the next. */
  Value<org.nwd.model.YoungPersonId> YOUNG_PERSON_ID =
      of((g, id) -> g.writeString(id.value()), In::youngPersonId);

  /** An object of string values (explanation inputs), in document order. */
  Value<Map<String, String>> STRING_MAP =
      new Value<>() {
        @Override
        public void write(JsonGenerator g, Map<String, String> map) throws IOException {
          g.writeStartObject();
          for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        }

        @Override
        public Map<String, String> read(In in, String field) {
          Map<String, String> out = new java.util.LinkedHashMap<>();
          in.object(field, name -> {
            out.put(name, in.text(name));
            return true;
          });
          return out;
        }
      };

  /** A value from its writer and reader. */
  static <V> Value<V> of(Writer<V> writer, Reader<V> reader) {
    return new Value<>() {
      @Override
      public void write(JsonGenerator g, V value) throws IOException {
        writer.write(g, value);
      }

      @Override
      public V read(In in, String field) {
        return reader.read(in, field);
      }
    };
  }

  /**
   * A value written as a string by {@code write} and read by the model factory {@code read} (an
   * enum's {@code fromCode}, an id's {@code of}): a broken rule is reported at the value.
   */
  static <V> Value<V> text(Function<V, String> write, Function<String, V> read) {
    return of((g, v) -> g.writeString(write.apply(v)), (in, field) -> in.convert(field, read));
  }

  /**
   * An enum written as its code: read by a map of the codes (the model's {@code fromCode} scans and
   * copies the constants on every call), and by {@code fromCode} for an unknown code's error.
   */
  static <E extends Enum<E>> Value<E> code(Class<E> type, Function<E, String> code,
      Function<String, E> fromCode) {
    Map<String, E> byCode = new java.util.HashMap<>();
    for (E e : type.getEnumConstants()) {
      byCode.put(code.apply(e), e);
    }
    return of((g, v) -> g.writeString(code.apply(v)), (in, field) -> {
      E known = byCode.get(in.text(field));
      return known != null ? known : in.convert(field, fromCode);
    });
  }

  /** A value whose codec is declared later (a shape that contains itself). */
  static <V> Value<V> lazy(Supplier<Value<V>> value) {
    return of((g, v) -> value.get().write(g, v), (in, field) -> value.get().read(in, field));
  }

  /** Writes one value. */
  interface Writer<V> {
    void write(JsonGenerator g, V value) throws IOException;
  }

  /** Reads one value. */
  interface Reader<V> {
    V read(In in, String field);
  }

  /** The pointer of the value being written, for an error. */
  private static String pointer(JsonGenerator g) {
    return g.getOutputContext().pathAsPointer().toString();
  }

  private static void writeDate(JsonGenerator g, LocalDate date) throws IOException {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new NwdJsonException(pointer(g), -1, -1, g.getOutputContext().getCurrentName(),
          "date year " + date.getYear() + " is outside 0000-9999 and has no YYYY-MM-DD form", null);
    }
    g.writeString(date.toString());
  }

  private static void writeMonth(JsonGenerator g, YearMonth month) throws IOException {
    if (month.getYear() < 0 || month.getYear() > 9999) {
      throw new NwdJsonException(pointer(g), -1, -1, g.getOutputContext().getCurrentName(),
          "month year is outside 0000-9999 and has no YYYY-MM form (value withheld: personal data)",
          null);
    }
    g.writeString(month.toString());
  }
}
