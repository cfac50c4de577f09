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
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.ReferralCategory;
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
    double change =
        CohortGenerator.of(s).stream()
            .mapToDouble(r -> r.scores().get(1).score() - r.scores().get(0).score())
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
}
