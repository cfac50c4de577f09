package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nwd.model.DatePeriod;
import org.nwd.model.YoungPersonRecord;

/**
 * Only well-formed UTF-8 is read: every other encoding, every ill-formed byte sequence (RFC 3629 and
 * Unicode table 3-7), NUL and unpaired surrogates, raw or escaped, are errors with position and rule.
 * A leading UTF-8 byte order mark is tolerated.
 */
class EncodingTest {
  private final NwdJson strict = NwdJson.strict();

  /** A record document whose story text is {@code TEXT}, on line 12 at column 100. */
  private static final String RECORD = MalformedInputTest.RECORD.replace("Jane went home", "TEXT");

  private static final int LINE = 12;

  private static byte[] with(byte[] text) {
    String doc = RECORD;
    int at = doc.indexOf("TEXT");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(doc.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(text);
    out.writeBytes(doc.substring(at + 4).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** The column (1-based, in bytes) where "TEXT" stands on its line. */
  private static int textColumn() {
    String line = RECORD.lines().toList().get(LINE - 1);
    return line.getBytes(StandardCharsets.UTF_8).length - line.substring(line.indexOf("TEXT")).length() + 1;
  }

  private NwdJsonException fails(byte[] doc) {
    NwdJsonException e =
        catchThrowableOfType(
            NwdJsonException.class,
            () -> strict.read(new ByteArrayInputStream(doc), YoungPersonRecord.class));
    assertThat(e).as("expected a refusal").isNotNull();
    return e;
  }

  private NwdJsonException failsInText(byte[] text, String rule, int offsetInText) {
    NwdJsonException e = fails(with(text));
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.line()).isEqualTo(LINE);
    assertThat(e.column()).isEqualTo(textColumn() + offsetInText);
    assertThat(e.pointer()).isEqualTo("/record/stories/0/text");
    assertThat(e.getMessage()).doesNotContain("went");
    return e;
  }

  @Test
  void wellFormedUtf8IsRead() {
    String text = "Zo\u00eb \u2013 \ud83c\udf93 \u4e2d";
    YoungPersonRecord r =
        strict.read(new ByteArrayInputStream(with(text.getBytes(StandardCharsets.UTF_8))), YoungPersonRecord.class);
    assertThat(r.stories().get(0).text()).isEqualTo(text);
    // Escaped forms, a surrogate pair included, read the same.
    YoungPersonRecord escaped =
        strict.read(new ByteArrayInputStream(with("Zo\\u00eb \\u2013 \\ud83c\\udf93 \\u4E2D".getBytes(StandardCharsets.UTF_8))),
            YoungPersonRecord.class);
    assertThat(escaped.stories().get(0).text()).isEqualTo(text);
  }

  @Test
  void aLeadingUtf8ByteOrderMarkIsTolerated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(0xEF, 0xBB, 0xBF));
    out.writeBytes(RECORD.getBytes(StandardCharsets.UTF_8));
    assertThat(strict.read(new ByteArrayInputStream(out.toByteArray()), YoungPersonRecord.class).stories())
        .hasSize(1);
  }

  @Test
  void utf16AndUtf32AreRefusedByName() {
    for (String name : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
      byte[] doc = RECORD.getBytes(Charset.forName(name));
      NwdJsonException e = fails(doc);
      assertThat(e.rule()).as(name).startsWith("not UTF-8: ").endsWith("documents must be UTF-8");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isBetween(1, 4);
    }
    // With a byte order mark, it is named.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(0xFF, 0xFE));
    out.writeBytes(RECORD.getBytes(StandardCharsets.UTF_16LE));
    assertThat(fails(out.toByteArray()).rule())
        .isEqualTo("not UTF-8: a UTF-16 or UTF-32 byte order mark; documents must be UTF-8");
  }

