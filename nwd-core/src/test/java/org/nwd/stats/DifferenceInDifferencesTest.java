package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values from R 4.2.2, see src/test/resources/org/nwd/stats/reference-values.R/.out. */
class DifferenceInDifferencesTest {
  private static final ConfidenceLevel L95 = ConfidenceLevel.NINETY_FIVE;

  static List<PersonPeriods> group(double[] eb, double[] db, double[] ea, double[] da) {
    List<PersonPeriods> out = new ArrayList<>();
    for (int i = 0; i < eb.length; i++) {
      out.add(PersonPeriods.of((long) eb[i], db[i], (long) ea[i], da[i]));
    }
    return out;
  }

  static final List<PersonPeriods> TREATED =
      group(
          new double[] {3, 5, 2, 4, 0, 6, 1, 3},
          new double[] {365, 300, 365, 200, 365, 365, 250, 365},
          new double[] {1, 2, 0, 1, 0, 3, 1, 1},
          new double[] {365, 365, 300, 365, 365, 200, 365, 365});
  static final List<PersonPeriods> COMPARISON =
      group(
          new double[] {2, 4, 1, 3, 5, 2, 0, 3, 2},
          new double[] {365, 365, 365, 300, 365, 365, 365, 200, 365},
          new double[] {2, 3, 1, 3, 4, 2, 1, 2, 2},
          new double[] {365, 365, 365, 365, 300, 365, 365, 365, 365});

  private static DifferenceInDifferences.Builder base(long seed) {
    return DifferenceInDifferences.builder()
        .addAllTreated(TREATED)
        .addAllComparison(COMPARISON)
        .seed(seed);
  }

  private static DifferenceInDifferences did(long seed) {
    return base(seed).build();
  }

  @Test
  void pointEstimateMatchesR() {
    // R: did <- (rate(ta, tad) - rate(tb, tbd)) - (rate(ca, cad) - rate(cb, cbd)) -> -1.82060113032
    DifferenceInDifferences d = did(42);
    assertThat(d.estimate()).isCloseTo(-1.82060113032, within(1e-10));
    // treated before: 24 events in 2575 days
    assertThat(d.treatedBefore().events()).isEqualTo(24);
    assertThat(d.treatedBefore().personYears()).isCloseTo(2575 / 365.25, within(1e-12));
    assertThat(d.treatedAfter().events()).isEqualTo(9);
    assertThat(d.comparisonBefore().events()).isEqualTo(22);
    assertThat(d.comparisonAfter().events()).isEqualTo(20);
    assertThat(d.comparisonAfter().personYears()).isCloseTo(3220 / 365.25, within(1e-12));
  }

  @Test
  void bootstrapIsReproducibleAndAgreesWithRsBootstrap() {
    // R (set.seed(1), 20000 people-resampling replicates, quantile type 7):
    //   2.5% -3.115002553053, 97.5% -0.597223769662. Different RNGs, so agreement is to Monte
    //   Carlo error only (checked within 0.15), while the same seed must give the identical interval.
    Interval i = did(42).interval();
    assertThat(did(42).interval()).isEqualTo(i);
    assertThat(did(7).interval()).isNotEqualTo(i);
    assertThat(i.lower()).isCloseTo(-3.115, within(0.15));
    assertThat(i.upper()).isCloseTo(-0.597, within(0.15));
    assertThat(did(42).replicates()).isEqualTo(2000);
    assertThat(did(42).bootstrapReplicates()).hasSize(2000).isSorted();
  }

  @Test
  void levelNarrowsTheBootstrapInterval() {
    DifferenceInDifferences d80 =
        base(42).level(ConfidenceLevel.of(0.8)).build();
    Interval i95 = did(42).interval();
    assertThat(d80.interval().lower()).isGreaterThan(i95.lower());
    assertThat(d80.interval().upper()).isLessThan(i95.upper());
  }

