package org.nwd.impact;

import java.util.function.LongBinaryOperator;

/**
 * Counts of long values (a multiset), held in an open-addressing table so that adding a value
 * allocates nothing. Used by {@link ImpactAccumulator} for per-person tallies.
 */
final class LongMultiset {

  private static final int FIRST_CAPACITY = 16;

  // 0 marks a free slot; the count of the value 0 is held apart.
  private long[] values = new long[FIRST_CAPACITY];
  private long[] counts = new long[FIRST_CAPACITY];
  private int distinct;
  private long zeros;

  /** Adds {@code count} (positive) occurrences of {@code value}. */
  void add(long value, long count) {
    if (value == 0) {
      zeros += count;
      return;
    }
    int mask = values.length - 1;
    int i = slot(value, mask);
    while (values[i] != 0 && values[i] != value) {
      i = (i + 1) & mask;
    }
    counts[i] += count;
    if (values[i] == 0) {
      values[i] = value;
      if (++distinct * 2 > values.length) {
        grow();
      }
    }
  }

  private static int slot(long value, int mask) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldValues = values;
    long[] oldCounts = counts;
    values = new long[oldValues.length * 2];
    counts = new long[oldValues.length * 2];
    int mask = values.length - 1;
    for (int j = 0; j < oldValues.length; j++) {
      if (oldValues[j] != 0) {
        int i = slot(oldValues[j], mask);
        while (values[i] != 0) {
          i = (i + 1) & mask;
        }
        values[i] = oldValues[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  /** Adds every value of {@code other}. */
  void addAll(LongMultiset other) {
    other.forEach(
        (v, c) -> {
          add(v, c);
          return 0;
        });
  }

  /** Calls {@code action} with each distinct value and its count, in no particular order. */
  void forEach(LongBinaryOperator action) {
    if (zeros > 0) {
      action.applyAsLong(0, zeros);
    }
    for (int j = 0; j < values.length; j++) {
      if (values[j] != 0) {
        action.applyAsLong(values[j], counts[j]);
      }
    }
  }
}
