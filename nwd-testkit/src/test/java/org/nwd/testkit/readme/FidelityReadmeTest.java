package org.nwd.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nwd.fidelity.CohortFidelity;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityImpactResult;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.FidelitySettings;

/**
 * The README's fidelity snippet, verbatim in {@link #snippet}, run on a generated cohort with a
 * fidelity mix and the standard analysis of missing incidents.
 */
class FidelityReadmeTest {

  static FidelityImpactResult snippet(Cohort cohort, ImpactAnalysis analysis) {
    FidelityRubric rubric = FidelityRubric.proposedDefault();        // a PROPOSAL; or your council's own
    FidelityAssessment assessment = FidelityAssessment.of(rubric, LocalDate.of(2018, 4, 1)); // day after the data end
    CohortFidelity fidelity = assessment.assess(cohort);             // a profile per young person, and per indicator
    System.out.println(fidelity.render());
    FidelityImpactResult beside = FidelityImpact.of(analysis, assessment).run(cohort);
    System.out.println(beside.breakdown(StandardMeasures.MISSING_INCIDENTS));   // impact per band, suppressed
    System.out.println(beside.doseResponse(StandardMeasures.MISSING_INCIDENTS).explanation().render());
    return beside;
  }

  @Test
  void theSnippetRunsAndPrintsTheFidelityTables() {
    Cohort cohort =
        CohortGenerator.of(CohortSettings.builder().size(300).seed(42)
            .fidelity(FidelitySettings.defaults()).build()).generate();
    ImpactAnalysis analysis =
        ImpactAnalysis.builder().name("readme").dataCoverage(DatePeriod.parse("2014-04-01/2018-04-01"))
            .addMeasures(StandardMeasures.MISSING_INCIDENTS).build();
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FidelityImpactResult r;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      r = snippet(cohort, analysis);
    } finally {
      System.setOut(old);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Fidelity: nwd proposed default (PROPOSAL", "MISSING_INCIDENTS by fidelity band",
            "ASSOCIATION ONLY");
    assertThat(r.fidelity().size()).isEqualTo(300);
  }
}
