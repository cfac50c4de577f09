package org.nwd.testkit.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.stats.PersonCountSums;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.RateRatioMethod;

/**
 * The coverage study: a small seeded run guards the default interval's coverage (a regression, such
 * as a Poisson interval becoming the default, fails the build), and the simulator's data shapes have
 * the rates, ratio, dispersion and correlation they claim.
 */
class CoverageStudyTest {

  // 600 simulated cohorts: too slow to repeat for every mutant (PIT leaves "slow" to surefire).
  @Tag("slow")
  @Test
  void theDefaultCoversOnEveryShapeAt100YoungPeopleAndPoissonFallsShort() {
    CoverageTable table =
        CoverageStudy.builder()
            .sizes(List.of(100))
            .simulations(600)
            .methods(List.of(RateRatioMethod.AUTO, RateRatioMethod.LOG_WALD))
            .build()
            .run();
    for (CountShape shape : CountShape.values()) {
      // 600 simulations: Monte Carlo error about 0.9 points, so a band of 90-98% guards against a
      // regression (a Poisson default would cover 30-65% on the overdispersed shapes); the README's
      // table (2,000 simulations) gives the coverage itself.
      CoverageRow row = table.defaultRow(shape, 100);
      assertThat(row.coverage()).as(shape.text()).isBetween(0.90, 0.98);
      assertThat(row.undefined()).isZero();
      CoverageRow rrr = table.row(CoverageRow.RATIO_OF_RATE_RATIOS, shape, 100,
          CoverageStudy.methodLabel(RateRatioMethod.AUTO));
      assertThat(rrr.coverage()).as("ratio of rate ratios, " + shape.text()).isBetween(0.90, 0.98);
    }
    // Pure Poisson: the Poisson interval is right too.
    assertThat(table.row(CoverageRow.RATE_RATIO, CountShape.POISSON, 100,
        RateRatioMethod.LOG_WALD.text()).coverage()).isBetween(0.90, 0.98);
    // Overdispersed and days in runs: the Poisson interval falls far short.
    assertThat(table.row(CoverageRow.RATE_RATIO, CountShape.GAMMA_POISSON_5, 100,
        RateRatioMethod.LOG_WALD.text()).coverage()).isLessThan(0.8);
    assertThat(table.row(CoverageRow.RATE_RATIO, CountShape.DAYS_IN_RUNS, 100,
        RateRatioMethod.LOG_WALD.text()).coverage()).isLessThan(0.5);
    assertThat(table.row(CoverageRow.RATIO_OF_RATE_RATIOS, CountShape.GAMMA_POISSON_2, 100,
        RateRatioMethod.LOG_WALD.text()).coverage()).isLessThan(0.85);
    // Wider where it must be: the default is wider than Poisson under overdispersion.
    assertThat(table.defaultRow(CountShape.GAMMA_POISSON_5, 100).meanWidth())
        .isGreaterThan(1.5 * table.row(CoverageRow.RATE_RATIO, CountShape.GAMMA_POISSON_5, 100,
            RateRatioMethod.LOG_WALD.text()).meanWidth());
  }

