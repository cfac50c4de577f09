package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties that must hold for any inputs. */
class StatsPropertiesTest {

  @Property
  void identicalBeforeAndAfterGiveRatioOneAndNoChange(
      @ForAll @LongRange(min = 1, max = 500) long events,
      @ForAll @DoubleRange(min = 0.1, max = 100) double py) {
    RateRatio rr = RateRatio.of(Rate.of(events, py), Rate.of(events, py));
    assertThat(rr.estimate().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(rr.interval().get().contains(1.0)).isTrue();
    assertThat(PercentChange.of(Rate.of(events, py), Rate.of(events, py)).percent().getAsDouble())
        .isZero();
  }

  @Property
  void rateIntervalsContainTheRate(
      @ForAll @LongRange(min = 0, max = 1000) long events,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double py) {
    Rate r = Rate.of(events, py);
    assertThat(r.interval().contains(r.rate())).isTrue();
  }

  @Property
  void rateRatioIntervalsContainTheEstimate(
      @ForAll @LongRange(min = 0, max = 300) long before,
      @ForAll @LongRange(min = 1, max = 300) long after,
      @ForAll @DoubleRange(min = 0.1, max = 50) double pyBefore,
      @ForAll @DoubleRange(min = 0.1, max = 50) double pyAfter) {
    RateRatio rr =
        RateRatio.of(before, pyBefore, after, pyAfter, ConfidenceLevel.NINETY_FIVE, RateRatioMethod.AUTO);
    double est = rr.estimate().getAsDouble();
    Interval i = rr.interval().get();
    assertThat(i.lower() <= est && est <= i.upper()).isTrue();
    assertThat(i.isUpperUnbounded()).isEqualTo(before == 0);
  }

  @Property
  void wilsonContainsTheProportionAndStaysInUnitInterval(
      @ForAll @IntRange(min = 1, max = 500) int n, @ForAll @IntRange(min = 0, max = 500) int x) {
    Proportion p = Proportion.of(Math.min(x, n), n);
    assertThat(p.interval().contains(p.estimate())).isTrue();
    assertThat(p.interval().lower()).isGreaterThanOrEqualTo(0);
    assertThat(p.interval().upper()).isLessThanOrEqualTo(1);
  }

  @Property
  void pairedMeanChangeOfIdenticalVectorsIsZero(
      @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0, max = 20) Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    PairedMeanChange c = PairedMeanChange.of(v, v, ConfidenceLevel.NINETY_FIVE);
    assertThat(c.meanChange()).isZero();
    assertThat(c.interval()).isEqualTo(Interval.of(0, 0));
    assertThat(WilcoxonSignedRank.of(v, v).pValue()).isEmpty();
  }

  @Property(tries = 20)
  void bootstrapWithTheSameSeedIsReproducibleAndDidOfIdenticalGroupsIsZero(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int events) {
    List<PersonPeriods> group =
        List.of(
            PersonPeriods.of(events, 365, events + 1, 300),
            PersonPeriods.of(1, 200, 0, 365),
            PersonPeriods.of(2, 365, 3, 365));
    DifferenceInDifferences d =
        DifferenceInDifferences.builder()
            .addAllTreated(group)
            .addAllComparison(group)
            .seed(seed)
            .replicates(200)
            .build();
    DifferenceInDifferences again =
        DifferenceInDifferences.builder()
            .addAllTreated(group)
            .addAllComparison(group)
            .seed(seed)
            .replicates(200)
            .build();
    assertThat(d.estimate()).isZero();
    assertThat(again.interval()).isEqualTo(d.interval());
    assertThat(d.interval().contains(0)).isTrue();
  }
}
