package org.nwd.impact;

import java.util.HashMap;
import java.util.Map;

/**
 * A multiset of per-person rate tuples (events and days at risk before and after), counting identical
 * tuples once. Tuples whose parts fit (days below 2^20, events below 2^12) are packed into one long
 * in a {@link LongMultiset}, so that adding a young person allocates nothing; any other tuple goes
 * to a map. {@link #toMap()} gives the same multiset whichever way a tuple was held.
 */
final class RateCounts {

  /** A person's events and days at risk before and after (days measures: days in the state). */
  record Key(long eventsBefore, long daysBefore, long eventsAfter, long daysAfter) {}

  private static final int DAY_BITS = 20;
  private static final int EVENT_BITS = 12;
  private static final long DAY_LIMIT = 1L << DAY_BITS;
  private static final long EVENT_LIMIT = 1L << EVENT_BITS;
  private static final long DAY_MASK = DAY_LIMIT - 1;
  private static final long EVENT_MASK = EVENT_LIMIT - 1;

  private final LongMultiset packed = new LongMultiset();
  private final Map<Key, Long> others = new HashMap<>();

  void add(long eventsBefore, long daysBefore, long eventsAfter, long daysAfter, long count) {
    if (daysBefore >= 0
        && daysBefore < DAY_LIMIT
        && daysAfter >= 0
        && daysAfter < DAY_LIMIT
        && eventsBefore >= 0
        && eventsBefore < EVENT_LIMIT
        && eventsAfter >= 0
        && eventsAfter < EVENT_LIMIT) {
      packed.add(
          daysBefore << (DAY_BITS + 2 * EVENT_BITS)
              | daysAfter << (2 * EVENT_BITS)
              | eventsBefore << EVENT_BITS
              | eventsAfter,
          count);
    } else {
      others.merge(new Key(eventsBefore, daysBefore, eventsAfter, daysAfter), count, Long::sum);
    }
  }

  /** Adds every tuple of {@code other}. */
  void addAll(RateCounts other) {
    packed.addAll(other.packed);
    other.others.forEach((k, v) -> others.merge(k, v, Long::sum));
  }

  /** The multiset: each distinct tuple and how many young people have it. */
  Map<Key, Long> toMap() {
    Map<Key, Long> out = new HashMap<>(others);
    packed.forEach(
        (k, count) -> {
          out.merge(
              new Key(
                  (k >>> EVENT_BITS) & EVENT_MASK,
                  k >>> (DAY_BITS + 2 * EVENT_BITS),
                  k & EVENT_MASK,
                  (k >>> (2 * EVENT_BITS)) & DAY_MASK),
              count,
              Long::sum);
          return 0;
        });
    return out;
  }
}
