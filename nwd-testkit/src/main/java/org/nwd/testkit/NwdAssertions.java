package org.nwd.testkit;

import org.nwd.cost.CaseSummary;
import org.nwd.cost.Money;
import org.nwd.model.Cohort;
import org.nwd.model.HubEpisode;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.RateRatio;

/**
 * Entry point for the nwd domain assertions: {@code import static
 * org.nwd.testkit.NwdAssertions.assertThat;} next to AssertJ's own (the overloads do not clash).
 *
 * <pre>{@code
 * assertThat(cohort).hasYoungPeople(200);
 * assertThat(record).hasFewerEventsAfter(StandardMeasures.MISSING_INCIDENTS, hubStart);
 * assertThat(episode).isShortTerm();
 * assertThat(rateRatio).hasIntervalContaining(0.5);
 * assertThat(money).isEqualToThePenny("1234.57");
 * }</pre>
 */
public final class NwdAssertions {
  private NwdAssertions() {}

  /** Assertions on a young person's record. */
  public static YoungPersonRecordAssert assertThat(YoungPersonRecord actual) {
    return new YoungPersonRecordAssert(actual);
  }

  /** Assertions on a cohort. */
  public static CohortAssert assertThat(Cohort actual) {
    return new CohortAssert(actual);
  }

  /** Assertions on a hub episode. */
  public static HubEpisodeAssert assertThat(HubEpisode actual) {
    return new HubEpisodeAssert(actual);
  }

  /** Assertions on a rate ratio. */
  public static RateRatioAssert assertThat(RateRatio actual) {
    return new RateRatioAssert(actual);
  }

  /** Assertions on an exact sterling amount, e.g. {@code isEqualToThePenny("1234.57")}. */
  public static MoneyAssert assertThat(Money actual) {
    return new MoneyAssert(actual);
  }

  /** Assertions on a financial or wider economic case, e.g. its net present value. */
  public static CaseSummaryAssert assertThat(CaseSummary actual) {
    return new CaseSummaryAssert(actual);
  }
}
