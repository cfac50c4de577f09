package org.nwd.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.YoungPersonId;

class DataIssueReportTest {
  private static final YoungPersonId CHILD = YoungPersonId.of("E10000023:C1");
  private static final YoungPersonId OTHER = YoungPersonId.of("E10000023:C2");

  /** A builder with every field of a rejected issue set except {@code skip} (strict builders). */
  private static DataIssue.Builder base(String skip) {
    DataIssue.Builder b = DataIssue.builder();
    if (!skip.equals("table")) {
      b.table("episodes");
    }
    if (!skip.equals("file")) {
      b.file("episodes.csv");
    }
    if (!skip.equals("line")) {
      b.line(12);
    }
    b.youngPersonId(CHILD);
    if (!skip.equals("field")) {
      b.field("DEC");
    }
    if (!skip.equals("value")) {
      b.value("31/02/2024");
    }
    b.category(DataIssueCategory.INVALID_DATE);
    if (!skip.equals("rule")) {
      b.rule("DEC is not a date (dd/mm/yyyy or yyyy-mm-dd)");
    }
    if (!skip.equals("action")) {
      b.action(DataIssueAction.REJECTED);
    }
    return b;
  }

  private static final DataIssue REJECTED = base("").build();
  private static final DataIssue REPAIRED =
      DataIssue.builder()
          .table("episodes")
          .file("episodes.csv")
          .line(13)
          .youngPersonId(CHILD)
          .field("PLACE_PROVIDER")
          .value("PR4")
          .category(DataIssueCategory.PROVIDER_NOT_ALLOWED)
          .rule("PLACE T2 carries no provider in 2023-24, \"PR4\" given")
          .action(DataIssueAction.REPAIRED)
          .repair("provider removed")
          .build();
  private static final DataIssue SET_ASIDE =
      DataIssue.builder()
          .table("episodes")
          .file("several")
          .line(0)
          .youngPersonId(OTHER)
          .category(DataIssueCategory.OVERLAPPING_EPISODES)
          .rule("=episodes from 01/05/2023 and 01/06/2023 overlap")
          .action(DataIssueAction.SET_ASIDE)
          .build();

  private static final DataIssueReport REPORT =
      DataIssueReport.of(
          List.of(REJECTED, REPAIRED, SET_ASIDE), Map.of("episodes", 40L));

  private static void assertRule(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(message)
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo(field);
  }

  @Test
  void anIssueIsOneReadableLine() {
    assertThat(REJECTED)
        .hasToString(
            "episodes.csv:12 [episodes] child E10000023:C1 field DEC value \"31/02/2024\":"
                + " invalid_date: DEC is not a date (dd/mm/yyyy or yyyy-mm-dd) -> rejected");
    assertThat(REPAIRED.toString()).endsWith("-> repaired: provider removed");
    assertThat(SET_ASIDE)
        .hasToString(
            "several [episodes] child E10000023:C2: overlapping_episodes: =episodes from"
                + " 01/05/2023 and 01/06/2023 overlap -> set_aside");
  }

  @Test
  void aRepairIsStatedExactlyWhenRepaired() {
    assertRule(
        () -> base("action").action(DataIssueAction.REPAIRED).build(),
        "repair",
        "a repaired issue must state a repair");
    assertRule(
        () -> base("repair").repair("done").build(), "repair", "a rejected issue must not state a repair");
  }

  @Test
  void textIsOneBoundedLineAndValuesAreBoundedAndSafe() {
    assertRule(
        () -> base("rule").rule("two\nlines").build(),
        "rule",
        "rule two\\nlines must be one non-blank line of at most 500 characters");
    assertRule(
        () -> base("table").table(" ").build(),
        "table",
        "table   must be one non-blank line of at most 64 characters");
    assertRule(
        () -> base("file").file("x".repeat(501)).build(),
        "file",
        "file " + "x".repeat(40) + "... (501 characters) must be one non-blank line of at most 500"
            + " characters");
    assertRule(() -> base("line").line(-1).build(), "line", "line -1 is negative");
    assertRule(
        () -> base("value").value("a\tb").build(),
        "value",
        "value (value withheld: 3 characters) is longer than 80 characters or holds characters to"
            + " escape; build it with DataIssue.shown or DataIssue.shape");
    assertRule(
        () -> base("value").value("v".repeat(81)).build(),
        "value",
        "value (value withheld: 81 characters) is longer than 80 characters or holds characters to"
            + " escape; build it with DataIssue.shown or DataIssue.shape");
    assertThat(base("value").value("v".repeat(80)).build().value()).contains("v".repeat(80));
    // Nothing that forges or hides text, though not a control character: U+2028, U+202E.
    assertRule(
        () -> base("value").value("a\u2028b").build(),
        "value",
        "value (value withheld: 3 characters) is longer than 80 characters or holds characters to"
            + " escape; build it with DataIssue.shown or DataIssue.shape");
    assertRule(
        () -> base("rule").rule("\u202eevil").build(),
        "rule",
        "rule \\u202eevil must be one non-blank line of at most 500 characters");
    assertRule(
        () -> base("field").field("F\r").build(),
        "field",
        "field F\\r must be one non-blank line of at most 64 characters");
    assertRule(
        () -> base("action").action(DataIssueAction.REPAIRED).repair("").build(),
        "repair",
        "repair  must be one non-blank line of at most 500 characters");
  }

