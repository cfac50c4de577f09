package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The primitive multisets of the accumulator against a plain {@link HashMap} count as the oracle. */
class TalliesTest {

  @Property(tries = 200)
  void longMultisetCountsLikeAMap(
      @ForAll @Size(max = 300) List<@LongRange(min = -3, max = 40) Long> small,
      @ForAll @Size(max = 20) List<Long> any,
      @ForAll @IntRange(min = 0, max = 3) int split) {
    List<Long> values = new ArrayList<>(small);
    values.addAll(any);
    Map<Long, Long> expected = new HashMap<>();
    LongMultiset first = new LongMultiset();
    LongMultiset second = new LongMultiset();
    for (int i = 0; i < values.size(); i++) {
      long v = values.get(i);
      expected.merge(v, (long) (1 + i % 3), Long::sum);
      (i % 4 < split ? first : second).add(v, 1 + i % 3);
    }
    first.addAll(second);
    assertThat(counts(first)).isEqualTo(expected);
  }

  private static Map<Long, Long> counts(LongMultiset m) {
    Map<Long, Long> out = new HashMap<>();
    m.forEach(
        (v, c) -> {
          assertThat(out.put(v, c)).as("value %s reported twice", v).isNull();
          return 0;
        });
    return out;
  }

  @Property(tries = 200)
  void rateCountsHoldEveryTupleWhetherPackedOrNot(
      @ForAll @Size(max = 200) List<@LongRange(min = -1, max = 5000) Long> events,
      @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 1_100_000) Long> days) {
    Map<RateCounts.Key, Long> expected = new HashMap<>();
    RateCounts a = new RateCounts();
    RateCounts b = new RateCounts();
    int n = Math.min(events.size(), days.size());
    for (int i = 0; i < n; i++) {
      long e = events.get(i);
      long d = days.get(i);
      // Mostly ordinary tuples (small events, a year of days), some beyond the packed range.
      RateCounts.Key k =
          i % 5 == 0
              ? new RateCounts.Key(e, d, e / 2, d / 3)
              : new RateCounts.Key(e % 7, 365 - i % 3, (e + 1) % 5, 365);
      expected.merge(k, 1L, Long::sum);
      (i % 2 == 0 ? a : b).add(k.eventsBefore(), k.daysBefore(), k.eventsAfter(), k.daysAfter(), 1);
    }
    a.addAll(b);
    assertThat(a.toMap()).isEqualTo(expected);
  }

  @Test
  void packingLimitsAreExactAtTheEdges() {
    RateCounts r = new RateCounts();
    // 4095 events and 1,048,575 days are the largest packed; one more goes to the map.
    r.add(4095, 1_048_575, 4095, 1_048_575, 2);
    r.add(4096, 1_048_576, 0, 0, 1);
    r.add(0, 0, 0, 0, 3);
    assertThat(r.toMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                new RateCounts.Key(4095, 1_048_575, 4095, 1_048_575), 2L,
                new RateCounts.Key(4096, 1_048_576, 0, 0), 1L,
                new RateCounts.Key(0, 0, 0, 0), 3L));
  }
}