  @Test
  void theSameSeedGivesTheSameTableAndTheBootstrapRuns() {
    CoverageStudy small =
        CoverageStudy.builder()
            .shapes(List.of(CountShape.GAMMA_POISSON_2))
            .sizes(List.of(30))
            .simulations(40)
            .replicates(100)
            .build();
    CoverageTable a = small.run();
    assertThat(small.run()).isEqualTo(a);
    assertThat(a.rows()).hasSize(CoverageStudy.DEFAULT_METHODS.size() + 1 + 2);
    CoverageRow bca = a.row(CoverageRow.RATE_RATIO, CountShape.GAMMA_POISSON_2, 30,
        RateRatioMethod.BOOTSTRAP_BCA.text());
    assertThat(bca.simulations()).isEqualTo(40);
    assertThat(bca.covered()).isBetween(30L, 40L);
    assertThat(bca.meanWidth()).isPositive();
    CoverageRow plain = a.row(CoverageRow.RATE_RATIO, CountShape.GAMMA_POISSON_2, 30,
        CoverageStudy.UNCORRECTED);
    // Without n/(n-1) and t the interval is narrower than the default, never wider.
    assertThat(plain.meanWidth()).isLessThan(a.defaultRow(CountShape.GAMMA_POISSON_2, 30).meanWidth());
    assertThat(plain.covered()).isLessThanOrEqualTo(a.defaultRow(CountShape.GAMMA_POISSON_2, 30).covered());
    CoverageStudy otherSeed =
        CoverageStudy.builder()
            .shapes(List.of(CountShape.GAMMA_POISSON_2))
            .sizes(List.of(30))
            .simulations(40)
            .replicates(100)
            .seed(7)
            .build();
    assertThat(otherSeed.run()).isNotEqualTo(a);
  }

