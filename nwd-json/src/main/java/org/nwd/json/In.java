package org.nwd.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.model.YoungPersonId;

/**
 * A pull reader over a Jackson parser that knows where it is: every error carries the JSON pointer,
 * line and column. Convention: each read method is called with the parser on the value's first token
 * and leaves it on the value's last token.
 */
final class In {

  /**
   * Where a value started, for errors found when it is built. The JSON pointer of a mark taken on an
   * object or array is computed only when asked for (an error is being reported): computing it for
   * every object read was a tenth of the reading time. It is then read from the parser's contexts,
   * which still hold the object's place while the object is being read and just after its end, which
   * is when such marks are used; {@link In#markNow()} takes a mark to keep for later.
   */
  static final class Mark {
    private final JsonStreamContext parent;
    private String pointer;
    private final int line;
    private final int column;
    /** The reader whose item positions locate errors inside the marked object (null: none). */
    private In owner;
    /** The nesting depth of the marked object, and the first item position recorded inside it. */
    private int depth;
    private int firstItem;

    /** A mark with a known pointer. */
    Mark(String pointer, int line, int column) {
      this.parent = null;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }

    /** A mark whose pointer is that of {@code parent}'s current field or element, computed later. */
    private Mark(JsonStreamContext parent, int line, int column) {
      this.parent = parent;
      this.line = line;
      this.column = column;
    }

    private Mark locating(In owner, int depth, int firstItem) {
      this.owner = owner;
      this.depth = depth;
      this.firstItem = firstItem;
      return this;
    }

    String pointer() {
      if (pointer == null) {
        pointer = parent.pathAsPointer().toString();
      }
      return pointer;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  /** Handles one field; the parser is on its value. Returns false for an unknown field. */
  interface Fields {
    boolean field(String name);
  }

  private final JsonParser parser;
  /** The parser as Jackson's base class, for positions without allocation (null otherwise). */
  private final ParserBase base;
  private final boolean strict;
  private final Consumer<UnknownField> unknown;

  /** The minor schema version of the document being read; the current one unless a header said older. */
  private int minorVersion = Envelope.MINOR;

  In(JsonParser parser, boolean strict, Consumer<UnknownField> unknown) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.strict = strict;
    this.unknown = unknown;
  }

  /** The minor schema version read from the document's header (or inherited from the outer reader). */
  int version() {
    return minorVersion;
  }

  void version(int minor) {
    this.minorVersion = minor;
  }

  /**
   * True when the document is of an earlier minor version: its derived values (outputs,
   * explanations) were computed by an earlier library, so only the fields it has are checked.
   */
  boolean isOlderVersion() {
    return minorVersion < Envelope.MINOR;
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  JsonToken token() {
    return parser.currentToken();
  }

  String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /**
   * Where the current token is. On the start of an object or array the pointer is computed only if
   * asked for, from the parent context, which keeps the object's place until the parser moves past
   * the object's end: use such a mark before that (all uses build or check the object just read), or
   * take {@link #markNow()}.
   */
  Mark mark() {
    JsonToken token = parser.currentToken();
    JsonStreamContext context = parser.getParsingContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      JsonStreamContext parent = context.getParent();
      if (parent != null) {
        return new Mark(parent, tokenLine(), tokenColumn())
            .locating(this, context.getNestingDepth(), itemCount);
      }
    }
    return markNow().locating(this, context.getNestingDepth(), itemCount);
  }

  /** Where the current token is, with the pointer computed now: a mark to keep while reading on. */
  Mark markNow() {
    return new Mark(pointer(), tokenLine(), tokenColumn());
  }

  /**
   * The current token's line, as {@code currentTokenLocation()} gives it but without allocating one
   * (a field name's position is kept apart by Jackson: asked for the usual way). InTest pins that
   * both agree.
   */
  private int tokenLine() {
    return base != null && parser.currentToken() != JsonToken.FIELD_NAME
        ? base.getTokenLineNr()
        : parser.currentTokenLocation().getLineNr();
  }

