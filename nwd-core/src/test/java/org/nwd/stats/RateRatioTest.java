package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from R 4.2.2, see src/test/resources/org/nwd/stats/reference-values.R/.out. R's
 * {@code poisson.test(c(a, b), c(T1, T0))} gives the exact conditional interval of (a/T1)/(b/T0).
 */
class RateRatioTest {
  private static final double TOL = 1e-9;
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  @Test
  void smallCountsUseExactConditional() {
    // R: poisson.test(c(5, 12), c(9, 10)) -> estimate 0.462962962963, CI 0.12777294430 1.41174881838
    RateRatio rr = RateRatio.of(12, 10, 5, 9, L95, RateRatioMethod.AUTO);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(rr.estimate().getAsDouble()).isCloseTo(0.462962962963, within(TOL));
    assertThat(rr.interval().get().lower()).isCloseTo(0.12777294430, within(TOL));
    assertThat(rr.interval().get().upper()).isCloseTo(1.41174881838, within(TOL));
    assertThat(rr.isDefined()).isTrue();
    assertThat(rr.undefinedReason()).isEmpty();
  }

  @Test
  void exactAtNinetyPercent() {
    // R: poisson.test(c(5, 12), c(9, 10), conf.level = 0.9)$conf.int -> 0.156948954276 1.212988934229
    RateRatio rr = RateRatio.of(12, 10, 5, 9, ConfidenceLevel.of(0.9), RateRatioMethod.AUTO);
    assertThat(rr.interval().get().lower()).isCloseTo(0.156948954276, within(TOL));
    assertThat(rr.interval().get().upper()).isCloseTo(1.212988934229, within(TOL));
  }

