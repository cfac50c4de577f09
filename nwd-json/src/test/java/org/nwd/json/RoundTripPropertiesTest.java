package org.nwd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nwd.Explanation;
import org.nwd.model.Cohort;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.Fixtures;
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

/** Lossless both ways: write then read gives an equal object; read then write gives the same text. */
class RoundTripPropertiesTest {
  private final NwdJson json = NwdJson.strict();

  @Property
  void cohortWriteThenReadIsEqual(@ForAll long seed) {
    Cohort cohort = EdgeCases.cohort(seed, new EdgeCases(seed).between(0, 12),
        new EdgeCases(seed + 1).between(0, 4));
    String text = json.write(cohort);
    Cohort back = json.read(text, Cohort.class);
    assertThat(back).isEqualTo(cohort);
    assertThat(json.write(back)).isEqualTo(text);
  }

  @Property
  void streamingWriteMatchesWholeWriteAndStreamingReadMatchesWholeRead(@ForAll long seed) {
    Cohort cohort = EdgeCases.cohort(seed, 5, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeCohort(cohort.hubs(), cohort.records().stream(), out);
    String streamed = out.toString(StandardCharsets.UTF_8);
    assertThat(streamed).isEqualTo(json.write(cohort));
    List<YoungPersonRecord> records = new ArrayList<>();
    try (CohortReader reader =
        json.openCohort(new ByteArrayInputStream(streamed.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.hubs()).isEqualTo(cohort.hubs());
      reader.forEachRemaining(records::add);
    }
    assertThat(records).isEqualTo(cohort.records());
  }

  @Property
  void recordAndExplanationRoundTrip(@ForAll long seed) {
    EdgeCases gen = new EdgeCases(seed);
    YoungPersonRecord record = gen.record("YP-R", gen.hubs(), true);
    String text = json.write(record);
    assertThat(json.read(text, YoungPersonRecord.class)).isEqualTo(record);
    assertThat(json.write(json.read(text, YoungPersonRecord.class))).isEqualTo(text);
    Explanation e = gen.explanation(3);
    String etext = json.write(e);
    assertThat(json.read(etext, Explanation.class)).isEqualTo(e);
    assertThat(json.write(json.read(etext, Explanation.class))).isEqualTo(etext);
  }

  @Test
  void theTestkitFixturesRoundTrip() {
    Cohort cohort = Fixtures.referenceCohort();
    String text = json.write(cohort);
    assertThat(json.read(text, Cohort.class)).isEqualTo(cohort);
    for (YoungPersonRecord r : Fixtures.youngPeople()) {
      String one = json.write(r);
      assertThat(json.read(one, YoungPersonRecord.class)).isEqualTo(r);
      assertThat(json.write(json.read(one, YoungPersonRecord.class))).isEqualTo(one);
    }
  }

  @Property
  void moduleRoundTripsBareValues(@ForAll long seed) throws Exception {
    ObjectMapper mapper = json.objectMapper();
    Cohort cohort = EdgeCases.cohort(seed, 3, 1);
    String text = mapper.writeValueAsString(cohort);
    assertThat(mapper.readValue(text, Cohort.class)).isEqualTo(cohort);
    for (YoungPersonRecord r : cohort.records()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(r), YoungPersonRecord.class)).isEqualTo(r);
    }
  }

