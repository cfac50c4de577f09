package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/**
 * McNemar exact, Wilcoxon exact with ties and zeros, paired proportions, the conditional odds ratio,
 * d_z and the noncentral t. Expected values from src/test/resources/org/nwd/stats/paired-reference.R
 * (R 4.2.2 with coin, exactRankTests, effectsize) and paired-reference.py (SciPy 1.17.1), outputs in
 * paired-reference.out and paired-reference-py.out beside them.
 */
class PairedReferenceTest {
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  // ---- McNemar ----

  @Test
  void mcNemarExactDoublesTheSmallerTail() {
    // exact sums: b=5 c=14 0.063568115234375 (Commons' two-sided binomial test gave 0.0414)
    assertThat(p(5, 14)).isCloseTo(0.063568115234375, within(1e-15));
    assertThat(p(14, 5)).isCloseTo(0.063568115234375, within(1e-15));
    assertThat(p(1, 9)).isCloseTo(0.021484375, within(1e-15));
    assertThat(p(2, 22)).isCloseTo(3.5881996154785156e-05, within(1e-18));
    assertThat(p(0, 1)).isEqualTo(1.0);
    assertThat(p(4, 4)).isEqualTo(1.0);
    assertThat(p(12, 12)).isEqualTo(1.0);
    assertThat(p(7, 8)).isEqualTo(1.0);
    McNemarTest m = McNemarTest.of(5, 14);
    assertThat(m.isSignificant()).isFalse();
    assertThat(m.explanation().formula().get())
        .isEqualTo("exact binomial: min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c, 1/2)");
  }

  @Test
  void mcNemarExactOnLargeTables() {
    // pbinom: b=1000 c=1100 0.030720707864242414; b=20 c=2000000 underflows to 0
    assertThat(exact(1000, 1100)).isCloseTo(0.030720707864242414, within(1e-14));
    assertThat(exact(20, 2_000_000)).isZero();
  }

  @Test
  void mcNemarChiSquareAsR() {
    // mcnemar.test: b=c=4 statistic 0 p 1; b=12 c=13 statistic 0 p 1; b=30 c=12 6.8809523809523814
    McNemarTest equal = chi(4, 4);
    assertThat(equal.statistic().getAsDouble()).isZero();
    assertThat(equal.pValue().getAsDouble()).isEqualTo(1.0);
    assertThat(chi(12, 13).statistic().getAsDouble()).isZero();
    assertThat(chi(1, 1).pValue().getAsDouble()).isEqualTo(1.0);
    assertThat(chi(30, 12).statistic().getAsDouble()).isCloseTo(6.8809523809523814, within(1e-14));
    assertThat(chi(30, 12).pValue().getAsDouble()).isCloseTo(0.0087119129623795828, within(1e-16));
  }

  private static double p(long b, long c) {
    McNemarTest m = McNemarTest.of(b, c);
    assertThat(m.method()).isEqualTo(McNemarTest.Method.EXACT_BINOMIAL);
    return m.pValue().getAsDouble();
  }

  private static double exact(long b, long c) {
    return McNemarTest.builder()
        .yesToNo(b)
        .noToYes(c)
        .requestedMethod(McNemarTest.Method.EXACT_BINOMIAL)
        .build()
        .pValue()
        .getAsDouble();
  }

  private static McNemarTest chi(long b, long c) {
    return McNemarTest.builder()
        .yesToNo(b)
        .noToYes(c)
        .requestedMethod(McNemarTest.Method.CHI_SQUARE_CORRECTED)
        .build();
  }

  // ---- Wilcoxon ----

  private static final double[] B3 = {0, 1, 2, 0, 3, 1, 0, 2, 5, 1, 0, 4, 2, 1, 0, 3, 2, 2, 1, 0};
  private static final double[] A3 = {1, 0, 0, 0, 1, 1, 2, 0, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 1, 3};
  private static final double[] D4 = {1.5, -0.25, 3, 4.75, -2, 6, 0.5, 7.25, 8, -9.5, 10, 11.25, 12.5};

