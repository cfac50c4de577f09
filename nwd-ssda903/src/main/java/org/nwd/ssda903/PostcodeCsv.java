package org.nwd.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nwd.DomainRuleException;
import org.nwd.quality.DataIssue;

/** Reads a postcode lookup CSV ({@link PostcodeDirectory#fromCsv}). */
final class PostcodeCsv {
  private PostcodeCsv() {}

  static PostcodeDirectory read(Path path) {
    String file = path.toString();
    Map<String, PostcodeLocation> out = new HashMap<>();
    long line = 1;
    try (InputStream bytes = Files.newInputStream(path);
        BoundedReader reader =
            new BoundedReader(
                new InputStreamReader(
                    bytes,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                file,
                1 << 16);
        CSVParser parser =
            CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new Ssda903FileException(file, 0, "empty file: no header line", null);
      }
      CSVRecord header = records.next();
      int postcode = -1;
      int council = -1;
      int easting = -1;
      int northing = -1;
      for (int i = 0; i < header.size(); i++) {
        switch (header.get(i).strip().toUpperCase(Locale.ROOT)) {
          case "POSTCODE":
            postcode = i;
            break;
          case "COUNCIL":
            council = i;
            break;
          case "EASTING":
            easting = i;
            break;
          case "NORTHING":
            northing = i;
            break;
          default:
            break;
        }
      }
      if (postcode < 0 || council < 0) {
        throw new Ssda903FileException(
            file, 1, "a postcode lookup needs the columns postcode and council", null);
      }
      line = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord r = records.next();
        long at = line + 1;
        line = parser.getCurrentLineNumber();
        String pc = get(r, postcode);
        String la = get(r, council);
        if (pc.isEmpty() || la.isEmpty()) {
          throw new Ssda903FileException(file, at, "a blank postcode or council", null);
        }
        PostcodeLocation.Builder b = PostcodeLocation.builder().council(la);
        String e = get(r, easting);
        String n = get(r, northing);
        if (!e.isEmpty() || !n.isEmpty()) {
          try {
            b.easting(Double.parseDouble(e)).northing(Double.parseDouble(n));
          } catch (NumberFormatException x) {
            throw new Ssda903FileException(
                file, at, "easting " + DataIssue.shown(e) + " or northing " + DataIssue.shown(n)
                    + " is not a number", x);
          }
        }
        try {
          out.put(PostcodeDirectory.normalise(pc), b.build());
        } catch (DomainRuleException x) {
          throw new Ssda903FileException(file, at, String.valueOf(x.getMessage()), x);
        }
      }
    } catch (NoSuchFileException e) {
      throw new Ssda903FileException(file, 0, "no such file", e);
    } catch (CharacterCodingException e) {
      throw new Ssda903FileException(file, line, "not UTF-8 text", e);
    } catch (IOException | UncheckedIOException e) {
      Throwable c = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      if (c instanceof CharacterCodingException) {
        throw new Ssda903FileException(file, line, "not UTF-8 text", e);
      }
      throw new Ssda903FileException(file, line + 1, "malformed CSV: " + c.getMessage(), e);
    }
    return PostcodeDirectory.of(out);
  }

  private static String get(CSVRecord r, int i) {
    return i < 0 || i >= r.size() ? "" : r.get(i).strip();
  }
}
