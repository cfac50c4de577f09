package org.nwd.report;

import java.util.List;

/**
 * Hub stay lengths counted into bins of whole days, and against the short-term threshold, with small
 * cells suppressed: a count from 1 to {@code suppression - 1} is hidden, and so is a side total (short
 * term or longer) that is itself small or that would give a hidden bin on its side away by
 * subtraction.
 */
final class StayBins {
  /** Bin widths tried in turn, in days: a day, two days, then weeks. */
  private static final int[] WIDTHS = {1, 2, 7, 14, 28, 56, 84, 168, 364, 728};

  static final int MAX_BINS = 16;

  final int threshold;
  final int width;
  final int[] counts;
  final boolean[] hidden;
  final int within;
  final int over;
  final boolean hiddenWithin;
  final boolean hiddenOver;
  /** The largest count that is shown: the y scale must not hint at a hidden one. */
  final int maxShown;

  StayBins(List<Integer> stays, int threshold, int suppression) {
    this.threshold = threshold;
    int span = threshold;
    for (int s : stays) {
      span = Math.max(span, s);
    }
    width = width(span);
    // Bin i holds stays of i*w .. (i+1)*w - 1 days.
    counts = new int[span / width + 1];
    int in = 0;
    for (int s : stays) {
      counts[s / width]++;
      if (s <= threshold) {
        in++;
      }
    }
    within = in;
    over = stays.size() - in;
    hidden = new boolean[counts.length];
    boolean hideWithin = small(within, suppression);
    boolean hideOver = small(over, suppression);
    int max = 0;
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = small(counts[i], suppression);
      if (hidden[i]) {
        hideWithin |= first(i) <= threshold;
        hideOver |= last(i) > threshold;
      } else {
        max = Math.max(max, counts[i]);
      }
    }
    hiddenWithin = hideWithin;
    hiddenOver = hideOver;
    maxShown = max;
  }

  private static boolean small(int count, int suppression) {
    return count > 0 && count < suppression;
  }

  /** The narrowest listed width that needs at most {@link #MAX_BINS} bins for {@code 0..span}. */
  static int width(int span) {
    for (int w : WIDTHS) {
      if (span / w + 1 <= MAX_BINS) {
        return w;
      }
    }
    return span / (MAX_BINS - 1) + 1;
  }

  int bins() {
    return counts.length;
  }

  /** The first day of bin {@code i}. */
  int first(int i) {
    return i * width;
  }

  /** The last day of bin {@code i}. */
  int last(int i) {
    return (i + 1) * width - 1;
  }

  String label(int i) {
    return first(i) + "-" + last(i);
  }
}
