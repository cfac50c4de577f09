package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/**
 * Wilcoxon, paired t and Hedges' g. Expected values from R 4.2.2, see
 * src/test/resources/org/nwd/stats/reference-values.R and reference-values.out.
 */
class PairedTestsTest {
  private static final double[] B1 = {3, 5, 2, 8, 6, 4, 7, 1, 9, 2, 10, 4};
  private static final double[] A1 = {1, 5, 2, 4, 6, 9, 0, 4, 3, 2, 1, 3};
  private static final double[] B2 = {4, 6, 3, 5, 8, 2, 7, 5, 6, 3, 9, 4};
  private static final double[] A2 = {2, 4, 3, 6, 5, 1, 4, 3, 6, 1, 6, 5};

  @Test
  void wilcoxonExactWithoutTiesDropsZeros() {
    // d1 = -2 0 0 -4 0 5 -7 3 -6 0 -9 -1; R: wilcox.test(d1[d1 != 0], exact = TRUE)
    //   -> V = 8, p-value = 0.1953125 (exact)
    WilcoxonSignedRank w = WilcoxonSignedRank.of(B1, A1);
    assertThat(w.zeroPairsDropped()).isEqualTo(4);
    assertThat(w.nonZeroPairs()).isEqualTo(8);
    assertThat(w.hasTies()).isFalse();
    assertThat(w.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.EXACT);
    assertThat(w.wPlus().getAsDouble()).isEqualTo(8.0);
    assertThat(w.pValue().getAsDouble()).isCloseTo(0.1953125, within(1e-12));
    assertThat(w.isSignificant()).isFalse();
    assertThat(w.method()).isEqualTo("Wilcoxon signed-rank, zero method wilcox, exact");
    assertThat(w.explanation().inputs())
        .containsEntry("pairs", "12")
        .containsEntry("zero differences dropped", "4")
        .containsEntry("W+", "8")
        .containsEntry("ties", "false")
        .containsEntry("significance level", "0.05");
    assertThat(w.toString())
        .isEqualTo("WilcoxonSignedRank{p = 0.195313, Wilcoxon signed-rank, zero method wilcox, exact}");
  }

  @Test
  void wilcoxonWithTiesIsExactBelowTheLimit() {
    // d2 = -2 -2 0 1 -3 -1 -3 -2 0 -2 -3 1 (ties and zeros), paired-reference.out:
    // coin::wilcoxsign_test exact, zero.method Wilcoxon: W+ = 4, p = 0.013671875
    // (exactRankTests::wilcox.exact the same); Pratt: W+ = 8, p = 0.021484375
    WilcoxonSignedRank w = WilcoxonSignedRank.of(B2, A2);
    assertThat(w.hasTies()).isTrue();
    assertThat(w.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.EXACT);
    assertThat(w.wPlus().getAsDouble()).isEqualTo(4.0);
    assertThat(w.pValue().getAsDouble()).isCloseTo(0.013671875, within(1e-14));
    assertThat(w.isSignificant()).isTrue();
    assertThat(w.method()).isEqualTo("Wilcoxon signed-rank, zero method wilcox, exact with ties");
    WilcoxonSignedRank pratt =
        WilcoxonSignedRank.of(B2, A2, WilcoxonSignedRank.ZeroMethod.PRATT);
    assertThat(pratt.wPlus().getAsDouble()).isEqualTo(8.0);
    assertThat(pratt.pValue().getAsDouble()).isCloseTo(0.021484375, within(1e-14));
    assertThat(pratt.zeroPairsDropped()).isEqualTo(2);
    assertThat(pratt.method()).isEqualTo("Wilcoxon signed-rank, zero method pratt, exact with ties");
    assertThat(pratt.explanation().inputs()).containsEntry("zero method", "pratt");
    assertThat(pratt.explanation().formula().get()).contains("zeros ranked then dropped (Pratt)");
    // the continuity correction belongs to the normal approximation only
    WilcoxonSignedRank plain =
        WilcoxonSignedRank.builder()
            .addAllBefore(w.before())
            .addAllAfter(w.after())
            .continuityCorrection(false)
            .build();
    assertThat(plain.pValue().getAsDouble()).isCloseTo(0.013671875, within(1e-14));
  }

