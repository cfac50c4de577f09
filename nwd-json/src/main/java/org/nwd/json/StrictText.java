package org.nwd.json;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Lets only well-formed text through to the parser. Every input of an {@link NwdJson} reader (and of
 * its {@code objectMapper()}) passes through it.
 *
 * <p>Bytes must be well-formed UTF-8 (RFC 3629, Unicode table 3-7): no overlong forms (an overlong
 * {@code /} is a classic filter bypass), no encoded surrogates, nothing beyond U+10FFFF, no NUL byte,
 * nothing truncated. UTF-16 and UTF-32 input is refused with that name. A UTF-8 byte order mark at the
 * very start is tolerated (RFC 8259 allows a parser to ignore it; some Windows tools write one).
 * Characters (a {@link Reader}, a {@code String}) must pair their surrogates and hold no NUL.
 *
 * <p>Inside strings, the escapes <code>&#92;u0000</code> (NUL) and an unpaired surrogate (<code>&#92;uD800</code>
 * without a following <code>&#92;uDC00</code>-<code>&#92;uDFFF</code>, or a lone low one) are refused too: neither is
 * text, and an unpaired surrogate cannot even be written back as UTF-8.
 *
 * <p>An error is raised when the parser reaches the offending bytes (the valid text before them is
 * handed over first), so the reported JSON pointer is where parsing stopped; line and column are
 * those of the offending bytes (the column counts bytes for byte input, characters for text input,
 * as the parser's own positions do).
 */
final class StrictText extends InputDecorator {
  private static final long serialVersionUID = 1L;

  static final StrictText INSTANCE = new StrictText();

  /** A refusal, with where it is and the rule broken. */
  static final class MalformedTextException extends CharConversionException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final String rule;

    MalformedTextException(int line, int column, String rule) {
      super(rule);
      this.line = line;
      this.column = column;
      this.rule = rule;
    }
  }

  @Override
  public InputStream decorate(IOContext ctxt, InputStream in) {
    return new Utf8Stream(in);
  }

  @Override
  public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) {
    return new Utf8Stream(new ByteArrayInputStream(src, offset, length));
  }

  @Override
  public Reader decorate(IOContext ctxt, Reader r) {
    return new CheckedReader(r);
  }

  @Override
  public DataInput decorate(IOContext ctxt, DataInput input) {
    return new DataInputStream(new Utf8Stream(new DataInputBytes(input)));
  }

  /**
   * The escapes inside strings: <code>&#92;u0000</code> and unpaired surrogate escapes are refused. Fed the
   * ASCII units that matter ({@code "}, {@code \}, and everything while an escape is being read).
   */
  private static final class Escapes {
    private static final int OUT = 0;
    private static final int IN = 1;
    private static final int BACKSLASH = 2;
    private static final int HEX = 3;

    int state = OUT;
    private int digits;
    private int value;
    /** A high-surrogate escape was just read: the next unit must start its low-surrogate escape. */
    boolean highPending;
    private int highValue;
    int escapeLine;
    int escapeColumn;
    private int highLine;
    private int highColumn;

    /** True when {@code unit} needs {@link #accept}: anything but plain string or structural text. */
    boolean watching() {
      return state >= BACKSLASH || highPending;
    }

    /** Takes one unit at (line, column); returns a refusal or null. */
    String accept(int unit, int line, int column) {
      switch (state) {
        case OUT:
          if (unit == '"') {
            state = IN;
          }
          return null;
        case IN:
          if (highPending && unit != '\\') {
            return unpaired(highValue, true);
          }
          if (unit == '"') {
            state = OUT;
          } else if (unit == '\\') {
            state = BACKSLASH;
            escapeLine = line;
            escapeColumn = column;
          }
          return null;
        case BACKSLASH:
          if (unit == 'u') {
            state = HEX;
            digits = 0;
            value = 0;
            return null;
          }
          state = IN;
          return highPending ? unpaired(highValue, true) : null;
        default: // HEX
          int d = Character.digit(unit, 16);
          if (d < 0 || unit > 'f') {
            state = IN; // a broken escape: the parser reports it
            return null;
          }
          value = value * 16 + d;
          if (++digits < 4) {
            return null;
          }
          state = IN;
          return escaped(value);
      }
    }

    private String escaped(int v) {
      if (highPending) {
        highPending = false;
        if (Character.isLowSurrogate((char) v)) {
          return null;
        }
        escapeLine = highLine;
        escapeColumn = highColumn;
        return unpaired(highValue, true);
      }
      if (v == 0) {
        return "NUL in a string: the escape \\u0000 is not text and is not allowed";
      }
      if (Character.isHighSurrogate((char) v)) {
        highPending = true;
        highValue = v;
        highLine = escapeLine;
        highColumn = escapeColumn;
        return null;
      }
      if (Character.isLowSurrogate((char) v)) {
        return unpaired(v, false);
      }
      return null;
    }

    private String unpaired(int v, boolean high) {
      highPending = false;
      if (high) {
        escapeLine = highLine;
        escapeColumn = highColumn;
      }
      return String.format(
          "unpaired surrogate in a string: the escape \\u%04X must be %s", v,
          high ? "followed by a low surrogate escape \\uDC00-\\uDFFF" : "preceded by a high one");
    }
  }

  /** Bytes checked as UTF-8 on their way to the parser. */
  static final class Utf8Stream extends FilterInputStream {
    private final Escapes escapes = new Escapes();
    private int line = 1;
    /** Offset of the first byte of the current line. */
    private long lineStart;
    /** Offset of the next byte to check. */
    private long offset;
    /** Offset of the last carriage return: CR LF is one line break. */
    private long crAt = -2;
    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;
    private int sequenceLine;
    private int sequenceColumn;
    private MalformedTextException pending;

    Utf8Stream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pending != null) {
        throw pending;
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        if (need > 0) {
          throw new MalformedTextException(sequenceLine, sequenceColumn,
              "invalid UTF-8: the input ends inside a multi-byte sequence");
        }
        return n;
      }
      int bad = check(b, off, off + n);
      if (bad < 0) {
        return n;
      }
      // Hand over the good bytes first, so the parser stands at the bad ones when it fails.
      if (bad > off) {
        return bad - off;
      }
      throw pending;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private int column(long at) {
      return (int) Math.min(Integer.MAX_VALUE, at - lineStart + 1);
    }

    /** Checks {@code b[from, to)}; returns -1, or the index to stop before (with {@link #pending}). */
    private int check(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        int c = b[i];
        if (need == 0 && c >= 0x20 && c != '"' && c != '\\' && !escapes.watching()) {
          continue; // plain ASCII: the common case
        }
        long at = offset + (i - from);
        String rule = null;
        if (need > 0) {
          int u = c & 0xff;
          if (u < low || u > high) {
            rule = continuationError(u);
            pending = new MalformedTextException(sequenceLine, sequenceColumn, rule);
            return Math.max(from, i - (int) (at - sequenceStart));
          }
          need--;
          low = 0x80;
          high = 0xBF;
          continue;
        }
        if (c < 0) {
          rule = lead(c & 0xff, at);
          if (rule == null) {
            sequenceStart = at;
            sequenceLine = line;
            sequenceColumn = column(at);
            if (escapes.highPending && escapes.state == Escapes.IN) {
              rule = escapes.accept('x', line, column(at)); // a character instead of \\uDCxx
              pending = new MalformedTextException(escapes.escapeLine, escapes.escapeColumn, rule);
              return Math.max(from, i - (int) (at - escapeStart(at)));
            }
            continue;
          }
        } else if (c == 0) {
          rule = at < 4
              ? "not UTF-8: NUL bytes at the start (UTF-16 or UTF-32 input?); documents must be UTF-8"
              : "NUL byte: a document holds no NUL character";
        } else if (c == '\n') {
          if (crAt != at - 1) {
            line++;
          }
          lineStart = at + 1;
        } else if (c == '\r') {
          line++;
          lineStart = at + 1;
          crAt = at;
        } else {
          String escape = escapes.accept(c, line, column(at));
          if (escape != null) {
            pending = new MalformedTextException(escapes.escapeLine, escapes.escapeColumn, escape);
            return Math.max(from, i - (int) (at - escapeStart(at)));
          }
        }
        if (rule != null) {
          pending = new MalformedTextException(line, column(at), rule);
          return i;
        }
      }
      offset += to - from;
      return -1;
    }

    /** Where the escape being refused starts, on this line (its column is known). */
    private long escapeStart(long at) {
      return escapes.escapeLine == line ? lineStart + escapes.escapeColumn - 1 : at;
    }

    /** Starts a multi-byte sequence at {@code u}; returns a refusal or null. */
    private String lead(int u, long at) {
      if (u >= 0xC2 && u <= 0xDF) {
        need = 1;
      } else if (u >= 0xE0 && u <= 0xEF) {
        need = 2;
        low = u == 0xE0 ? 0xA0 : 0x80;
        high = u == 0xED ? 0x9F : 0xBF;
      } else if (u >= 0xF0 && u <= 0xF4) {
        need = 3;
        low = u == 0xF0 ? 0x90 : 0x80;
        high = u == 0xF4 ? 0x8F : 0xBF;
      } else if ((u == 0xFE || u == 0xFF) && at < 2) {
        return "not UTF-8: a UTF-16 or UTF-32 byte order mark; documents must be UTF-8";
      } else if (u == 0xC0 || u == 0xC1) {
        return String.format("invalid UTF-8: overlong encoding (lead byte 0x%02X)", u);
      } else if (u >= 0xF5 && u <= 0xF7) {
        return String.format("invalid UTF-8: code point beyond U+10FFFF (lead byte 0x%02X)", u);
      } else if (u < 0xC0) {
        return String.format("invalid UTF-8: unexpected continuation byte 0x%02X", u);
      } else {
        return String.format("invalid UTF-8: byte 0x%02X never appears in UTF-8", u);
      }
      return null;
    }

    private String continuationError(int u) {
      if (u >= 0x80 && u <= 0xBF) {
        // In range for a continuation byte, but not after this lead byte.
        if (low == 0xA0 || low == 0x90) {
          return String.format("invalid UTF-8: overlong encoding (continuation byte 0x%02X)", u);
        }
        if (high == 0x9F) {
          return "invalid UTF-8: an encoded surrogate (U+D800-U+DFFF) is not a character";
        }
        return "invalid UTF-8: code point beyond U+10FFFF";
      }
      return String.format(
          "invalid UTF-8: byte 0x%02X where a continuation byte 0x80-0xBF was expected", u);
    }
  }

  /** Characters checked on their way to the parser: surrogates paired, no NUL, escapes as above. */
  static final class CheckedReader extends FilterReader {
    private final Escapes escapes = new Escapes();
    private int line = 1;
    private long lineStart;
    private long offset;
    /** Offset of the last carriage return: CR LF is one line break. */
    private long crAt = -2;
    private boolean highPending;
    private int highLine;
    private int highColumn;
    private MalformedTextException pending;

    CheckedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      if (pending != null) {
        throw pending;
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        if (highPending) {
          throw new MalformedTextException(highLine, highColumn, unpaired());
        }
        return n;
      }
      int bad = check(b, off, off + n);
      if (bad < 0) {
        return n;
      }
      if (bad > off) {
        return bad - off;
      }
      throw pending;
    }

    @Override
    public long skip(long n) throws IOException {
      char[] buffer = new char[(int) Math.min(n, 8192)];
      return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** Where the escape being refused starts, on this line (its column is known). */
    private long escapeStart(long at) {
      return escapes.escapeLine == line ? lineStart + escapes.escapeColumn - 1 : at;
    }

    private static String unpaired() {
      return "unpaired surrogate: the text is not Unicode (a high surrogate must be followed by a"
          + " low one)";
    }

    private int check(char[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = b[i];
        if (!highPending && c >= 0x20 && c < 0xD800 && c != '"' && c != '\\' && !escapes.watching()) {
          continue;
        }
        long at = offset + (i - from);
        int column = (int) Math.min(Integer.MAX_VALUE, at - lineStart + 1);
        String rule = null;
        if (highPending) {
          highPending = false;
          if (!Character.isLowSurrogate(c)) {
            pending = new MalformedTextException(highLine, highColumn, unpaired());
            return Math.max(from, i - 1);
          }
          continue;
        }
        if (Character.isHighSurrogate(c)) {
          highPending = true;
          highLine = line;
          highColumn = column;
          continue;
        }
        if (Character.isLowSurrogate(c)) {
          rule = "unpaired surrogate: the text is not Unicode (a low surrogate without a high one)";
        } else if (c == 0) {
          rule = "NUL character: a document holds no NUL character";
        } else if (c == '\n') {
          if (crAt != at - 1) {
            line++;
          }
          lineStart = at + 1;
        } else if (c == '\r') {
          line++;
          lineStart = at + 1;
          crAt = at;
        } else if (c < 0x80) {
          String escape = escapes.accept(c, line, column);
          if (escape != null) {
            pending = new MalformedTextException(escapes.escapeLine, escapes.escapeColumn, escape);
            return Math.max(from, i - (int) (at - escapeStart(at)));
          }
        } else if (escapes.highPending && escapes.state == Escapes.IN) {
          rule = escapes.accept('x', line, column);
          pending = new MalformedTextException(escapes.escapeLine, escapes.escapeColumn, rule);
          return Math.max(from, i - (int) (at - escapeStart(at)));
        }
        if (rule != null) {
          pending = new MalformedTextException(line, column, rule);
          return i;
        }
      }
      offset += to - from;
      return -1;
    }
  }

  /** A {@link DataInput} read as a stream of bytes. */
  private static final class DataInputBytes extends InputStream {
    private final DataInput input;

    DataInputBytes(DataInput input) {
      this.input = input;
    }

    @Override
    public int read() throws IOException {
      try {
        return input.readUnsignedByte();
      } catch (EOFException e) {
        return -1;
      }
    }
  }
}