  @Test
  void wilcoxonExactWithManyTiesAndZeros() {
    // coin exact: Wilcoxon W+ = 29, p = 0.0859375; Pratt W+ = 49, p = 0.07281494140625
    WilcoxonSignedRank w = WilcoxonSignedRank.of(B3, A3);
    assertThat(w.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.EXACT);
    assertThat(w.zeroPairsDropped()).isEqualTo(5);
    assertThat(w.wPlus().getAsDouble()).isEqualTo(29.0);
    assertThat(w.expectedWPlus().getAsDouble()).isEqualTo(15 * 16 / 4.0);
    assertThat(w.pValue().getAsDouble()).isCloseTo(0.0859375, within(1e-15));
    WilcoxonSignedRank pratt = WilcoxonSignedRank.of(B3, A3, WilcoxonSignedRank.ZeroMethod.PRATT);
    assertThat(pratt.wPlus().getAsDouble()).isEqualTo(49.0);
    // zeros take ranks 1..5 (average 3): the rest sum to 210 - 15 = 195
    assertThat(pratt.expectedWPlus().getAsDouble()).isEqualTo(195 / 2.0);
    assertThat(pratt.pValue().getAsDouble()).isCloseTo(0.07281494140625, within(1e-15));
  }

  @Test
  void wilcoxonExactWithoutTiesAsWilcoxTest() {
    // wilcox.test exact: V = 76, p = 0.03271484375 (coin and SciPy the same)
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[D4.length], D4);
    assertThat(w.hasTies()).isFalse();
    assertThat(w.wPlus().getAsDouble()).isEqualTo(76.0);
    assertThat(w.pValue().getAsDouble()).isCloseTo(0.03271484375, within(1e-15));
    assertThat(w.method()).isEqualTo("Wilcoxon signed-rank, zero method wilcox, exact");
    WilcoxonSignedRank pratt =
        WilcoxonSignedRank.of(new double[D4.length], D4, WilcoxonSignedRank.ZeroMethod.PRATT);
    assertThat(pratt.pValue().getAsDouble()).isCloseTo(0.03271484375, within(1e-15));
  }

  private static double[] d5() {
    double[] d = new double[49];
    double[] cycle = {-3, -2, -1, 1, 2, 3, 4};
    for (int i = 0; i < 49; i++) {
      d[i] = cycle[i % 7];
    }
    return d;
  }

  private static double[] d6() {
    double[] d = java.util.Arrays.copyOf(d5(), 52);
    d[51] = 5;
    return d;
  }

  @Test
  void wilcoxonSwitchesToTheNormalApproximationAtFiftyNonZeroDifferences() {
    // d5, 49 non-zero differences with ties: coin exact W+ = 773.5, p = 0.10768270039243433
    WilcoxonSignedRank exact = WilcoxonSignedRank.of(new double[49], d5());
    assertThat(exact.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.EXACT);
    assertThat(exact.wPlus().getAsDouble()).isEqualTo(773.5);
    assertThat(exact.pValue().getAsDouble()).isCloseTo(0.10768270039243433, within(1e-14));
    // d6 = d5 + (0, 0, 5): 50 non-zero. wilcox.test normal: V = 823.5,
    // correct = TRUE 0.070966845828625336, FALSE 0.070209509563853828
    WilcoxonSignedRank normal = WilcoxonSignedRank.of(new double[52], d6());
    assertThat(normal.pValueKind()).isEqualTo(WilcoxonSignedRank.PValueKind.NORMAL_APPROXIMATION);
    assertThat(normal.wPlus().getAsDouble()).isEqualTo(823.5);
    assertThat(normal.pValue().getAsDouble()).isCloseTo(0.070966845828625336, within(1e-14));
    assertThat(normal.explanation().formula().get()).contains("normal approximation from 50");
    WilcoxonSignedRank uncorrected =
        WilcoxonSignedRank.builder()
            .addAllBefore(normal.before())
            .addAllAfter(normal.after())
            .continuityCorrection(false)
            .build();
    assertThat(uncorrected.pValue().getAsDouble()).isCloseTo(0.070209509563853828, within(1e-14));
    // Pratt: coin asymptotic W+ = 881.5, p = 0.075076871902044262 (no correction);
    // SciPy pratt approx correction = True 0.07583073911352163
    WilcoxonSignedRank pratt =
        WilcoxonSignedRank.builder()
            .addAllBefore(normal.before())
            .addAllAfter(normal.after())
            .zeroMethod(WilcoxonSignedRank.ZeroMethod.PRATT)
            .build();
    assertThat(pratt.wPlus().getAsDouble()).isEqualTo(881.5);
    assertThat(pratt.pValue().getAsDouble()).isCloseTo(0.07583073911352163, within(1e-14));
    WilcoxonSignedRank prattPlain =
        WilcoxonSignedRank.builder()
            .addAllBefore(normal.before())
            .addAllAfter(normal.after())
            .zeroMethod(WilcoxonSignedRank.ZeroMethod.PRATT)
            .continuityCorrection(false)
            .build();
    assertThat(prattPlain.pValue().getAsDouble()).isCloseTo(0.075076871902044262, within(1e-14));
    assertThat(prattPlain.method())
        .isEqualTo("Wilcoxon signed-rank, zero method pratt, normal approximation with tie correction");
  }

  @Test
  void wilcoxonRanksDifferencesThatOverflowADouble() {
    // Scaling every value by 2^1000 is exact and changes no rank: the same W+ and p as unscaled.
    double[] before = {-1.5, 1, 0.25, -1.75, 0, 1.5, -0.5};
    double[] after = {1.5, -1, 1.25, 1.75, 0.5, 1.5, -1.25};
    double[] bigBefore = new double[before.length];
    double[] bigAfter = new double[after.length];
    for (int i = 0; i < before.length; i++) {
      bigBefore[i] = Math.scalb(before[i], 1023);
      bigAfter[i] = Math.scalb(after[i], 1023);
    }
    assertThat(bigAfter[0] - bigBefore[0]).isInfinite();
    for (WilcoxonSignedRank.ZeroMethod z : WilcoxonSignedRank.ZeroMethod.values()) {
      WilcoxonSignedRank small = WilcoxonSignedRank.of(before, after, z);
      WilcoxonSignedRank big = WilcoxonSignedRank.of(bigBefore, bigAfter, z);
      assertThat(big.wPlus()).isEqualTo(small.wPlus());
      assertThat(big.pValue()).isEqualTo(small.pValue());
      assertThat(big.hasTies()).isEqualTo(small.hasTies());
    }
    // by hand: d = 3, -2, 1, 3.5, 0.5, 0, -0.75 -> ranks of |d| 5, 4, 3, 6, 1, 2 -> W+ = 5+3+6+1 = 15
    assertThat(WilcoxonSignedRank.of(before, after).wPlus().getAsDouble()).isEqualTo(15.0);
  }

  @Test
  void wilcoxonExactNullDistributionIsSymmetricAndTotalsOne() {
    // All positive: W+ = n(n+1)/2 is the only most extreme outcome, p = 2 / 2^n.
    double[] after = new double[20];
    for (int i = 0; i < 20; i++) {
      after[i] = i + 1;
    }
    WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[20], after);
    assertThat(w.pValue().getAsDouble()).isEqualTo(2 / Math.pow(2, 20));
    // W+ at its mean: p = 1
    WilcoxonSignedRank middle =
        WilcoxonSignedRank.of(new double[4], new double[] {1, -1, 2, -2});
    assertThat(middle.pValue().getAsDouble()).isEqualTo(1.0);
  }

  // ---- paired proportions (Newcombe) ----

  @Test
  void newcombeMatchesItsFormula() {
    // a b c d -> D phi L U from paired-reference.out
    check(12, 3, 9, 6, 0.2, 0.14547859349066158, -0.027092573892897764, 0.39906045377735244);
    check(1, 7, 1, 12, -0.2857142857142857, 0, -0.5069202266861409, -0.025559124164859892);
    check(59, 16, 6, 80, -0.062111801242236031, 0.7161737195063973, -0.11862119563870993,
        -0.004625113933050061);
    check(0, 0, 0, 10, 0, 0, -0.27753279986288915, 0.27753279986288915);
    check(0, 5, 0, 0, -1, 0, -1, -0.38554900569034378);
    check(10, 0, 0, 10, 0, 0.9, -0.08975665937768057, 0.08975665937768057);
    check(3, 0, 8, 1, 0.66666666666666663, 0, 0.27565291640274603, 0.84167434056026857);
    check(40, 10, 25, 25, 0.15, 0.29351975428213711, 0.03491682069394493, 0.25876905998170507);
    PairedProportions p90 = PairedProportions.of(12, 3, 9, 6, ConfidenceLevel.of(0.9));
    assertThat(p90.interval().lower()).isCloseTo(0.0083083249091486788, within(1e-13));
    assertThat(p90.interval().upper()).isCloseTo(0.37128668269491283, within(1e-13));
  }

  @Test
  void newcombeOnHugeCounts() {
    // a=4e18 b=1e17 c=3e17 d=4e18: D=0.02380952380952378 phi=0.90584231423709594
    // L=0.023809523662834564 U=0.023809523956212997
    PairedProportions p = PairedProportions.of(4_000_000_000_000_000_000L,
        100_000_000_000_000_000L, 300_000_000_000_000_000L, 4_000_000_000_000_000_000L, L95);
    assertThat(p.difference()).isCloseTo(0.02380952380952378, within(1e-15));
    assertThat(p.phi()).isCloseTo(0.90584231423709594, within(1e-12));
    assertThat(p.interval().lower()).isCloseTo(0.023809523662834564, within(1e-13));
    assertThat(p.interval().upper()).isCloseTo(0.023809523956212997, within(1e-13));
    assertThat(p.isSmallSample()).isFalse();
    assertThatThrownBy(() -> PairedProportions.of(Long.MAX_VALUE, 1, 0, 0, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("paired counts a = 9223372036854775807, b = 1, c = 0, d = 0 add up to more than"
            + " 9223372036854775807");
  }

  private static void check(long a, long b, long c, long d, double diff, double phi, double lo,
      double hi) {
    PairedProportions p = PairedProportions.of(a, b, c, d, L95);
    assertThat(p.difference()).as("D").isCloseTo(diff, within(1e-15));
    assertThat(p.phi()).as("phi").isCloseTo(phi, within(1e-15));
    assertThat(p.interval().lower()).as("L").isCloseTo(lo, within(1e-14));
    assertThat(p.interval().upper()).as("U").isCloseTo(hi, within(1e-14));
    assertThat(p.n()).isEqualTo(a + b + c + d);
    assertThat(p.before().successes()).isEqualTo(a + b);
    assertThat(p.after().successes()).isEqualTo(a + c);
  }

  @Test
  void newcombeExplainsAndWarnsBelowThirty() {
    PairedProportions small = PairedProportions.of(12, 3, 9, 5, L95);
    assertThat(small.n()).isEqualTo(29);
    assertThat(small.isSmallSample()).isTrue();
    assertThat(small.warning())
        .isEqualTo("fewer than 30 young people: the interval's coverage can fall below 95% for some"
            + " true proportions");
    assertThat(small.explanation().inputs())
        .containsEntry("a (yes before and after)", "12")
        .containsEntry("b (yes before, no after)", "3")
        .containsEntry("c (no before, yes after)", "9")
        .containsEntry("d (no before and after)", "5")
        .containsEntry("warning", small.warning());
    assertThat(small.toString()).isEqualTo(
        "PairedProportions{" + small.explanation().value() + ", warning: " + small.warning() + "}");
    PairedProportions thirty = PairedProportions.of(12, 3, 9, 6, L95);
    assertThat(thirty.isSmallSample()).isFalse();
    assertThat(thirty.warning()).isEmpty();
    assertThat(thirty.explanation().inputs()).doesNotContainKey("warning");
    assertThat(thirty.toString()).isEqualTo("PairedProportions{0.2 95% CI [-0.0270926, 0.39906]}");
    assertThat(thirty.method()).contains("Newcombe");
  }

  @Test
  void pairedProportionsValidation() {
    assertThatThrownBy(() -> PairedProportions.of(0, 0, 0, 0, L95))
        .hasMessage("paired counts are all 0: no young people");
    assertThatThrownBy(() -> PairedProportions.of(1, -1, 0, 0, L95))
        .hasMessage("paired counts a = 1, b = -1, c = 0, d = 0 must be at least 0");
    assertThatThrownBy(() -> PairedProportions.of(-1, 1, 0, 0, L95)).isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> PairedProportions.of(1, 1, -1, 0, L95)).isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> PairedProportions.of(1, 1, 0, -1, L95)).isInstanceOf(DomainRuleException.class);
  }

  // ---- conditional odds ratio ----

  @Test
  void conditionalOddsRatioIsTheMappedClopperPearsonInterval() {
    odds(5, 14, 2.8, 0.95301306280503484, 9.9330500034464944);
    odds(3, 9, 3, 0.74868445019706431, 17.228003126899971);
    odds(12, 12, 1, 0.41091838027488176, 2.4335733031242235);
    odds(1, 1, 1, 0.012739367083666625, 78.496835316262846);
    odds(40, 70, 1.75, 1.1701881646444028, 2.6493124116300053);
    ConditionalOddsRatio none = ConditionalOddsRatio.of(0, 5, L95);
    assertThat(none.estimate().getAsDouble()).isInfinite();
    assertThat(none.interval().get().lower()).isCloseTo(0.9163558573154601, within(1e-12));
    assertThat(none.interval().get().isUpperUnbounded()).isTrue();
    ConditionalOddsRatio zero = ConditionalOddsRatio.of(6, 0, L95);
    assertThat(zero.estimate().getAsDouble()).isZero();
    assertThat(zero.interval().get().lower()).isZero();
    assertThat(zero.interval().get().upper()).isCloseTo(0.84931119429732327, within(1e-12));
    ConditionalOddsRatio undefined = ConditionalOddsRatio.of(0, 0, L95);
    assertThat(undefined.estimate()).isEmpty();
    assertThat(undefined.interval()).isEmpty();
    assertThat(undefined.explanation().value()).isEqualTo("undefined (no discordant pairs)");
    ConditionalOddsRatio ninety = ConditionalOddsRatio.of(3, 9, ConfidenceLevel.of(0.9));
    assertThat(ninety.interval().get().lower()).isCloseTo(0.89635795586324207, within(1e-12));
    assertThat(ninety.interval().get().upper()).isCloseTo(12.913961936755022, within(1e-10));
    // b=1, c=2e9 in 60-digit arithmetic (paired-reference-py.out): L=358960517.99846988751
    // U=78995780449.412312845. Double-precision beta quantiles with a shape of 2e9 hold about 7
    // digits (R's binom.test is off by 2e-9 and 2e-6 relative here): finite and right to 1e-6.
    ConditionalOddsRatio huge = ConditionalOddsRatio.of(1, 2_000_000_000L, L95);
    assertThat(huge.interval().get().lower()).isCloseTo(358960517.99846988751, within(1e-6 * 3.6e8));
    assertThat(huge.interval().get().upper()).isCloseTo(78995780449.412312845, within(1e-6 * 7.9e10));
    assertThat(ConditionalOddsRatio.of(3, 9, L95).toString())
        .isEqualTo("ConditionalOddsRatio{3 95% CI [0.748684, 17.228]}");
    assertThat(ConditionalOddsRatio.of(3, 9, L95).explanation().inputs())
        .containsEntry("b (yes before, no after)", "3")
        .containsEntry("c (no before, yes after)", "9");
  }

  private static void odds(long b, long c, double psi, double lo, double hi) {
    ConditionalOddsRatio o = ConditionalOddsRatio.of(b, c, L95);
    assertThat(o.estimate().getAsDouble()).isCloseTo(psi, within(1e-15));
    assertThat(o.interval().get().lower()).isCloseTo(lo, within(1e-12 * Math.max(1, lo)));
    assertThat(o.interval().get().upper()).isCloseTo(hi, within(1e-12 * Math.max(1, hi)));
  }

  @Test
  void conditionalOddsRatioValidation() {
    assertThatThrownBy(() -> ConditionalOddsRatio.of(-1, 0, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("discordant counts -1 and 0 must be at least 0");
    assertThatThrownBy(() -> ConditionalOddsRatio.of(0, -1, L95))
        .hasMessage("discordant counts 0 and -1 must be at least 0");
    assertThatThrownBy(() -> ConditionalOddsRatio.of(Integer.MAX_VALUE, 1, L95))
        .hasMessage("discordant total 2147483647 + 1 is too large (at most 2147483647)");
    assertThat(ConditionalOddsRatio.of(Integer.MAX_VALUE - 1L, 1, L95).estimate()).isPresent();
  }

  // ---- d_z and the noncentral t ----

  @Test
  void dzMatchesEffectsizeAndTheNoncentralT() {
    // uniroot(pt): mean -1.75, sd 4.0926763859362252, dz -0.42759305524706825,
    //   L -1.0115482362112778, U 0.17384628843977201 (effectsize::cohens_d agrees to 5e-8)
    PairedMeanChange c = PairedMeanChange.of(
        new double[] {3, 5, 2, 8, 6, 4, 7, 1, 9, 2, 10, 4},
        new double[] {1, 5, 2, 4, 6, 9, 0, 4, 3, 2, 1, 3}, L95);
    PairedEffectSize e = c.pairedEffectSize();
    assertThat(e.n()).isEqualTo(12);
    assertThat(e.sdChange()).isCloseTo(4.0926763859362252, within(1e-14));
    assertThat(e.dz().getAsDouble()).isCloseTo(-0.42759305524706825, within(1e-15));
    assertThat(e.interval().get().lower()).isCloseTo(-1.0115482362112778, within(1e-9));
    assertThat(e.interval().get().upper()).isCloseTo(0.17384628843977201, within(1e-9));
    assertThat(e.j()).isCloseTo(1 - 3.0 / 43, within(1e-15));
    assertThat(e.gz().getAsDouble()).isCloseTo((1 - 3.0 / 43) * -0.42759305524706825, within(1e-15));
    dz(30, 0.5, 1, L95, 0.1161007100071975, 0.87626134145314205);
    dz(5, -2, 1.5, L95, -2.5475001679272649, -0.049730022771165838);
    dz(200, 0.1, 1, L95, -0.039062678696373171, 0.23881277261402722);
    dz(2, 1, 3, L95, -1.167950370575795, 1.7140472854872366);
    dz(12, 0, 2, L95, -0.56579286703808584, 0.56579286703808584);
    dz(30, 0.5, 1, ConfidenceLevel.of(0.9), 0.17701866798563815, 0.8149662779902036);
  }

  @Test
  void dzBeyondTheSeriesAndForNearlyConstantChanges() {
    // The defining integral in R (over V): n=10 dz=60 L=32.857662700106268 U=87.236513760261602;
    // n=400 dz=10 L=9.299134519036345 U=10.699992614204316
    dz(10, 60, 1, L95, 32.857662700106268, 87.236513760261602);
    dz(400, 10, 1, L95, 9.299134519036345, 10.699992614204316);
    // Large-t limit: n=5 dz=1e9 L=348000918.49301553 U=1669078097.4746058
    PairedEffectSize big = PairedEffectSize.of(5, 1e9, 1, L95);
    assertThat(big.interval().get().lower()).isCloseTo(348000918.49301553, within(1e-5));
    assertThat(big.interval().get().upper()).isCloseTo(1669078097.4746058, within(1e-5));
    PairedEffectSize negative = PairedEffectSize.of(5, -1e9, 1, L95);
    assertThat(negative.interval().get().lower()).isCloseTo(-1669078097.4746058, within(1e-5));
    assertThat(negative.interval().get().upper()).isCloseTo(-348000918.49301553, within(1e-5));
  }

  private static void dz(int n, double mean, double sd, ConfidenceLevel level, double lo, double hi) {
    PairedEffectSize e = PairedEffectSize.of(n, mean, sd, level);
    assertThat(e.dz().getAsDouble()).isEqualTo(mean / sd);
    double tol = 1e-9 * Math.max(1, Math.abs(hi));
    assertThat(e.interval().get().lower()).as("lower n=%s", n).isCloseTo(lo, within(tol));
    assertThat(e.interval().get().upper()).as("upper n=%s", n).isCloseTo(hi, within(tol));
  }

  @Test
  void noncentralTMatchesR() {
    // pt(t, df, ncp)
    assertThat(NoncentralT.cdf(2.5, 11, 1.3)).isCloseTo(0.84428042678594339, within(1e-11));
    assertThat(NoncentralT.cdf(-1, 3, 0.5)).isCloseTo(0.092121209814362781, within(1e-11));
    assertThat(NoncentralT.cdf(0.3, 1, -2)).isCloseTo(0.98634634665321763, within(1e-11));
    assertThat(NoncentralT.cdf(10, 4, 8)).isCloseTo(0.63083393365525597, within(1e-11));
    assertThat(NoncentralT.cdf(40, 30, 37)).isCloseTo(0.68885751490593161, within(1e-11));
    assertThat(NoncentralT.cdf(1e-3, 100, 0)).isCloseTo(0.50039794611994826, within(1e-11));
    assertThat(NoncentralT.cdf(-3, 20, -4)).isCloseTo(0.82600860018944156, within(1e-11));
    assertThat(NoncentralT.cdf(0, 20, 1.5)).isCloseTo(0.066807201268858057, within(1e-15));
    // integral over V in R: (200, 10, 190), (160, 50, 150), (1000, 5, 800)
    assertThat(NoncentralT.cdf(200, 10, 190)).isCloseTo(0.52973322930970856, within(1e-10));
    assertThat(NoncentralT.cdf(160, 50, 150)).isCloseTo(0.71338357482618053, within(1e-10));
    assertThat(NoncentralT.cdf(1000, 5, 800)).isCloseTo(0.66918228728012608, within(1e-10));
  }

  @Test
  void dzUndefinedAndExplained() {
    PairedEffectSize flat = PairedEffectSize.of(4, 2, 0, L95);
    assertThat(flat.dz()).isEmpty();
    assertThat(flat.gz()).isEmpty();
    assertThat(flat.interval()).isEmpty();
    assertThat(flat.explanation().value()).isEqualTo("undefined (SD of changes is 0)");
    assertThat(flat.explanation().inputs()).containsEntry("g_z = J d_z", "undefined");
    PairedEffectSize e = PairedEffectSize.of(30, 0.5, 1, L95);
    assertThat(e.toString()).isEqualTo("PairedEffectSize{0.5 95% CI [0.116101, 0.876261]}");
    assertThat(e.explanation().inputs())
        .containsEntry("n", "30")
        .containsEntry("mean change", "0.5")
        .containsEntry("SD of changes", "1")
        .containsKey("assumes");
    assertThat(e.method()).contains("noncentral t");
    assertThat(e.degreesOfFreedom()).isEqualTo(29);
  }

  @Test
  void dzRejectsWhatOverflows() {
    assertThatThrownBy(() -> PairedEffectSize.of(1, 1, 1, L95)).hasMessage("n 1 must be at least 2");
    assertThatThrownBy(() -> PairedEffectSize.of(5, Double.NaN, 1, L95))
        .hasMessage("mean change NaN must be finite");
    assertThatThrownBy(() -> PairedEffectSize.of(5, 1, -1, L95))
        .hasMessage("SD of changes -1.0 must be finite and at least 0");
    assertThatThrownBy(() -> PairedEffectSize.of(5, 1, Double.POSITIVE_INFINITY, L95))
        .hasMessage("SD of changes Infinity must be finite and at least 0");
    assertThatThrownBy(() -> PairedEffectSize.of(5, 1e300, 1e-10, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("d_z = mean change 1.0E300 / SD of changes 1.0E-10 overflows a double");
    assertThatThrownBy(() -> PairedEffectSize.of(5, 1.5e300, 1e-8, L95))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("the interval for d_z = ").hasMessageContaining("overflows a double");
  }
}
