package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nwd.model.CareStatus;
import org.nwd.model.DatePeriod;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementType;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ScoreObservation;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;

/**
 * A large seeded cohort reproduces its configured shares and rates. Every tolerance is a central
 * 99.9% interval of the statistic's own sampling distribution (binomial for shares, Poisson for event
 * totals, normal for means), computed here with Commons Statistics, not guessed.
 */
class CohortGeneratorStatisticsTest {
  private static final int N = 20_000;
  private static final double LOW = 0.0005;
  private static final double HIGH = 0.9995;

  private static CohortGenerator gen;
  private static List<YoungPersonRecord> records;

  @BeforeAll
  static void generate() {
    gen = CohortGenerator.of(N, 20_260_101L);
    records = gen.stream().collect(Collectors.toList());
  }

  private static void withinBinomial(String what, long count, int trials, double p) {
    BinomialDistribution d = BinomialDistribution.of(trials, p);
    assertThat(count)
        .as("%s: %s of %s with p = %s", what, count, trials, p)
        .isBetween((long) d.inverseCumulativeProbability(LOW),
            (long) d.inverseCumulativeProbability(HIGH));
  }

  private static void withinPoisson(String what, long count, double mean) {
    PoissonDistribution d = PoissonDistribution.of(mean);
    assertThat(count)
        .as("%s: %s events, expected %s", what, count, mean)
        .isBetween((long) d.inverseCumulativeProbability(LOW),
            (long) d.inverseCumulativeProbability(HIGH));
  }

  @Test
  void outreachOnlyShareIsReproduced() {
    long outreachOnly =
        records.stream()
            .filter(r -> r.hubEpisodes().stream().noneMatch(e -> e.kind().isResidential()))
            .count();
    withinBinomial("outreach only", outreachOnly, N, 0.67);
  }

  @Test
  void emergencyBedShareAndMeanStayAreReproduced() {
    List<HubEpisode> beds =
        records.stream()
            .flatMap(r -> r.hubEpisodes().stream())
            .filter(e -> e.kind().isResidential())
            .collect(Collectors.toList());
    long emergency = beds.stream().filter(e -> e.kind() == HubEpisodeKind.EMERGENCY_BED).count();
    withinBinomial("emergency beds among hub beds", emergency, beds.size(), 1.0 / 3);
    // Stay = 1 + Geometric(p = 1/42): mean 42, variance (1 - p) / p^2 = 41 * 42 = 1722.
    // The cap at the follow-up (P(stay > 365) = (41/42)^365, about 1.5e-4) is negligible.
    double mean =
        beds.stream().mapToLong(e -> e.lengthInDays(e.period().start())).average().orElseThrow();
    NormalDistribution sampling = NormalDistribution.of(42, Math.sqrt(1722.0 / beds.size()));
    assertThat(mean).isBetween(
        sampling.inverseCumulativeProbability(LOW), sampling.inverseCumulativeProbability(HIGH));
  }

