package org.nwd.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.nwd.report.Report;

/**
 * The README's main job on the seeded sample, run once in-process (not through Maven) for every test
 * that checks what it prints and writes. Its output folder is kept under {@code target/} so that a
 * failing comparison can be inspected file by file.
 */
final class SampleJobRun {
  private SampleJobRun() {}

  /**
   * The date the run's report says it was produced: the one input of the job, besides the output
   * folder, that would otherwise change from run to run.
   */
  static final LocalDate PRODUCED = LocalDate.of(2026, 12, 3);

  /** Where the run writes, relative to the module (surefire's working directory). */
  static final Path DIR = Path.of("target", "golden-main-job", "nwd-output").toAbsolutePath();

  /** What one run printed and wrote. */
  record Output(Path dir, String out, String err, Report report) {}

  private static Output output;

  /** The run, made on first use. */
  static synchronized Output get() {
    if (output == null) {
      output = run();
    }
    return output;
  }

  private static Output run() {
    deleteRecursively(DIR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      Report report = MainJob.cohortJob(new String[] {DIR.toString()}, o, e, PRODUCED);
      return new Output(DIR, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8), report);
    } catch (UserError ex) {
      throw new AssertionError("the main job failed: " + ex.getMessage(), ex);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
