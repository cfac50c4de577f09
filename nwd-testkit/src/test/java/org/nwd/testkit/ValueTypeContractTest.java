package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Agency;
import org.nwd.cost.Appraisal;
import org.nwd.cost.CostAvoidanceModel;
import org.nwd.cost.CostSet;
import org.nwd.cost.Money;
import org.nwd.cost.MonteCarlo;
import org.nwd.cost.PriceYearMapping;
import org.nwd.cost.ProgrammeCost;
import org.nwd.cost.Sensitivity;
import org.nwd.cost.UnitCostCatalogue;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityImpact;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Exclusion;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.StatusChange;
import org.nwd.model.YoungPersonId;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;
import org.nwd.stats.PersonCounts;
import org.nwd.testkit.coverage.CountShape;
import org.nwd.testkit.coverage.CoverageStudy;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeMeasureCatalogue;
import org.nwd.model.ProvocationCatalogue;
import org.nwd.stats.ConditionalOddsRatio;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.HolmAdjustment;
import org.nwd.stats.Interval;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedEffectSize;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PairedProportions;
import org.nwd.stats.PercentChange;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.Proportion;
import org.nwd.model.Cohort;

/**
 * Every public value type of nwd-core and nwd-testkit, found by package scan, keeps the value-type
 * contract ({@link ValueTypeContract}) on values taken from real results: fixtures, a generated
 * cohort, its impact result, a cost appraisal with Monte Carlo and sensitivity, and a fidelity
 * analysis. A new value type that no result reaches fails here until it is given a sample.
 *
 * <p>Tagged slow: it reaches nearly every class of the testkit, so PIT would repeat it for every
 * surviving mutant; surefire runs it, and {@link ValueTypeContractCheckerTest} checks the checker.
 */
@Tag("slow")
class ValueTypeContractTest {
  private static List<Class<?>> types;
  private static Map<Class<?>, List<Object>> samples;

  @BeforeAll
  static void collect() {
    types = ValueTypeContract.valueTypesIn("org.nwd", ValueTypeContractTest.class.getClassLoader());
    CohortSettings settings =
        CohortSettings.builder()
            .size(300)
            .seed(11)
            .rateMultiplierAfterIndex(0.5)
            .fidelity(FidelitySettings.defaults())
            .build();
    Cohort generated = CohortGenerator.of(settings).generate();
    ImpactResult impact = ImpactOnGeneratedCohortTest.analysis(settings).run(generated);
    Appraisal appraisal = CostOnGeneratedCohortTest.appraisal(impact);
    FidelityAssessment assessment =
        FidelityAssessment.of(FidelityRubric.proposedDefault(), FidelityGeneratorTest.AS_OF);
    Cohort fidelityCohort = FidelityFixtures.fidelityCohort();
    Cohort comparison = CohortGenerator.of(200, 12).generate();
    // The coverage study's types, from a run small enough for a unit test.
    CoverageStudy study =
        CoverageStudy.builder()
            .shapes(List.of(CountShape.GAMMA_POISSON_2))
            .sizes(List.of(30))
            .simulations(5)
            .replicates(100)
            .build();
    ImpactAnalysis everyMeasure =
        ImpactAnalysis.builder()
            .name("every measure")
            .dataCoverage(DatePeriod.parse("2010-01-01/2026-01-01"))
            .addAllMeasures(OutcomeMeasureCatalogue.standard().measures())
            .build();
    samples =
        ValueTypeContract.samplesReachableFrom(
            Fixtures.referenceCohort(),
            fidelityCohort,
            settings,
            FidelitySettings.defaults(),
            generated,
            impact,
            appraisal,
            CostAvoidanceModel.run(appraisal),
            MonteCarlo.run(appraisal, 50, 1),
            Sensitivity.oneWay(appraisal, Sensitivity.Case.FINANCIAL),
            assessment,
            assessment.assess(fidelityCohort),
            FidelityImpact.of(FidelityGeneratorTest.ANALYSIS, assessment).run(fidelityCohort),
            FidelityImpact.of(FidelityGeneratorTest.ANALYSIS, assessment),
            everyMeasure.run(Fixtures.referenceCohort()),
            everyMeasure.compare(Fixtures.referenceCohort(), comparison),
            everyMeasure.evaluate(Fixtures.sdqBeforeAndAfter()),
            ProvocationCatalogue.northYorkshireExample(),
            OutcomeMeasureCatalogue.standard(),
            DisclosureControl.standard(),
            PriceYearMapping.standard(),
            CostSet.of(UnitCostCatalogue.defaults().costs().subList(0, 3)),
            study,
            study.run());
    ConfidenceLevel level = ConfidenceLevel.NINETY_FIVE;
    // Statistics the results above do not hold, from their public factories.
    ValueTypeContract.samplesReachableFrom(
        ProgrammeCost.of(0, Agency.POLICE, Money.ofPounds(1_000)),
        ConditionalOddsRatio.of(5, 12, level),
        HolmAdjustment.of(List.of("arrests", "missing"), List.of(0.01, 0.04)),
        McNemarTest.of(5, 12),
        PairedEffectSize.of(20, -1.5, 2.0, level),
        PairedMeanChange.of(new double[] {20, 18, 25, 14}, new double[] {17, 18, 20, 15}, level),
        PairedProportions.of(3, 5, 9, 20, level),
        PercentChange.of(10.0, 7.0),
        PersonPeriods.of(3, 365, 1, 365),
        Proportion.of(3, 10),
        Interval.of(0.5, 1.5),
        PersonCounts.of(
            new long[] {2, 0}, new long[] {365, 200}, new long[] {1, 0}, new long[] {365, 180}),
        Exclusion.of(YoungPersonId.of("YP-000001"), ExclusionReason.NO_INDEX_DATE),
        StatusChange.builder()
            .before(Proportion.of(3, 10))
            .after(Proportion.of(6, 10))
            .mcNemar(McNemarTest.of(1, 4))
            .build(),
        DataIssueReport.of(
            List.of(
                DataIssue.builder()
                    .table("episodes")
                    .file("2023-24/episodes.csv")
                    .line(3)
                    .category(DataIssueCategory.INVALID_DATE)
                    .rule("DECOM is not a date")
                    .action(DataIssueAction.REJECTED)
                    .build()),
            Map.of("episodes", 12L)))
        .forEach(
            (type, values) ->
                samples.merge(
                    type,
                    values,
                    (a, b) -> {
                      a.addAll(b);
                      return a;
                    }));
  }

  @Test
  void theScanFindsTheValueTypesOfEveryCorePackage() {
    assertThat(types).hasSizeGreaterThan(90);
    assertThat(types.stream().map(Class::getPackageName).distinct())
        .contains(
            "org.nwd",
            "org.nwd.model",
            "org.nwd.impact",
            "org.nwd.cost",
            "org.nwd.fidelity",
            "org.nwd.quality",
            "org.nwd.stats",
            "org.nwd.testkit");
  }

  @Test
  void everyValueTypeHasASample() {
    assertThat(ValueTypeContract.withoutSamples(types, samples)).isEmpty();
  }

  @Test
  void everyValueTypeKeepsTheContract() {
    List<String> problems = new ArrayList<>();
    for (Class<?> t : types) {
      List<Object> s = samples.get(t);
      if (s != null) {
        problems.addAll(ValueTypeContract.check(t, s, null));
      }
    }
    assertThat(problems).isEmpty();
  }
}