  @Test
  void quantileIsRType7() {
    // R: quantile(c(1, 2, 4, 8), c(0, 0.25, 0.5, 0.9, 1), type = 7) -> 1 1.75 3 6.8 8
    double[] x = {1, 2, 4, 8};
    assertThat(DifferenceInDifferences.quantile(x, 0)).isEqualTo(1.0);
    assertThat(DifferenceInDifferences.quantile(x, 0.25)).isCloseTo(1.75, within(1e-12));
    assertThat(DifferenceInDifferences.quantile(x, 0.5)).isCloseTo(3.0, within(1e-12));
    assertThat(DifferenceInDifferences.quantile(x, 0.9)).isCloseTo(6.8, within(1e-12));
    assertThat(DifferenceInDifferences.quantile(x, 1)).isEqualTo(8.0);
  }

  @Test
  void explanationAndMethod() {
    DifferenceInDifferences d = did(42);
    assertThat(d.method())
        .isEqualTo(
            "difference-in-differences of pooled rates, percentile bootstrap over people"
                + " (2000 replicates, seed 42)");
    assertThat(d.explanation().inputs())
        .containsEntry("treated people", "8")
        .containsEntry("comparison people", "9")
        .containsEntry("seed", "42")
        .containsEntry("replicates", "2000");
    assertThat(d.explanation().steps()).hasSize(4);
    assertThat(d.explanation().value()).startsWith("-1.8206 95% CI [");
    // 8 and 9 people: the bootstrap's known undercoverage is stated.
    String warning = "a group has only 8 young people (fewer than 30): a percentile bootstrap over so"
        + " few people covers less than 95%; read the interval as too narrow";
    assertThat(d.warnings()).containsExactly(warning);
    assertThat(d.explanation().inputs()).containsEntry("warning", warning);
    assertThat(d.toString())
        .isEqualTo("DifferenceInDifferences{" + d.explanation().value() + "; warning: " + warning + "}");
  }

  @Test
  void ratioOfRateRatiosMatchesRFormula() {
    // R: rrr <- ((6/4.5)/(14/5)) / ((11/6)/(12/5.5)); se <- sqrt(1/6 + 1/14 + 1/11 + 1/12)
    //   -> 0.566706021251 0.160979777403 1.995006576002
    RatioOfRateRatios r =
        RatioOfRateRatios.of(Rate.of(14, 5), Rate.of(6, 4.5), Rate.of(12, 5.5), Rate.of(11, 6), L95);
    assertThat(r.estimate().getAsDouble()).isCloseTo(0.566706021251, within(1e-10));
    assertThat(r.interval().get().lower()).isCloseTo(0.160979777403, within(1e-10));
    assertThat(r.interval().get().upper()).isCloseTo(1.995006576002, within(1e-9));
    assertThat(r.logStandardError().getAsDouble())
        .isCloseTo(Math.sqrt(1.0 / 6 + 1.0 / 14 + 1.0 / 11 + 1.0 / 12), within(1e-12));
    assertThat(r.method()).isEqualTo(RateRatioMethod.LOG_WALD);
    assertThat(r.methodName()).isEqualTo("ratio of rate ratios, log-Wald");
    // R: 2 * pnorm(-abs(log(0.566706021251)) / se) -> 0.375977
    assertThat(r.explanation().value())
        .isEqualTo("0.566706 95% CI [0.16098, 1.99501], p = " + Fmt.num(r.pValue().getAsDouble()));
    assertThat(r.pValue().getAsDouble())
        .isCloseTo(
            2 * org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .cumulativeProbability(Math.log(0.566706021251) / r.logStandardError().getAsDouble()),
            within(1e-12));
    assertThat(r.toString()).startsWith("RatioOfRateRatios{0.566706 95% CI [0.16098, 1.99501], p = ")
        .contains("LOG_WALD; warning: Poisson interval from cohort totals");
    assertThat(r.explanation().steps()).hasSize(4);
    assertThat(did(1).ratioOfRateRatios().treatedBefore().events()).isEqualTo(24);
  }