  @Test
  void wilcoxonLargeSampleWithoutTiesUsesNormalApproximation() {
    double[] before = new double[50];
    double[] after = new double[50];
    for (int i = 0; i < 50; i++) {
      after[i] = i + 1;
    }
    WilcoxonSignedRank w = WilcoxonSignedRank.of(before, after);
    assertThat(w.hasTies()).isFalse();
    assertThat(w.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.NORMAL_APPROXIMATION);
    // W+ = 50 x 51 / 2 = 1275
    assertThat(w.wPlus().getAsDouble()).isEqualTo(1275.0);
  }

  @Test
  void wilcoxonWithNoChangeIsUndefined() {
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {1, 2}, new double[] {1, 2});
    assertThat(w.pValue()).isEmpty();
    assertThat(w.wPlus()).isEmpty();
    assertThat(w.isSignificant()).isFalse();
    assertThat(w.explanation().value()).isEqualTo("undefined (no change)");
    assertThat(w.explanation().inputs()).containsEntry("W+", "undefined");
  }

  @Test
  void pairedValidation() {
    assertThatThrownBy(() -> WilcoxonSignedRank.of(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("after has 1 values but before has 2: pairs must line up");
    assertThatThrownBy(() -> WilcoxonSignedRank.of(new double[0], new double[0]))
        .hasMessage("0 pairs given, at least 1 needed");
    assertThatThrownBy(
            () -> WilcoxonSignedRank.of(new double[] {1, Double.NaN}, new double[] {1, 2}))
        .hasMessage("pair 1 is not finite");
    assertThatThrownBy(
            () -> WilcoxonSignedRank.of(new double[] {1, 2}, new double[] {1, Double.NaN}))
        .hasMessage("pair 1 is not finite");
    assertThatThrownBy(
            () -> PairedMeanChange.of(new double[] {1}, new double[] {2}, ConfidenceLevel.NINETY_FIVE))
        .hasMessage("1 pairs given, at least 2 needed");
  }

  @Test
  void pairedTMatchesR() {
    // R: t.test(a1, b1, paired = TRUE) -> t = -1.481225793, df = 11, p-value = 0.166613587,
    //   CI -4.350362515678 0.850362515678, mean difference -1.75
    PairedMeanChange c = PairedMeanChange.of(B1, A1, ConfidenceLevel.NINETY_FIVE);
    assertThat(c.n()).isEqualTo(12);
    assertThat(c.degreesOfFreedom()).isEqualTo(11);
    assertThat(c.meanChange()).isCloseTo(-1.75, within(1e-12));
    assertThat(c.t().getAsDouble()).isCloseTo(-1.481225793, within(1e-8));
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.166613587, within(1e-8));
    assertThat(c.interval().lower()).isCloseTo(-4.350362515678, within(1e-9));
    assertThat(c.interval().upper()).isCloseTo(0.850362515678, within(1e-9));
    assertThat(c.method()).isEqualTo("paired t (Student, df = n - 1)");
    assertThat(c.explanation().value()).isEqualTo("-1.75 95% CI [-4.35036, 0.850363]");
    assertThat(c.explanation().inputs())
        .containsEntry("t", "-1.48123")
        .containsEntry("p (two-sided)", "0.166614");
    // R: t.test(a1, b1, paired = TRUE, conf.level = 0.9)$conf.int -> -3.871755134795 0.371755134795
    PairedMeanChange c90 = PairedMeanChange.of(B1, A1, ConfidenceLevel.of(0.9));
    assertThat(c90.interval().lower()).isCloseTo(-3.871755134795, within(1e-9));
    assertThat(c90.interval().upper()).isCloseTo(0.371755134795, within(1e-9));
  }

  @Test
  void constantChangeHasNoTStatistic() {
    PairedMeanChange c =
        PairedMeanChange.of(new double[] {1, 2, 3}, new double[] {2, 3, 4}, ConfidenceLevel.NINETY_FIVE);
    assertThat(c.meanChange()).isEqualTo(1.0);
    assertThat(c.sdChange()).isZero();
    assertThat(c.t()).isEmpty();
    assertThat(c.pValue()).isEmpty();
    assertThat(c.interval()).isEqualTo(Interval.of(1, 1));
    assertThat(c.explanation().inputs())
        .containsEntry("t", "undefined (s_d = 0)")
        .containsEntry("p (two-sided)", "undefined (s_d = 0)");
  }

  @Test
  void hedgesGOfPairedDataMatchesRFormula() {
    // R (formula, reference-values.R): sp 2.726830772271, d -0.641770665710, J 0.965517241379,
    //   g -0.619640642755, varApprox 0.175392905897, varJ2 0.163369643195,
    //   CI (J2) -1.411838696833 0.172557411323, CI (approx) -1.440472309692 0.201191024182
    PairedMeanChange c = PairedMeanChange.of(B1, A1, ConfidenceLevel.NINETY_FIVE);
    HedgesG g = c.hedgesG(HedgesG.Variance.J_SQUARED_VAR_D);
    assertThat(g.pooledSd()).isCloseTo(2.726830772271, within(1e-10));
    assertThat(g.d().getAsDouble()).isCloseTo(-0.641770665710, within(1e-10));
    assertThat(g.j()).isCloseTo(0.965517241379, within(1e-10));
    assertThat(g.g().getAsDouble()).isCloseTo(-0.619640642755, within(1e-10));
    assertThat(g.varianceOfG().getAsDouble()).isCloseTo(0.163369643195, within(1e-10));
    assertThat(g.interval().get().lower()).isCloseTo(-1.411838696833, within(1e-9));
    assertThat(g.interval().get().upper()).isCloseTo(0.172557411323, within(1e-9));
    assertThat(g.explanation().formula().get()).contains("J^2");
    assertThat(g.isSmallSample()).isTrue();
    assertThat(g.explanation().inputs())
        .containsEntry(
            "warning",
            "fewer than 20 in a group: the normal interval's coverage can fall below 95%, more so"
                + " for large |g|")
        .containsKey("assumes");
    assertThat(g.toString()).contains("warning: fewer than 20 in a group");
    HedgesG a = c.hedgesG(HedgesG.Variance.APPROXIMATE_G);
    assertThat(a.varianceOfG().getAsDouble()).isCloseTo(0.175392905897, within(1e-10));
    assertThat(a.interval().get().lower()).isCloseTo(-1.440472309692, within(1e-9));
    assertThat(a.interval().get().upper()).isCloseTo(0.201191024182, within(1e-9));
    assertThat(a.explanation().formula().get()).contains("g^2/(2(n1+n2-2))");
    assertThat(a.method()).endsWith("variance APPROXIMATE_G");
    assertThat(a.explanation().inputs()).containsEntry("n1", "12").containsEntry("J", "0.965517");
  }

  @Test
  void hedgesGByHandUnequalGroups() {
    // n1 = 5, n2 = 7, M1 = 10, M2 = 8, s1 = 2, s2 = 3:
    // s_p^2 = (4 x 4 + 6 x 9) / 10 = 7, s_p = 2.6457513; d = 2 / 2.6457513 = 0.7559289;
    // J = 1 - 3 / (48 - 9) = 0.9230769; g = 0.6977805
    HedgesG g = HedgesG.of(10, 2, 5, 8, 3, 7, HedgesG.Variance.J_SQUARED_VAR_D, ConfidenceLevel.NINETY_FIVE);
    assertThat(g.pooledSd()).isCloseTo(Math.sqrt(7), within(1e-12));
    assertThat(g.j()).isCloseTo(1 - 3.0 / 39, within(1e-12));
    assertThat(g.g().getAsDouble()).isCloseTo((1 - 3.0 / 39) * 2 / Math.sqrt(7), within(1e-12));
    // Var(d) = 12/35 + d^2/24; Var(g) = J^2 Var(d)
    double d = 2 / Math.sqrt(7);
    assertThat(g.varianceOfG().getAsDouble())
        .isCloseTo(Math.pow(1 - 3.0 / 39, 2) * (12.0 / 35 + d * d / 24), within(1e-12));
    assertThat(g.toString())
        .isEqualTo("HedgesG{" + g.explanation().value() + ", J_SQUARED_VAR_D, warning: " + g.warning() + "}");
    HedgesG large = HedgesG.of(10, 2, 20, 8, 3, 25, HedgesG.Variance.J_SQUARED_VAR_D, ConfidenceLevel.NINETY_FIVE);
    assertThat(large.isSmallSample()).isFalse();
    assertThat(large.warning()).isEmpty();
    assertThat(large.explanation().inputs()).doesNotContainKey("warning");
    assertThat(large.toString()).doesNotContain("warning");
    assertThat(HedgesG.of(10, 2, 19, 8, 3, 25, HedgesG.Variance.J_SQUARED_VAR_D, ConfidenceLevel.NINETY_FIVE).isSmallSample()).isTrue();
    assertThat(HedgesG.of(10, 2, 25, 8, 3, 19, HedgesG.Variance.J_SQUARED_VAR_D, ConfidenceLevel.NINETY_FIVE).isSmallSample()).isTrue();
  }

  @Test
  void hedgesGUndefinedWithZeroSpread() {
    HedgesG g = HedgesG.builder().mean1(1).sd1(0).n1(2).mean2(1).sd2(0).n2(2).build();
    assertThat(g.d()).isEmpty();
    assertThat(g.g()).isEmpty();
    assertThat(g.varianceOfG()).isEmpty();
    assertThat(g.interval()).isEmpty();
    assertThat(g.variance()).isEqualTo(HedgesG.Variance.J_SQUARED_VAR_D);
    assertThat(g.explanation().value()).isEqualTo("undefined (pooled SD is 0)");
  }

  @Test
  void hedgesGValidation() {
    ConfidenceLevel l = ConfidenceLevel.NINETY_FIVE;
    HedgesG.Variance v = HedgesG.Variance.APPROXIMATE_G;
    assertThatThrownBy(() -> HedgesG.of(1, 1, 1, 1, 1, 1, v, l))
        .hasMessage("group sizes 1 and 1 must be at least 1 each and 3 together");
    assertThatThrownBy(() -> HedgesG.of(1, 1, 0, 1, 1, 5, v, l))
        .hasMessage("group sizes 0 and 5 must be at least 1 each and 3 together");
    assertThatThrownBy(() -> HedgesG.of(1, 1, 5, 1, 1, 0, v, l))
        .hasMessage("group sizes 5 and 0 must be at least 1 each and 3 together");
    assertThatThrownBy(() -> HedgesG.of(Double.NaN, 1, 2, 1, 1, 2, v, l))
        .hasMessage("means NaN and 1.0 must be finite");
    assertThatThrownBy(() -> HedgesG.of(1, 1, 2, Double.NaN, 1, 2, v, l))
        .hasMessage("means 1.0 and NaN must be finite");
    assertThatThrownBy(() -> HedgesG.of(1, -1, 2, 1, 1, 2, v, l))
        .hasMessage("standard deviations -1.0 and 1.0 must be finite and at least 0");
    assertThatThrownBy(() -> HedgesG.of(1, 1, 2, 1, -1, 2, v, l))
        .hasMessage("standard deviations 1.0 and -1.0 must be finite and at least 0");
    assertThatThrownBy(() -> HedgesG.of(1, Double.NaN, 2, 1, 1, 2, v, l))
        .hasMessage("standard deviations NaN and 1.0 must be finite and at least 0");
    assertThatThrownBy(() -> HedgesG.of(1, 1, 2, 1, Double.POSITIVE_INFINITY, 2, v, l))
        .hasMessage("standard deviations 1.0 and Infinity must be finite and at least 0");
  }
}
