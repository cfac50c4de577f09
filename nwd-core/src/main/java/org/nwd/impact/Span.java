package org.nwd.impact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nwd.model.DatePeriod;

/**
 * A {@link Window} as epoch days: the half-open window {@code [start, end)} and the days not at risk
 * in it, clipped, sorted and merged. The derivations and the per-person path of the analysis work on
 * spans so that a young person is evaluated with day arithmetic, not with date objects; {@link Window}
 * is built from the same clipping ({@link #clip}) when a caller asks for it.
 */
final class Span {

  private static final long[] NONE = new long[0];
  /** An open period runs on to here. */
  static final long OPEN_END = Long.MAX_VALUE;

  final long start;
  final long end;
  /** Starts and (exclusive) ends of the periods not at risk: clipped, sorted, disjoint. */
  final long[] notAtRiskStart;

  final long[] notAtRiskEnd;
  final long daysAtRisk;

  private Span(long start, long end, long[] notAtRiskStart, long[] notAtRiskEnd) {
    this.start = start;
    this.end = end;
    this.notAtRiskStart = notAtRiskStart;
    this.notAtRiskEnd = notAtRiskEnd;
    long days = end - start;
    for (int i = 0; i < notAtRiskStart.length; i++) {
      days -= notAtRiskEnd[i] - notAtRiskStart[i];
    }
    this.daysAtRisk = days;
  }

  /**
   * The window {@code [start, end)} with {@code notAtRisk} periods (any order, may overlap, run past
   * the window or be open) clipped to it and merged where they overlap or touch.
   */
  static Span clip(long start, long end, List<DatePeriod> notAtRisk) {
    if (notAtRisk.isEmpty()) {
      return new Span(start, end, NONE, NONE);
    }
    long[] s = new long[notAtRisk.size()];
    long[] e = new long[notAtRisk.size()];
    int n = 0;
    for (DatePeriod p : notAtRisk) {
      long ps = Math.max(p.start().toEpochDay(), start);
      long pe = Math.min(endDay(p), end);
      if (ps < pe) {
        s[n] = ps;
        e[n] = pe;
        n++;
      }
    }
    if (n == 0) {
      return new Span(start, end, NONE, NONE);
    }
    // Sort the clipped periods by start (few per person: insertion sort).
    for (int i = 1; i < n; i++) {
      long ks = s[i];
      long ke = e[i];
      int j = i - 1;
      while (j >= 0 && s[j] > ks) {
        s[j + 1] = s[j];
        e[j + 1] = e[j];
        j--;
      }
      s[j + 1] = ks;
      e[j + 1] = ke;
    }
    int m = 0;
    for (int i = 1; i < n; i++) {
      if (s[i] <= e[m]) {
        e[m] = Math.max(e[m], e[i]);
      } else {
        m++;
        s[m] = s[i];
        e[m] = e[i];
      }
    }
    return new Span(start, end, Arrays.copyOf(s, m + 1), Arrays.copyOf(e, m + 1));
  }

  /** The span of an existing window (already clipped and merged). */
  static Span of(Window w) {
    List<DatePeriod> nar = w.notAtRisk();
    long[] s = new long[nar.size()];
    long[] e = new long[nar.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = nar.get(i).start().toEpochDay();
      e[i] = endDay(nar.get(i));
    }
    return new Span(w.start().toEpochDay(), w.end().toEpochDay(), s, e);
  }

  /** The exclusive end of {@code p} as an epoch day, {@link #OPEN_END} when open. */
  static long endDay(DatePeriod p) {
    Optional<LocalDate> end = p.end();
    return end.isPresent() ? end.get().toEpochDay() : OPEN_END;
  }

  /** The window as a {@link Window}. */
  Window toWindow() {
    Window.Builder out =
        Window.builder().period(DatePeriod.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end)));
    for (int i = 0; i < notAtRiskStart.length; i++) {
      out.addNotAtRisk(
          DatePeriod.of(LocalDate.ofEpochDay(notAtRiskStart[i]), LocalDate.ofEpochDay(notAtRiskEnd[i])));
    }
    return out.build();
  }

  /** True when {@code day} is in the window. */
  boolean contains(long day) {
    return day >= start && day < end;
  }

  /** True when {@code day} is in the window and not in a period not at risk. */
  boolean isAtRisk(long day) {
    if (day < start || day >= end) {
      return false;
    }
    for (int i = 0; i < notAtRiskStart.length; i++) {
      if (day >= notAtRiskStart[i] && day < notAtRiskEnd[i]) {
        return false;
      }
    }
    return true;
  }

  /** The days of {@code [from, to)} in the window and at risk. */
  long daysAtRiskIn(long from, long to) {
    long out = overlap(from, to, start, end);
    for (int i = 0; i < notAtRiskStart.length; i++) {
      out -= overlap(from, to, notAtRiskStart[i], notAtRiskEnd[i]);
    }
    return out;
  }

  private static long overlap(long s1, long e1, long s2, long e2) {
    long s = Math.max(s1, s2);
    long e = Math.min(e1, e2);
    return s < e ? e - s : 0;
  }
}