  @Test
  void shownEscapesAndBoundsAndShapeKeepsOnlyTheForm() {
    assertThat(DataIssue.shown("Q1")).isEqualTo("Q1");
    assertThat(DataIssue.shown("a\u0000b\\c")).isEqualTo("a\\u0000b\\\\c");
    assertThat(DataIssue.shown("x".repeat(41))).isEqualTo("x".repeat(40) + "... (41 characters)");
    assertThat(DataIssue.shown("x".repeat(40))).isEqualTo("x".repeat(40));
    // every escape is six characters: no more than 6 fit in 40
    String escaped = DataIssue.shown("\u0001".repeat(40));
    assertThat(escaped).isEqualTo("\\u0001".repeat(6) + "... (40 characters)");
    assertThat(DataIssue.shown("x".repeat(100_000)).length()).isLessThanOrEqualTo(DataIssue.MAX_VALUE);
    assertThat(DataIssue.shape("YO11 1AB")).isEqualTo("AA99 9AA");
    assertThat(DataIssue.shape("31/02/2011")).isEqualTo("99/99/9999");
    assertThat(DataIssue.shape("é-\u0007\\ü")).isEqualTo("A-??A");
    assertThat(DataIssue.shape("1".repeat(41))).isEqualTo("9".repeat(40) + "...");
    assertThat(DataIssue.shape("1".repeat(40))).isEqualTo("9".repeat(40));
    assertThat(DataIssue.shape("~ !")).isEqualTo("~ !");
    // both always give a value a DataIssue accepts
    for (String raw : List.of("\u0001".repeat(100), "é".repeat(100), "")) {
      base("value").value(DataIssue.shown(raw)).build();
      base("value").value(DataIssue.shape(raw)).build();
    }
  }

  @Test
  void countsByCategoryAndActionAndTheChildrenSetAside() {
    assertThat(REPORT.count(DataIssueCategory.INVALID_DATE)).isEqualTo(1);
    assertThat(REPORT.count(DataIssueCategory.CENSORED)).isZero();
    assertThat(REPORT.count(DataIssueAction.REPAIRED)).isEqualTo(1);
    assertThat(REPORT.count(DataIssueAction.KEPT)).isZero();
    assertThat(REPORT.countsByCategory())
        .containsExactly(
            Map.entry(DataIssueCategory.INVALID_DATE, 1L),
            Map.entry(DataIssueCategory.OVERLAPPING_EPISODES, 1L),
            Map.entry(DataIssueCategory.PROVIDER_NOT_ALLOWED, 1L));
    assertThat(REPORT.countsByAction())
        .containsExactly(
            Map.entry(DataIssueAction.REJECTED, 1L),
            Map.entry(DataIssueAction.SET_ASIDE, 1L),
            Map.entry(DataIssueAction.REPAIRED, 1L));
    assertThat(REPORT.childrenSetAside()).containsExactly(OTHER);
    assertThat(REPORT.issuesFor(CHILD)).containsExactly(REJECTED, REPAIRED);
    assertThat(REPORT.issuesFor(YoungPersonId.of("nobody"))).isEmpty();
    assertThat(REPORT.totalRowsRead()).isEqualTo(40);
    assertThat(REPORT)
        .hasToString(
            "DataIssueReport{rowsRead=40, issues=3, rejected=1, set_aside=1, repaired=1,"
                + " childrenSetAside=1}");
  }

