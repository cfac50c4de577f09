package org.nwd.examples;

import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;

/**
 * The embedded sample cohort: {@value #SIZE} synthetic young people from the testkit's seeded
 * generator with seed {@value #SEED} and otherwise default {@link CohortSettings} (referrals from
 * April 2015 to March 2017, 12 months before and after each referral, rates after the referral half
 * the rates before). No real person is in it; the same seed always gives the same cohort.
 */
public final class SampleCohort {
  /** Young people in the sample: as many as North Yorkshire supported in the first evaluation. */
  public static final int SIZE = 355;

  /** The generator's seed. */
  public static final long SEED = 20150401L;

  private SampleCohort() {}

  /** The generator's settings. */
  public static CohortSettings settings() {
    return CohortSettings.of(SIZE, SEED);
  }

  /** The seeded generator (stream it for progress, or call {@link #cohort()}). */
  public static CohortGenerator generator() {
    return CohortGenerator.of(settings());
  }

  /** The whole sample cohort, in memory. */
  public static Cohort cohort() {
    return generator().generate();
  }

  /**
   * The period the sample's data covers: 12 months before the first possible referral to 12 months
   * after the last (end exclusive).
   */
  public static DatePeriod dataCoverage() {
    CohortSettings s = settings();
    return DatePeriod.of(
        s.referralsFrom().minusMonths(s.followUpMonths()),
        s.referralsUntil().plusMonths(s.followUpMonths()));
  }
}
