package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;

/**
 * The dose-response slope and its HC3 interval: a slope worked out by hand, reference values from
 * statsmodels (src/test/resources/org/nwd/fidelity/dose_response_hc3.py and .out), the undefined
 * cases, and coverage on simulated small, overdispersed cohorts.
 */
class DoseResponseTest {

  static DoseResponse of(double[] x, double[] y, ConfidenceLevel level) {
    DoseResponse.Builder b =
        DoseResponse.builder()
            .measure(StandardMeasures.MISSING_INCIDENTS)
            .changeUnit("change in incidents per person-year at risk (after minus before)")
            .level(level);
    for (int i = 0; i < x.length; i++) {
      b.addScores(x[i]).addChanges(y[i]);
    }
    return b.build();
  }

  static DoseResponse of(double[] x, double[] y) {
    return of(x, y, ConfidenceLevel.NINETY_FIVE);
  }

  @Test
  void theSlopeIsTheLeastSquaresSlope() {
    // x = 0, 0.5, 1, 1; y = 2, 1, 0, -1. xbar = 0.625, ybar = 0.5;
    // Sxy = (-0.625)(1.5) + (-0.125)(0.5) + (0.375)(-0.5) + (0.375)(-1.5) = -1.75;
    // Sxx = 0.390625 + 0.015625 + 0.140625 + 0.140625 = 0.6875; slope = -1.75 / 0.6875 = -28/11;
    // intercept = 0.5 + (28/11)(0.625) = 23/11.
    DoseResponse d = of(new double[] {0, 0.5, 1, 1}, new double[] {2, 1, 0, -1});
    assertThat(d.n()).isEqualTo(4);
    assertThat(d.slope().getAsDouble()).isCloseTo(-28.0 / 11, within(1e-12));
    assertThat(d.intercept().getAsDouble()).isCloseTo(23.0 / 11, within(1e-12));
    assertThat(d.undefinedReason()).isEmpty();
  }

  @Test
  void theIntervalIsStatsmodelsHc3WithStudentT() {
    double[] x = {0, 0, 0.25, 0.5, 0.5, 0.75, 1, 1, 1};
    double[] y = {1.5, -0.5, 2.0, 0.0, -1.0, -2.5, -3.0, 0.5, -4.0};
    DoseResponse d = of(x, y);
    // dose_response_hc3.out, case "nine" (bounds to 1e-8: the t quantiles of Commons Statistics and
    // SciPy differ in the tenth digit).
    assertThat(d.slope().getAsDouble()).isCloseTo(-3.3298969072164954, within(1e-12));
    assertThat(d.intercept().getAsDouble()).isCloseTo(1.0721649484536089, within(1e-12));
    assertThat(d.standardError().getAsDouble()).isCloseTo(1.8757852877130923, within(1e-12));
    Interval i = d.interval().get();
    assertThat(i.lower()).isCloseTo(-7.765424288231205, within(1e-8));
    assertThat(i.upper()).isCloseTo(1.1056304737982137, within(1e-8));
    Interval ninety = of(x, y, ConfidenceLevel.of(0.9)).interval().get();
    assertThat(ninety.lower()).isCloseTo(-6.883719581006485, within(1e-8));
    assertThat(ninety.upper()).isCloseTo(0.2239257665734935, within(1e-8));
    // Case "five".
    DoseResponse five =
        of(new double[] {0.2, 0.4, 0.4, 0.9, 1.0}, new double[] {0.0, 3.0, -1.0, -2.0, 1.0});
    assertThat(five.slope().getAsDouble()).isCloseTo(-1.1885245901639334, within(1e-12));
    assertThat(five.standardError().getAsDouble()).isCloseTo(3.7146550746434555, within(1e-12));
    assertThat(five.interval().get().lower()).isCloseTo(-13.010214907868436, within(1e-8));
    assertThat(five.interval().get().upper()).isCloseTo(10.63316572754057, within(1e-8));
  }

  @Test
  void theExplanationSaysItIsAnAssociation() {
    DoseResponse d = of(new double[] {0, 0.5, 1, 1}, new double[] {2, 1, 0, -1});
    assertThat(d.explanation().formula().get()).contains("ASSOCIATION ONLY", "not the effect");
    assertThat(d.method()).contains("associational, not causal");
    assertThat(d.explanation().inputs())
        .containsEntry("young people", "4")
        .containsEntry("mean score", "0.625")
        .containsEntry("mean change", "0.5")
        .containsEntry("reading", "a negative slope means young people with higher fidelity scores"
            + " improved more (MISSING_INCIDENTS: lower is better)")
        .containsKey("HC3 standard error");
    assertThat(d.explanation().value()).startsWith("-2.545 95% CI [");
    DoseResponse sdq =
        DoseResponse.builder().measure(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).changeUnit("score")
            .addScores(0.0, 1.0, 1.0).addChanges(1.0, 2.0, 3.0).build();
    assertThat(sdq.reading()).contains(
        StandardMeasures.SDQ_TOTAL_DIFFICULTIES.direction()
            == org.nwd.model.ImprovementDirection.HIGHER_IS_BETTER ? "positive" : "negative");
    assertThat(d.toString()).startsWith("DoseResponse{-2.545 95% CI [");
  }

