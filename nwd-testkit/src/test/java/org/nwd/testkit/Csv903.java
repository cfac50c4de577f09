package org.nwd.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back one SSDA903 CSV table with Commons CSV, for the writer's tests: the columns as written,
 * and each row by upper-case column name with its line in the file (no field spans lines).
 */
final class Csv903 {
  /** dd/mm/yyyy, strictly (31/02 is not a date). */
  static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  final List<String> columns;
  final List<Row> rows;
  final String raw;
  private final Map<Long, Row> byLine = new HashMap<>();
  private final Map<String, List<Row>> byChild = new HashMap<>();

  /** One data row: its 1-based line in the file (the column line is 1) and its values. */
  record Row(long line, Map<String, String> values) {
    String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
      }
      return v;
    }

    LocalDate date(String column) {
      String v = get(column);
      return v.isEmpty() ? null : LocalDate.parse(v, DMY);
    }
  }

  private Csv903(List<String> columns, List<Row> rows, String raw) {
    this.columns = columns;
    this.rows = rows;
    this.raw = raw;
    for (Row r : rows) {
      byLine.put(r.line(), r);
      byChild.computeIfAbsent(r.get("CHILD"), k -> new ArrayList<>()).add(r);
    }
  }

  /** The table {@code file} (e.g. {@code episodes.csv}) of the return {@code year} (e.g. 2023-24). */
  static Csv903 read(Path folder, String year, String file) {
    String raw;
    try {
      raw = Files.readString(folder.resolve(year).resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    List<String> columns = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(text))) {
      for (CSVRecord r : p) {
        if (r.getRecordNumber() == 1) {
          r.forEach(columns::add);
          continue;
        }
        if (r.size() != columns.size()) {
          throw new AssertionError(file + " line " + r.getRecordNumber() + " has " + r.size()
              + " fields, not " + columns.size());
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          v.put(columns.get(i).toUpperCase(Locale.ROOT), r.get(i));
        }
        rows.add(new Row(r.getRecordNumber(), v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Csv903(List.copyOf(columns), List.copyOf(rows), raw);
  }

  /** The rows of {@code child}, in file order. */
  List<Row> of(String child) {
    return byChild.getOrDefault(child, List.of());
  }

  /** The row at {@code line}, or an assertion error. */
  Row at(long line) {
    Row r = byLine.get(line);
    if (r == null) {
      throw new AssertionError("no row at line " + line);
    }
    return r;
  }

  /** The rows rendered {@code a|b|c} in the standard column order given, for whole-row checks. */
  List<String> render(String... columns) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < columns.length; i++) {
        s.append(i == 0 ? "" : "|").append(r.get(columns[i]));
      }
      out.add(s.toString());
    }
    return out;
  }
}
