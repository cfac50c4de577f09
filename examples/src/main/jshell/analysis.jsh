// A full analysis of the sample cohort, run non-interactively (see the README):
//   jshell --class-path "$(cat examples/target/classpath.txt)" --startup DEFAULT --startup examples/src/main/jshell/nwd.jsh examples/src/main/jshell/analysis.jsh
// Needs the startup script nwd.jsh (imports, `cohort`, `analysis`, `show`).

// 1. Impact: before/after rates, rate ratios with cluster-robust intervals (each young person a
//    cluster: they hold when a few young people have many events), p-values with Holm's
//    adjustment across the measures, events avoided. Before/after only: SMS level 1.
ImpactResult impact = analysis.run(cohort);
show(Analysis.impactTable(impact));

// The same analysis with 6-month windows: vary one setting, keep the rest.
show(Analysis.impactTable(analysis.withMonthsBefore(6).withMonthsAfter(6).run(cohort)));

// Any figure explains itself, including its interval method, why, and the dispersion seen:
show(impact.measure(StandardMeasures.MISSING_INCIDENTS).rates().get().rateRatio().explanation().render());

// The Poisson intervals stay available by name (too narrow when counts are overdispersed), and the
// person bootstrap is an alternative:
for (RateRatioMethod m : List.of(RateRatioMethod.BOOTSTRAP_BCA, RateRatioMethod.EXACT_CONDITIONAL)) {
  RateRatio rr = Analysis.impactAnalysis("NWD sample", coverage, m).run(cohort)
      .measure(StandardMeasures.MISSING_INCIDENTS).rates().get().rateRatio();
  show("missing incidents, " + m.text() + ": " + rr);
}

// 2. Cost avoidance in 2025/26 prices under the ILLUSTRATIVE assumptions (printed), exact to
//    the penny (money prints to the penny, tables in whole pounds, half up).
Illustrative.LINES.forEach(System.out::println);
Appraisal appraisal = Illustrative.appraisal(impact);
CostAvoidanceResult cost = CostAvoidanceModel.run(appraisal);
show(Analysis.priceBasis(cost));    // price base, deflator vintage, forecast years used
show(Analysis.caseTable(cost));
show(Analysis.positionTable(cost)); // who pays, who saves
show(Analysis.agencyTable(cost));

// 3. Uncertainty: one-way sensitivity and a seeded Monte Carlo.
var bars = Sensitivity.oneWay(appraisal, Sensitivity.Case.FINANCIAL);
show(Analysis.tornadoTable(bars, 5));
MonteCarloResult mc = MonteCarlo.run(appraisal, Illustrative.ITERATIONS, Illustrative.MONTE_CARLO_SEED);
show(Analysis.monteCarloTable(mc));

// 4. The same as one call, with the report written next to the working directory.
Analysis.Results results = new Analysis.Results(cohort, impact, appraisal, cost, bars, mc);
Path out = Path.of("nwd-jshell-report.html").toAbsolutePath();
Analysis.report(results, "No Wrong Door: sample cohort (JShell)").writeTo(out);
System.out.println("Report: " + out.toUri());
show(Analysis.summary(results));
/exit
