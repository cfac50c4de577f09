package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values from R 4.2.2, see src/test/resources/org/nwd/stats/reference-values.R/.out. */
class ProportionAndMcNemarTest {
  private static final double TOL = 1e-10;

  @Test
  void wilsonMatchesPropTestWithoutCorrection() {
    // R: prop.test(3, 17, correct = FALSE)$conf.int -> 0.0619112663762 0.4102945856883
    Proportion p = Proportion.of(3, 17);
    assertThat(p.estimate()).isEqualTo(3.0 / 17);
    assertThat(p.interval().lower()).isCloseTo(0.0619112663762, within(TOL));
    assertThat(p.interval().upper()).isCloseTo(0.4102945856883, within(TOL));
    assertThat(p.method()).isEqualTo("Wilson score (no continuity correction)");
    assertThat(p.explanation().value()).isEqualTo("0.176471 95% CI [0.0619113, 0.410295]");
    assertThat(p.explanation().inputs()).containsEntry("x", "3").containsEntry("n", "17");
    assertThat(p.toString()).isEqualTo("Proportion{0.176471 95% CI [0.0619113, 0.410295]}");
  }

  @Test
  void wilsonAtTheEdges() {
    // R: prop.test(0, 10, correct = FALSE)$conf.int -> 0 0.277532799863
    // R: prop.test(10, 10, correct = FALSE)$conf.int -> 0.722467200137 1
    assertThat(Proportion.of(0, 10).interval().lower()).isZero();
    assertThat(Proportion.of(0, 10).interval().upper()).isCloseTo(0.277532799863, within(TOL));
    assertThat(Proportion.of(10, 10).interval().lower()).isCloseTo(0.722467200137, within(TOL));
    assertThat(Proportion.of(10, 10).interval().upper()).isEqualTo(1.0);
  }

  @Test
  void wilsonAtNinetyNine() {
    // R: prop.test(40, 90, correct = FALSE, conf.level = 0.99)$conf.int -> 0.317999521057 0.578518193022
    Proportion p = Proportion.of(40, 90, ConfidenceLevel.of(0.99));
    assertThat(p.interval().lower()).isCloseTo(0.317999521057, within(TOL));
    assertThat(p.interval().upper()).isCloseTo(0.578518193022, within(TOL));
  }

  @Test
  void proportionValidation() {
    assertThatThrownBy(() -> Proportion.of(0, 0)).hasMessage("trials 0 must be greater than 0");
    assertThatThrownBy(() -> Proportion.of(4, 3))
        .hasMessage("successes 4 must be between 0 and trials 3");
    assertThatThrownBy(() -> Proportion.of(-1, 3))
        .hasMessage("successes -1 must be between 0 and trials 3");
  }

  @Test
  void mcNemarExactBinomial() {
    // R: binom.test(3, 12)$p.value -> 0.14599609375 ; binom.test(0, 5)$p.value -> 0.0625
    McNemarTest m = McNemarTest.of(3, 9);
    assertThat(m.method()).isEqualTo(McNemarTest.Method.EXACT_BINOMIAL);
    assertThat(m.pValue().getAsDouble()).isCloseTo(0.14599609375, within(1e-12));
    assertThat(m.statistic().getAsDouble()).isEqualTo(3.0);
    assertThat(m.isSignificant()).isFalse();
    assertThat(McNemarTest.of(0, 5).pValue().getAsDouble()).isCloseTo(0.0625, within(1e-12));
    assertThat(m.explanation().formula().get()).startsWith("exact binomial");
    assertThat(m.explanation().inputs())
        .containsEntry("b (yes before, no after)", "3")
        .containsEntry("c (no before, yes after)", "9")
        .containsEntry("method", "EXACT_BINOMIAL (requested AUTO)");
    assertThat(m.toString()).isEqualTo("McNemarTest{p = 0.145996, EXACT_BINOMIAL}");
  }

  @Test
  void mcNemarChiSquareWithContinuityCorrection() {
    // R: mcnemar.test(matrix(c(10, 12, 30, 15), 2)) -> chi-squared = 6.880952381, p = 0.00871191296238
    // (b = x[1,2] = 30, c = x[2,1] = 12; (|30 - 12| - 1)^2 / 42 = 289/42)
    McNemarTest m = McNemarTest.of(30, 12);
    assertThat(m.method()).isEqualTo(McNemarTest.Method.CHI_SQUARE_CORRECTED);
    assertThat(m.statistic().getAsDouble()).isCloseTo(6.880952381, within(1e-9));
    assertThat(m.pValue().getAsDouble()).isCloseTo(0.00871191296238, within(1e-12));
    assertThat(m.isSignificant()).isTrue();
    assertThat(m.explanation().formula().get()).startsWith("chi-square with continuity correction");
  }

  @Test
  void mcNemarThresholdAndForcing() {
    assertThat(McNemarTest.of(12, 12).method()).isEqualTo(McNemarTest.Method.EXACT_BINOMIAL);
    assertThat(McNemarTest.of(12, 13).method()).isEqualTo(McNemarTest.Method.CHI_SQUARE_CORRECTED);
    McNemarTest forced =
        McNemarTest.builder().yesToNo(3).noToYes(9).requestedMethod(McNemarTest.Method.CHI_SQUARE_CORRECTED).build();
    // (|3 - 9| - 1)^2 / 12 = 25/12
    assertThat(forced.statistic().getAsDouble()).isCloseTo(25.0 / 12, within(1e-12));
    // equal discordant counts: statistic 0, p = 1, as R's mcnemar.test (paired-reference.out)
    McNemarTest equal =
        McNemarTest.builder().yesToNo(4).noToYes(4).requestedMethod(McNemarTest.Method.CHI_SQUARE_CORRECTED).build();
    assertThat(equal.statistic().getAsDouble()).isZero();
    assertThat(equal.pValue().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void mcNemarFromPairsAndUndefined() {
    McNemarTest m =
        McNemarTest.ofPairs(
            List.of(true, true, false, false, true),
            List.of(false, true, true, false, false),
            McNemarTest.Method.EXACT_BINOMIAL);
    assertThat(m.yesToNo()).isEqualTo(2);
    assertThat(m.noToYes()).isEqualTo(1);
    assertThat(m.discordant()).isEqualTo(3);
    McNemarTest none = McNemarTest.of(0, 0);
    assertThat(none.pValue()).isEmpty();
    assertThat(none.statistic()).isEmpty();
    assertThat(none.isSignificant()).isFalse();
    assertThat(none.explanation().value()).isEqualTo("undefined (no discordant pairs)");
  }

  @Test
  void mcNemarValidation() {
    assertThatThrownBy(() -> McNemarTest.of(-1, 0))
        .hasMessage("discordant counts -1 and 0 must be at least 0");
    assertThatThrownBy(() -> McNemarTest.of(0, -2))
        .hasMessage("discordant counts 0 and -2 must be at least 0");
    assertThatThrownBy(() -> McNemarTest.of(Integer.MAX_VALUE, 1))
        .hasMessage("discordant total 2147483648 is too large");
    assertThatThrownBy(
            () -> McNemarTest.ofPairs(List.of(true), List.of(), McNemarTest.Method.AUTO))
        .hasMessage("after has 0 values but before has 1: pairs must line up");
  }
}
