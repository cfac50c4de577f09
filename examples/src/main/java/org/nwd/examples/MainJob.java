package org.nwd.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.json.NwdJson;
import org.nwd.json.NwdJsonException;
import org.nwd.json.PublicationSummary;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.report.Report;

/**
 * The main job: the end-to-end analysis of the embedded sample cohort ({@link SampleCohort}), or of a
 * cohort JSON file given as the second argument. Prints readable tables on standard output (progress
 * on standard error), writes {@code report.html}, the CSV tables and the assumptions to the output
 * folder, prints where the report is and ends with a one-line summary.
 *
 * <pre>
 * java org.nwd.examples.MainJob OUTPUT_FOLDER [COHORT_JSON]
 * java org.nwd.examples.MainJob OUTPUT_FOLDER --ssda903 RETURNS_FOLDER --council CODE [options]
 * </pre>
 *
 * <p>The second form reads a council's SSDA903 returns instead ({@link Ssda903Job}).
 *
 * <p>A missing or malformed input gives one line on standard error naming the file and the problem,
 * and exit status {@value UserError#EXIT_STATUS}.
 */
public final class MainJob {
  private MainJob() {}

  /** How the report's title names the embedded sample. */
  static final String SAMPLE_SOURCE = "synthetic sample cohort (seed " + SampleCohort.SEED + ")";

  /** The data source the report states for the embedded sample. */
  static final String SAMPLE_DESCRIPTION = "a synthetic sample cohort of " + SampleCohort.SIZE
      + " young people made up by nwd-testkit (seed " + SampleCohort.SEED + "): not real young"
      + " people or real data";

  /** The report's title for a cohort from {@code source}. */
  static String title(String source) {
    return "No Wrong Door: " + source + ", illustrative cost assumptions";
  }

  /** Runs the job; exits with a non-zero status only when it fails. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the job and returns its exit status (0, or {@link UserError#EXIT_STATUS}). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      job(args, out, err);
      return 0;
    } catch (UserError e) {
      err.println("error: " + e.getMessage());
      return UserError.EXIT_STATUS;
    }
  }

  static void job(String[] args, PrintStream out, PrintStream err) throws UserError {
    if (java.util.Arrays.asList(args).contains(Ssda903Job.FLAG)) {
      Ssda903Job.job(args, out, err);
      return;
    }
    cohortJob(args, out, err, LocalDate.now());
  }

  /**
   * The job on the sample or a cohort file, its report stating {@code today} as the date produced
   * (the only input besides the arguments that is not fixed, so a run with a given date can be
   * repeated byte for byte); returns the report it wrote.
   */
  static Report cohortJob(String[] args, PrintStream out, PrintStream err, LocalDate today)
      throws UserError {
    if (args.length < 1 || args.length > 2) {
      throw new UserError("usage", "MainJob OUTPUT_FOLDER [COHORT_JSON]");
    }
    Path dir = Path.of(args[0]).toAbsolutePath().normalize();
    Progress progress = new Progress(err, 6);

    Cohort cohort;
    DatePeriod coverage;
    String source;
    String description;
    if (args.length == 2) {
      Path file = Path.of(args[1]);
      progress.start("Reading the cohort from " + file);
      cohort = readCohort(file);
      coverage = coverageOf(cohort, file);
      source = "cohort file " + file.getFileName();
      description = "the cohort file " + file.getFileName() + " (" + cohort.size()
          + " young people), its data covering the referrals' 12 months before and after";
    } else {
      progress.start(
          "Generating the sample cohort (" + SampleCohort.SIZE + " synthetic young people, seed "
              + SampleCohort.SEED + ")");
      cohort = SampleCohort.cohort();
      coverage = SampleCohort.dataCoverage();
      source = SAMPLE_SOURCE;
      description = SAMPLE_DESCRIPTION;
    }
    progress.done();

    Analysis.Results r;
    try {
      r = Analysis.run(cohort, coverage, progress);
    } catch (DomainRuleException e) { // data the analysis refuses, e.g. born after the data end
      throw new UserError(source, oneLine(e.getMessage()));
    }

    progress.start("Writing the report and CSV tables to " + dir);
    Report report =
        Analysis.report(r, title(source), description, Optional.of(date(today)));
    Path html = dir.resolve("report.html");
    List<Path> csv;
    try {
      Files.createDirectories(dir);
      report.writeTo(html);
      csv = report.writeCsvTables(dir.resolve("tables"));
      Files.write(dir.resolve("assumptions.txt"), Illustrative.LINES, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("tables.txt"), Analysis.tables(r), StandardCharsets.UTF_8);
      // The impact figures for publication, under the report's disclosure rule, as JSON.
      Files.writeString(dir.resolve("impact-summary.json"), PublicationSummary.write(r.impact()),
          StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(dir, "cannot write the report: " + problem(e));
    }
    progress.done();

    out.println(Analysis.tables(r));
    r.cost().priceBasis().ifPresent(p -> out.println(p.statement()));
    out.println("Report:     " + html.toUri());
    out.println("CSV tables: " + dir.resolve("tables") + " (" + csv.size() + " files)");
    out.println(Analysis.summary(r));
    return report;
  }

  /** Today's date as the report prints it, e.g. "3 December 2026". */
  static String today() {
    return date(LocalDate.now());
  }

  /** A date as the report prints it, e.g. "3 December 2026". */
  static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
  }

  /** Reads a cohort JSON file, turning every problem into a one-line {@link UserError}. */
  static Cohort readCohort(Path file) throws UserError {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file, Files.exists(file) ? "not a regular file" : "file not found");
    }
    try {
      return NwdJson.strict().read(file, Cohort.class);
    } catch (NwdJsonException | DomainRuleException e) {
      throw new UserError(file, oneLine(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new UserError(file, problem(e));
    }
  }

  /** From the earliest look-back to the latest follow-up: 12 months around every referral. */
  static DatePeriod coverageOf(Cohort cohort, Path file) throws UserError {
    var dates =
        cohort.records().stream()
            .flatMap(r -> r.referrals().stream())
            .map(ref -> ref.date())
            .sorted()
            .toList();
    if (dates.isEmpty()) {
      throw new UserError(file, "the cohort has no referrals, so there is nothing to analyse");
    }
    return DatePeriod.of(dates.get(0).minusMonths(12), dates.get(dates.size() - 1).plusMonths(13));
  }

  static String problem(Exception e) {
    Throwable c = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (c instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    return oneLine(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
  }

  static String oneLine(@Nullable String s) {
    return s == null ? "unreadable" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
