package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/** The clustered default and the named methods through the impact analysis and its results. */
class ClusteredImpactTest {

  @Test
  void theBootstrapGetsEveryYoungPersonsCountsInCanonicalOrder() {
    ImpactResult r = SmallCohorts.analysisBuilder().rateRatioMethod(RateRatioMethod.BOOTSTRAP_BCA)
        .seed(5).replicates(500).build().run(SmallCohorts.treated());
    RateRatio rr = r.measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow().rateRatio();
    assertThat(rr.method()).isEqualTo(RateRatioMethod.BOOTSTRAP_BCA);
    assertThat(rr.seed()).isEqualTo(5);
    assertThat(rr.replicates()).isEqualTo(500);
    PersonCounts people = rr.personCounts().orElseThrow();
    assertThat(people.people()).isEqualTo(6);
    // cohort-statistics.R: eb 5,3,0,2,4,1; ea 1,0,0,2,1,3; da 365 x 5 and 304; sorted by days, then
    // events before, then after.
    assertThat(people.daysAfter()).containsExactly(304, 365, 365, 365, 365, 365);
    assertThat(people.eventsBefore()).containsExactly(1, 0, 2, 3, 4, 5);
    assertThat(people.eventsAfter()).containsExactly(3, 0, 2, 0, 1, 1);
    assertThat(rr.personSums()).contains(people.sums());
    // The default analysis holds no per-person counts.
    RateRatio clustered = SmallCohorts.analysis().run(SmallCohorts.treated())
        .measure(StandardMeasures.MISSING_INCIDENTS).rates().orElseThrow().rateRatio();
    assertThat(clustered.personCounts()).isEmpty();
    assertThat(clustered.personSums()).contains(people.sums());
    // The comparison's ratio of rate ratios stays clustered with a bootstrap rate ratio, and is
    // log-Wald when a Poisson method is named.
    ImpactResult boot = SmallCohorts.analysisBuilder().rateRatioMethod(RateRatioMethod.BOOTSTRAP_PERCENTILE)
        .replicates(200).build().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    assertThat(boot.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow()
        .ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    ImpactResult exact = SmallCohorts.analysisBuilder().rateRatioMethod(RateRatioMethod.EXACT_CONDITIONAL)
        .build().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    assertThat(exact.measure(StandardMeasures.MISSING_INCIDENTS).comparison().orElseThrow()
        .ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.LOG_WALD);
  }

  @Test
  void aNegativeCountFromACallersDerivationIsRefusedByName() {
    ImpactAnalysis a = SmallCohorts.analysisBuilder()
        .addDerivations(Derivations.of(StandardMeasures.MISSING_INCIDENTS, "minus one",
            (rec, w) -> OptionalDouble.of(-1)))
        .build();
    assertThatThrownBy(() -> a.run(SmallCohorts.treated()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("derivation of MISSING_INCIDENTS gave -1 before and -1 after for young"
            + " person T-")
        .hasMessageContaining("must be at least 0");
  }

  private static RateChange.Builder change() {
    return change(10, 730);
  }

  private static RateChange.Builder change(long eventsBefore, long daysAfter) {
    return RateChange.builder().eventsBefore(eventsBefore).eventsAfter(4).daysAtRiskBefore(730)
        .daysAtRiskAfter(daysAfter).unit("incidents").level(ConfidenceLevel.NINETY_FIVE)
        .wilcoxon(WilcoxonSignedRank.of(new double[] {0, 0}, new double[] {1, -2}));
  }

  @Test
  void aRateChangeBuiltFromTotalsHasThePoissonRatioAndItsRatesMustMatch() {
    RateChange c = change().build();
    assertThat(c.rateRatio()).isEqualTo(RateRatio.of(c.before(), c.after()));
    assertThat(c.rateRatio().method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(c.rateRatio().warnings()).singleElement().asString().startsWith("Poisson interval");
    assertThat(c.explanation().inputs())
        .containsEntry("design", DesignLevel.PRE_POST.caveat())
        .containsKey("interval method");
    assertThatThrownBy(() -> change().rateRatio(RateRatio.of(Rate.of(10, 2), Rate.of(5, 2))).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("rate ratio's rates");
    assertThatThrownBy(() -> change().rateRatio(RateRatio.builder().before(Rate.ofDays(10, 730,
            ConfidenceLevel.NINETY_FIVE)).after(Rate.ofDays(4, 730, ConfidenceLevel.NINETY_FIVE))
            .level(ConfidenceLevel.of(0.9)).build()).build())
        .isInstanceOf(DomainRuleException.class);
    // Broken totals are still reported under their own names.
    assertThatThrownBy(() -> change(-1, 730).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("events before -1");
    assertThatThrownBy(() -> change(10, 0).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("days at risk after 0");
  }

  @Test
  void aComparisonsRatioOfRateRatiosMustBeThatOfItsDifferenceInDifferences() {
    DifferenceInDifferences did = DifferenceInDifferences.builder()
        .addTreated(PersonPeriods.of(3, 365, 1, 365), PersonPeriods.of(5, 365, 2, 300))
        .addComparison(PersonPeriods.of(2, 365, 2, 365), PersonPeriods.of(4, 365, 3, 365))
        .seed(1).replicates(100).build();
    ComparisonChange c = ComparisonChange.of(did, "incidents");
    assertThat(c.ratioOfRateRatios()).isEqualTo(did.ratioOfRateRatios());
    assertThat(c.ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.CLUSTER_ROBUST);
    assertThat(c.explanation().inputs())
        .containsEntry("design", DesignLevel.DIFFERENCE_IN_DIFFERENCES.caveat())
        .containsEntry("ratio of rate ratios", c.ratioOfRateRatios().explanation().value());
    RatioOfRateRatios other = RatioOfRateRatios.of(Rate.of(1, 1), Rate.of(1, 1), Rate.of(1, 1),
        Rate.of(1, 1), ConfidenceLevel.NINETY_FIVE);
    assertThatThrownBy(() -> ComparisonChange.builder().differenceInDifferences(did).unit("incidents")
            .ratioOfRateRatios(other).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("not those of the difference-in-differences");
    // A log-Wald ratio of the same rates is accepted (a named Poisson method).
    ComparisonChange wald = ComparisonChange.builder().differenceInDifferences(did).unit("incidents")
        .ratioOfRateRatios(did.ratioOfRateRatios(RateRatioMethod.LOG_WALD)).build();
    assertThat(wald.ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.LOG_WALD);
    // Fractional days: no whole-day sums, so the DiD's default ratio is log-Wald.
    DifferenceInDifferences fractional = DifferenceInDifferences.builder()
        .addTreated(PersonPeriods.of(3, 365.5, 1, 365), PersonPeriods.of(5, 365, 2, 300))
        .addComparison(PersonPeriods.of(2, 365, 2, 365), PersonPeriods.of(4, 365, 3, 365))
        .seed(1).replicates(100).build();
    assertThat(fractional.ratioOfRateRatios().treatedSums()).isEmpty();
    assertThat(fractional.ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.LOG_WALD);
  }

  @Test
  void headlineTestsDesignAndHolmInAComparisonAnalysis() {
    ImpactResult r = SmallCohorts.analysis().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    MeasureResult sdq = r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    // Scores are not compared: still before/after only.
    assertThat(sdq.design()).isEqualTo(DesignLevel.PRE_POST);
    assertThat(sdq.headlineTest()).contains("paired t-test of the mean change");
    assertThat(sdq.pValue()).isEqualTo(sdq.scores().orElseThrow().meanChange().pValue());
    MeasureResult missing = r.measure(StandardMeasures.MISSING_INCIDENTS);
    assertThat(missing.toString())
        .contains("against the comparison group, ratio of rate ratios")
        .contains("difference-in-differences against a comparison cohort, Maryland SMS level 3");
    assertThat(missing.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("a group has only 4 young people (fewer than 100)"))
        .anySatisfy(w -> assertThat(w).contains("percentile bootstrap over so few people"));
    assertThat(r.holm().labels())
        .containsExactly("MISSING_INCIDENTS", "SDQ_TOTAL_DIFFICULTIES", "IN_EET");
    assertThat(r.holmPValue(StandardMeasures.MISSING_INCIDENTS).getAsDouble())
        .isGreaterThanOrEqualTo(missing.pValue().getAsDouble());
    String text = r.render();
    assertThat(text)
        .contains("Caveat: the before/after columns are Maryland SMS level 1 and may overstate the"
            + " effect (regression to the mean); the comparison table adjusts for it")
        .contains("Against the comparison group (Maryland SMS level 3, assumes parallel trends)")
        .contains("ratio of rate ratios, cluster-robust, young people as clusters  SMS level 3")
        .contains("Warning: MISSING_INCIDENTS: a group has only 4 young people");
    assertThat(r.explanation().inputs()).containsEntry("design",
        DesignLevel.DIFFERENCE_IN_DIFFERENCES.caveat());
  }

  @Test
  void undefinedMeasuresHaveNoHeadlineTestAndAreNotAdjusted() {
    ImpactResult r = SmallCohorts.analysisBuilder().addMeasures(StandardMeasures.ARRESTS).build()
        .run(SmallCohorts.treated());
    MeasureResult arrests = r.measure(StandardMeasures.ARRESTS);
    assertThat(arrests.isDefined()).isFalse();
    assertThat(arrests.headlineTest()).isEmpty();
    assertThat(arrests.pValue()).isEmpty();
    assertThat(arrests.warnings()).isEmpty();
    assertThat(r.holmPValue(StandardMeasures.ARRESTS)).isEmpty();
    assertThat(r.holm().labels()).doesNotContain("ARRESTS").hasSize(3);
    assertThat(arrests.toString()).doesNotContain("SMS level");
    assertThat(arrests.explanation().inputs()).doesNotContainKey("design");
  }

  @Test
  void tablesPrintPValues() {
    assertThat(Tables.p(OptionalDouble.empty())).isEqualTo("-");
    assertThat(Tables.p(OptionalDouble.of(0.00009))).isEqualTo("<0.0001");
    assertThat(Tables.p(OptionalDouble.of(0.0001))).isEqualTo("0.0001");
    assertThat(Tables.p(OptionalDouble.of(0.04567))).isEqualTo("0.04567");
    assertThat(DesignLevel.PRE_POST.caveat()).contains("may overstate the effect");
    assertThat(DesignLevel.DIFFERENCE_IN_DIFFERENCES.caveat()).contains("parallel trends");
    assertThat(List.of(DesignLevel.values())).hasSize(2);
  }

  @Test
  void explanationsCarryEveryPartAndNumberSeveralWarnings() {
    ImpactResult r = SmallCohorts.analysis().compare(SmallCohorts.treated(), SmallCohorts.comparison());
    MeasureResult missing = r.measure(StandardMeasures.MISSING_INCIDENTS);
    assertThat(missing.warnings()).hasSize(3);
    assertThat(missing.explanation().inputs())
        .containsEntry("warning 1", missing.warnings().get(0))
        .containsEntry("warning 3", missing.warnings().get(2))
        .doesNotContainKey("warning");
    assertThat(r.explanation().inputs()).containsEntry("comparison included", "4");
    assertThat(r.render()).contains("Comparison group: 4 included, 0 excluded");
    assertThat(r.toString()).isEqualTo("ImpactResult{" + r.analysis().name() + ", "
        + DesignLevel.DIFFERENCE_IN_DIFFERENCES.text() + ", " + r.peopleEvaluated()
        + " evaluated, " + r.peopleIncluded() + " included, 0 excluded; comparison group 4"
        + " included, 0 excluded; " + r.measures().size() + " measures}");
    MeasureResult sdq = r.measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    assertThat(sdq.explanation().steps()).contains(sdq.scores().orElseThrow().explanation());
    MeasureResult eet = r.measure(StandardMeasures.IN_EET);
    assertThat(eet.explanation().steps()).contains(eet.statuses().orElseThrow().explanation());
    assertThat(eet.explanation().value()).isEqualTo(eet.statuses().orElseThrow().explanation().value());
    ImpactResult prePost = SmallCohorts.analysis().run(SmallCohorts.treated());
    assertThat(prePost.explanation().inputs()).doesNotContainKey("comparison included");
    assertThat(prePost.render()).doesNotContain("Comparison group:");
  }
}
