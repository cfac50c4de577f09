package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A minimal RFC 4180 reader for the shipped reference CSV files (quoted fields, doubled quotes). */
final class Csv {
  private Csv() {}

  /** Reads a class-path resource next to this class into rows of fields (header included). */
  static ImmutableList<List<String>> readResource(String name) {
    try (InputStream in = Csv.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, "resource " + name);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImmutableList<List<String>> parse(String text) {
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(List.copyOf(row));
        row.clear();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(List.copyOf(row));
    }
    return rows.build();
  }
}
