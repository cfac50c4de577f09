package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Assumption;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.IndexDateRule;
import org.nwd.model.StandardMeasures;

/** The text tables say what the analysis used and name measures, not their codes. */
class AnalysisTablesTest {

  private static ImpactResult sample(ImpactAnalysis.Builder analysis) {
    return analysis.name("windows").dataCoverage(SampleCohort.dataCoverage())
        .addMeasures(StandardMeasures.MISSING_INCIDENTS).build().run(SampleCohort.cohort());
  }

  @Test
  void theImpactTableStatesTheWindowsItUsed() {
    String six = Analysis.impactTable(sample(ImpactAnalysis.builder().monthsBefore(6).monthsAfter(6)));
    assertThat(six.lines().findFirst().orElseThrow()).isEqualTo("Impact: 355 of 355 young people"
        + " included (6 months before and 6 months after the index date: date of the first"
        + " accepted referral)");
    assertThat(six).doesNotContain("12 months");
    String uneven = Analysis.impactTable(sample(ImpactAnalysis.builder().monthsBefore(1)
        .monthsAfter(18).indexDateRule(IndexDateRule.of("the first hub contact",
            r -> r.hubEpisodes().stream().map(e -> e.period().start()).min(java.util.Comparator
                .naturalOrder())))));
    assertThat(uneven).contains("young people included (1 month before and 18 months after the"
        + " index date: the first hub contact)");
  }

  @Test
  void measureCodesFromTheCostModelShowAsNames() {
    assertThat(Analysis.measureName("CRISIS_PRESENTATIONS")).isEqualTo("crisis presentations (A&E)");
    assertThat(Analysis.measureName("MY_OWN_MEASURE")).isEqualTo("MY_OWN_MEASURE");
    assertThat(Analysis.named("cashable share for ARRESTS / Police not assessed; XARRESTS, ARRESTS_2"))
        .isEqualTo("cashable share for arrests / Police not assessed; XARRESTS, ARRESTS_2");
    assertThat(Analysis.assumptionText(Assumption.OPTIMISM_BIAS)).isEqualTo("optimism bias");
    assertThat(Analysis.assumptionText(Assumption.BENEFIT_YEARS)).isEqualTo("benefit years");
    assertThat(Analysis.assumptionText(Assumption.LAG)).isEqualTo("lag before benefits (years)");
    assertThat(Analysis.assumptionText(Assumption.DROP_OFF)).isEqualTo("drop-off a year");
    assertThat(Analysis.assumptionText(Assumption.EVENTS)).isEqualTo("events avoided (first year)");
  }

  @Test
  void whatTheMonteCarloVariedIsGroupedByMeasureAndNamed() {
    assertThat(Analysis.varied(List.of("MISSING_INCIDENTS EVENTS", "MISSING_INCIDENTS DEADWEIGHT",
            "ARRESTS LAG", "MY_OWN_MEASURE DROP_OFF", "unit cost SS2.5 (FISCAL)",
            "unit cost L-CR7.0-POLICE (FISCAL)", "something NEW")))
        .isEqualTo("missing incidents: events avoided (first year), deadweight; arrests: lag before"
            + " benefits (years); MY_OWN_MEASURE: drop-off a year; unit costs: SS2.5 (FISCAL),"
            + " L-CR7.0-POLICE (FISCAL); something NEW");
    assertThat(Analysis.varied(List.of())).isEmpty();
  }
}
