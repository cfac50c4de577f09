package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;

/**
 * Cohort-level statistics on the fixed cohort of {@link SmallCohorts}, checked against R 4.2.2. The
 * script is src/test/resources/org/nwd/impact/cohort-statistics.R and its output
 * cohort-statistics.Rout; each expected value below quotes the R line it comes from.
 */
class CohortStatisticsTest {
  private static final double TOL = 1e-9;

  private final ImpactResult result = SmallCohorts.analysis().run(SmallCohorts.treated());

  @Test
  void everyoneIncludedAndTotalsAdd() {
    assertThat(result.peopleEvaluated()).isEqualTo(6);
    assertThat(result.peopleIncluded()).isEqualTo(6);
    assertThat(result.exclusions()).isEmpty();
    assertThat(result.isComputable()).isTrue();
    assertThat(result.design()).isEqualTo(DesignLevel.PRE_POST);
    RateChange r = result.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
    // 5+3+0+2+4+1 = 15 before; 1+0+0+2+1+3 = 7 after (the 2 in custody are not at risk).
    assertThat(r.eventsBefore()).isEqualTo(15);
    assertThat(r.eventsAfter()).isEqualTo(7);
    // R: sum(db) = 2190 = 6 x 365; sum(da) = 2129 = 5 x 365 + (365 - 61 days in custody).
    assertThat(r.daysAtRiskBefore()).isEqualTo(2190);
    assertThat(r.daysAtRiskAfter()).isEqualTo(2129);
  }

