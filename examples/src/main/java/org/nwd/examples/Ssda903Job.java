package org.nwd.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.nwd.DomainRuleException;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.IndexDateRule;
import org.nwd.json.NwdJsonModule;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.StandardMeasures;
import org.nwd.report.Report;
import org.nwd.ssda903.CollectionYear;
import org.nwd.ssda903.PostcodeDirectory;
import org.nwd.ssda903.Ssda903FileException;
import org.nwd.ssda903.Ssda903Import;
import org.nwd.ssda903.Ssda903Result;
import org.nwd.ssda903.Ssda903Source;

/**
 * The council analyst's command: the main job pointed at a folder of SSDA903 returns.
 *
 * <pre>
 * java org.nwd.examples.MainJob OUTPUT_FOLDER --ssda903 RETURNS_FOLDER --council CODE
 *     [--year 2023-24] [--postcodes LOOKUP.csv] [--index-date YYYY-MM-DD]
 * </pre>
 *
 * <p>{@code RETURNS_FOLDER} holds one sub-folder per collection year named like {@code 2023-24}
 * (or, with {@code --year}, one year's files directly), each with the year's CSV tables or XML
 * return. It writes the row-level issue report ({@code issues.csv}, {@code issues.json}), the
 * standard impact analysis of the 903 measures with cost avoidance under the illustrative
 * assumptions, and the HTML report, and prints the import's summary counts. The index date (the day
 * the "after" window starts for everyone) is {@code --index-date}, by default the first day of the
 * last collection year. A missing or empty folder, or an unreadable file, gives one line naming it
 * and exit status {@value UserError#EXIT_STATUS}.
 */
public final class Ssda903Job {
  private Ssda903Job() {}

  /** The argument that selects this job in {@link MainJob}. */
  public static final String FLAG = "--ssda903";

  /** The measures the 903 carries that the job analyses. */
  public static final ImmutableList<OutcomeMeasure> MEASURES =
      ImmutableList.of(
          StandardMeasures.MISSING_INCIDENTS,
          StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS,
          StandardMeasures.PLACEMENT_MOVES,
          StandardMeasures.ENTRIES_TO_CARE,
          StandardMeasures.SDQ_TOTAL_DIFFICULTIES);

  static final String USAGE =
      "MainJob OUTPUT_FOLDER --ssda903 RETURNS_FOLDER --council CODE [--year 2023-24]"
          + " [--postcodes LOOKUP.csv] [--index-date YYYY-MM-DD]";

  /** Runs the job (called by {@link MainJob}). */
  static void job(String[] args, PrintStream out, PrintStream err) throws UserError {
    if (args.length < 5 || args[0].startsWith("--") || args.length % 2 == 0) {
      throw new UserError("usage", USAGE);
    }
    Path dir = Path.of(args[0]).toAbsolutePath().normalize();
    Path returns = null;
    String council = null;
    Optional<CollectionYear> year = Optional.empty();
    Path postcodes = null;
    LocalDate index = null;
    for (int i = 1; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case FLAG:
          returns = Path.of(v);
          break;
        case "--council":
          council = v;
          break;
        case "--year":
          year = Optional.of(parse(() -> CollectionYear.parse(v), "--year", v));
          break;
        case "--postcodes":
          postcodes = Path.of(v);
          break;
        case "--index-date":
          index = parse(() -> LocalDate.parse(v), "--index-date", v);
          break;
        default:
          throw new UserError("usage", "unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (returns == null || council == null) {
      throw new UserError("usage", USAGE);
    }
    // The folder is checked before any progress line: a missing or empty one is one line.
    List<Ssda903Source> sources;
    try {
      sources = year.isPresent()
          ? Ssda903Source.inFolder(returns, year.get()) : Ssda903Source.inFolder(returns);
    } catch (Ssda903FileException e) {
      throw new UserError(e.file(), e.problem());
    }
    Progress progress = new Progress(err, 7);

    progress.start("Reading the SSDA903 returns in " + returns);
    Ssda903Result r;
    try {
      Ssda903Import.Builder b = Ssda903Import.builder().council(council);
      if (postcodes != null) {
        b.postcodes(PostcodeDirectory.fromCsv(postcodes));
      }
      r = b.build().read(sources);
    } catch (Ssda903FileException e) {
      throw new UserError(e.file() + (e.line() > 0 ? ":" + e.line() : ""), e.problem());
    } catch (DomainRuleException e) {
      throw new UserError(returns, MainJob.oneLine(e.getMessage()));
    }
    progress.detail(r.cohort().size() + " children imported, " + r.issues().issues().size()
        + " issues");
    progress.done();

    progress.start("Writing the issue report to " + dir);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("issues.csv"), r.issues().toCsv(), StandardCharsets.UTF_8);
      new ObjectMapper()
          .registerModule(new NwdJsonModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(dir.resolve("issues.json").toFile(), r.issues());
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(dir, "cannot write the issue report: " + MainJob.problem(e));
    }
    progress.done();
    out.println(r.summary());
    out.println(r.issues().summary());
    if (r.cohort().size() == 0) {
      throw new UserError(returns, "no child could be imported; the reasons are in "
          + dir.resolve("issues.csv"));
    }

    LocalDate indexDate = index != null ? index : r.years().get(r.years().size() - 1).start();
    ImpactAnalysis analysis =
        ImpactAnalysis.builder()
            .name("SSDA903 before/after " + indexDate)
            .indexDateRule(IndexDateRule.of("the analyst's index date " + indexDate,
                rec -> Optional.of(indexDate)))
            .dataCoverage(r.dataCoverage())
            .addAllMeasures(MEASURES)
            .build();
    Analysis.Results results;
    try {
      results = Analysis.run(r.cohort(), analysis, progress);
    } catch (IllegalStateException e) {
      throw new UserError(returns, "nothing to analyse around " + indexDate + ": "
          + MainJob.oneLine(e.getMessage()));
    }

    progress.start("Writing the report and CSV tables to " + dir);
    Report report = Analysis.report(results,
        "No Wrong Door: SSDA903 returns of " + council + ", illustrative cost assumptions",
        "SSDA903 returns of " + council + " read from " + returns.getFileName() + ", "
            + r.cohort().size() + " young people; data issues in issues.csv",
        Optional.of(MainJob.today()));
    Path html = dir.resolve("report.html");
    List<Path> csv;
    try {
      report.writeTo(html);
      csv = report.writeCsvTables(dir.resolve("tables"));
      Files.write(dir.resolve("assumptions.txt"), Illustrative.LINES, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("tables.txt"), Analysis.tables(results),
          StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new UserError(dir, "cannot write the report: " + MainJob.problem(e));
    }
    progress.done();
    out.println(Analysis.tables(results));
    out.println("Issues:     " + dir.resolve("issues.csv") + " (" + r.issues().issues().size()
        + " rows; also issues.json)");
    out.println("Report:     " + html.toUri());
    out.println("CSV tables: " + dir.resolve("tables") + " (" + csv.size() + " files)");
    out.println(Analysis.summary(results));
  }

  private interface Parse<T> {
    T get();
  }

  private static <T> T parse(Parse<T> p, String option, String value) throws UserError {
    try {
      return p.get();
    } catch (DomainRuleException | DateTimeParseException e) {
      throw new UserError("usage", option + " " + value + " is not valid: "
          + MainJob.oneLine(e.getMessage()));
    }
  }
}