  @Test
  void withTooFewPeopleOrOneScoreThereIsNoSlope() {
    DoseResponse two = of(new double[] {0, 1}, new double[] {1, 2});
    assertThat(two.slope()).isEmpty();
    assertThat(two.intercept()).isEmpty();
    assertThat(two.standardError()).isEmpty();
    assertThat(two.interval()).isEmpty();
    assertThat(two.undefinedReason()).contains("fewer than 3 young people with a score and a change (2)");
    assertThat(two.explanation().value()).isEqualTo(
        "undefined: fewer than 3 young people with a score and a change (2)");
    DoseResponse same = of(new double[] {0.5, 0.5, 0.5}, new double[] {1, 2, 3});
    assertThat(same.undefinedReason()).contains("every young person has the same fidelity score");
    assertThat(of(new double[0], new double[0]).undefinedReason()).isPresent();
  }

  @Test
  void aYoungPersonWithLeverageOneLeavesTheSlopeButNoInterval() {
    // Everyone at 0 but one at 1: that one's leverage is 1/n + (n-1)/n = 1.
    DoseResponse d = of(new double[] {0, 0, 0, 1}, new double[] {1, 2, 3, 0});
    assertThat(d.slope().getAsDouble()).isCloseTo(-2, within(1e-12));
    assertThat(d.standardError()).isEmpty();
    assertThat(d.interval()).isEmpty();
    assertThat(d.explanation().value()).isEqualTo("-2 (no interval: a leverage of 1)");
  }

  @Test
  void inputsAreChecked() {
    assertThatThrownBy(() -> of(new double[] {1.5, 0, 0}, new double[] {0, 0, 0}))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("fidelity score 1.5 must be from 0 to 1");
    assertThatThrownBy(() -> of(new double[] {-0.1}, new double[] {0}))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> of(new double[] {0.5}, new double[] {Double.NaN}))
        .hasMessage("change NaN is not finite");
    assertThatThrownBy(() -> DoseResponse.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changeUnit("x").addScores(0.5).build())
        .hasMessage("0 changes for 1 scores");
    assertThatThrownBy(() -> DoseResponse.builder().measure(StandardMeasures.MISSING_INCIDENTS)
            .changeUnit(" ").build())
        .hasMessage("the unit of the change is blank");
  }

  /**
   * Coverage on simulated cohorts like those councils have: {@code n} young people, scores in steps
   * of 0.1, a gamma frailty per young person (shape 0.8: overdispersed counts) shared by a year before
   * and a year after, 2 incidents a year before and 2 (0.9 - 0.6 score) after. The expected change is
   * -0.2 - 1.2 score, so the true slope is -1.2. 400 cohorts per size; the 95% interval should cover
   * the slope in about 95% of them (the binomial standard error of the estimate is about 0.011).
   */
  @Test
  void theIntervalCoversTheTrueSlopeInSmallOverdispersedCohorts() {
    for (int n : new int[] {25, 80}) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240401L + n);
      int covered = 0;
      int replicates = 400;
      for (int r = 0; r < replicates; r++) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
          x[i] = rng.nextInt(11) / 10.0;
          double frailty = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 0.8, 1 / 0.8).sample();
          double before = poisson(rng, 2 * frailty);
          double after = poisson(rng, 2 * (0.9 - 0.6 * x[i]) * frailty);
          y[i] = after - before;
        }
        Interval i = of(x, y).interval().orElseThrow();
        covered += i.contains(-1.2) ? 1 : 0;
      }
      double coverage = (double) covered / replicates;
      assertThat(coverage).as("coverage at n = %s", n).isBetween(0.92, 0.98);
    }
  }

  private static double poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }

  /** Kept small: the lists behind the fit are the builder's, nothing else is stored. */
  @Test
  void scoresAndChangesKeepTheirOrder() {
    List<Double> xs = new ArrayList<>(List.of(0.1, 0.9, 0.5));
    DoseResponse d = of(new double[] {0.1, 0.9, 0.5}, new double[] {3, 1, 2});
    assertThat(d.scores()).containsExactlyElementsOf(xs);
    assertThat(d.changes()).containsExactly(3.0, 1.0, 2.0);
  }
}
