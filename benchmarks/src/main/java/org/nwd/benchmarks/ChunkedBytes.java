package org.nwd.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes held in memory in 16 MiB chunks, so a document larger than the 2 GiB limit of one array can
 * be written once and read many times without touching the disk.
 */
final class ChunkedBytes extends OutputStream {
  private static final int CHUNK = 1 << 24;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] current = new byte[CHUNK];
  private int position;
  private long size;

  @Override
  public void write(int b) {
    if (position == CHUNK) {
      nextChunk();
    }
    current[position++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    while (len > 0) {
      if (position == CHUNK) {
        nextChunk();
      }
      int n = Math.min(len, CHUNK - position);
      System.arraycopy(b, off, current, position, n);
      position += n;
      off += n;
      len -= n;
      size += n;
    }
  }

  private void nextChunk() {
    chunks.add(current);
    current = new byte[CHUNK];
    position = 0;
  }

  /** Trims the last chunk; no more writes after this. */
  @Override
  public void close() {
    if (current != null) {
      chunks.add(Arrays.copyOf(current, position));
      current = null;
    }
  }

  /** The number of bytes written. */
  long size() {
    return size;
  }

  /** A fresh stream over the bytes (after {@link #close()}). */
  InputStream inputStream() {
    return new InputStream() {
      private int chunk;
      private int pos;

      @Override
      public int read() {
        while (chunk < chunks.size() && pos == chunks.get(chunk).length) {
          chunk++;
          pos = 0;
        }
        return chunk < chunks.size() ? chunks.get(chunk)[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        while (chunk < chunks.size() && pos == chunks.get(chunk).length) {
          chunk++;
          pos = 0;
        }
        if (chunk == chunks.size()) {
          return -1;
        }
        byte[] c = chunks.get(chunk);
        int n = Math.min(len, c.length - pos);
        System.arraycopy(c, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }
}