  /** The current token's column; Jackson's {@code getTokenColumnNr()} is one past its location's. */
  private int tokenColumn() {
    if (base != null && parser.currentToken() != JsonToken.FIELD_NAME) {
      int column = base.getTokenColumnNr();
      return column > 0 ? column - 1 : column;
    }
    return parser.currentTokenLocation().getColumnNr();
  }

  // ---- where array items are, to place an error found when their parent is built ----

  /**
   * For each array item read since {@link #forgetItems()}: the name of the field holding the array,
   * the nesting depth of the object holding that field, the item's index, line and column. A few
   * ints per item, no allocation; reset per cohort record.
   */
  private String[] itemFields = new String[64];

  private int[] itemInts = new int[64 * 4];
  private int itemCount;

  /** Drops the item positions recorded so far (a record has been read and checked). */
  void forgetItems() {
    Arrays.fill(itemFields, 0, itemCount, null);
    itemCount = 0;
  }

  /** Records the current token as item {@code index} of the array in field {@code field}. */
  private void recordItem(JsonStreamContext array) {
    JsonStreamContext holder = array.getParent();
    if (holder == null || !holder.inObject()) {
      return;
    }
    if (itemCount == itemFields.length) {
      itemFields = Arrays.copyOf(itemFields, itemCount * 2);
      itemInts = Arrays.copyOf(itemInts, itemCount * 8);
    }
    itemFields[itemCount] = holder.getCurrentName();
    int at = itemCount * 4;
    itemInts[at] = holder.getNestingDepth();
    itemInts[at + 1] = array.getCurrentIndex();
    itemInts[at + 2] = tokenLine();
    itemInts[at + 3] = tokenColumn();
    itemCount++;
  }