  @Test
  void noEventsBeforeGivesInfiniteEstimateAndUnboundedUpper() {
    // R: poisson.test(c(4, 0), c(2, 3)) -> estimate Inf, CI 0.99018602904 Inf
    RateRatio rr = RateRatio.of(0, 3, 4, 2, L95, RateRatioMethod.AUTO);
    assertThat(rr.estimate().getAsDouble()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(rr.interval().get().lower()).isCloseTo(0.99018602904, within(TOL));
    assertThat(rr.interval().get().isUpperUnbounded()).isTrue();
    // R: exact p = 2 x smaller tail of Binomial(4, 0.4) -> 0.0512 (clustered-rate-ratio.Rout)
    assertThat(rr.explanation().value())
        .isEqualTo("+infinity 95% CI [0.990186, +infinity), p = 0.0512");
  }

  @Test
  void noEventsAfterGivesZeroEstimateAndLowerZero() {
    // R: poisson.test(c(0, 6), c(2, 3)) -> estimate 0, CI 0 1.27396679145
    RateRatio rr = RateRatio.of(6, 3, 0, 2, L95, RateRatioMethod.AUTO);
    assertThat(rr.estimate().getAsDouble()).isZero();
    assertThat(rr.interval().get().lower()).isZero();
    assertThat(rr.interval().get().upper()).isCloseTo(1.27396679145, within(TOL));
  }

  @Test
  void largeCountsUseLogWald() {
    // R by formula: irr = (253/50)/(503/48); irr * exp(-+qnorm(0.975) * sqrt(1/253 + 1/503))
    //   -> 0.482862823062 0.415161373631 0.561604524659
    RateRatio rr = RateRatio.of(503, 48, 253, 50, L95, RateRatioMethod.AUTO);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(rr.estimate().getAsDouble()).isCloseTo(0.482862823062, within(TOL));
    assertThat(rr.interval().get().lower()).isCloseTo(0.415161373631, within(TOL));
    assertThat(rr.interval().get().upper()).isCloseTo(0.561604524659, within(TOL));
  }

  @Test
  void exactCanBeForcedForLargeCounts() {
    // R: poisson.test(c(253, 503), c(50, 48))$conf.int -> 0.413506865230 0.562719895811
    RateRatio rr = RateRatio.of(503, 48, 253, 50, L95, RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(rr.method()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(rr.requestedMethod()).isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(rr.interval().get().lower()).isCloseTo(0.413506865230, within(TOL));
    assertThat(rr.interval().get().upper()).isCloseTo(0.562719895811, within(TOL));
  }

  @Test
  void thresholdIsTenOnTheSmallerCount() {
    assertThat(RateRatio.of(10, 1, 10, 1, L95, RateRatioMethod.AUTO).method())
        .isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(RateRatio.of(9, 1, 100, 1, L95, RateRatioMethod.AUTO).method())
        .isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
    assertThat(RateRatio.of(100, 1, 9, 1, L95, RateRatioMethod.AUTO).method())
        .isEqualTo(RateRatioMethod.EXACT_CONDITIONAL);
  }

  @Test
  void logWaldCanBeForcedAndIsUndefinedWithAZero() {
    RateRatio small = RateRatio.of(12, 10, 5, 9, L95, RateRatioMethod.LOG_WALD);
    // irr = (5/9)/(12/10) = 0.462962962963; exp(1.959964 * sqrt(1/5 + 1/12)) = 2.83923...
    double se = Math.sqrt(1.0 / 5 + 1.0 / 12);
    assertThat(small.interval().get().upper())
        .isCloseTo(0.462962962963 * Math.exp(1.959963984540054 * se), within(TOL));
    RateRatio zero = RateRatio.of(0, 3, 4, 2, L95, RateRatioMethod.LOG_WALD);
    assertThat(zero.interval()).isEmpty();
    assertThat(zero.isDefined()).isFalse();
    assertThat(zero.estimate().getAsDouble()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(zero.undefinedReason())
        .contains("log-Wald interval is undefined when a count is 0 (use the exact method)");
    assertThat(RateRatio.of(6, 3, 0, 2, L95, RateRatioMethod.LOG_WALD).interval()).isEmpty();
  }

  @Test
  void bothZeroIsUndefinedNotNaN() {
    RateRatio rr = RateRatio.of(Rate.of(0, 2), Rate.of(0, 3));
    assertThat(rr.estimate()).isEmpty();
    assertThat(rr.interval()).isEmpty();
    assertThat(rr.undefinedReason())
        .contains("no events before or after: the rate ratio is undefined");
    assertThat(rr.explanation().value()).isEqualTo("undefined");
    assertThat(rr.explanation().inputs())
        .containsEntry("undefined", "no events before or after: the rate ratio is undefined");
    assertThat(rr.toString()).isEqualTo("RateRatio{undefined, EXACT_CONDITIONAL}");
  }

  @Test
  void explanationCarriesInputsMethodAndRateSteps() {
    RateRatio rr = RateRatio.of(12, 10, 5, 9, L95, RateRatioMethod.AUTO);
    // p: R 0.213037884787557 (clustered-rate-ratio.Rout)
    assertThat(rr.explanation().value()).isEqualTo("0.462963 95% CI [0.127773, 1.41175], p = 0.213038");
    assertThat(rr.explanation().inputs())
        .containsEntry("a (events after)", "5")
        .containsEntry("T1 (person-years after)", "9")
        .containsEntry("b (events before)", "12")
        .containsEntry("T0 (person-years before)", "10")
        .containsEntry("confidence level", "95%")
        .containsEntry("method", "EXACT_CONDITIONAL (requested AUTO)")
        .doesNotContainKey("undefined");
    assertThat(rr.explanation().formula().get()).contains("exact conditional");
    assertThat(rr.explanation().steps()).hasSize(2);
    assertThat(RateRatio.of(503, 48, 253, 50, L95, RateRatioMethod.AUTO).explanation().formula().get())
        .contains("log-Wald");
    assertThat(rr.toString())
        .isEqualTo(
            "RateRatio{0.462963 95% CI [0.127773, 1.41175], p = 0.213038, EXACT_CONDITIONAL;"
                + " warning: Poisson interval from cohort totals: too narrow when a few young people"
                + " have many events or days come in runs (the usual case); give person-level data}");
    RateRatio noCi = RateRatio.of(0, 3, 4, 2, L95, RateRatioMethod.LOG_WALD);
    assertThat(noCi.explanation().value()).isEqualTo("+infinity");
  }
}
