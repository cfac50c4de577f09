package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council analyst's command on synthetic returns, and its one-line errors. */
class Ssda903JobTest {
  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MainJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theAnalystsCommandWritesIssuesAnalysisAndReport() throws Exception {
    SampleReturns.main(new String[] {dir.toString()});
    Path out = dir.resolve("out");
    Result r = run(out.toString(), "--ssda903", dir.resolve("returns").toString(), "--council",
        SampleReturns.COUNCIL, "--postcodes", dir.resolve("postcodes.csv").toString(),
        "--index-date", "2022-10-01");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("issues.csv")).isRegularFile();
    assertThat(Files.readString(out.resolve("issues.csv")))
        .startsWith("table,file,line,young_person_id,field,value,category,rule,action,repair\r\n");
    assertThat(Files.readString(out.resolve("issues.json"))).contains("\"rowsRead\"");
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(r.out())
        .contains("SSDA903 2021-22 to 2025-26: ")
        .contains("Issues by category")
        .contains("Children set aside: ")
        .contains("Issues:     " + out.resolve("issues.csv"))
        .contains("Report:     ");
    assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("Summary: ");
  }

  @Test
  void aMissingFolderAnEmptyFolderOrAnUnreadableFileIsOneLineAndStatusTwo() throws Exception {
    Path out = dir.resolve("out");
    Result missing = run(out.toString(), "--ssda903", dir.resolve("nope").toString(), "--council",
        "E1");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope") + ": no such folder\n");
    Files.createDirectories(dir.resolve("empty"));
    Result empty = run(out.toString(), "--ssda903", dir.resolve("empty").toString(), "--council",
        "E1");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err().lines()).singleElement().asString()
        .endsWith("empty: no SSDA903 files in the folder");
    Path year = dir.resolve("bad/2023-24");
    Files.createDirectories(year);
    Files.write(year.resolve("episodes.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    Result binary = run(out.toString(), "--ssda903", dir.resolve("bad").toString(), "--council",
        "E1");
    assertThat(binary.status()).isEqualTo(2);
    // progress lines ("[1/7] ...") may come first; the error is the one other line
    assertThat(binary.err().lines().filter(l -> !l.startsWith("[") && !l.startsWith(" ")))
        .singleElement().asString()
        .isEqualTo("error: 2023-24/episodes.csv:1: not UTF-8 text (a binary file or another"
            + " encoding)");
    Result usage = run(out.toString(), "--ssda903", "x");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).startsWith("error: usage: MainJob OUTPUT_FOLDER --ssda903");
    Result badDate = run(out.toString(), "--ssda903", "x", "--council", "E1", "--index-date", "soon");
    assertThat(badDate.err()).startsWith("error: usage: --index-date soon is not valid");
  }
}