  /**
   * The line and column of the innermost array item on {@code path} (names and indexes relative to
   * the object marked by {@code at}), or those of {@code at} when no item is on it.
   */
  private int[] locate(Mark at, String path) {
    int[] found = {at.line(), at.column()};
    String[] segments = path.split("/");
    int depth = at.depth;
    int from = at.firstItem;
    for (int i = 0; i < segments.length; i++) {
      boolean indexed = i + 1 < segments.length && isIndex(segments[i + 1]);
      if (!indexed) {
        depth++;
        continue;
      }
      int index = Integer.parseInt(segments[i + 1]);
      int hit = -1;
      for (int k = from; k < itemCount && hit < 0; k++) {
        if (itemInts[k * 4] == depth && itemInts[k * 4 + 1] == index
            && segments[i].equals(itemFields[k])) {
          hit = k;
        }
      }
      if (hit < 0) {
        break;
      }
      found[0] = itemInts[hit * 4 + 2];
      found[1] = itemInts[hit * 4 + 3];
      from = hit + 1;
      depth += 2; // the array, then the item
      i++;
    }
    return found;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** An error at {@code path} inside the object marked by {@code at}, located at its item. */
  static NwdJsonException failAt(Mark at, String path, String field, String rule, Throwable cause) {
    int[] where = at.owner == null ? new int[] {at.line(), at.column()} : at.owner.locate(at, path);
    return new NwdJsonException(at.pointer() + "/" + path, where[0], where[1], field, rule, cause);
  }

  NwdJsonException fail(String field, String rule) {
    Mark at = markNow();
    return new NwdJsonException(at.pointer(), at.line(), at.column(), field, rule, null);
  }

  /**
   * The names of the known fields read so far in the objects being read, innermost last: a stack
   * shared by nested {@link #object} calls, so that checking required fields allocates nothing
   * (Jackson's strict duplicate detection rejects a repeated field before it gets here).
   */
  private String[] names = new String[32];

  private int namesTop;

  /** Reads an object field by field; checks the required fields were all given. */
  Mark object(String field, Fields fields, String... required) {
    expect(JsonToken.START_OBJECT, field, "an object");
    Mark start = mark();
    int base = namesTop;
    try {
      while (next() == JsonToken.FIELD_NAME) {
        String name = currentName();
        next();
        if (fields.field(name)) {
          push(name);
        } else {
          skipUnknown(name);
        }
      }
      for (String name : required) {
        if (!given(name, base)) {
          throw new NwdJsonException(
              start.pointer(),
              start.line(),
              start.column(),
              name,
              "missing required field \"" + name + "\"",
              null);
        }
      }
    } finally {
      Arrays.fill(names, base, namesTop, null);
      namesTop = base;
    }
    return start;
  }

  private void push(String name) {
    if (namesTop == names.length) {
      names = Arrays.copyOf(names, namesTop * 2);
    }
    names[namesTop++] = name;
  }

  /** True when {@code name} was read in the object whose names start at {@code base}. */
  private boolean given(String name, int base) {
    for (int i = base; i < namesTop; i++) {
      // Jackson interns field names, so the identity test nearly always decides.
      if (names[i] == name || names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  boolean isStrict() {
    return strict;
  }

  /** Reports an unknown field found in a tree already read (lenient mode). */
  void reportUnknown(String pointer, Mark at) {
    unknown.accept(new UnknownField(pointer, at.line(), at.column()));
  }

  /** Strict: an error. Lenient: reported with its pointer and skipped. */
  void skipUnknown(String name) {
    if (strict) {
      throw fail(name, "unknown field \"" + Errors.printable(name) + "\"");
    }
    Mark at = markNow();
    unknown.accept(new UnknownField(at.pointer(), at.line(), at.column()));
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  /**
   * Calls {@code item} for each element, the parser on the element's first token; records where
   * each element is, so that an error found later in it is placed at the element.
   */
  void array(String field, Runnable item) {
    expect(JsonToken.START_ARRAY, field, "an array");
    JsonStreamContext array = parser.getParsingContext();
    while (next() != JsonToken.END_ARRAY) {
      recordItem(array);
      item.run();
    }
  }

  /**
   * An array the schema declares {@code uniqueItems}: each element read by {@code item} and given to
   * {@code add}; a repeated element is an error at its own pointer (with its index), naming the
   * index of the first. Sets here are small (codes), so a list is searched.
   */
  <T> void set(String field, Supplier<T> item, Consumer<T> add) {
    List<T> seen = new ArrayList<>(4);
    array(
        field,
        () -> {
          T value = item.get();
          int first = seen.indexOf(value);
          if (first >= 0) {
            throw fail(field, duplicate(currentText(), first));
          }
          seen.add(value);
          add.accept(value);
        });
  }

  /** The rule for an item repeated in a set: its value (a code, bounded) and the first index. */
  static String duplicate(String shown, int firstIndex) {
    return "duplicate item \"" + SafeText.bounded(shown) + "\" (also at index " + firstIndex
        + "): the items of this array are a set";
  }

  private String currentText() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  void expect(JsonToken wanted, String field, String what) {
    if (token() != wanted) {
      throw fail(field, "expected " + what + ", found " + describe(token()));
    }
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null (omit an optional field instead)";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  String text(String field) {
    expect(JsonToken.VALUE_STRING, field, "a string");
    try {
      return parser.getText();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  boolean bool(String field) {
    if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE) {
      throw fail(field, "expected a boolean, found " + describe(token()));
    }
    return token() == JsonToken.VALUE_TRUE;
  }

  int integer(String field) {
    expect(JsonToken.VALUE_NUMBER_INT, field, "an integer");
    try {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw fail(field, "integer out of range for a 32-bit integer");
      }
      return parser.getIntValue();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  long longInteger(String field) {
    expect(JsonToken.VALUE_NUMBER_INT, field, "an integer");
    try {
      JsonParser.NumberType type = parser.getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
        throw fail(field, "integer out of range for a 64-bit integer");
      }
      return parser.getLongValue();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  /** A whole number of any size. */
  java.math.BigInteger bigInteger(String field) {
    expect(JsonToken.VALUE_NUMBER_INT, field, "an integer");
    try {
      return parser.getBigIntegerValue();
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  /** A finite number: JSON has no NaN or infinity, and a huge number is not silently infinity. */
  double number(String field) {
    if (token() != JsonToken.VALUE_NUMBER_INT && token() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(field, "expected a number, found " + describe(token()));
    }
    try {
      double value = parser.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw fail(field, "number out of range for a double");
      }
      return value;
    } catch (IOException e) {
      throw Errors.reading(e, parser);
    }
  }

  LocalDate date(String field) {
    String text = text(field);
    LocalDate date = parseDate(text);
    if (date == null) {
      throw fail(field, "\"" + Errors.printable(text) + "\" is not an ISO-8601 date YYYY-MM-DD");
    }
    return date;
  }

  /** The birth month: personal data, so the value is never printed. */
  YearMonth birthMonth(String field) {
    String text = text(field);
    YearMonth month = parseMonth(text);
    if (month == null) {
      throw fail(field, "not an ISO-8601 month YYYY-MM (value withheld: personal data)");
    }
    return month;
  }

  /**
   * {@code YYYY-MM-DD} with ASCII digits and a real calendar date, else null. By hand: a regex and
   * {@code LocalDate.parse} were a fifth of the time taken to read a cohort.
   */
  static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(7) != '-') {
      return null;
    }
    int ym = yearMonth(text);
    int day = digits(text, 8);
    if (ym < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(ym / 100, ym % 100, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code YYYY-MM} with ASCII digits and a month 01-12, else null. */
  static YearMonth parseMonth(String text) {
    if (text.length() != 7) {
      return null;
    }
    int ym = yearMonth(text);
    if (ym < 0) {
      return null;
    }
    try {
      return YearMonth.of(ym / 100, ym % 100);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code YYYY-MM} at the start of {@code text} as {@code YYYY * 100 + MM}, or -1. */
  private static int yearMonth(String text) {
    if (text.charAt(4) != '-') {
      return -1;
    }
    int high = digits(text, 0);
    int low = digits(text, 2);
    int month = digits(text, 5);
    return high < 0 || low < 0 || month < 0 ? -1 : (high * 100 + low) * 100 + month;
  }

  /** The two ASCII digits at {@code at} as a number, or -1. */
  private static int digits(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  /** A value made from a string by a model factory ({@code of}, {@code fromCode}). */
  <T> T convert(String field, Function<String, T> factory) {
    String text = text(field);
    try {
      return factory.apply(text);
    } catch (DomainRuleException e) {
      throw fail(field, e.getMessage());
    }
  }

  /** The id of the hub being read, known as soon as it is read (a hub that fails keeps it). */
  private org.nwd.model.HubId hubIdRead;

  org.nwd.model.HubId hubIdRead(org.nwd.model.HubId id) {
    hubIdRead = id;
    return id;
  }

  /** The hub id read since the last call, or null; forgets it. */
  org.nwd.model.HubId takeHubIdRead() {
    org.nwd.model.HubId id = hubIdRead;
    hubIdRead = null;
    return id;
  }

  private String lastIdText;
  private YoungPersonId lastId;

  /**
   * A young person id. Every item of a record repeats its person's id, so the last one read is kept
   * and the same text gives the same (already validated) id.
   */
  YoungPersonId youngPersonId(String field) {
    String text = text(field);
    if (!text.equals(lastIdText)) {
      try {
        lastId = YoungPersonId.of(text);
      } catch (DomainRuleException e) {
        throw fail(field, e.getMessage());
      }
      lastIdText = text;
    }
    return lastId;
  }

  /**
   * Builds a value; a broken domain rule is reported at the object's pointer plus the rule's {@link
   * DomainRuleException#path() path} (e.g. {@code /records/3/hubEpisodes/1/period}), at the line and
   * column of the item the path names. Any other exception from a builder (a library bug, or a
   * value the model refuses without a domain rule) is reported at the object, its message escaped.
   */
  static <T> T build(Mark at, Supplier<T> builder) {
    return build(at, Supplier::get, builder);
  }

  /** As {@link #build(Mark, Supplier)}, applying {@code build} to {@code builder}. */
  static <B, T> T build(Mark at, Function<B, T> build, B builder) {
    try {
      return build.apply(builder);
    } catch (DomainRuleException e) {
      throw failAt(at, e.path(), e.field(), SafeText.limited(e.getMessage(), 1000), e);
    } catch (NwdJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new NwdJsonException(at.pointer(), at.line(), at.column(), "",
          SafeText.limited(String.valueOf(e.getMessage()), 300), e);
    }
  }
}
