package org.nwd.json;

import java.util.List;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.HedgesG;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PercentChange;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/** One result of each type, including the edge cases (unbounded and undefined results). */
final class Samples {
  private Samples() {}

  static List<Object> results() {
    PersonPeriods p1 = PersonPeriods.of(3, 200, 1, 180);
    PersonPeriods p2 = PersonPeriods.of(5, 365, 2, 365);
    return List.of(
        Rate.of(12, 4.5),
        RateRatio.of(Rate.of(0, 2), Rate.of(5, 2)), // estimate 0
        RateRatio.of(Rate.of(5, 2), Rate.of(0, 2)), // before 5 after 0
        RateRatio.of(Rate.of(0, 2), Rate.of(3, 2)),
        RateRatio.builder().before(Rate.of(3, 2)).after(Rate.of(6, 1)).requestedMethod(RateRatioMethod.LOG_WALD)
            .build(),
        RateRatio.of(Rate.of(0, 2), Rate.of(0, 2)), // undefined
        PercentChange.of(0, 3), // undefined
        PercentChange.of(503, 253),
        Proportion.of(7, 20, ConfidenceLevel.of(0.9)),
        McNemarTest.of(0, 0),
        McNemarTest.of(30, 12),
        PairedMeanChange.of(new double[] {1, 2, 3}, new double[] {2, 3, 4}, ConfidenceLevel.NINETY_FIVE),
        PairedMeanChange.of(new double[] {1, 2, 3}, new double[] {2, 5, 3.5}, ConfidenceLevel.NINETY_FIVE),
        HedgesG.builder().mean1(3).sd1(1).n1(10).mean2(2).sd2(1.5).n2(12).build(),
        HedgesG.builder().mean1(3).sd1(0).n1(10).mean2(2).sd2(0).n2(12).build(),
        WilcoxonSignedRank.of(new double[] {1, 2, 3, 4}, new double[] {2, 2, 5, 1}),
        WilcoxonSignedRank.of(new double[] {1, 2, 3, 4}, new double[] {2, 2, 5, 1},
            WilcoxonSignedRank.ZeroMethod.PRATT),
        org.nwd.stats.PairedProportions.of(12, 3, 9, 6, ConfidenceLevel.NINETY_FIVE),
        org.nwd.stats.PairedProportions.of(2, 3, 1, 0, ConfidenceLevel.of(0.9)), // small: warning
        org.nwd.stats.ConditionalOddsRatio.of(3, 9, ConfidenceLevel.NINETY_FIVE),
        org.nwd.stats.ConditionalOddsRatio.of(0, 4, ConfidenceLevel.NINETY_FIVE), // unbounded
        org.nwd.stats.ConditionalOddsRatio.of(0, 0, ConfidenceLevel.NINETY_FIVE), // undefined
        org.nwd.stats.PairedEffectSize.of(12, -1.75, 4.0926763859362252, ConfidenceLevel.NINETY_FIVE),
        org.nwd.stats.PairedEffectSize.of(5, 2, 0, ConfidenceLevel.NINETY_FIVE), // undefined
        RatioOfRateRatios.of(Rate.of(10, 2), Rate.of(5, 2), Rate.of(8, 2), Rate.of(7, 2), ConfidenceLevel.NINETY_FIVE),
        RatioOfRateRatios.of(Rate.of(0, 2), Rate.of(5, 2), Rate.of(8, 2), Rate.of(7, 2), ConfidenceLevel.NINETY_FIVE),
        DifferenceInDifferences.builder().addTreated(p1, p2).addComparison(p2, p1).seed(42).replicates(200).build());
  }

  /**
   * Results with person-level data (schema 1.1): the clustered default, each bootstrap, the Poisson
   * methods by name with the sums kept, a clustered interval that is undefined, and a clustered ratio
   * of rate ratios.
   */
  static List<Object> personLevelResults() {
    PersonCounts people = PersonCounts.of(new long[] {0, 3, 1, 12, 0, 2}, new long[] {365, 365, 200,
        365, 120, 365}, new long[] {1, 0, 0, 5, 0, 1}, new long[] {365, 300, 365, 365, 365, 180});
    PersonCounts others = PersonCounts.of(new long[] {2, 0, 6, 1}, new long[] {365, 365, 365, 200},
        new long[] {1, 1, 4, 0}, new long[] {365, 365, 300, 365});
    PersonCounts noneAfter = PersonCounts.of(new long[] {2, 1}, new long[] {365, 365},
        new long[] {0, 0}, new long[] {365, 365});
    ConfidenceLevel l = ConfidenceLevel.NINETY_FIVE;
    return List.of(
        RateRatio.of(people.sums(), l, RateRatioMethod.AUTO),
        RateRatio.of(people.sums(), ConfidenceLevel.of(0.9), RateRatioMethod.EXACT_CONDITIONAL),
        RateRatio.of(people, l, RateRatioMethod.BOOTSTRAP_PERCENTILE, 11, 200),
        RateRatio.of(people, l, RateRatioMethod.BOOTSTRAP_BCA, RateRatio.DEFAULT_SEED,
            RateRatio.DEFAULT_REPLICATES),
        RateRatio.of(noneAfter.sums(), l, RateRatioMethod.AUTO),
        RateRatio.of(noneAfter.sums(), l, RateRatioMethod.CLUSTER_ROBUST),
        RatioOfRateRatios.of(people.sums(), others.sums(), l, RateRatioMethod.AUTO),
        RatioOfRateRatios.of(people.sums(), others.sums(), l, RateRatioMethod.LOG_WALD));
  }
}
