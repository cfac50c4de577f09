package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The person bootstrap's building blocks against their closed forms computed in R
 * (src/test/resources/org/nwd/stats/bootstrap-helpers.R and .Rout).
 */
class PersonBootstrapTest {
  private static final double NEG = Double.NEGATIVE_INFINITY;
  private static final double POS = Double.POSITIVE_INFINITY;

  @Test
  void quantileIsRsType7AndKeepsInfiniteNeighbours() {
    double[] x = {1, 2, 3, 4, 10};
    // R: quantile(x, c(0.25, 0.3, 0.9), type = 7) -> 2 2.2 7.6
    assertThat(PersonBootstrap.quantile(x, 0.25)).isEqualTo(2);
    assertThat(PersonBootstrap.quantile(x, 0.3)).isCloseTo(2.2, within(1e-15));
    assertThat(PersonBootstrap.quantile(x, 0.9)).isCloseTo(7.6, within(1e-15));
    assertThat(PersonBootstrap.quantile(x, 0)).isEqualTo(1);
    assertThat(PersonBootstrap.quantile(x, 1)).isEqualTo(10);
    double[] open = {NEG, 1, 2, POS};
    assertThat(PersonBootstrap.quantile(open, 0.1)).isEqualTo(NEG);
    assertThat(PersonBootstrap.quantile(open, 0.9)).isEqualTo(POS);
    assertThat(PersonBootstrap.quantile(open, 0.5)).isCloseTo(1.5, within(1e-15));
    assertThat(PersonBootstrap.quantile(new double[] {NEG, NEG, 3}, 0.25)).isEqualTo(NEG);
    assertThat(PersonBootstrap.quantile(new double[] {3, 3, 5}, 0.25)).isEqualTo(3);
    assertThat(PersonBootstrap.quantile(new double[] {1, POS}, 0.4)).isEqualTo(1);
  }

  @Test
  void percentilePValueCountsTheTailsWithThePlusOne() {
    // R: 0.666666666666667, 0.2, 1
    assertThat(PersonBootstrap.percentilePValue(new double[] {-3, -2, -1, -0.5, 2}))
        .isCloseTo(2.0 / 3, within(1e-15));
    assertThat(PersonBootstrap.percentilePValue(new double[] {-9, -8, -7, -6, -5, -4, -3, -2, -1}))
        .isCloseTo(0.2, within(1e-15));
    assertThat(PersonBootstrap.percentilePValue(new double[] {-1, 0, 0, 1})).isEqualTo(1.0);
    // Replicates all above zero: the upper tail is empty.
    assertThat(PersonBootstrap.percentilePValue(new double[] {1, 2, 3}))
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void biasCorrectionCountsTiesHalf() {
    // R: qnorm(2.5 / 6) = -0.210428394247925; qnorm(4.5 / 10) = -0.125661346855074
    assertThat(PersonBootstrap.biasCorrection(new double[] {-2, -1, 0, 1, 2, 3}, 0))
        .isCloseTo(-0.210428394247925, within(1e-14));
    assertThat(PersonBootstrap.biasCorrection(
            new double[] {-0.9, -0.7, -0.6, -0.5, -0.45, -0.4, -0.3, -0.2, -0.1, 0.05}, -0.45))
        .isCloseTo(-0.125661346855074, within(1e-14));
    assertThat(PersonBootstrap.biasCorrection(new double[] {1, 2}, 0)).isEqualTo(NEG);
  }

  @Test
  void adjustedLevelsAreTheBcaFormula() {
    // R: pnorm(z0 + (z0 + z) / (1 - a (z0 + z))): 0.991724747675419, 0.0546067421397942
    assertThat(PersonBootstrap.adjusted(1.96, 0.1, 0.05)).isCloseTo(0.991724747675419, within(1e-14));
    assertThat(PersonBootstrap.adjusted(-1.96, 0.1, 0.05)).isCloseTo(0.0546067421397942, within(1e-14));
    assertThat(PersonBootstrap.adjusted(0, 0, 0)).isEqualTo(0.5);
    // Beyond the acceleration's reach: the extreme replicate on that side.
    assertThat(PersonBootstrap.adjusted(1.96, 0, 0.6)).isEqualTo(1);
    assertThat(PersonBootstrap.adjusted(-1.96, 0, -0.6)).isEqualTo(0);
    assertThat(PersonBootstrap.adjusted(1.96, 0, 1 / 1.96)).isEqualTo(1);
    // 1 - a (z0 + z) exactly 0 for the lower bound (z0 + z = 2, a = 0.5): the lowest replicate,
    // although the formula's limit would be the highest.
    assertThat(PersonBootstrap.adjusted(-1, 3, 0.5)).isEqualTo(0);
  }

  @Test
  void bcaPValueInvertsTheBounds() {
    double[] r2 = {-0.9, -0.7, -0.6, -0.5, -0.45, -0.4, -0.3, -0.2, -0.1, 0.05};
    // R: 0.191933826433491 (a 0.03), 0.177617777996417 (a 0), 0.486073725476564
    assertThat(PersonBootstrap.bcaPValue(r2, -0.45, 0.03)).isCloseTo(0.191933826433491, within(1e-13));
    assertThat(PersonBootstrap.bcaPValue(r2, -0.45, 0)).isCloseTo(0.177617777996417, within(1e-13));
    assertThat(PersonBootstrap.bcaPValue(new double[] {-1, 0, 0, 1, 2}, 0.5, -0.1))
        .isCloseTo(0.486073725476564, within(1e-13));
    // 1 + a w <= 0: the smallest p the replicates can give.
    assertThat(PersonBootstrap.bcaPValue(new double[] {-3, -2, -1}, -2, -5))
        .isCloseTo(0.5, within(1e-15));
    // 1 + a w exactly 0: G = 1.5 / 5, z0 = 0 (two of four replicates below 1.5), so w = qnorm(0.3)
    // and a = -1 / w; the smallest p, 2 / (B + 1).
    double[] four = {-1, 1, 2, 3};
    double w = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
        .inverseCumulativeProbability(0.3);
    assertThat(PersonBootstrap.biasCorrection(four, 1.5)).isZero();
    assertThat(1 + (-1 / w) * w).isZero();
    assertThat(PersonBootstrap.bcaPValue(four, 1.5, -1 / w)).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void oneReplicateOnOneSideLeavesTheBiasCorrectionUndefined() {
    // A single replicate can only be above or below the estimate: z0 is infinite. (RateRatio asks
    // for at least 100 replicates; this checks the rule itself.)
    PersonBootstrap one = new PersonBootstrap(PersonCounts.of(new long[] {2, 0, 5, 1, 3},
        new long[] {365, 200, 365, 365, 100}, new long[] {1, 1, 2, 0, 3},
        new long[] {365, 365, 300, 365, 365}), 1, 1);
    assertThat(one.replicates).hasSize(1);
    assertThat(one.replicates[0]).isNotEqualTo(one.estimate);
    assertThat(Math.abs(one.biasCorrection())).isEqualTo(POS);
    assertThat(one.bcaUndefinedReason()).hasValue(
        "the BCa bias correction is undefined: every replicate lies on one side of the estimate");
  }
}