  @Test
  void csvQuotesWhereNeededAndNeutralisesFormulas() {
    assertThat(REPORT.toCsv())
        .isEqualTo(
            DataIssueReport.CSV_HEADER + "\r\n"
                + "episodes,episodes.csv,12,E10000023:C1,DEC,31/02/2024,invalid_date,"
                + "DEC is not a date (dd/mm/yyyy or yyyy-mm-dd),rejected,\r\n"
                + "episodes,episodes.csv,13,E10000023:C1,PLACE_PROVIDER,PR4,provider_not_allowed,"
                + "\"PLACE T2 carries no provider in 2023-24, \"\"PR4\"\" given\",repaired,"
                + "provider removed\r\n"
                + "episodes,several,,E10000023:C2,,,overlapping_episodes,"
                + "'=episodes from 01/05/2023 and 01/06/2023 overlap,set_aside,\r\n");
    assertThat(DataIssueReport.cell("-1")).isEqualTo("'-1");
    assertThat(DataIssueReport.cell("+1")).isEqualTo("'+1");
    assertThat(DataIssueReport.cell("@x")).isEqualTo("'@x");
    assertThat(DataIssueReport.cell("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(DataIssueReport.cell("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(DataIssueReport.cell("")).isEmpty();
  }

  @Test
  void writeCsvReportsAFailingWriter() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> REPORT.writeCsv(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void summaryAndTableAreReadable() {
    String summary = REPORT.summary();
    assertThat(summary)
        .contains("Rows read\n")
        .containsPattern("  episodes +40\n")
        .containsPattern("  invalid_date +1\n")
        .containsPattern("  set_aside +1\n")
        .containsPattern("  total +3\n")
        .endsWith("Children set aside: 1" + System.lineSeparator());
    String table = REPORT.table();
    assertThat(table.lines()).hasSize(4);
    assertThat(table.lines().findFirst().orElseThrow()).startsWith("file:line").contains("action");
    assertThat(table).contains("episodes.csv:12").contains("DEC=31/02/2024")
        .contains("(provider removed)").contains("several ");
    assertThat(REPORT.table(1).lines()).hasSize(3).last().isEqualTo("... and 2 more");
    assertThat(REPORT.table(3)).doesNotContain("more");
    assertThat(REPORT.table(0).lines()).hasSize(2);
    assertRule(() -> REPORT.table(-1), "maxRows", "maxRows -1 is negative");
  }

  @Test
  void rowsReadAreNamedAndNotNegative() {
    assertRule(
        () -> DataIssueReport.of(List.of(), Map.of(" ", 1L)),
        "rowsRead",
        "a table name in rows read is blank");
    assertRule(
        () -> DataIssueReport.of(List.of(), Map.of("oc2", -1L)),
        "rowsRead",
        "rows read of oc2 is negative: -1");
  }

  @Test
  void codesRoundTripAndUnknownCodesAreNamed() {
    for (DataIssueCategory c : DataIssueCategory.values()) {
      assertThat(c.code()).isEqualTo(c.name().toLowerCase());
      assertThat(DataIssueCategory.fromCode(c.code())).isSameAs(c);
      assertThat(c.description()).isNotBlank();
    }
    for (DataIssueAction a : DataIssueAction.values()) {
      assertThat(a.code()).isEqualTo(a.name().toLowerCase());
      assertThat(DataIssueAction.fromCode(a.code())).isSameAs(a);
    }
    assertThatThrownBy(() -> DataIssueCategory.fromCode("nope"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("unknown data issue category code \"nope\"; known codes: unknown_code,");
    assertThatThrownBy(() -> DataIssueAction.fromCode("nope\n"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "unknown data issue action code \"nope\\n\"; known codes: rejected, set_aside,"
                + " repaired, kept, superseded, ignored");
  }

  /** Built inside the test (not in static fields), at the boundaries of each rule. */
  @Test
  void boundariesOnFreshValues() {
    DataIssue whole = DataIssue.builder().table("t".repeat(64)).file("f".repeat(500)).line(0)
        .youngPersonId(OTHER).field("F".repeat(64)).value("v".repeat(80))
        .category(DataIssueCategory.OVERLAPPING_EPISODES).rule("r".repeat(500))
        .action(DataIssueAction.SET_ASIDE).build();
    assertThat(whole.line()).isZero();
    assertRule(() -> base("table").table("t".repeat(65)).build(), "table",
        "table " + "t".repeat(40) + "... (65 characters) must be one non-blank line of at most 64"
            + " characters");
    DataIssue kept = base("action").action(DataIssueAction.KEPT).build();
    DataIssueReport fresh =
        DataIssueReport.of(List.of(kept, whole), Map.of("episodes", 0L));
    assertThat(fresh.childrenSetAside()).containsExactly(OTHER);
    assertThat(fresh.totalRowsRead()).isZero();
    assertThat(fresh.toCsv()).contains("\r\n").startsWith(DataIssueReport.CSV_HEADER);
    assertThat(DataIssueReport.cell("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(DataIssueReport.cell("a,b")).isEqualTo("\"a,b\"");
    // 40 characters of escaped text fit; a 41st does not
    assertThat(DataIssue.shown("\u0001".repeat(6) + "x".repeat(5)))
        .isEqualTo("\\u0001".repeat(6) + "xxxx... (11 characters)");
    assertThat(DataIssue.shape(" ~\u007f")).isEqualTo(" ~?");
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(REPORT, DataIssueReport.of(List.of(REJECTED, REPAIRED, SET_ASIDE),
            Map.of("episodes", 40L)))
        .addEqualityGroup(DataIssueReport.of(List.of(REJECTED), Map.of("episodes", 40L)))
        .addEqualityGroup(REJECTED, base("").build())
        .addEqualityGroup(base("line").line(99).build())
        .testEquals();
  }
}
