package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.DomainRuleException;
import org.nwd.quality.DataIssueCategory;

/**
 * Files that are not readable returns: each a clear {@link Ssda903FileException} naming the file and
 * the line, and no result at all. And the harmless variations a real return has: a BOM, CRLF, any
 * letter case and order of columns, ISO dates, XML.
 */
class MalformedFilesTest {
  @TempDir Path dir;

  private Returns header() {
    return new Returns(dir).file("2023-24", "header.csv", Returns.HEADER, DirtyRowsTest.H);
  }

  private static void fails(Returns r, String message, long line) {
    assertThatThrownBy(r::read)
        .isInstanceOf(Ssda903FileException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((Ssda903FileException) e).line()).isEqualTo(line));
  }

  @Test
  void anUnbalancedQuote() {
    Returns r = header().file("2023-24", "episodes.csv", Returns.EPISODES,
        "C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,", "C1,\"01/06/2023,P,C2,N4,U4,PR1,,,,,,");
    assertThatThrownBy(r::read)
        .isInstanceOf(Ssda903FileException.class)
        .hasMessageStartingWith("2023-24/episodes.csv:3: malformed CSV: ")
        .hasMessageContaining("EOF reached before encapsulated token finished");
  }

  @Test
  void aWrongColumnCount() {
    fails(header().file("2023-24", "episodes.csv", Returns.EPISODES,
            "C1,01/05/2023,S,C2,N4,U4,PR1,,,,,,", "C1,01/06/2023,P,C2"),
        "2023-24/episodes.csv:3: wrong column count: 4 values where the header has 13 columns", 3);
  }

  @Test
  void aBinaryFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    fails(header().bytes("2023-24", "image.csv", png),
        "2023-24/image.csv:1: not UTF-8 text (a binary file or another encoding)", 1);
    fails(new Returns(dir.resolve("b")).bytes("2023-24", "nul.csv",
            "CHILD,SEX\nC1\u0000,1\n".getBytes(StandardCharsets.UTF_8)),
        "2023-24/nul.csv:2: binary content (control character 0x00): not a CSV text file", 2);
  }

  @Test
  void aUtf16File() {
    fails(header().bytes("2023-24", "episodes.csv",
            (Returns.EPISODES + "\n").getBytes(StandardCharsets.UTF_16LE)),
        "2023-24/episodes.csv:1: binary content (control character 0x00): not a CSV text file", 1);
  }

  @Test
  void aLineLongerThanTheLimit() {
    Returns r = header().file("2023-24", "episodes.csv", Returns.EPISODES,
        "C1,01/05/2023,S,C2,N4,U4,PR1,,,,,," + "x".repeat(5000));
    assertThatThrownBy(() -> Ssda903Import.builder().council(Returns.COUNCIL).maxRecordLength(1024)
            .build().read(r.sources()))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessage("2023-24/episodes.csv:2: a record longer than 1024 characters (not an SSDA903"
            + " CSV file?)");
    Returns quote = new Returns(dir.resolve("q")).file("2023-24", "episodes.csv",
        Returns.EPISODES, "C1,\"" + "y\n".repeat(1000));
    assertThatThrownBy(() -> Ssda903Import.builder().council(Returns.COUNCIL).maxRecordLength(1024)
            .build().read(quote.sources()))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessage("2023-24/episodes.csv:2: a record longer than 1024 characters inside quotes (an"
            + " unbalanced quote?)");
  }

  /** A 2 GB line, generated as it is read: refused after the limit, never held in memory. */
  @Test
  void aTwoGigabyteLineFailsEarlyWithoutFillingTheHeap() {
    long size = 2L << 30;
    InputStream huge =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    Ssda903Source s = Ssda903Source.of(dir.resolve("huge.csv"), CollectionYear.of(2024));
    List<RawRow> rows = new ArrayList<>();
    assertThatThrownBy(() -> CsvTables.read(huge, s, 1L << 20, new Collect(rows)))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessage(s.name() + ":1: a record longer than 1048576 characters (not an SSDA903 CSV"
            + " file?)");
    assertThat(rows).isEmpty();
  }

  @Test
  void notAn903FileAtAll() {
    fails(new Returns(dir).file("2023-24", "people.csv", "name,age", "Ann,12"),
        "2023-24/people.csv:1: not an SSDA903 table: the columns [AGE, NAME] match no table"
            + " (header, episodes, missing, oc2, oc3, sw_episodes, reviews, uasc, ad1,"
            + " placed_adoption, prev_perm, dolo)", 1);
    fails(new Returns(dir.resolve("e")).raw("2023-24", "empty.csv", ""),
        "2023-24/empty.csv: empty file: no header line", 0);
    fails(new Returns(dir.resolve("d")).file("2023-24", "header.csv", "CHILD,SEX,DOB,sex"),
        "2023-24/header.csv:1: column SEX appears twice in the header", 1);
  }

  @Test
  void aFileThatIsNotThereOrTheSameFileTwice() {
    Ssda903Source missing = Ssda903Source.of(dir.resolve("2023-24/nope.csv"), CollectionYear.of(2024));
    assertThatThrownBy(() -> Ssda903Import.of(Returns.COUNCIL).read(List.of(missing)))
        .isInstanceOf(Ssda903FileException.class)
        .hasMessage("2023-24/nope.csv: no such file");
    Returns r = header();
    List<Ssda903Source> twice = new ArrayList<>(r.sources());
    twice.addAll(r.sources());
    assertThatThrownBy(() -> Ssda903Import.of(Returns.COUNCIL).read(twice))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("the file 2023-24/header.csv is given twice");
    assertThatThrownBy(() -> Ssda903Import.of(Returns.COUNCIL).read(List.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("no SSDA903 file to read");
  }

  @Test
  void yearsMustFollowOneAnother() {
    Returns r = new Returns(dir).file("2021-22", "header.csv", Returns.HEADER)
        .file("2023-24", "header.csv", Returns.HEADER);
    assertThatThrownBy(r::read)
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("the collection years must follow one another: 2022-23 is missing between"
            + " 2021-22 and 2023-24");
  }

  @Test
  void bomCrlfAnyCaseAnyOrderIsoDatesAndExtraColumns() {
    String episodes = "\uFEFFpl_post,Child,decom,RNE,ls,cin,place,place_provider,dec,rec,"
        + "reason_place_change,home_post,urn,Extra\r\n"
        + "yo12 1aa,c1,2023-05-01,s,c2,n4,u4,pr1,,,,YO11 1AA,,x\r\n";
    Ssda903Result r = header().raw("2023-24", "episodes.csv", episodes).read();
    assertThat(r.cohort().records()).singleElement()
        .satisfies(x -> assertThat(x.placements()).hasSize(1));
    assertThat(r.episodes().get(0).period().start()).hasToString("2023-05-01");
    assertThat(Returns.of(r, DataIssueCategory.NOT_MAPPED)).extracting(Object::toString)
        .containsExactly("2023-24/episodes.csv:1 [episodes] field EXTRA: not_mapped: column EXTRA"
            + " is not part of table episodes: ignored -> ignored");
    assertThat(r.issues().rowsRead()).containsEntry("episodes", 1L).containsEntry("header", 1L);
  }

  @Test
  void aFileMissingSomeColumnsIsReadWithThemBlank() {
    Ssda903Result r = header().file("2023-24", "episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC",
        "C1,01/05/2023,S,C2,U4,,").read();
    assertThat(r.cohort().size()).isEqualTo(1);
    assertThat(Returns.of(r, DataIssueCategory.MISSING_VALUE)).extracting(i -> i.rule())
        .contains("column URN of table episodes is absent: read as blank",
            "PLACE_PROVIDER is blank for PLACE U4: provider not recorded");
  }

  @Test
  void unmappedTablesAreCountedAndIgnored() {
    Ssda903Result r = header().file("2023-24", "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
        "C1,15/06/2010,01/06/2023,PN1", "C1,15/06/2010,01/12/2023,PN1").read();
    assertThat(Returns.of(r, DataIssueCategory.NOT_MAPPED)).extracting(Object::toString)
        .containsExactly("2023-24/reviews.csv [reviews]: not_mapped: table reviews is not mapped:"
            + " 2 rows ignored -> ignored");
    assertThat(r.issues().rowsRead()).containsEntry("reviews", 2L);
  }

  @Test
  void noPostcodeLookupIsNotedOnce() {
    Returns r = header().file("2023-24", "episodes.csv", Returns.EPISODES,
        "C1,01/05/2023,S,C2,N4,U4,PR1,,,,YO11 1AA,YO12 1AA,");
    Ssda903Result result = Ssda903Import.of(Returns.COUNCIL).read(r.sources());
    assertThat(result.issues().issues()).extracting(Object::toString)
        .containsExactly("2023-24/header.csv [episodes] field PL_POST: not_mapped: no postcode"
            + " lookup given: every placement location and distance is unknown -> ignored");
    assertThat(result.episodes().get(0).location()).hasToString("UNKNOWN");
  }

  /** Collects rows. */
  static final class Collect implements RawRow.Sink {
    final List<RawRow> rows;

    Collect(List<RawRow> rows) {
      this.rows = rows;
    }

    @Override
    public void row(RawRow row) {
      rows.add(row);
    }

    @Override
    public void note(
        Ssda903Table table, Ssda903Source source, long line, String field, String rule,
        boolean ignored) {}

    @Override
    public void counted(Ssda903Table table, long rows) {}
  }
}