  @Test
  void overlongFormsAreRefused() {
    // "/" as two and as three bytes: the classic filter bypass.
    failsInText(bytes('a', 0xC0, 0xAF), "invalid UTF-8: overlong encoding (lead byte 0xC0)", 1);
    failsInText(bytes(0xC1, 0xBF), "invalid UTF-8: overlong encoding (lead byte 0xC1)", 0);
    failsInText(bytes('a', 'b', 0xE0, 0x80, 0xAF), "invalid UTF-8: overlong encoding (continuation byte 0x80)", 2);
    failsInText(bytes(0xF0, 0x80, 0x80, 0xAF), "invalid UTF-8: overlong encoding (continuation byte 0x80)", 0);
  }

  @Test
  void encodedSurrogatesAndCodePointsBeyondUnicodeAreRefused() {
    failsInText(bytes(0xED, 0xA0, 0x80), "invalid UTF-8: an encoded surrogate (U+D800-U+DFFF) is not a character", 0);
    failsInText(bytes('x', 0xED, 0xBF, 0xBF), "invalid UTF-8: an encoded surrogate (U+D800-U+DFFF) is not a character", 1);
    failsInText(bytes(0xF4, 0x90, 0x80, 0x80), "invalid UTF-8: code point beyond U+10FFFF", 0);
    failsInText(bytes(0xF5, 0x80, 0x80, 0x80), "invalid UTF-8: code point beyond U+10FFFF (lead byte 0xF5)", 0);
    failsInText(bytes(0xF8, 0x88, 0x80, 0x80, 0x80), "invalid UTF-8: byte 0xF8 never appears in UTF-8", 0);
    // The largest code point and the last before the surrogates are fine.
    assertThat(strict.read(new ByteArrayInputStream(with(bytes(0xF4, 0x8F, 0xBF, 0xBF, 0xED, 0x9F, 0xBF))),
        YoungPersonRecord.class).stories().get(0).text()).isEqualTo("\udbff\udfff\ud7ff");
  }

  @Test
  void brokenSequencesAreRefused() {
    failsInText(bytes(0xC3, 0x28), "invalid UTF-8: byte 0x28 where a continuation byte 0x80-0xBF was expected", 0);
    failsInText(bytes('a', 0x80), "invalid UTF-8: unexpected continuation byte 0x80", 1);
    failsInText(bytes(0xE2, 0x82, 'x'), "invalid UTF-8: byte 0x78 where a continuation byte 0x80-0xBF was expected", 0);
    byte[] cut = RECORD.substring(0, RECORD.indexOf("TEXT")).getBytes(StandardCharsets.UTF_8);
    byte[] truncated = new byte[cut.length + 1];
    System.arraycopy(cut, 0, truncated, 0, cut.length);
    truncated[cut.length] = (byte) 0xE2;
    NwdJsonException end = fails(truncated);
    assertThat(end.rule()).isEqualTo("invalid UTF-8: the input ends inside a multi-byte sequence");
    assertThat(end.line()).isEqualTo(LINE);
    assertThat(end.column()).isEqualTo(textColumn());
  }

  @Test
  void nulIsRefusedRawAndEscaped() {
    failsInText(bytes('a', 'b', 0), "NUL byte: a document holds no NUL character", 2);
    failsInText("ab\\u0000".getBytes(StandardCharsets.US_ASCII),
        "NUL in a string: the escape \\u0000 is not text and is not allowed", 2);
    // An escaped backslash before "u0000" is text, not an escape.
    assertThat(strict.read(new ByteArrayInputStream(with("a\\\\u0000".getBytes(StandardCharsets.US_ASCII))),
        YoungPersonRecord.class).stories().get(0).text()).isEqualTo("a\\u0000");
  }