  @Test
  void ratesChangesAndRateRatioMatchR() {
    RateChange r = result.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
    // R: c(rb, ra, ra-rb, (ra-rb)/rb*100) = 2.50171232876712 1.20091592296853 -1.30079640579859
    //    -51.99624236730860
    assertThat(r.before().rate()).isCloseTo(2.50171232876712, within(TOL));
    assertThat(r.after().rate()).isCloseTo(1.20091592296853, within(TOL));
    assertThat(r.absoluteChange()).isCloseTo(-1.30079640579859, within(TOL));
    assertThat(r.percentChange().percent().getAsDouble()).isCloseTo(-51.99624236730860, within(1e-8));
    // The default: clustered (cohort-statistics-clustered.Rout, sandwich::vcovCL, t on 5 df):
    //    0.480037576326914, CI 0.111965968226027 2.05809031384102, p 0.251575992586074
    assertThat(r.rateRatio().method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(r.rateRatio().estimate().getAsDouble()).isCloseTo(0.480037576326914, within(TOL));
    assertThat(r.rateRatio().interval().orElseThrow().lower()).isCloseTo(0.111965968226027, within(TOL));
    assertThat(r.rateRatio().interval().orElseThrow().upper()).isCloseTo(2.05809031384102, within(TOL));
    assertThat(r.rateRatio().pValue().getAsDouble()).isCloseTo(0.251575992586074, within(TOL));
    // R: dispersion before 1.4, after 1.30431444393555
    assertThat(r.rateRatio().dispersionBefore().getAsDouble()).isCloseTo(1.4, within(TOL));
    assertThat(r.rateRatio().dispersionAfter().getAsDouble()).isCloseTo(1.30431444393555, within(TOL));
    // Six young people: the small-cohort warning.
    assertThat(r.rateRatio().warnings()).singleElement().asString().startsWith("only 6 young people");
    // By name, the Poisson exact interval. R: poisson.test(c(7, 15), c(2129/365.25, 2190/365.25)):
    //    0.480037576326914, conf.int 0.165575478853771 1.250779981292184
    RateRatio exact =
        SmallCohorts.analysisBuilder().rateRatioMethod(RateRatioMethod.EXACT_CONDITIONAL).build()
            .run(SmallCohorts.treated()).measure(StandardMeasures.MISSING_INCIDENTS).rates()
            .orElseThrow().rateRatio();
    assertThat(exact.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    Interval ci = exact.interval().orElseThrow();
    assertThat(ci.lower()).isCloseTo(0.165575478853771, within(1e-7));
    assertThat(ci.upper()).isCloseTo(1.250779981292184, within(1e-7));
    assertThat(exact.personSums()).contains(r.rateRatio().personSums().orElseThrow());
  }

  @Test
  void wilcoxonOnPerPersonRatesMatchesR() {
    RateChange r = result.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow();
    // R: d = (ea*db - eb*da)/(da*db)*k, the exact per-person changes in rate, two zeros dropped,
    //    a tie: wilcox.test(d[d != 0]) V = 1; the exact p with the tie (issue 12),
    //    coin::wilcoxsign_test(distribution = "exact", zero.method = "Wilcoxon"): 0.25.
    assertThat(r.wilcoxon().wPlus().getAsDouble()).isEqualTo(1.0);
    assertThat(r.wilcoxon().pValue().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(r.wilcoxon().zeroPairsDropped()).isEqualTo(2);
  }

  @Test
  void improvedUnchangedWorseFollowTheDirection() {
    MeasureResult m = result.measure(StandardMeasures.MISSING_INCIDENTS);
    // Fewer incidents is better: T-1, T-2, T-5 improved; T-3 (0 -> 0) and T-4 (2 -> 2) unchanged;
    // T-6 (1 -> 3) worse.
    assertThat(m.changes()).isEqualTo(ChangeCounts.of(3, 2, 1));
    // IN_EET, higher is better: no->yes for T-1, T-2, T-6; yes->no for T-4; T-3, T-5 unchanged.
    assertThat(result.measure(StandardMeasures.IN_EET).changes()).isEqualTo(ChangeCounts.of(3, 2, 1));
    // SDQ, lower is better: 20->15, 18->17, 25->20, 22->16 improved; 12->14 worse.
    assertThat(result.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).changes())
        .isEqualTo(ChangeCounts.of(4, 0, 1));
  }

  @Test
  void eventsAvoidedPrePost() {
    EventsAvoided a =
        result.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow().eventsAvoided();
    // R: (rb - ra) * sum(da) / k = 7.58219178082192
    // By hand: 15 x 365.25 / 2190 x 2129 / 365.25 - 7 = 15 x 2129 / 2190 - 7 = 14.58219 - 7.
    assertThat(a.value()).isCloseTo(7.58219178082192, within(TOL));
    assertThat(a.design()).isEqualTo(DesignLevel.PRE_POST);
    assertThat(a.design().smsLevel()).isEqualTo(1);
    assertThat(a.interval()).isEmpty();
    assertThat(a.explanation().formula().orElseThrow()).contains("(r_before - r_after) x PY_after");
    assertThat(a.explanation().render()).contains("Maryland SMS level 1");
  }

  @Test
  void scoresMatchR() {
    MeasureResult m = result.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(m.people()).isEqualTo(5);
    assertThat(m.withoutObservation()).isEqualTo(1); // T-6 has no score after
    ScoreChange s = m.scores().orElseThrow();
    // R: t.test(sa, sb, paired=TRUE): mean difference -3, conf.int -7.21068748199229
    //    1.21068748199229, p 0.119054544060629 (the 40s of 2022-03-01 are not the latest)
    assertThat(s.meanChange().meanChange()).isCloseTo(-3, within(TOL));
    assertThat(s.meanChange().interval().lower()).isCloseTo(-7.21068748199229, within(TOL));
    assertThat(s.meanChange().interval().upper()).isCloseTo(1.21068748199229, within(TOL));
    assertThat(s.meanChange().pValue().getAsDouble()).isCloseTo(0.119054544060629, within(TOL));
    // R (by formula): g = -0.710372426255136, CI -1.872480991888692 0.451736139378421
    assertThat(s.hedgesG().g().getAsDouble()).isCloseTo(-0.710372426255136, within(TOL));
    assertThat(s.hedgesG().interval().orElseThrow().lower()).isCloseTo(-1.872480991888692, within(TOL));
    assertThat(s.hedgesG().interval().orElseThrow().upper()).isCloseTo(0.451736139378421, within(TOL));
    assertThat(s.pairs()).isEqualTo(5);
  }

  @Test
  void statusesMatchR() {
    StatusChange s = result.measure(StandardMeasures.IN_EET).statuses().orElseThrow();
    // R: prop.test(2, 6, correct=FALSE)$conf.int = 0.0967714111057805 0.7000066848616080
    assertThat(s.before().successes()).isEqualTo(2);
    assertThat(s.before().trials()).isEqualTo(6);
    assertThat(s.before().interval().lower()).isCloseTo(0.0967714111057805, within(TOL));
    assertThat(s.before().interval().upper()).isCloseTo(0.7000066848616080, within(TOL));
    // R: prop.test(4, 6, correct=FALSE)$conf.int = 0.299993315138392 0.903228588894220
    assertThat(s.after().successes()).isEqualTo(4);
    assertThat(s.after().interval().lower()).isCloseTo(0.299993315138392, within(TOL));
    assertThat(s.after().interval().upper()).isCloseTo(0.903228588894220, within(TOL));
    // R: binom.test(1, 4)$p.value = 0.625 (b = 1 yes->no, c = 3 no->yes)
    assertThat(s.mcNemar().yesToNo()).isEqualTo(1);
    assertThat(s.mcNemar().noToYes()).isEqualTo(3);
    assertThat(s.mcNemar().pValue().getAsDouble()).isCloseTo(0.625, within(TOL));
  }

  @Test
  void differenceInDifferencesAgainstComparison() {
    ImpactResult r = SmallCohorts.analysis().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    assertThat(r.design()).isEqualTo(DesignLevel.DIFFERENCE_IN_DIFFERENCES);
    assertThat(r.comparisonPeopleIncluded()).contains(4L);
    ComparisonChange c = r.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow();
    // R: did = (ra - rb) - (rca - rcb) = -1.30079640579859 (the comparison group: 10 -> 10)
    assertThat(c.differenceInDifferences().estimate()).isCloseTo(-1.30079640579859, within(TOL));
    // R: -did * sum(da) / k = 7.58219178082192
    EventsAvoided a = c.eventsAvoided();
    assertThat(a.value()).isCloseTo(7.58219178082192, within(TOL));
    assertThat(a.design().smsLevel()).isEqualTo(3);
    assertThat(a.comparisonReduction()).hasValueSatisfying(x -> assertThat(x).isCloseTo(0, within(TOL)));
    // The interval is the DiD bootstrap interval x -PY_after, bounds swapped.
    Interval did = c.differenceInDifferences().interval();
    double py = 2129 / 365.25;
    assertThat(a.interval().orElseThrow().lower()).isCloseTo(-did.upper() * py, within(TOL));
    assertThat(a.interval().orElseThrow().upper()).isCloseTo(-did.lower() * py, within(TOL));
    assertThat(c.differenceInDifferences().seed()).isEqualTo(20240401L);
    // Clustered by default (cohort-statistics-clustered.Rout): rrr 0.480037576326914,
    //    CI 0.11212117805663 2.05524129053861, p 0.260994667426986, df 5.79932027622023
    RatioOfRateRatios rrr = c.ratioOfRateRatios();
    assertThat(rrr.method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(rrr.estimate().getAsDouble()).isCloseTo(0.480037576326914, within(TOL));
    assertThat(rrr.interval().orElseThrow().lower()).isCloseTo(0.11212117805663, within(TOL));
    assertThat(rrr.interval().orElseThrow().upper()).isCloseTo(2.05524129053861, within(TOL));
    assertThat(rrr.pValue().getAsDouble()).isCloseTo(0.260994667426986, within(TOL));
    assertThat(rrr.degreesOfFreedom().getAsDouble()).isCloseTo(5.79932027622023, within(1e-9));
    // The headline test of the measure is the ratio of rate ratios.
    MeasureResult m = r.measure(StandardMeasures.MISSING_INCIDENTS);
    assertThat(m.design()).isEqualTo(DesignLevel.DIFFERENCE_IN_DIFFERENCES);
    assertThat(m.pValue()).isEqualTo(rrr.pValue());
    assertThat(m.headlineTest()).contains("ratio of rate ratios, cluster-robust, young people as clusters");
    // By name (a Poisson method), log-Wald. R: rrr CI 0.136948385230184 1.682649081977121
    RatioOfRateRatios wald =
        SmallCohorts.analysisBuilder().rateRatioMethod(RateRatioMethod.LOG_WALD).build()
            .compare(SmallCohorts.treated(), SmallCohorts.comparison())
            .measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow()
            .ratioOfRateRatios();
    assertThat(wald.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(wald.interval().orElseThrow().lower()).isCloseTo(0.136948385230184, within(TOL));
    assertThat(wald.interval().orElseThrow().upper()).isCloseTo(1.682649081977121, within(TOL));
    // Same seed, same interval.
    ImpactResult again =
        SmallCohorts.analysis().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    assertThat(again).isEqualTo(r);
    assertThat(c.explanation().render()).contains("difference-in-differences");
  }
}
