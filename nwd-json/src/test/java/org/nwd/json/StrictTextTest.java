package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checking stream and reader on their own, against an independent reference: random JSON-like
 * text (strings with harmless escapes, non-ASCII text, every kind of line break) with one refusal
 * put somewhere, read in chunks of random size. The refusal's line and column are computed here by
 * counting, and the text before it must reach the parser first.
 */
class StrictTextTest {
  private static final List<String> PIECES =
      List.of("abc", " ", "\n", "\r\n", "\r", "{", "}", ":", ",", "12", "\"str\"", "\"a\\\"b\"",
          "\"a\\\\u0000b\"", "\"\\u0041\"", "\"\\ud83c\\udf93\"", "\"\u00e9\u20ac\"", "\"\ud83c\udf93\"",
          "\"\\\\\"", "\"\\n\"");

  /** A refusal: how it is written, and whether it exists in bytes, in characters or both. */
  private record Fault(String text, byte[] bytes, boolean inChars, String rule) {}

  private static final List<Fault> FAULTS =
      List.of(
          new Fault("\u0000", null, true, "NUL"),
          new Fault("\\u0000", null, true, "NUL in a string"),
          new Fault("\\ud800x", null, true, "unpaired surrogate in a string"),
          new Fault("\\udc00", null, true, "unpaired surrogate in a string"),
          new Fault("\\ud83c\\u0041", null, true, "unpaired surrogate in a string"),
          new Fault("\\ud83c\u00e9", null, true, "unpaired surrogate in a string"),
          new Fault("\ud800x", null, true, "unpaired surrogate: the text is not Unicode (a high"),
          new Fault("\udc00", null, true, "unpaired surrogate: the text is not Unicode (a low"),
          new Fault(null, new byte[] {(byte) 0xC0, (byte) 0xAF}, false, "invalid UTF-8: overlong"),
          new Fault(null, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, false, "invalid UTF-8: an encoded surrogate"),
          new Fault(null, new byte[] {(byte) 0xE2, (byte) 0x82, 'x'}, false, "invalid UTF-8: byte 0x78"),
          new Fault(null, new byte[] {(byte) 0x80}, false, "invalid UTF-8: unexpected continuation"),
          new Fault(null, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, false,
              "invalid UTF-8: code point beyond U+10FFFF"));

