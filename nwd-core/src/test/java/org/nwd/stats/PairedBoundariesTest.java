package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Defaults, limits and boundaries of the paired statistics (values by hand or closed form). */
class PairedBoundariesTest {
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void levelsDefaultToNinetyFivePercent() {
    assertThat(PairedProportions.builder().bothYes(1).yesToNo(0).noToYes(0).bothNo(1).build().level())
        .isEqualTo(L95);
    assertThat(PairedEffectSize.builder().n(3).meanChange(1).sdChange(1).build().level()).isEqualTo(L95);
    assertThat(ConditionalOddsRatio.builder().yesToNo(1).noToYes(1).build().level()).isEqualTo(L95);
    assertThat(PairedMeanChange.builder().addBefore(1, 2).addAfter(2, 4).build().level()).isEqualTo(L95);
    assertThat(ConditionalOddsRatio.of(1, 1, L95).method())
        .isEqualTo("conditional odds ratio c / b, exact (Clopper-Pearson on c of b + c)");
    PairedMeanChange c = PairedMeanChange.of(new double[] {1, 2}, new double[] {2, 4}, L95);
    assertThat(c.toString()).isEqualTo("PairedMeanChange{" + c.explanation().value() + "}");
  }

  @Test
  void allZeroValuesGiveZeroMeansAndSds() {
    PairedMeanChange c = PairedMeanChange.of(new double[] {0, 0, 0}, new double[] {0, 0, 0}, L95);
    assertThat(c.meanChange()).isZero();
    assertThat(c.sdChange()).isZero();
    HedgesG g = PairedMeanChange.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}, L95)
        .hedgesG(HedgesG.Variance.J_SQUARED_VAR_D);
    assertThat(g.mean2()).isZero();
    assertThat(g.sd2()).isZero();
    assertThat(g.sd1()).isEqualTo(1.0);
  }

  @Test
  void largestCountsAllowed() {
    assertThat(PairedProportions.of(Long.MAX_VALUE - 3, 1, 1, 1, L95).n()).isEqualTo(Long.MAX_VALUE);
    assertThat(McNemarTest.of(Integer.MAX_VALUE - 1L, 1).discordant()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void hedgesGSmallestGroupsAndEitherLargerSd() {
    assertThat(HedgesG.of(2, 1, 1, 1, 1, 2, HedgesG.Variance.J_SQUARED_VAR_D, L95).n1()).isEqualTo(1);
    assertThat(HedgesG.of(2, 1, 2, 1, 1, 1, HedgesG.Variance.J_SQUARED_VAR_D, L95).n2()).isEqualTo(1);
    // s_p^2 = (4 x 9 + 6 x 4) / 10 = 6
    HedgesG g = HedgesG.of(10, 3, 5, 8, 2, 7, HedgesG.Variance.J_SQUARED_VAR_D, L95);
    assertThat(g.pooledSd()).isCloseTo(Math.sqrt(6), within(1e-15));
    // s_p^2 = (4 x 4 + 6 x 0.25) / 10 = 1.75
    HedgesG h = HedgesG.of(10, 2, 5, 8, 0.5, 7, HedgesG.Variance.J_SQUARED_VAR_D, L95);
    assertThat(h.pooledSd()).isCloseTo(Math.sqrt(1.75), within(1e-15));
    // a lower bound beyond -Double.MAX_VALUE
    assertThatThrownBy(() -> HedgesG.of(0, 1e-7, 50, 1.7e301, 1e-7, 50,
            HedgesG.Variance.APPROXIMATE_G, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("overflows a double");
  }

  @Test
  void pairedMeanIntervalBeyondTheLargestDouble() {
    // differences 1.6e308 and 1.79e308: mean and SD finite, upper bound not
    double[] before = {-0.8e308, -0.895e308, -0.8e308, -0.895e308};
    double[] after = {0.8e308, 0.895e308, 0.8e308, 0.895e308};
    assertThatThrownBy(() -> PairedMeanChange.of(before, after, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("the interval");
    assertThatThrownBy(() -> PairedMeanChange.of(after, before, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("the interval");
  }

  @Test
  void wilcoxonNormalFormulaNamesItsCorrection() {
    double[] d = new double[60];
    for (int i = 0; i < 60; i++) {
      d[i] = i % 3 == 0 ? -(i + 1) : i + 1;
    }
    WilcoxonSignedRank corrected = WilcoxonSignedRank.of(new double[60], d);
    assertThat(corrected.explanation().formula().get()).contains("-+ 0.5");
    WilcoxonSignedRank plain = WilcoxonSignedRank.builder().addAllBefore(corrected.before())
        .addAllAfter(corrected.after()).continuityCorrection(false).build();
    assertThat(plain.explanation().formula().get()).doesNotContain("-+ 0.5");
    assertThat(corrected.hasTies()).isFalse();
  }
}
