package org.nwd.report;

import java.util.ArrayList;
import java.util.List;
import org.nwd.impact.DisclosureControl;
import org.nwd.impact.Suppression;
import org.nwd.impact.SuppressedTable;

/**
 * Hub stay lengths counted into bins of whole days split at the short-term threshold (so every bin is
 * wholly short-term or wholly longer, and no bin straddles it), with the short-term and longer totals.
 * Suppression is {@link DisclosureControl}'s, on the table of bins by side: a small bin is {@code
 * [c]}, and bins or totals that would give it away by subtraction are {@code [d]}.
 */
final class StayBins {
  /** Bin widths tried in turn, in days: a day, two days, then weeks. */
  private static final int[] WIDTHS = {1, 2, 7, 14, 28, 56, 84, 168, 364, 728};

  static final int MAX_BINS = 16;

  final int threshold;
  final int width;
  /** First day of each bin, ascending; bin i runs to first[i + 1] - 1. */
  private final int[] firsts;
  private final int lastDay;
  final int[] counts;
  final int within;
  final int over;
  /** The largest count that is shown: the y scale must not hint at a hidden one. */
  final int maxShown;
  private final Suppression[] hidden;
  private final Suppression[] totals;

  StayBins(List<Integer> stays, int threshold, DisclosureControl dc) {
    this.threshold = threshold;
    int span = threshold;
    for (int s : stays) {
      span = Math.max(span, s);
    }
    width = width(span + 1);
    List<Integer> starts = new ArrayList<>();
    // Short-term bins end at the threshold; the lowest, if it would be cut short at day 0, joins the
    // one above it.
    List<Integer> below = new ArrayList<>();
    for (int e = threshold + 1; e > 0; e -= width) {
      below.add(0, Math.max(0, e - width));
    }
    if (below.size() > 1 && threshold + 1 - (below.size() - 1) * width < width) {
      below.remove(0);
      below.set(0, 0);
    }
    starts.addAll(below);
    for (int b = threshold + 1; b <= span; b += width) {
      starts.add(b);
    }
    firsts = starts.stream().mapToInt(Integer::intValue).toArray();
    lastDay = Math.max(span, firsts[firsts.length - 1] + width - 1);
    counts = new int[firsts.length];
    int in = 0;
    for (int s : stays) {
      counts[bin(s)]++;
      if (s <= threshold) {
        in++;
      }
    }
    within = in;
    over = stays.size() - in;
    long[][] bySide = new long[firsts.length][2];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < firsts.length; i++) {
      bySide[i][firsts[i] <= threshold ? 0 : 1] = counts[i];
      labels.add(label(i));
    }
    SuppressedTable t = dc.table("stays", labels, List.of("short-term", "longer"), bySide);
    hidden = new Suppression[firsts.length];
    int max = 0;
    for (int i = 0; i < firsts.length; i++) {
      hidden[i] = t.suppression(i, firsts[i] <= threshold ? 0 : 1).and(t.suppression(i, 2));
      if (!hidden[i].isSuppressed()) {
        max = Math.max(max, counts[i]);
      }
    }
    totals = new Suppression[] {t.suppression(firsts.length, 0), t.suppression(firsts.length, 1),
        t.suppression(firsts.length, 2)};
    maxShown = max;
  }

  private int bin(int day) {
    int i = firsts.length - 1;
    while (firsts[i] > day) {
      i--;
    }
    return i;
  }

  /** The narrowest listed width that needs at most {@link #MAX_BINS} - 1 bins for {@code days}. */
  static int width(int days) {
    for (int w : WIDTHS) {
      if ((days + w - 1) / w + 1 <= MAX_BINS) {
        return w;
      }
    }
    return days / (MAX_BINS - 2) + 1;
  }

  int bins() {
    return counts.length;
  }

  /** The first day of bin {@code i}. */
  int first(int i) {
    return firsts[i];
  }

  /** The last day of bin {@code i}. */
  int last(int i) {
    return i + 1 < firsts.length ? firsts[i + 1] - 1 : lastDay;
  }

  String label(int i) {
    return first(i) + "-" + last(i);
  }

  /** How bin {@code i} is published. */
  Suppression hidden(int i) {
    return hidden[i];
  }

  Suppression hiddenWithin() {
    return totals[0];
  }

  Suppression hiddenOver() {
    return totals[1];
  }

  Suppression hiddenTotal() {
    return totals[2];
  }
}