  /** Line and column of {@code k} in {@code units} (bytes or chars), counting breaks as the parser does. */
  private static int[] position(int[] units, int k) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < k; i++) {
      if (units[i] == '\r') {
        line++;
        start = i + 1;
      } else if (units[i] == '\n') {
        if (i == 0 || units[i - 1] != '\r') {
          line++;
        }
        start = i + 1;
      }
    }
    return new int[] {line, k - start + 1};
  }

  private static int[] units(byte[] b) {
    int[] out = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] & 0xff;
    }
    return out;
  }

  private static int[] units(String s) {
    return s.chars().toArray();
  }

  @Test
  void refusalsArePlacedExactlyWhateverTheChunks() throws Exception {
    Random random = new Random(20240601);
    int checked = 0;
    for (int run = 0; run < 600; run++) {
      StringBuilder before = new StringBuilder("x "); // never the first bytes (see NUL at the start)
      for (int i = random.nextInt(12); i > 0; i--) {
        before.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      before.append("\"a");
      StringBuilder after = new StringBuilder("b\"");
      for (int i = random.nextInt(6); i > 0; i--) {
        after.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      Fault fault = FAULTS.get(random.nextInt(FAULTS.size()));
      int chunk = random.nextBoolean() ? 1 + random.nextInt(7) : 1 << 16;

      // Bytes.
      ByteArrayOutputStream doc = new ByteArrayOutputStream();
      doc.writeBytes(before.toString().getBytes(StandardCharsets.UTF_8));
      int k = doc.size();
      doc.writeBytes(fault.bytes() != null ? fault.bytes() : utf8Lenient(fault.text()));
      doc.writeBytes(after.toString().getBytes(StandardCharsets.UTF_8));
      byte[] bytes = doc.toByteArray();
      if (fault.bytes() != null || !fault.text().startsWith("\ud800") && !fault.text().startsWith("\udc00")) {
        ByteArrayOutputStream delivered = new ByteArrayOutputStream();
        StrictText.MalformedTextException e =
            catchThrowableOfType(StrictText.MalformedTextException.class,
                () -> drain(new StrictText.Utf8Stream(chunked(bytes, chunk)), delivered));
        assertThat(e).as("bytes %s", new String(bytes, StandardCharsets.ISO_8859_1)).isNotNull();
        assertThat(e.rule).startsWith(fault.rule().startsWith("NUL") && fault.text().equals("\u0000") ? "NUL byte" : fault.rule());
        int[] at = position(units(bytes), k);
        assertThat(new int[] {e.line, e.column}).as("position in %s", before).containsExactly(at);
        assertThat(delivered.size()).as("%s in %s, chunk %s", fault, before, chunk).isBetween(k, k + 12);
        if (chunk > bytes.length) {
          assertThat(delivered.size()).as("%s in %s", fault, before).isEqualTo(k); // the text before the fault, and no more
        }
        checked++;
      }

      // Characters.
      if (fault.inChars()) {
        String text = before + fault.text() + after;
        int kc = before.length();
        CharArrayWriter delivered = new CharArrayWriter();
        StrictText.MalformedTextException e =
            catchThrowableOfType(StrictText.MalformedTextException.class,
                () -> drain(new StrictText.CheckedReader(chunked(text, chunk)), delivered));
        assertThat(e).as("text %s", text).isNotNull();
        assertThat(e.rule).startsWith(fault.rule().equals("NUL") ? "NUL character" : fault.rule());
        int[] at = position(units(text), kc);
        assertThat(new int[] {e.line, e.column}).as("position in %s", text).containsExactly(at);
        assertThat(delivered.size()).as("%s in %s, chunk %s", fault, text, chunk).isBetween(kc, kc + 12);
        if (chunk > text.length()) {
          assertThat(delivered.size()).as("%s in %s", fault, text).isEqualTo(kc);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(700);
  }

  @Test
  void goodTextPassesUnchangedInAnyChunks() throws Exception {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      int chunk = 1 + random.nextInt(9);
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      drain(new StrictText.Utf8Stream(chunked(bytes, chunk)), out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
      CharArrayWriter chars = new CharArrayWriter();
      drain(new StrictText.CheckedReader(chunked(text.toString(), chunk)), chars);
      assertThat(chars.toString()).isEqualTo(text.toString());
    }
  }

  @Test
  void singleReadsSkipsAndTheEnd() throws Exception {
    StrictText.Utf8Stream in = new StrictText.Utf8Stream(new ByteArrayInputStream("a\u00e9".getBytes(StandardCharsets.UTF_8)));
    assertThat(in.markSupported()).isFalse();
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.skip(5)).isEqualTo(2);
    assertThat(in.read()).isEqualTo(-1);
    StrictText.CheckedReader r = new StrictText.CheckedReader(new StringReader("ab\u00e9"));
    assertThat(r.markSupported()).isFalse();
    assertThat(r.read()).isEqualTo('a');
    assertThat(r.skip(5)).isEqualTo(2);
    assertThat(r.read()).isEqualTo(-1);
    // A high surrogate at the very end of the text is unpaired.
    StrictText.CheckedReader end = new StrictText.CheckedReader(new StringReader("\n ab\ud800"));
    StrictText.MalformedTextException e =
        catchThrowableOfType(StrictText.MalformedTextException.class, () -> drain(end, new CharArrayWriter()));
    assertThat(new int[] {e.line, e.column}).containsExactly(2, 4);
    // After a refusal, every read fails the same way.
    StrictText.Utf8Stream bad = new StrictText.Utf8Stream(new ByteArrayInputStream(new byte[] {'a', 'b', 'c', 'd', 0}));
    byte[] buffer = new byte[10];
    assertThat(bad.read(buffer, 0, 10)).isEqualTo(4);
    StrictText.MalformedTextException first = catchThrowableOfType(StrictText.MalformedTextException.class, () -> bad.read(buffer, 0, 10));
    assertThat(catchThrowableOfType(StrictText.MalformedTextException.class, () -> bad.read(buffer, 0, 10))).isSameAs(first);
    assertThat(first.rule).isEqualTo("NUL byte: a document holds no NUL character");
    assertThat(catchThrowableOfType(StrictText.MalformedTextException.class,
        () -> new StrictText.Utf8Stream(new ByteArrayInputStream(new byte[] {0, '{'})).read(buffer, 0, 10)).rule)
        .startsWith("not UTF-8: NUL bytes at the start");
    StrictText.CheckedReader nul = new StrictText.CheckedReader(new StringReader("a\u0000"));
    char[] chars = new char[10];
    assertThat(nul.read(chars, 0, 10)).isEqualTo(1);
    StrictText.MalformedTextException c = catchThrowableOfType(StrictText.MalformedTextException.class, () -> nul.read(chars, 0, 10));
    assertThat(catchThrowableOfType(StrictText.MalformedTextException.class, () -> nul.read(chars, 0, 10))).isSameAs(c);
  }

  @Test
  void everyLeadByteIsJudged() throws Exception {
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      byte[] doc = {' ', ' ', (byte) lead, (byte) 0x80, (byte) 0x80, (byte) 0x80, ' '};
      boolean wellFormed;
      try {
        drain(new StrictText.Utf8Stream(new ByteArrayInputStream(doc)), new ByteArrayOutputStream());
        wellFormed = true;
      } catch (StrictText.MalformedTextException e) {
        wellFormed = false;
      }
      // Reference: the JDK's strict decoder.
      boolean jdk;
      try {
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(doc));
        jdk = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdk = false;
      }
      assertThat(wellFormed).as("lead byte 0x%02X", lead).isEqualTo(jdk);
    }
    for (int second = 0x00; second <= 0xFF; second++) {
      for (int lead : new int[] {0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4}) {
        byte[] doc = {' ', ' ', (byte) lead, (byte) second, (byte) 0x80, (byte) 0x80, ' '};
        boolean ours;
        try {
          drain(new StrictText.Utf8Stream(new ByteArrayInputStream(doc)), new ByteArrayOutputStream());
          ours = true;
        } catch (StrictText.MalformedTextException e) {
          ours = false;
        }
        boolean jdk;
        try {
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(doc));
          jdk = !new String(doc, StandardCharsets.UTF_8).contains("\u0000");
        } catch (java.nio.charset.CharacterCodingException e) {
          jdk = false;
        }
        assertThat(ours).as("0x%02X 0x%02X", lead, second).isEqualTo(jdk);
      }
    }
    byte[] bom = {(byte) 0xFE, (byte) 0xFF, 0, '{'};
    assertThat(catchThrowableOfType(StrictText.MalformedTextException.class,
        () -> drain(new StrictText.Utf8Stream(new ByteArrayInputStream(bom)), new ByteArrayOutputStream())).rule)
        .isEqualTo("not UTF-8: a UTF-16 or UTF-32 byte order mark; documents must be UTF-8");
    byte[] late = {' ', ' ', (byte) 0xFE};
    assertThat(catchThrowableOfType(StrictText.MalformedTextException.class,
        () -> drain(new StrictText.Utf8Stream(new ByteArrayInputStream(late)), new ByteArrayOutputStream())).rule)
        .isEqualTo("invalid UTF-8: byte 0xFE never appears in UTF-8");
  }

  private static byte[] utf8Lenient(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static InputStream chunked(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static Reader chunked(String text, int chunk) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static void drain(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[1 << 16];
    int n;
    while ((n = in.read(buffer, 7, buffer.length - 7)) >= 0) { // as a parser does, after kept bytes
      out.write(buffer, 7, n);
    }
  }

  private static void drain(Reader in, CharArrayWriter out) throws IOException {
    char[] buffer = new char[1 << 16];
    int n;
    while ((n = in.read(buffer, 7, buffer.length - 7)) >= 0) {
      out.write(buffer, 7, n);
    }
  }
}
