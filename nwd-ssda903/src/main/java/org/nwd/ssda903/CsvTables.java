package org.nwd.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.nwd.quality.DataIssue;

/**
 * Reads one CSV file as an SSDA903 table with Commons CSV: strict UTF-8 (with or without a BOM), CR
 * LF or LF, RFC 4180 quoting, a header line naming the columns in any order and letter case. The
 * table is recognised by its columns ({@link Ssda903Table}). Every value is trimmed and upper-cased
 * (as the DfE validator does); a blank is absent.
 */
final class CsvTables {
  private CsvTables() {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  static void read(InputStream bytes, Ssda903Source source, long maxRecord, RawRow.Sink sink) {
    String file = source.name();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BoundedReader reader = new BoundedReader(new InputStreamReader(bytes, utf8), file, maxRecord);
    long previousEnd = 0;
    long rows = 0;
    try (Reader r = reader;
        CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new Ssda903FileException(file, 0, "empty file: no header line", null);
      }
      CSVRecord header = records.next();
      previousEnd = parser.getCurrentLineNumber();
      Columns columns = Columns.of(header, source, sink);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        if (record.size() != columns.width) {
          throw new Ssda903FileException(
              file,
              line,
              "wrong column count: "
                  + record.size()
                  + " values where the header has "
                  + columns.width
                  + " columns",
              null);
        }
        rows++;
        if (columns.table.isMapped()) {
          sink.row(new RawRow(columns.table, source, line, columns.values(record)));
        }
      }
      sink.counted(columns.table, rows);
      if (!columns.table.isMapped()) {
        sink.note(
            columns.table,
            source,
            0,
            null,
            "table " + columns.table.code() + " is not mapped: " + rows + " rows ignored",
            true);
      }
    } catch (UncheckedIOException e) {
      throw problem(file, Math.max(previousEnd + 1, 1), reader, e.getCause());
    } catch (IOException e) {
      throw problem(file, Math.max(previousEnd + 1, 1), reader, e);
    } catch (IllegalStateException e) {
      // Commons CSV reports some malformed input this way.
      throw new Ssda903FileException(file, previousEnd + 1, "malformed CSV: " + e.getMessage(), e);
    }
  }

  private static Ssda903FileException problem(
      String file, long line, BoundedReader reader, @Nullable Throwable e) {
    if (e instanceof CharacterCodingException) {
      return new Ssda903FileException(
          file, reader.line(), "not UTF-8 text (a binary file or another encoding)", e);
    }
    String message = e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage();
    // Commons CSV prefixes "(line n)"; the line is ours.
    return new Ssda903FileException(
        file, line, "malformed CSV: " + message.replaceFirst("^\\(line \\d+\\) ", ""), e);
  }

  /** The header: which table, and where each of its columns is in the file. */
  static final class Columns {
    final Ssda903Table table;
    final int width;
    final int[] at;

    private Columns(Ssda903Table table, int width, int[] at) {
      this.table = table;
      this.width = width;
      this.at = at;
    }

    static Columns of(CSVRecord header, Ssda903Source source, RawRow.Sink sink) {
      String file = source.name();
      List<String> names = new ArrayList<>(header.size());
      Set<String> seen = new HashSet<>();
      for (String raw : header) {
        String name = raw.strip().toUpperCase(Locale.ROOT);
        if (!name.isEmpty() && !seen.add(name)) {
          throw new Ssda903FileException(
              file, 1, "column " + DataIssue.shown(name) + " appears twice in the header", null);
        }
        names.add(name);
      }
      Ssda903Table table = Recognise.table(seen, file);
      int[] at = new int[table.columns().size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = names.indexOf(table.columns().get(i));
        if (at[i] < 0 && table.isMapped()) {
          sink.note(
              table,
              source,
              1,
              table.columns().get(i),
              "column " + table.columns().get(i) + " of table " + table.code()
                  + " is absent: read as blank",
              false);
        }
      }
      for (String name : names) {
        if (table.isMapped() && !table.columns().contains(name)) {
          sink.note(
              table,
              source,
              1,
              name.isEmpty() ? null : DataIssue.shown(name),
              name.isEmpty()
                  ? "a column without a name is ignored"
                  : "column " + DataIssue.shown(name) + " is not part of table " + table.code()
                      + ": ignored",
              true);
        }
      }
      return new Columns(table, header.size(), at);
    }

    String[] values(CSVRecord record) {
      String[] out = new String[at.length];
      for (int i = 0; i < at.length; i++) {
        out[i] = at[i] < 0 ? null : Recognise.clean(record.get(at[i]));
      }
      return out;
    }
  }
}
