// Fidelity to the No Wrong Door model beside impact, run non-interactively (see the README):
//   jshell --class-path "$(cat examples/target/classpath.txt)" --startup DEFAULT --startup examples/src/main/jshell/nwd.jsh examples/src/main/jshell/fidelity.jsh
// Needs the startup script nwd.jsh (imports, `show`).
import org.nwd.fidelity.*;
import org.nwd.testkit.FidelitySettings;
import org.nwd.testkit.FidelityTier;

// 1. A synthetic cohort with a known fidelity mix (40% high, 35% partial, 25% low tiers) and a
//    configured association: missing incidents after the referral are 0.35, 0.55 and 0.8 times the
//    rate before. Synthetic assumptions, not findings about No Wrong Door.
Cohort faithful = CohortGenerator.of(CohortSettings.builder().size(1000).seed(18).
    fidelity(FidelitySettings.defaults()).build()).generate();

// 2. The rubric: the library's proposed default (every definition and threshold is a PROPOSAL), or
//    another council's own, held as data.
FidelityRubric rubric = FidelityRubric.proposedDefault();
FidelityRubric stricter = FidelityRubric.builder().name("A stricter council").proposal(false).
    addCriteria(Criterion.of(FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT, 2, BigDecimal.ONE),
        Criterion.of(FidelityIndicator.SHORT_BED_STAYS, 56, new BigDecimal("2")),
        Criterion.of(FidelityIndicator.DECISIONS_CITING_PROVOCATION, 0.75, BigDecimal.ONE)).
    addAllBands(rubric.bands()).build();
String rubricJson = NwdJson.strict().write(stricter);
show(rubricJson);
show(NwdJson.strict().read(rubricJson, FidelityRubric.class).equals(stricter));

// 3. Profiles as of the day after the data end: each indicator met / not met / unknown / not
//    applicable (missing data never counts as met), a score and a band.
FidelityAssessment assessment = FidelityAssessment.of(rubric, LocalDate.of(2019, 8, 1));
FidelityProfile one = assessment.profile(faithful.records().get(0));
show(one);
show(one.explanation().render());
CohortFidelity fidelity = assessment.assess(faithful);
show(fidelity.render());

// 4. Beside impact: the analysis per fidelity band (suppressed like any breakdown) and the
//    dose-response slope of change on score. Associations, not effects of fidelity.
ImpactAnalysis byBand = ImpactAnalysis.builder().name("NWD by fidelity band").
    dataCoverage(DatePeriod.parse("2014-04-01/2018-04-01")).
    addMeasures(StandardMeasures.MISSING_INCIDENTS, StandardMeasures.SDQ_TOTAL_DIFFICULTIES).build();
FidelityImpactResult beside = FidelityImpact.of(byBand, assessment).run(faithful);
show(beside.breakdown(StandardMeasures.MISSING_INCIDENTS));
show(beside.doseResponse(StandardMeasures.MISSING_INCIDENTS).explanation().render());

// 5. The same for the sample cohort of the main job (its generator records no embedded specialists
//    or decisions, so those indicators are not met or unknown for everyone), and a report.
FidelityImpactResult sample = FidelityImpact.of(analysis,
    FidelityAssessment.of(rubric, coverage.end().get())).run(cohort);
show(Analysis.fidelityTable(sample));
Path fidelityReport = Path.of("nwd-jshell-fidelity.html").toAbsolutePath();
Report.builder("No Wrong Door: fidelity (JShell)").fidelity(beside).build().writeTo(fidelityReport);
System.out.println("Report: " + fidelityReport.toUri());
System.out.println("Fidelity: " + fidelity.bandCounts() + "; dose-response slope, missing incidents: "
    + beside.doseResponse(StandardMeasures.MISSING_INCIDENTS).explanation().value());
/exit