  @Test
  void unpairedSurrogateEscapesAreRefused() {
    failsInText("x\\uD800".getBytes(StandardCharsets.US_ASCII),
        "unpaired surrogate in a string: the escape \\uD800 must be followed by a low surrogate escape \\uDC00-\\uDFFF", 1);
    failsInText("\\uD83Cx".getBytes(StandardCharsets.US_ASCII),
        "unpaired surrogate in a string: the escape \\uD83C must be followed by a low surrogate escape \\uDC00-\\uDFFF", 0);
    failsInText("\\uD83C\\u0041".getBytes(StandardCharsets.US_ASCII),
        "unpaired surrogate in a string: the escape \\uD83C must be followed by a low surrogate escape \\uDC00-\\uDFFF", 0);
    failsInText("\\uD83C\\n".getBytes(StandardCharsets.US_ASCII),
        "unpaired surrogate in a string: the escape \\uD83C must be followed by a low surrogate escape \\uDC00-\\uDFFF", 0);
    failsInText("\\uD83C\u00e9".getBytes(StandardCharsets.UTF_8),
        "unpaired surrogate in a string: the escape \\uD83C must be followed by a low surrogate escape \\uDC00-\\uDFFF", 0);
    failsInText("ab\\udc00".getBytes(StandardCharsets.US_ASCII),
        "unpaired surrogate in a string: the escape \\uDC00 must be preceded by a high one", 2);
  }