  @Test
  void referralAndCareStatusMixesAreReproduced() {
    Map<ReferralCategory, Long> categories = new EnumMap<>(ReferralCategory.class);
    Map<CareStatus, Long> statuses = new EnumMap<>(CareStatus.class);
    for (YoungPersonRecord r : records) {
      categories.merge(r.referrals().get(0).category(), 1L, Long::sum);
      statuses.merge(
          r.youngPerson().careStatusOn(CohortGenerator.indexDate(r)), 1L, Long::sum);
    }
    gen.settings().referralMix().forEach(
        (c, p) -> withinBinomial(c.code(), categories.getOrDefault(c, 0L), N, p));
    gen.settings().careStatusMix().forEach(
        (c, p) -> withinBinomial(c.code(), statuses.getOrDefault(c, 0L), N, p));
    assertThat(categories.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(N);
  }

  @Test
  void eventRatesBeforeAndAfterTheIndexDateAreReproduced() {
    double multiplier = gen.settings().rateMultiplierAfterIndex();
    for (OutcomeMeasure m : CohortGenerator.eventMeasures()) {
      long before = 0;
      long after = 0;
      double personYearsBefore = 0;
      double personYearsAfter = 0;
      for (YoungPersonRecord r : records) {
        LocalDate index = CohortGenerator.indexDate(r);
        personYearsBefore += gen.windowBefore(index).lengthInDays(index) / 365.25;
        personYearsAfter += gen.windowAfter(index).lengthInDays(index) / 365.25;
        for (var e : r.events()) {
          if (e.measure().equals(m)) {
            if (e.date().isBefore(index)) {
              before += e.count();
            } else {
              after += e.count();
            }
          }
        }
      }
      // A sum of independent Poisson counts is Poisson with the summed mean.
      withinPoisson(m.code() + " before", before, gen.baseRate(m) * personYearsBefore);
      withinPoisson(m.code() + " after", after, gen.baseRate(m) * multiplier * personYearsAfter);
      // The configured effect lies inside the 99.9% confidence interval of the rate ratio.
      NwdAssertions.assertThat(
              RateRatio.of(before, personYearsBefore, after, personYearsAfter,
                  ConfidenceLevel.of(0.999), RateRatioMethod.AUTO))
          .as(m.code())
          .hasIntervalContaining(multiplier)
          .showsAReduction();
    }
  }

  @Test
  void placementMoveRateAndTheEffectOnItAreReproduced() {
    // Only young people looked after at the index date have placements; their moves are Poisson at
    // 0.8 a person-year in the look-back and 0.8 x 0.5 = 0.4 in the follow-up. A move is a
    // placement starting the day the previous one ended, counted here from the placements directly.
    double rate = gen.settings().placementMovesPerYear();
    double multiplier = gen.settings().rateMultiplierAfterIndex();
    long lookedAfter = 0;
    long before = 0;
    long after = 0;
    double personYearsBefore = 0;
    double personYearsAfter = 0;
    for (YoungPersonRecord r : records) {
      LocalDate index = CohortGenerator.indexDate(r);
      if (r.youngPerson().careStatusOn(index) != CareStatus.LOOKED_AFTER) {
        assertThat(r.placements()).isEmpty();
        continue;
      }
      lookedAfter++;
      personYearsBefore += gen.windowBefore(index).lengthInDays(index) / 365.25;
      personYearsAfter += gen.windowAfter(index).lengthInDays(index) / 365.25;
      List<Placement> ps = r.placements();
      for (int k = 1; k < ps.size(); k++) {
        assertThat(ps.get(k - 1).period().end()).contains(ps.get(k).period().start());
        if (ps.get(k).period().start().isBefore(index)) {
          before++;
        } else {
          after++;
        }
      }
    }
    withinBinomial("looked after", lookedAfter, N, 0.30);
    // With about 6,000 looked-after young people: about 4,800 moves before (Poisson sd 69, so the
    // 99.9% interval is about +-4.7%) and 2,400 after (+-6.7%).
    withinPoisson("placement moves before", before, rate * personYearsBefore);
    withinPoisson("placement moves after", after, rate * multiplier * personYearsAfter);
    NwdAssertions.assertThat(
            RateRatio.of(before, personYearsBefore, after, personYearsAfter,
                ConfidenceLevel.of(0.999), RateRatioMethod.AUTO))
        .as("placement moves")
        .hasIntervalContaining(multiplier)
        .showsAReduction();
  }

  @Test
  void externalAndOutOfAreaPlacementSharesAreReproduced() {
    List<Placement> placements =
        records.stream().flatMap(r -> r.placements().stream()).collect(Collectors.toList());
    withinBinomial("external placements", placements.stream().filter(Placement::isExternal).count(),
        placements.size(), 0.35);
    withinBinomial("out-of-area placements",
        placements.stream().filter(Placement::isOutOfArea).count(), placements.size(), 0.10);
    withinBinomial("foster placements (U6)",
        placements.stream().filter(p -> p.type() == PlacementType.U6).count(), placements.size(),
        0.60);
    withinBinomial("children's homes (K2)",
        placements.stream().filter(p -> p.type() == PlacementType.K2).count(), placements.size(),
        0.25);
  }

  @Test
  void sdqBaselineMeanAndChangeAreReproduced() {
    double baseline =
        records.stream().mapToDouble(r -> r.scores().get(0).score()).average().orElseThrow();
    // Rounding to whole points is unbiased; clamping at 0 and 40 (3 and 3.7 sd away) shifts the
    // mean by under 0.003 (6 * (phi(3) - 3 * (1 - Phi(3))) = 0.0023), well inside the interval
    // half-width 3.29 * 6 / sqrt(20000) = 0.14.
    NormalDistribution b = NormalDistribution.of(18, Math.sqrt(36 + 1.0 / 12) / Math.sqrt(N));
    assertThat(baseline).isBetween(
        b.inverseCumulativeProbability(LOW), b.inverseCumulativeProbability(HIGH));
  }

  @Test
  void sdqMeanChangeIsReproduced() {
    // Baseline 20 (sd 3) and follow-up about 18 (sd sqrt(9 + 4)): both over 5 sd from 0 and 40,
    // so clamping is negligible and the mean change is -2 with sd sqrt(4 + 2/12) per person
    // (rounding each score adds variance 1/12).
    CohortSettings s = CohortSettings.builder().size(N).seed(5).sdqBaselineMean(20)
        .sdqBaselineSd(3).sdqMeanChange(-2).sdqChangeSd(2).build();
    CohortGenerator g = CohortGenerator.of(s);
    // The before and after values as the standard derivation reads them: the latest score dated in
    // each window (the look-back [d - 12 months, d) and the follow-up [d, d + 12 months)).
    double change =
        g.stream()
            .mapToDouble(r -> {
              LocalDate d = CohortGenerator.indexDate(r);
              return latestScoreIn(r, g.windowAfter(d)) - latestScoreIn(r, g.windowBefore(d));
            })
            .average()
            .orElseThrow();
    NormalDistribution c = NormalDistribution.of(-2, Math.sqrt(4 + 2.0 / 12) / Math.sqrt(N));
    assertThat(change).isBetween(
        c.inverseCumulativeProbability(LOW), c.inverseCumulativeProbability(HIGH));
  }

  @Test
  void youngPeopleAreSpreadOverTheHubs() {
    long scarborough =
        records.stream()
            .filter(r -> r.hubEpisodes().get(0).hubId().equals(Fixtures.SCARBOROUGH))
            .count();
    withinBinomial("Scarborough", scarborough, N, 0.5);
  }

  private static double latestScoreIn(YoungPersonRecord r, DatePeriod window) {
    return r.scores().stream()
        .filter(x -> window.contains(x.date()))
        .max(java.util.Comparator.comparing(ScoreObservation::date))
        .orElseThrow(() -> new AssertionError("no score of " + r.id() + " in " + window))
        .score();
  }
}