  @Test
  void ratioOfRateRatiosUndefinedWithAnyZeroCount() {
    Rate one = Rate.of(1, 1);
    Rate zero = Rate.of(0, 1);
    for (RatioOfRateRatios r :
        List.of(
            RatioOfRateRatios.of(zero, one, one, one, L95),
            RatioOfRateRatios.of(one, zero, one, one, L95),
            RatioOfRateRatios.of(one, one, zero, one, L95),
            RatioOfRateRatios.of(one, one, one, zero, L95))) {
      assertThat(r.isDefined()).isFalse();
      assertThat(r.estimate()).isEmpty();
      assertThat(r.interval()).isEmpty();
      assertThat(r.logStandardError()).isEmpty();
      assertThat(r.undefinedReason())
          .contains("a count is 0: the log-Wald ratio of rate ratios is undefined");
      assertThat(r.explanation().value()).startsWith("undefined (a count is 0");
    }
    assertThat(RatioOfRateRatios.of(one, one, one, one, L95).isDefined()).isTrue();
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> PersonPeriods.of(-1, 1, 0, 1))
        .hasMessage("events before -1 and after 0 must be at least 0");
    assertThatThrownBy(() -> PersonPeriods.of(0, 1, -1, 1))
        .hasMessage("events before 0 and after -1 must be at least 0");
    assertThatThrownBy(() -> PersonPeriods.of(0, 0, 0, 1))
        .hasMessage("days at risk before 0.0 and after 1.0 must be finite and greater than 0");
    assertThatThrownBy(() -> PersonPeriods.of(0, 1, 0, 0))
        .hasMessage("days at risk before 1.0 and after 0.0 must be finite and greater than 0");
    assertThatThrownBy(() -> PersonPeriods.of(0, Double.POSITIVE_INFINITY, 0, 1))
        .hasMessage("days at risk before Infinity and after 1.0 must be finite and greater than 0");
    assertThatThrownBy(() -> PersonPeriods.of(0, 1, 0, Double.NaN))
        .hasMessage("days at risk before 1.0 and after NaN must be finite and greater than 0");
    assertThatThrownBy(
            () -> DifferenceInDifferences.builder().addAllComparison(COMPARISON).seed(1).build())
        .hasMessage("the treated group is empty");
    assertThatThrownBy(() -> DifferenceInDifferences.builder().addAllTreated(TREATED).seed(1).build())
        .hasMessage("the comparison group is empty");
    assertThatThrownBy(() -> base(1).replicates(99).build())
        .hasMessage("replicates 99 must be at least 100");
    assertThat(base(1).replicates(100).build().replicates())
        .isEqualTo(100);
  }

  @Test
  void ratioOfRateRatiosByMethodAndTheSmallGroupBoundary() {
    DifferenceInDifferences d = did(3);
    assertThat(d.ratioOfRateRatios(RateRatioMethod.LOG_WALD).treatedSums()).isEmpty();
    assertThat(d.ratioOfRateRatios(RateRatioMethod.AUTO).treatedSums()).isPresent();
    assertThat(d.ratioOfRateRatios(RateRatioMethod.CLUSTER_ROBUST).comparisonSums()).isPresent();
    DifferenceInDifferences halfDays = DifferenceInDifferences.builder()
        .addTreated(PersonPeriods.of(3, 365, 1, 365), PersonPeriods.of(5, 365, 2, 300))
        .addComparison(PersonPeriods.of(2, 365, 2, 365.5), PersonPeriods.of(4, 365, 3, 365))
        .seed(1).replicates(100).build();
    assertThat(halfDays.ratioOfRateRatios().treatedSums()).isEmpty();
    assertThat(halfDays.ratioOfRateRatios().method()).isEqualTo(RateRatioMethod.LOG_WALD);
    // 30 per group: no warning; 29: the warning.
    List<PersonPeriods> thirty = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      thirty.add(PersonPeriods.of(i % 4, 365, i % 3, 365));
    }
    DifferenceInDifferences ok = DifferenceInDifferences.builder().addAllTreated(thirty)
        .addAllComparison(thirty).seed(1).replicates(100).build();
    assertThat(ok.warnings()).isEmpty();
    assertThat(ok.toString()).doesNotContain("warning");
    DifferenceInDifferences small = DifferenceInDifferences.builder().addAllTreated(thirty)
        .addAllComparison(thirty.subList(0, 29)).seed(1).replicates(100).build();
    assertThat(small.warnings()).singleElement().asString().startsWith("a group has only 29");
  }
}