  @Provide
  Arbitrary<Object> results() {
    Arbitrary<Long> count = Arbitraries.longs().between(0, 60);
    Arbitrary<Double> py = Arbitraries.doubles().between(0.01, 500);
    Arbitrary<ConfidenceLevel> level =
        Arbitraries.of(0.8, 0.9, 0.95, 0.99).map(ConfidenceLevel::of);
    Arbitrary<Rate> rate = Combinators.combine(count, py, level).as(Rate::of);
    Arbitrary<List<Double>> values = Arbitraries.doubles().between(-50, 50).ofScale(2).list().ofSize(6);
    Arbitrary<PersonPeriods> person =
        Combinators.combine(count, py, count, py).as(PersonPeriods::of);
    return Arbitraries.oneOf(
        rate.map(r -> r),
        Combinators.combine(rate, rate, level,
                Arbitraries.of(RateRatioMethod.AUTO, RateRatioMethod.EXACT_CONDITIONAL,
                    RateRatioMethod.LOG_WALD))
            .as((a, b, l, m) -> RateRatio.builder().before(a).after(b).level(l).requestedMethod(m).build()),
        Combinators.combine(py, py).as(PercentChange::of),
        Combinators.combine(count, count, level).as((x, n, l) -> Proportion.of(x, x + n + 1, l)),
        Combinators.combine(count, count, Arbitraries.of(McNemarTest.Method.values()))
            .as((b, c, m) -> McNemarTest.builder().yesToNo(b).noToYes(c).requestedMethod(m).build()),
        Combinators.combine(values, values, level)
            .as((b, a, l) -> PairedMeanChange.builder().addAllBefore(b).addAllAfter(a).level(l).build()),
        Combinators.combine(py, py, py, py, Arbitraries.of(HedgesG.Variance.values()))
            .as((m1, s1, m2, s2, v) -> HedgesG.builder().mean1(m1).sd1(s1).n1(7).mean2(m2).sd2(s2).n2(9)
                .variance(v).build()),
        Combinators.combine(values, values, Arbitraries.of(true, false),
                Arbitraries.of(WilcoxonSignedRank.ZeroMethod.values()))
            .as((b, a, c, z) -> WilcoxonSignedRank.builder().addAllBefore(b).addAllAfter(a)
                .continuityCorrection(c).zeroMethod(z).build()),
        Combinators.combine(count, count, count, count, level)
            .as((a, b, c, d, l) -> org.nwd.stats.PairedProportions.of(a + 1, b, c, d, l)),
        Combinators.combine(count, count, level).as(org.nwd.stats.ConditionalOddsRatio::of),
        Combinators.combine(Arbitraries.integers().between(2, 500), py, py, level)
            .as((n, m, sd, l) -> org.nwd.stats.PairedEffectSize.of(n, m - 250, sd / 10, l)),
        Combinators.combine(rate, rate, rate, rate, level).as(RatioOfRateRatios::of),
        Combinators.combine(person.list().ofMinSize(1).ofMaxSize(4), person.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.longs())
            .as((t, c, s) -> DifferenceInDifferences.builder().addAllTreated(t).addAllComparison(c).seed(s)
                .replicates(100).build()),
        // Person-level data (1.1): every method, the bootstrap with its own seed.
        Combinators.combine(people(), level, Arbitraries.of(RateRatioMethod.values()), Arbitraries.longs())
            .as((p, l, m, s) -> RateRatio.of(p, l, m, s, 100)),
        Combinators.combine(people(), people(), level,
                Arbitraries.of(RateRatioMethod.AUTO, RateRatioMethod.CLUSTER_ROBUST, RateRatioMethod.LOG_WALD))
            .as((t, c, l, m) -> RatioOfRateRatios.of(t.sums(), c.sums(), l, m)));
  }

  /** 1 to 6 young people's counts and whole days at risk. */
  private static Arbitrary<PersonCounts> people() {
    return Arbitraries.integers().between(1, 6).flatMap(n -> {
      Arbitrary<long[]> events = Arbitraries.longs().between(0, 20).array(long[].class).ofSize(n);
      Arbitrary<long[]> days = Arbitraries.longs().between(1, 366).array(long[].class).ofSize(n);
      return Combinators.combine(events, days, events, days).as(PersonCounts::of);
    });
  }

  @Property
  void resultsRoundTrip(@ForAll("results") Object result) {
    String text = json.write(result);
    Object back = json.read(text, result.getClass());
    assertThat(back).isEqualTo(result);
    assertThat(json.write(back)).isEqualTo(text);
  }
}
