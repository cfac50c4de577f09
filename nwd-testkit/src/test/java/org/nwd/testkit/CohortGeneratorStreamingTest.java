package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LongSummaryStatistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nwd.model.StandardMeasures;

/**
 * Streams many young people through a count and a running total without holding them. Tagged
 * {@code slow}: PIT skips it (it would be re-run for every mutant).
 *
 * <p>One million young people take about 12-17 s on the build machine (placements included). Held in memory they would need
 * gigabytes; the test was also run with {@code -DargLine=-Xmx256m} and passed, so the stream does
 * not hold them. Laziness itself is checked on {@code Integer.MAX_VALUE} people in {@link
 * CohortGeneratorTest}.
 */
@Tag("slow")
class CohortGeneratorStreamingTest {

  @Test
  void aMillionYoungPeopleStreamThroughACountAndARunningTotal() {
    int n = 1_000_000;
    CohortGenerator gen = CohortGenerator.of(n, 99);
    // count() alone would skip generation on a sized stream: fold every record into the total.
    LongSummaryStatistics missing =
        gen.stream()
            .mapToLong(
                r ->
                    r.events().stream()
                        .filter(e -> e.measure().equals(StandardMeasures.MISSING_INCIDENTS))
                        .count())
            .summaryStatistics();
    long count = missing.getCount();
    assertThat(count).isEqualTo(n);
    // Expected total: n * 1.42 * (1 + 0.5) per year over about one year each side = 2,130,000;
    // the Poisson sd is about 1,460, so a wide sanity band is enough here (rates are tested exactly
    // in CohortGeneratorStatisticsTest).
    assertThat(missing.getSum()).isBetween(2_000_000L, 2_260_000L);
  }
}
