package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/**
 * Extreme but finite inputs. The reference is exact scaling: multiplying every value by a power of
 * two is exact in binary floating point, so a paired mean, SD and Hedges' g of scaled data must be
 * the scaled (or, for g, the same) figures of the unscaled data, whose values are checked against R
 * in PairedTestsTest.
 */
class ExtremeInputsTest {
  private static final double[] B1 = {3, 5, 2, 8, 6, 4, 7, 1, 9, 2, 10, 4};
  private static final double[] A1 = {1, 5, 2, 4, 6, 9, 0, 4, 3, 2, 1, 3};
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  private static double[] scale(double[] x, int k) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.scalb(x[i], k);
    }
    return out;
  }

  @Test
  void pairedMeanChangeOfHugeAndTinyValues() {
    PairedMeanChange unit = PairedMeanChange.of(B1, A1, L95);
    for (int k : new int[] {1019, -1018, 600, -600}) {
      PairedMeanChange c = PairedMeanChange.of(scale(B1, k), scale(A1, k), L95);
      assertThat(c.meanChange()).as("k=%s", k).isEqualTo(Math.scalb(unit.meanChange(), k));
      assertThat(c.sdChange()).as("k=%s", k)
          .isCloseTo(Math.scalb(unit.sdChange(), k), within(Math.scalb(unit.sdChange(), k) * 1e-15));
      assertThat(c.t().getAsDouble()).isCloseTo(unit.t().getAsDouble(), within(1e-12));
      assertThat(c.pValue().getAsDouble()).isCloseTo(unit.pValue().getAsDouble(), within(1e-12));
      assertThat(c.pairedEffectSize().dz().getAsDouble())
          .isCloseTo(unit.pairedEffectSize().dz().getAsDouble(), within(1e-14));
      HedgesG g = c.hedgesG(HedgesG.Variance.J_SQUARED_VAR_D);
      HedgesG unitG = unit.hedgesG(HedgesG.Variance.J_SQUARED_VAR_D);
      assertThat(g.g().getAsDouble()).as("k=%s", k).isCloseTo(unitG.g().getAsDouble(), within(1e-14));
      assertThat(g.interval().get().lower())
          .isCloseTo(unitG.interval().get().lower(), within(1e-13));
    }
  }

  @Test
  void pairedMeanChangeRejectsAMeanBeyondTheLargestDouble() {
    double[] before = {-1.7e308, -1.7e308};
    double[] after = {1.7e308, 1.7e308};
    assertThatThrownBy(() -> PairedMeanChange.of(before, after, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("the mean change")
        .hasMessageContaining("overflows a double");
    // a finite mean whose interval overflows
    assertThatThrownBy(
            () -> PairedMeanChange.of(new double[] {-1.7e308, 1.7e308}, new double[] {0, 0}, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("overflows a double");
  }

  @Test
  void hedgesGOfTinyAndHugeSds() {
    // closed form of the unit case: n1 = 5, n2 = 7, M1 - M2 = 2, s1 = 2, s2 = 3 (PairedTestsTest)
    HedgesG unit = HedgesG.of(10, 2, 5, 8, 3, 7, HedgesG.Variance.J_SQUARED_VAR_D, L95);
    for (int k : new int[] {-1018, -700, 700, 1015}) {
      HedgesG g = HedgesG.of(Math.scalb(10.0, k), Math.scalb(2.0, k), 5, Math.scalb(8.0, k),
          Math.scalb(3.0, k), 7, HedgesG.Variance.J_SQUARED_VAR_D, L95);
      assertThat(g.pooledSd()).isCloseTo(Math.scalb(Math.sqrt(7), k),
          within(Math.scalb(Math.sqrt(7), k) * 1e-15));
      assertThat(g.g().getAsDouble()).as("k=%s", k).isCloseTo(unit.g().getAsDouble(), within(1e-14));
      assertThat(g.varianceOfG().getAsDouble()).isCloseTo(unit.varianceOfG().getAsDouble(), within(1e-14));
    }
    // means of opposite sign near the largest double: M1 - M2 overflows, d does not
    HedgesG wide = HedgesG.of(1.5e308, 1e308, 10, -1.5e308, 1e308, 10,
        HedgesG.Variance.APPROXIMATE_G, L95);
    assertThat(wide.d().getAsDouble()).isCloseTo(3.0, within(1e-15));
    // a huge g: its variance's square would overflow, the interval does not
    HedgesG huge = HedgesG.of(1e200, 1e-100, 30, 0, 1e-100, 30, HedgesG.Variance.J_SQUARED_VAR_D, L95);
    assertThat(huge.interval().get().upper()).isFinite().isGreaterThan(huge.g().getAsDouble());
    assertThatThrownBy(() -> HedgesG.of(1, 1e-320, 5, 0, 1e-320, 5, HedgesG.Variance.J_SQUARED_VAR_D, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("the standardised difference (M1 - M2) / s_p overflows a double");
    assertThatThrownBy(() -> HedgesG.of(1e308, 1e-10, 5, -1e308, 1e-10, 5,
            HedgesG.Variance.J_SQUARED_VAR_D, L95))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> HedgesG.of(1.7e301, 1e-7, 50, 0, 1e-7, 50,
            HedgesG.Variance.APPROXIMATE_G, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("overflows a double");
  }

  @Test
  void dzIntervalCoversAtNominalOnNormalChanges() {
    // The noncentral t interval is exact for normal changes: 2,000 simulated cohorts of 8 young
    // people with true d_z = 0.8 should cover about 95% (binomial SD 0.5%).
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    int covered = 0;
    int runs = 2000;
    for (int r = 0; r < runs; r++) {
      double[] before = new double[8];
      double[] after = new double[8];
      for (int i = 0; i < 8; i++) {
        before[i] = 20 + 4 * z.sample();
        after[i] = before[i] + 0.8 * 3 + 3 * z.sample();
      }
      PairedEffectSize e = PairedMeanChange.of(before, after, L95).pairedEffectSize();
      covered += e.interval().get().contains(0.8) ? 1 : 0;
    }
    assertThat(covered / (double) runs).isBetween(0.935, 0.965);
  }
}
