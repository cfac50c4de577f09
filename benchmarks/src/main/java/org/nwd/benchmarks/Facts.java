package org.nwd.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures the forked benchmark JVMs hand back to {@link Main} beside JMH's own results (document
 * sizes, peak heap), one {@code key,value} line each, appended to the file named by the system
 * property {@value #PROPERTY}. Without the property (JMH run directly) nothing is written.
 */
final class Facts {
  static final String PROPERTY = "nwd.bench.facts";

  private Facts() {}

  static synchronized void put(String key, long value) {
    String file = System.getProperty(PROPERTY);
    if (file == null) {
      return;
    }
    try {
      Files.writeString(
          Path.of(file),
          key + "," + value + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts in {@code file}; a later line for the same key wins. */
  static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      int comma = line.lastIndexOf(',');
      if (comma > 0) {
        out.put(line.substring(0, comma), Long.parseLong(line.substring(comma + 1).trim()));
      }
    }
    return out;
  }
}
