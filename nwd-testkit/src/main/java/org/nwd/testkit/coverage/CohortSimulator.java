package org.nwd.testkit.coverage;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.jspecify.annotations.Nullable;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.Rate;

/**
 * Simulates one cohort's person-level counts with a known rate ratio. Days at risk: a full year (365
 * days) for four young people in five, otherwise uniform on 30-364 days, drawn separately for each
 * window (time in custody, or data coverage, cuts windows short). Events before follow {@code
 * eventsPerYear}, after {@code eventsPerYear x rateRatio}, each scaled by the young person's frailty
 * in that window ({@link CountShape}); the true rate ratio of the pooled rates is {@code rateRatio}.
 */
final class CohortSimulator {
  /** Correlation of a young person's frailties before and after. */
  static final double FRAILTY_CORRELATION = 0.5;

  /** Share of windows that are a full year. */
  static final double FULL_YEAR_SHARE = 0.8;

  private CohortSimulator() {}

  static PersonCounts simulate(
      CountShape shape, int people, double eventsPerYear, double rateRatio, UniformRandomProvider rng) {
    long[] eb = new long[people];
    long[] db = new long[people];
    long[] ea = new long[people];
    long[] da = new long[people];
    double d = shape.dispersion();
    ContinuousSampler shared = null;
    ContinuousSampler own = null;
    if (d > 0) {
      // Frailty = shared + own, each gamma with scale d: mean 1, variance d, correlation 0.5.
      double k = 1 / d;
      shared = AhrensDieterMarsagliaTsangGammaSampler.of(rng, k * FRAILTY_CORRELATION, d);
      own = AhrensDieterMarsagliaTsangGammaSampler.of(rng, k * (1 - FRAILTY_CORRELATION), d);
    }
    DiscreteSampler runExtra =
        shape.daysInRuns() ? GeometricSampler.of(rng, 1 / CountShape.MEAN_RUN_DAYS) : null;
    for (int i = 0; i < people; i++) {
      db[i] = daysAtRisk(rng);
      da[i] = daysAtRisk(rng);
      double common = shared == null ? 0 : shared.sample();
      double frailtyBefore = own == null ? 1 : common + own.sample();
      double frailtyAfter = own == null ? 1 : common + own.sample();
      double meanBefore = eventsPerYear * db[i] / Rate.DAYS_PER_YEAR * frailtyBefore;
      double meanAfter = eventsPerYear * rateRatio * da[i] / Rate.DAYS_PER_YEAR * frailtyAfter;
      eb[i] = count(meanBefore, db[i], runExtra, rng);
      ea[i] = count(meanAfter, da[i], runExtra, rng);
    }
    return PersonCounts.of(eb, db, ea, da);
  }

  private static long daysAtRisk(UniformRandomProvider rng) {
    return rng.nextDouble() < FULL_YEAR_SHARE ? 365 : 30 + rng.nextInt(335);
  }

  /** Events, or (days in runs) the days of the runs started, clipped to the days at risk. */
  private static long count(
      double mean, long days, @Nullable DiscreteSampler runExtra, UniformRandomProvider rng) {
    long events = mean > 0 ? PoissonSampler.of(rng, mean).sample() : 0;
    if (runExtra == null) {
      return events;
    }
    long total = 0;
    for (long r = 0; r < events; r++) {
      total += 1 + runExtra.sample();
    }
    return Math.min(total, days);
  }
}