  @Test
  void fieldNamesAreCheckedToo() {
    String doc = RECORD.replace("\"careStatusPeriods\"", "\"care\\u0000\"");
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> strict.read(doc, YoungPersonRecord.class));
    assertThat(e.rule()).isEqualTo("NUL in a string: the escape \\u0000 is not text and is not allowed");
    assertThat(e.line()).isEqualTo(3);
  }

  /** One byte per read: sequences and escapes split across reads are checked all the same. */
  private static InputStream trickle(byte[] doc) {
    return new FilterInputStream(new ByteArrayInputStream(doc)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void checksHoldAcrossReadsAndBuffers() {
    byte[] good = with("Zo\u00eb \ud83c\udf93 \\ud83c\\udf93".getBytes(StandardCharsets.UTF_8));
    assertThat(strict.read(trickle(good), YoungPersonRecord.class).stories().get(0).text())
        .isEqualTo("Zo\u00eb \ud83c\udf93 \ud83c\udf93");
    NwdJsonException e =
        catchThrowableOfType(NwdJsonException.class,
            () -> strict.read(trickle(with(bytes('a', 0xE0, 0x80, 0xAF))), YoungPersonRecord.class));
    assertThat(e.rule()).startsWith("invalid UTF-8: overlong");
    assertThat(e.column()).isEqualTo(textColumn() + 1);
    NwdJsonException escape =
        catchThrowableOfType(NwdJsonException.class,
            () -> strict.read(trickle(with("\\u0000".getBytes(StandardCharsets.US_ASCII))), YoungPersonRecord.class));
    assertThat(escape.column()).isEqualTo(textColumn());

    // Far into a long document (many parser buffers), on a line of its own after CR LF breaks.
    String padding = "\r\n".repeat(3) + " ".repeat(20_000) + "\r\n";
    String doc = RECORD.replace("\"stories\"", padding + "\"stories\"");
    byte[] bytes = doc.replace("TEXT", "ab\u0001").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0001');
    bytes[at] = (byte) 0xC0;
    NwdJsonException far = fails(bytes);
    assertThat(far.rule()).startsWith("invalid UTF-8: overlong");
    assertThat(far.line()).isEqualTo(LINE + 4);
    assertThat(far.column()).isEqualTo(textColumn() + 2);
  }

  @Test
  void textGivenAsAStringMustBeUnicode() {
    String lone = RECORD.replace("TEXT", "a\ud800b");
    NwdJsonException e = catchThrowableOfType(NwdJsonException.class, () -> strict.read(lone, YoungPersonRecord.class));
    assertThat(e.rule()).isEqualTo("unpaired surrogate: the text is not Unicode and has no UTF-8 form");
    assertThat(e.line()).isEqualTo(LINE);
    assertThat(catchThrowableOfType(NwdJsonException.class,
        () -> strict.checkCohort(MalformedInputTest.COHORT.replace("Scarborough", "\udc00")))).isNotNull();
    assertThat(catchThrowableOfType(NwdJsonException.class, () -> strict.readSensitivity("\ud800"))).isNotNull();
    assertThat(strict.read(RECORD.replace("TEXT", "\ud83c\udf93"), YoungPersonRecord.class).stories()).hasSize(1);
    // Lines as the parser counts them (CR LF, CR, LF), columns in characters from 1.
    NwdJsonException crlf = catchThrowableOfType(NwdJsonException.class,
        () -> strict.read("{\r\n\r \n\n  \"a\ud800\"", YoungPersonRecord.class));
    assertThat(new int[] {crlf.line(), crlf.column()}).containsExactly(5, 5);
    NwdJsonException last = catchThrowableOfType(NwdJsonException.class,
        () -> strict.read("{\"a\": \"\ud83c", YoungPersonRecord.class));
    assertThat(new int[] {last.line(), last.column()}).containsExactly(1, 8);
    NwdJsonException low = catchThrowableOfType(NwdJsonException.class,
        () -> strict.read("\r{\"a\": \"\udc00\ud800", YoungPersonRecord.class));
    assertThat(new int[] {low.line(), low.column()}).containsExactly(2, 8);
  }

  @Test
  void theObjectMapperChecksTextAndBytesToo() throws Exception {
    ObjectMapper mapper = strict.objectMapper();
    String period = "{\"start\": \"2024-02-01\", \"end\": \"2024-03-01\"}";
    assertThat(mapper.readValue(period, DatePeriod.class)).isEqualTo(DatePeriod.parse("2024-02-01/2024-03-01"));
    assertThat(mapper.readValue(period.getBytes(StandardCharsets.UTF_8), DatePeriod.class))
        .isEqualTo(DatePeriod.parse("2024-02-01/2024-03-01"));
    // DataInput (only without a document-length limit, a Jackson restriction) is checked as bytes.
    ObjectMapper unlimited =
        strict.withLimits(new NwdJsonLimits(64, 100_000, 64, 256, -1)).objectMapper();
    assertThat(unlimited.readValue((java.io.DataInput) new java.io.DataInputStream(
        new ByteArrayInputStream(period.getBytes(StandardCharsets.UTF_8))), DatePeriod.class))
        .isEqualTo(DatePeriod.parse("2024-02-01/2024-03-01"));
    byte[] nul = "{\"start\": \"2024-02-01\u0000\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(Exception.class, () -> unlimited.readValue(
        (java.io.DataInput) new java.io.DataInputStream(new ByteArrayInputStream(nul)), DatePeriod.class)))
        .hasMessageContaining("NUL byte");
    // Text (a Reader): NUL, raw and escaped, and unpaired surrogates.
    for (String bad : new String[] {"{\"start\": \"2024\u0000\"}", "{\"start\": \"\\u0000\"}",
        "{\"start\": \"\ud800\"}", "{\"start\": \"\udc00\"}", "{\"start\": \"\\udc00\"}", "{\"st\ud800art\": 1}"}) {
      Exception e = catchThrowableOfType(Exception.class, () -> mapper.readValue(bad, DatePeriod.class));
      assertThat(e).as(bad).isNotNull();
      assertThat(e.getMessage()).as(bad).containsAnyOf("NUL", "unpaired surrogate");
    }
    // Bytes: an overlong form.
    byte[] overlong = "{\"start\": \"2024-02-01\", \"end\": \"X\"}".getBytes(StandardCharsets.UTF_8);
    overlong[overlong.length - 3] = (byte) 0xC0;
    Exception e = catchThrowableOfType(Exception.class, () -> mapper.readValue(overlong, DatePeriod.class));
    assertThat(e.getMessage()).contains("overlong");
  }
}
