package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueReport;

/**
 * Messages and reports safe to log: every column of every table of a return (and each column name
 * of the header line) is replaced in turn by a name, a forged log line, a NUL, a bidirectional
 * override and a 100 kB value. The import either reports the row in its issue report or refuses
 * the file; the issue report (each issue, the text table, the summary, the CSV) and every message
 * are bounded and escaped, and personal columns (the child, dates of birth, pupil number,
 * postcodes, the social worker) never show the name.
 */
class SafeIssuesTest {
  private static final String HUGE = "J".repeat(100_000);
  private static final List<String> NASTY =
      List.of(
          "Jane Smith",
          "Jane Smith\n2024-01-01 INFO forged log line",
          "Jane\u0000Smith",
          "\u202eJane Smith",
          "Jane Smith " + HUGE);

  /** Columns that hold personal data or identifiers: never echoed. */
  private static final Set<String> PERSONAL =
      Set.of("CHILD", "DOB", "MC_DOB", "UPN", "HOME_POST", "PL_POST", "SW_ID", "URN");

  /** One good row per table: file name, header, row. */
  private static final String[][] TABLES = {
    {"header.csv", Returns.HEADER, "C1,1,15/06/2010,WBRI,UN1,,"},
    {"episodes.csv", Returns.EPISODES, "C1,01/04/2023,S,C2,N4,U4,PR1,,,,YO11 1AA,YO12 1AA,SC1"},
    {"missing.csv", Returns.MISSING, "C1,15/06/2010,M,01/06/2023,02/06/2023"},
    {"oc2.csv", Returns.OC2, "C1,15/06/2010,5,,0,,,,,0,,"},
    {"oc3.csv", Returns.OC3, "C1,15/06/2010,YES,G4,B2"},
    {"sw.csv", Returns.SW, "C1,15/06/2010,SW1,01/05/2023,01/06/2023,MANAGE"},
  };

  @TempDir Path dir;

  @Test
  void everyColumnOfEveryTableRefusesNastyValuesSafely() throws Exception {
    int runs = 0;
    int reported = 0;
    for (int t = 0; t < TABLES.length; t++) {
      String[] columns = TABLES[t][1].split(",");
      for (int c = 0; c < columns.length; c++) {
        for (String value : NASTY) {
          boolean personal = PERSONAL.contains(columns[c]);
          String where = TABLES[t][0] + " " + columns[c] + " " + SafeText.bounded(value);
          reported += scan(where, withValue(t, c, value, false), personal);
          reported += scan(where + " (column name)", withValue(t, c, value, true), false);
          runs += 2;
        }
      }
    }
    assertThat(runs).isGreaterThan(300);
    assertThat(reported).isGreaterThan(100); // most bad values land in the issue report
  }

  /** The return with one cell (or one column name) of table {@code t} replaced by {@code value}. */
  private Returns withValue(int t, int c, String value, boolean header) throws IOException {
    Path root = Files.createTempDirectory(dir, "r");
    Returns r = new Returns(root);
    for (int i = 0; i < TABLES.length; i++) {
      List<String> head = new ArrayList<>(Arrays.asList(TABLES[i][1].split(",", -1)));
      List<String> row = new ArrayList<>(Arrays.asList(TABLES[i][2].split(",", -1)));
      if (i == t) {
        (header ? head : row).set(c, quoted(value));
      }
      r.raw("2023-24", TABLES[i][0], String.join(",", head) + "\n" + String.join(",", row) + "\n");
    }
    return r;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** Imports and scans; returns 1 when the value reached the issue report, else 0. */
  private static int scan(String where, Returns r, boolean personal) {
    Ssda903Result result;
    try {
      result = r.read();
    } catch (Ssda903FileException e) {
      assertSafe(where, e.getMessage(), personal);
      assertSafe(where, e.problem(), personal);
      return 0;
    } catch (DomainRuleException e) {
      assertSafe(where, e.getMessage(), personal);
      return 0;
    }
    DataIssueReport report = result.issues();
    for (DataIssue issue : report.issues()) {
      assertSafe(where, issue.toString(), personal);
    }
    for (String line : report.table().split("\n")) {
      assertSafe(where, line, personal);
    }
    for (String line : report.summary().split("\n")) {
      assertSafe(where, line, personal);
    }
    String[] csv = report.toCsv().split("\r\n");
    assertThat(csv).as(where).hasSize(report.issues().size() + 1); // one line per issue
    for (String line : csv) {
      assertSafe(where, line, personal);
    }
    return report.issues().isEmpty() ? 0 : 1;
  }

  private static void assertSafe(String where, String message, boolean personal) {
    assertThat(message.length()).as("%s: %s", where, SafeText.bounded(message, 300)).isLessThan(2000);
    for (char c : message.toCharArray()) {
      assertThat(c < 0x20 || c == 0x7f || c == '\u202e' || c == '\u2028' || Character.isSurrogate(c))
          .as("%s: character U+%04X in %s", where, (int) c, SafeText.bounded(message, 300))
          .isFalse();
    }
    assertThat(message).as(where).doesNotContain("J".repeat(SafeText.LIMIT + 1));
    if (personal) {
      assertThat(message).as(where).doesNotContain("Jane").doesNotContain("Smith");
    }
  }
}
