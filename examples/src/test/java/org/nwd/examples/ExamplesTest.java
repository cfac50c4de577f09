package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.cost.CostAvoidanceResult;
import org.nwd.cost.EventsAvoided;
import org.nwd.impact.ImpactResult;
import org.nwd.json.NwdJson;
import org.nwd.model.Cohort;
import org.nwd.model.StandardMeasures;

/** Runs each example's {@code main} and checks what it printed and wrote. */
class ExamplesTest {

  /** Output of one run of a {@code main}. */
  record Run(String out, String err) {}

  /** Runs {@code main} with standard output and error captured. */
  static Run capture(ThrowingRunnable main) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      main.run();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void mainJobWritesTheReportAndTablesAndPrintsWhereTheyAre() throws Exception {
    // The README's main job, run once for this test and the golden copies (MainJobGoldenTest).
    SampleJobRun.Output job = SampleJobRun.get();
    Path outDir = job.dir();
    Run run = new Run(job.out(), job.err());

    Path html = outDir.resolve("report.html");
    assertThat(html).isRegularFile();
    String page = Files.readString(html);
    assertThat(page)
        .contains("data-chart=\"measure-rates\"", "data-chart=\"cost-by-agency-year\"",
            "data-chart=\"npv-percentiles\"", "data-chart=\"tornado\"", "data-chart=\"hub-stays\"")
        .contains(">Outcome rates by hub<", ">Scarborough: missing incidents<")
        // The headline panel comes first, with the data source and the date produced.
        .contains("<section id=\"headline\" class=\"headline\"", ">Key figures<",
            "A synthetic sample cohort of 355 young people made up by nwd-testkit",
            "<dt>Produced</dt><dd>3 December 2026</dd>");
    // Each hub's rows have their own intervals: none is n/a.
    assertThat(Files.readString(outDir.resolve("tables/rates-2-table.csv")))
        .startsWith("Measure,Young people,Rate before,Lower,Upper")
        .doesNotContain("n/a");
    // Fidelity beside impact: the section, its two charts and its tables.
    assertThat(page)
        .contains("data-section=\"fidelity\"", "data-chart=\"fidelity-indicators\"",
            "data-chart=\"fidelity-dose-response\"", "associational, not causal");
    try (var files = Files.list(outDir.resolve("tables"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("rates-table.csv", "cost-by-agency-year.csv", "monte-carlo-npv.csv");
    }
    assertThat(Files.readAllLines(outDir.resolve("assumptions.txt")))
        .first().asString().startsWith("ILLUSTRATIVE ASSUMPTIONS");
    // The impact figures for publication as JSON agree with the report's table, figure by figure.
    var summary = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(outDir.resolve("impact-summary.json").toFile());
    assertThat(summary.get("suppression").get("threshold").asInt()).isEqualTo(5);
    List<String> csvRows = Files.readAllLines(outDir.resolve("tables/rates-table.csv"));
    for (var m : summary.get("measures")) {
      if (!m.has("rates")) {
        continue;
      }
      String[] row = csvRows.stream().filter(l -> l.startsWith(m.get("name").asText() + ","))
          .findFirst().orElseThrow().split(",");
      var rates = m.get("rates");
      assertThat(row[1]).isEqualTo(m.get("youngPeople").asText());
      assertThat(row[2]).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
          rates.get("rateBefore").asDouble()));
      assertThat(row[8]).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
          rates.get("rateRatio").asDouble()));
      assertThat(row[9]).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
          rates.get("rateRatioInterval").get(0).asDouble()));
    }

    assertThat(run.out())
        .contains("rate ratio (95% CI)", "interval method", "Holm p",
            "cluster-robust, young people as clusters")
        .contains("Design: before/after only, Maryland SMS level 1")
        .contains("Report:     " + html.toUri())
        .contains("Cost avoided by agency (financial case, present value)")
        .contains("Monte Carlo (10000 draws, seed 20170401)")
        .contains("ILLUSTRATIVE ASSUMPTIONS")
        .contains("Fidelity (proposed default rubric, a PROPOSAL; as of 2018-04-01)")
        .contains("Dose-response: change per unit of fidelity score (associational, not causal)")
        // The price base, the deflator's vintage and where forecast years are used.
        .contains("Prices: real 2025/26 prices (a forecast year of the deflator). Deflator: HM"
            + " Treasury GDP deflators at market prices and money GDP, March 2026 (Quarterly"
            + " National Accounts), 2024/25 = 100, published 2026-03. Forecast years used: 2025/26")
        .contains("  price year L-UOP-MISSING-MIN (FISCAL): 'Aug 2012' is a month: the financial"
            + " year containing it, 2012/13 (standard price-year mapping)")
        .contains("Who pays, who saves (financial case, present value)")
        .contains("Wider case: the unit costs used carry no economic or social values")
        // What the Monte Carlo varied, and the tables' measures, by name, not by code.
        .contains("Varied: missing incidents: events avoided (first year), deadweight,")
        .contains("lag before benefits (years), benefit years; arrests: ",
            "unit costs: L-UOP-MISSING-MIN (FISCAL), ", "L-PSSRU2025-AE (FISCAL)")
        .contains("Impact: 355 of 355 young people included (12 months before and 12 months after"
            + " the index date: date of the first accepted referral)")
        .contains("  - cashable share for arrests / Duty solicitor not assessed")
        .doesNotContain("MISSING_INCIDENTS", "CRISIS_PRESENTATIONS", "PLACEMENT_MOVES", "ARRESTS");
    try (var files = Files.list(outDir.resolve("tables"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("fidelity-indicators.csv", "fidelity-bands.csv", "fidelity-dose-response.csv");
    }
    List<String> lines = run.out().lines().toList();
    // The last line is the one-line summary: people, the four costed rate ratios, NPV P50 (P5-P95).
    assertThat(lines.get(lines.size() - 1))
        .startsWith("Summary: 355 of 355 young people analysed; rate ratios after/before: missing"
            + " incidents ")
        .contains("arrests ", "crisis presentations (A&E) ", "placement moves ")
        // The interval method and the design are named.
        .contains("(95% CI cluster-robust, young people as clusters; before/after only, SMS level 1,"
            + " may overstate the effect)")
        .containsPattern("financial NPV P50 GBP -?[0-9,]+ \\(P5 GBP -?[0-9,]+ to P95 GBP -?[0-9,]+\\)$");
    // Progress goes to standard error, step by step.
    assertThat(run.err()).contains("[1/6] Generating the sample cohort", "[6/6] Writing the report")
        .contains("355 of 355 young people evaluated");
  }

  @Test
  void sampleAnalysisReadsPlacementMovesAndSdqAndCostsThroughTheCoreAdaptor() {
    ImpactResult impact =
        Analysis.impactAnalysis("sample", SampleCohort.dataCoverage()).run(SampleCohort.cohort());
    // Placement moves come from the generator's placements: about 0.8 x 30% x 355 = 85 before.
    assertThat(impact.measure(StandardMeasures.PLACEMENT_MOVES).rates().orElseThrow().eventsBefore())
        .isPositive();
    // Every young person has an SDQ score in the look-back and one in the follow-up.
    assertThat(impact.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).scores().orElseThrow().pairs())
        .isEqualTo(SampleCohort.SIZE);
    var appraisal = Illustrative.appraisal(impact);
    assertThat(appraisal.events()).extracting(EventsAvoided::measureCode)
        .containsExactly("MISSING_INCIDENTS", "ARRESTS", "CRISIS_PRESENTATIONS", "PLACEMENT_MOVES");
    // The examples' events avoided are the core adaptor's, unrounded.
    for (EventsAvoided e : appraisal.events()) {
      var measure = StandardMeasures.all().stream()
          .filter(m -> m.code().equals(e.measureCode())).findFirst().orElseThrow();
      assertThat(e).isEqualTo(EventsAvoided.fromImpact(impact.measure(measure)));
    }
  }

  @Test
  void mainJobReadsACohortFileWrittenByNwdJson(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("cohort.json");
    NwdJson.strict().write(SampleCohort.cohort(), json);
    Run run = capture(() -> MainJob.main(new String[] {dir.resolve("out").toString(),
        json.toString()}));
    assertThat(run.out()).contains("Summary: 355 of 355 young people analysed");
    assertThat(run.err()).contains("[1/6] Reading the cohort from " + json);
  }

  @Test
  void mainJobNamesAMissingFileInOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-cohort.json");
    assertUserError(
        MainJob::run, new String[] {dir.toString(), missing.toString()},
        "error: " + missing + ": file not found");
  }

  @Test
  void mainJobNamesAMalformedFileInOneLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": \"1.0\", \"kind\": \"cohort\",\n  \"hubs\": [ oops");
    String err = assertUserError(MainJob::run, new String[] {dir.toString(), bad.toString()}, null);
    assertThat(err).startsWith("error: " + bad + ": ");
  }

  @Test
  void mainJobWithoutArgumentsPrintsItsUsage() {
    assertUserError(MainJob::run, new String[0],
        "error: usage: MainJob OUTPUT_FOLDER [COHORT_JSON]");
  }

  @Test
  void vendorExampleMapsValidatesAnalysesAndWritesJson(@TempDir Path dir) throws Exception {
    Run run = capture(() -> VendorExample.main(new String[] {dir.toString()}));

    // Independent count: the shipped export has 298 data rows under its header.
    int dataRows;
    try (InputStream in = VendorExample.class.getResourceAsStream(VendorExample.SAMPLE)) {
      dataRows = (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
    }
    assertThat(dataRows).isEqualTo(298);
    // 5 bad rows and the 2 rows of client CB-0041 are rejected; 40 clients remain.
    assertThat(run.out())
        .contains("CaseBook export: 298 rows read, 291 mapped, 7 rejected; 40 young people")
        .contains("  row 27: start_date '2016-02-30' is not a date (YYYY-MM-DD)")
        .contains("  row 64: entry_type 'SCHOOL_VISIT' is not one of")
        .contains("  row 101: end_date 2016-07-01 is not after start_date 2016-08-10")
        .contains("  row 138: client_ref is empty")
        .contains("  row 175: hub 'LEEDS' is not one of [SCAR, HARR]")
        .contains("  client CB-0041 (2 rows from row 298): outcome event dated 2003-05-01 before"
            + " the birth month of CB-0041")
        .contains("Summary: 39 of 40 young people analysed");

    NwdJson json = NwdJson.strict();
    Cohort cohort = json.read(dir.resolve("cohort.json"), Cohort.class);
    assertThat(cohort.size()).isEqualTo(40);
    assertThat(cohort.records().get(0).id().value()).isEqualTo("CB-0001");
    CostAvoidanceResult cost = json.read(dir.resolve("cost-avoidance.json"),
        CostAvoidanceResult.class);
    assertThat(cost.benefitLines()).isNotEmpty();
    assertThat(Files.readString(dir.resolve("impact.json"))).contains("\"kind\"");
  }

  @Test
  void vendorExampleNamesAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("export.csv");
    assertUserError(VendorExample::run, new String[] {dir.toString(), missing.toString()},
        "error: " + missing + ": file not found");
  }

  @Test
  void vendorExampleRejectsAFileThatIsNotACaseBookExport(@TempDir Path dir) throws IOException {
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "id,name\n1,x\n");
    assertUserError(VendorExample::run, new String[] {dir.toString(), other.toString()},
        "error: " + other + ": not a CaseBook export: the header is not " + VendorExample.HEADER);
  }

  @Test
  void vendorExampleRejectsAnEmptyFile(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    assertUserError(VendorExample::run, new String[] {dir.toString(), empty.toString()},
        "error: " + empty + ": the file is empty; expected the header " + VendorExample.HEADER);
  }

  @Test
  void vendorExampleRejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, (VendorExample.HEADER + "\nCB-1,2003-01,815,MISSING,2016-01-01,,,caf\u00e9\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertUserError(VendorExample::run, new String[] {dir.toString(), latin1.toString()},
        "error: " + latin1 + ": not UTF-8 text");
  }

  @Test
  void vendorExampleStopsWhenNoRowIsValid(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, VendorExample.HEADER + "\nCB-1,2003-01,815,MISSING,yesterday,,,\n");
    assertUserError(VendorExample::run, new String[] {dir.toString(), bad.toString()},
        "error: " + bad + ": no valid rows (1 rejected)");
  }

  interface Main {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  /** Runs {@code main}: exit status 2, nothing on out, one line on err (equal to {@code line}). */
  static String assertUserError(Main main, String[] args, String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(UserError.EXIT_STATUS);
    // Progress lines ("[1/6] ...") may come first; the error is the last line and the only one.
    List<String> errLines =
        err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("[")).toList();
    assertThat(errLines).hasSize(1);
    assertThat(errLines.get(0)).doesNotContain("Exception").doesNotContain("\tat ");
    if (line != null) {
      assertThat(errLines.get(0)).isEqualTo(line);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    return errLines.get(0);
  }
}