  @Test
  void renderIsAMarkdownTableWithTheSettings() {
    CoverageTable t =
        CoverageStudy.builder()
            .shapes(List.of(CountShape.POISSON))
            .sizes(List.of(20))
            .simulations(10)
            .methods(List.of(RateRatioMethod.AUTO))
            .uncorrectedVariant(false)
            .ratioOfRateRatios(false)
            .build()
            .run();
    assertThat(t.rows()).hasSize(1);
    CoverageRow r = t.rows().get(0);
    assertThat(r.coverage()).isEqualTo(r.covered() / 10.0);
    assertThat(t.render())
        .startsWith("Coverage of 95% intervals: 10 simulated cohorts per row, seed 20240401, true rate"
            + " ratio 0.5 (comparison 0.8), 2 events per person-year before, 999 bootstrap"
            + " replicates.\n\n")
        .contains("| estimand | data shape | young people | method | coverage | mean width | undefined |\n"
            + "|---|---|---:|---|---:|---:|---:|\n")
        .contains("| rate ratio | pure Poisson | 20 | default (cluster-robust, young people as clusters) | "
            + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * r.coverage()));
    assertThat(t.toString()).isEqualTo(t.render());
    assertThatThrownBy(() -> t.row(CoverageRow.RATE_RATIO, CountShape.POISSON, 21, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no row for rate ratio, POISSON, 21, x");
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> CoverageStudy.builder().sizes(List.of(1)).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("cohort size 1");
    assertThatThrownBy(() -> CoverageStudy.builder().simulations(0).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("simulations 0");
    assertThatThrownBy(() -> CoverageStudy.builder().replicates(99).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("replicates 99");
    assertThatThrownBy(() -> CoverageStudy.builder().rateRatio(0).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> CoverageStudy.builder().comparisonRateRatio(Double.NaN).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> CoverageStudy.builder().eventsPerYear(-1).build())
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> CoverageStudy.builder().shapes(List.of()).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("no data shapes");
    assertThatThrownBy(() -> CoverageStudy.builder().methods(List.of()).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("no interval methods");
    assertThatThrownBy(() -> CoverageStudy.builder().sizes(List.of()).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("no cohort sizes");
    CoverageStudy d = CoverageStudy.builder().build();
    assertThat(d.sizes()).containsExactly(30, 100, 1000);
    assertThat(d.simulations()).isEqualTo(2000);
    assertThat(d.replicates()).isEqualTo(999);
    assertThat(d.shapes()).containsExactly(CountShape.values());
    assertThat(d.methods()).isEqualTo(CoverageStudy.DEFAULT_METHODS);
  }

  @Test
  void everySimulationHasItsOwnSeed() {
    java.util.Set<Long> seeds = new java.util.HashSet<>();
    for (int shape = 0; shape < 5; shape++) {
      for (int n : new int[] {30, 100, 1000}) {
        for (int s = 0; s < 200; s++) {
          seeds.add(CoverageStudy.cellSeed(20240401L, shape, n, s));
        }
      }
    }
    assertThat(seeds).hasSize(5 * 3 * 200);
    assertThat(CoverageStudy.cellSeed(1, 0, 30, 0)).isNotEqualTo(CoverageStudy.cellSeed(2, 0, 30, 0));
  }

  /** Large simulated cohorts: rates, ratio, dispersion and correlation as documented. */
  @Test
  void theShapesHaveTheirClaimedMomentsAndTheTrueRatio() {
    int n = 20_000;
    for (CountShape shape : CountShape.values()) {
      PersonCounts p = CohortSimulator.simulate(shape, n, 2, 0.5,
          RandomSource.XO_RO_SHI_RO_128_PP.create(11L + shape.ordinal()));
      PersonCountSums s = p.sums();
      double perYearBefore = s.eventsBefore().doubleValue() / (s.daysBefore().doubleValue() / 365.25);
      double perYearAfter = s.eventsAfter().doubleValue() / (s.daysAfter().doubleValue() / 365.25);
      double unit = shape.daysInRuns() ? 2 * CountShape.MEAN_RUN_DAYS : 2;
      assertThat(perYearBefore).as(shape + " rate before").isCloseTo(unit, within(0.06 * unit));
      assertThat(perYearAfter / perYearBefore).as(shape + " ratio").isCloseTo(0.5, within(0.03));
      // Days at risk: four in five windows a full year, the rest uniform on 30-364 (mean 197).
      double meanDays = s.daysBefore().doubleValue() / n;
      assertThat(meanDays).isCloseTo(0.8 * 365 + 0.2 * 197, within(3.0));
      double dispersion = s.dispersionBefore().getAsDouble();
      if (shape == CountShape.POISSON) {
        assertThat(dispersion).isCloseTo(1, within(0.05));
      } else if (!shape.daysInRuns()) {
        // Σ(y - mu)² / Σ mu = 1 + d Σmu² / Σmu for gamma-Poisson with frailty variance d.
        double sumMu = 0;
        double sumMu2 = 0;
        for (long days : p.daysBefore()) {
          double mu = 2 * days / 365.25;
          sumMu += mu;
          sumMu2 += mu * mu;
        }
        double expected = 1 + shape.dispersion() * sumMu2 / sumMu;
        assertThat(dispersion).as(shape + " dispersion").isCloseTo(expected, within(0.12 * expected));
      } else {
        assertThat(dispersion).as("days come in runs").isGreaterThan(10);
      }
      double corr = correlation(p.eventsBefore(), p.eventsAfter());
      if (shape == CountShape.POISSON) {
        assertThat(corr).isCloseTo(0, within(0.03));
      } else {
        assertThat(corr).as(shape + " before and after linked").isGreaterThan(0.1);
      }
      if (shape.daysInRuns()) {
        long[] days = p.daysBefore();
        long[] inState = p.eventsBefore();
        boolean clipped = true;
        for (int i = 0; i < n; i++) {
          clipped &= inState[i] <= days[i];
        }
        assertThat(clipped).as("days in the state never exceed the days at risk").isTrue();
      }
    }
  }

  private static double correlation(long[] x, long[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void shapesSayWhatTheyAre() {
    assertThat(CountShape.POISSON.dispersion()).isZero();
    assertThat(CountShape.GAMMA_POISSON_1.dispersion()).isEqualTo(1);
    assertThat(CountShape.GAMMA_POISSON_2.dispersion()).isEqualTo(2);
    assertThat(CountShape.GAMMA_POISSON_5.dispersion()).isEqualTo(5);
    assertThat(CountShape.DAYS_IN_RUNS.daysInRuns()).isTrue();
    assertThat(CountShape.GAMMA_POISSON_5.daysInRuns()).isFalse();
    assertThat(CountShape.GAMMA_POISSON_5.text()).isEqualTo("gamma-Poisson, dispersion 5");
  }
}
