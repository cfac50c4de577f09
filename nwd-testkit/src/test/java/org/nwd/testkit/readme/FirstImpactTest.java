package org.nwd.testkit.readme;

import static org.nwd.testkit.NwdAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.testkit.GeneratedCohort;
import org.nwd.testkit.NwdExtension;

/**
 * The README's second snippet, verbatim below the imports: the standard impact analysis on a seeded
 * cohort whose rates halve after the referral (the default effect). With 2,000 young people and
 * about 2,840 missing incidents before and 1,420 after, the 95% interval of the rate ratio is about
 * 0.5 x/ exp(1.96 sqrt(1/2840 + 1/1420)) = 0.47 to 0.53: it holds 0.5 and excludes 1.
 */
@ExtendWith(NwdExtension.class)
class FirstImpactTest {
  @Test
  void missingIncidentsHalveInASeededCohort(@GeneratedCohort(size = 2000, seed = 42) Cohort cohort) {
    ImpactResult r = ImpactAnalysis.builder().name("first impact test")
        .dataCoverage(DatePeriod.parse("2014-04-01/2018-04-01"))
        .addMeasures(StandardMeasures.MISSING_INCIDENTS)
        .build().run(cohort);
    assertThat(r).hasIncluded(2000)
        .measure(StandardMeasures.MISSING_INCIDENTS).rateRatio().hasIntervalContaining(0.5)
        .showsAReduction();
  }
}
