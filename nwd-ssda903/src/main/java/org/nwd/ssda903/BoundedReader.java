package org.nwd.ssda903;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that guards the CSV parser: it skips a leading byte-order mark, refuses binary content
 * (control characters other than tab, CR and LF) and any record longer than a limit, counting
 * characters since the last line break outside quotes. So a 2 GB line, or an unbalanced quote that
 * would swallow the rest of a file into one field, fails early with the line where the record began
 * instead of filling the heap.
 */
final class BoundedReader extends Reader {
  private final Reader in;
  private final String file;
  private final long maxRecord;
  private boolean started;
  private boolean quoted;
  private long recordLength;
  private long line = 1;
  private long recordLine = 1;

  BoundedReader(Reader in, String file, long maxRecord) {
    this.in = in;
    this.file = file;
    this.maxRecord = maxRecord;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n <= 0) {
      return n;
    }
    if (!started) {
      started = true;
      if (buf[off] == '\uFEFF') {
        System.arraycopy(buf, off + 1, buf, off, n - 1);
        n--;
        if (n == 0) {
          return read(buf, off, len);
        }
      }
    }
    for (int i = off; i < off + n; i++) {
      char c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n') {
        line++;
        if (!quoted) {
          recordLength = 0;
          recordLine = line;
          continue;
        }
      } else if (c < ' ' && c != '\t' && c != '\r') {
        throw new Ssda903FileException(
            file,
            line,
            String.format("binary content (control character 0x%02x): not a CSV text file", (int) c),
            null);
      }
      if (++recordLength > maxRecord) {
        throw new Ssda903FileException(
            file,
            recordLine,
            "a record longer than "
                + maxRecord
                + " characters"
                + (quoted ? " inside quotes (an unbalanced quote?)" : " (not an SSDA903 CSV file?)"),
            null);
      }
    }
    return n;
  }

  /** The physical line being read (1-based). */
  long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
