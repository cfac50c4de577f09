package org.nwd.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.YoungPersonRecord;

/**
 * The library's measure derivations ({@link MeasureDerivation}), one per rule:
 *
 * <ul>
 *   <li>{@link #entriesToCare()}: care-status periods of {@code LOOKED_AFTER} that start on a day at
 *       risk in the window and do not continue a looked-after period ending that day;
 *   <li>{@link #reEntriesToCare()}: those entries where the young person had been looked after before;
 *   <li>{@link #placementMoves()}: placements (sorted by start) that begin on the day the previous one
 *       ended, counted when that day is at risk in the window; a gap between placements is a new
 *       care episode, not a move;
 *   <li>{@link #externalPlacementDays()}, {@link #outOfAreaPlacementDays()}: days at risk in the window
 *       in placements that are external (private or voluntary provider) or outside the council area;
 *   <li>{@link #events(OutcomeMeasure)}: the sum of the counts of the measure's outcome events dated
 *       on days at risk in the window;
 *   <li>{@link #latestScore(OutcomeMeasure)}: the latest score dated in the window;
 *   <li>{@link #statusAtWindowEnd(OutcomeMeasure)}: the status on the window's last day, from the
 *       latest-starting status period covering it.
 * </ul>
 *
 * <p>{@link #standard(OutcomeMeasure)} picks the derivation the library uses for a measure.
 */
public final class Derivations {
  private Derivations() {}

  /** The library's derivation for {@code measure}: by standard code first, then by kind. */
  public static MeasureDerivation standard(OutcomeMeasure measure) {
    Objects.requireNonNull(measure, "measure");
    if (measure.equals(StandardMeasures.ENTRIES_TO_CARE)) {
      return entriesToCare();
    }
    if (measure.equals(StandardMeasures.RE_ENTRIES_TO_CARE)) {
      return reEntriesToCare();
    }
    if (measure.equals(StandardMeasures.PLACEMENT_MOVES)) {
      return placementMoves();
    }
    if (measure.equals(StandardMeasures.EXTERNAL_PLACEMENT_DAYS)) {
      return externalPlacementDays();
    }
    if (measure.equals(StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS)) {
      return outOfAreaPlacementDays();
    }
    switch (measure.kind()) {
      case EVENT_COUNT:
        return events(measure);
      case SCORE:
        return latestScore(measure);
      case STATUS:
        return statusAtWindowEnd(measure);
      default:
        throw new DomainRuleException(
            "measure",
            String.format(
                "no standard derivation for days measure %s: give the analysis one",
                SafeText.bounded(measure.code())));
    }
  }

  /** Entries to care (see the class comment). */
  public static MeasureDerivation entriesToCare() {
    return new Standard(
        StandardMeasures.ENTRIES_TO_CARE,
        "looked-after periods starting on a day at risk, not continuing a looked-after period") {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        return entries(r, w, false);
      }
    };
  }

  /** Re-entries to care (see the class comment). */
  public static MeasureDerivation reEntriesToCare() {
    return new Standard(
        StandardMeasures.RE_ENTRIES_TO_CARE,
        "entries to care on a day at risk after an earlier looked-after period") {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        return entries(r, w, true);
      }
    };
  }

  private static long entries(YoungPersonRecord r, Span w, boolean reEntryOnly) {
    long count = 0;
    LocalDate previousLookedAfterEnd = null;
    boolean everLookedAfter = false;
    for (CareStatusPeriod p : r.youngPerson().careStatusPeriods()) {
      if (p.status() != CareStatus.LOOKED_AFTER) {
        continue;
      }
      boolean continues =
          previousLookedAfterEnd != null && previousLookedAfterEnd.equals(p.period().start());
      if (!continues
          && w.isAtRisk(p.period().start().toEpochDay())
          && (!reEntryOnly || everLookedAfter)) {
        count++;
      }
      everLookedAfter = true;
      previousLookedAfterEnd = p.period().end().orElse(null);
    }
    return count;
  }

  /** Placement moves (see the class comment). */
  public static MeasureDerivation placementMoves() {
    return new Standard(
        StandardMeasures.PLACEMENT_MOVES,
        "placements starting, on a day at risk, on the day the previous placement ended") {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        List<Placement> placements = r.placements();
        if (placements.size() < 2) {
          return 0;
        }
        List<Placement> sorted = new ArrayList<>(placements);
        sorted.sort(Comparator.comparing((Placement p) -> p.period().start()));
        long moves = 0;
        for (int i = 1; i < sorted.size(); i++) {
          LocalDate start = sorted.get(i).period().start();
          boolean consecutive = sorted.get(i - 1).period().end().map(start::equals).orElse(false);
          if (consecutive && w.isAtRisk(start.toEpochDay())) {
            moves++;
          }
        }
        return moves;
      }
    };
  }

  /** Days in external placements (see the class comment). */
  public static MeasureDerivation externalPlacementDays() {
    return placementDays(
        StandardMeasures.EXTERNAL_PLACEMENT_DAYS,
        "days at risk in placements with a private or voluntary provider",
        Placement::isExternal);
  }

  /** Days in out-of-area placements (see the class comment). */
  public static MeasureDerivation outOfAreaPlacementDays() {
    return placementDays(
        StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS,
        "days at risk in placements outside the council area",
        Placement::isOutOfArea);
  }

  /** Days at risk in placements matching {@code which}, for a {@link MeasureKind#DAYS} measure. */
  public static MeasureDerivation placementDays(
      OutcomeMeasure measure, String description, Predicate<Placement> which) {
    requireKind(measure, MeasureKind.DAYS);
    Objects.requireNonNull(which, "which");
    return new Standard(measure, description) {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        long days = 0;
        for (Placement p : r.placements()) {
          if (which.test(p)) {
            days += w.daysAtRiskIn(p.period().start().toEpochDay(), Span.endDay(p.period()));
          }
        }
        return days;
      }
    };
  }

  /** Sum of the counts of {@code measure}'s outcome events dated on days at risk in the window. */
  public static MeasureDerivation events(OutcomeMeasure measure) {
    requireKind(measure, MeasureKind.EVENT_COUNT);
    return new EventCounts(measure);
  }

  /**
   * The events rule. The analysis counts every such measure in one pass over a young person's events
   * ({@link ImpactAnalysis}); {@link #valueIn} is the same rule for one measure.
   */
  static final class EventCounts extends Standard {
    EventCounts(OutcomeMeasure measure) {
      super(measure, "sum of " + measure.code() + " event counts dated on days at risk");
    }

    @Override
    double valueIn(YoungPersonRecord r, Span w) {
      long count = 0;
      for (OutcomeEvent e : r.events()) {
        if (e.measure().equals(measure()) && w.isAtRisk(e.date().toEpochDay())) {
          count += e.count();
        }
      }
      return count;
    }
  }

  /** The latest score of {@code measure} dated in the window (at risk or not). */
  public static MeasureDerivation latestScore(OutcomeMeasure measure) {
    requireKind(measure, MeasureKind.SCORE);
    return new Standard(measure, "latest " + measure.code() + " score dated in the window") {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        ScoreObservation latest = null;
        for (ScoreObservation s : r.scores()) {
          if (s.measure().equals(measure)
              && w.contains(s.date().toEpochDay())
              && (latest == null || s.date().isAfter(latest.date()))) {
            latest = s;
          }
        }
        return latest == null ? Double.NaN : latest.score();
      }
    };
  }

  /** 1 or 0 for {@code measure}'s status on the window's last day; empty when not recorded. */
  public static MeasureDerivation statusAtWindowEnd(OutcomeMeasure measure) {
    requireKind(measure, MeasureKind.STATUS);
    return new Standard(measure, measure.code() + " status on the last day of the window") {
      @Override
      double valueIn(YoungPersonRecord r, Span w) {
        long last = w.end - 1;
        StatusPeriod found = null;
        for (StatusPeriod s : r.statusPeriods()) {
          if (s.measure().equals(measure)
              && s.period().start().toEpochDay() <= last
              && last < Span.endDay(s.period())
              && (found == null || s.period().start().isAfter(found.period().start()))) {
            found = s;
          }
        }
        return found == null ? Double.NaN : (found.inStatus() ? 1 : 0);
      }
    };
  }

  /**
   * A library derivation: one rule over a window in epoch days ({@link Span}), NaN for "no value".
   * {@link #value} applies the same rule to a {@link Window}, so there is one implementation of each.
   */
  abstract static class Standard extends Named {
    Standard(OutcomeMeasure measure, String description) {
      super(measure, description);
    }

    /** The value for the window, {@code NaN} when there is none. */
    abstract double valueIn(YoungPersonRecord record, Span window);

    @Override
    public OptionalDouble value(YoungPersonRecord record, Window window) {
      Objects.requireNonNull(record, "record");
      double v = valueIn(record, Objects.requireNonNull(window, "window").span());
      return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
  }

  /** A derivation's measure and description, shared by the library's and callers' derivations. */
  private abstract static class Named implements MeasureDerivation {
    private final OutcomeMeasure measure;
    private final String description;

    Named(OutcomeMeasure measure, String description) {
      this.measure = Objects.requireNonNull(measure, "measure");
      this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public OutcomeMeasure measure() {
      return measure;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public String toString() {
      return measure.code() + ": " + description;
    }
  }

  /** The rule as a function of record and window. */
  @FunctionalInterface
  public interface Rule {
    /** The value for the window. */
    OptionalDouble apply(YoungPersonRecord record, Window window);
  }

  /** A caller's derivation of {@code measure}. */
  public static MeasureDerivation of(OutcomeMeasure measure, String description, Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return new Named(measure, description) {
      @Override
      public OptionalDouble value(YoungPersonRecord record, Window window) {
        return rule.apply(
            Objects.requireNonNull(record, "record"), Objects.requireNonNull(window, "window"));
      }
    };
  }

  private static void requireKind(OutcomeMeasure measure, MeasureKind kind) {
    Objects.requireNonNull(measure, "measure");
    DomainRuleException.require(
        measure.kind() == kind,
        "measure",
        "measure %s is of kind %s, this derivation needs %s",
        measure.code(),
        measure.kind().code(),
        kind.code());
  }
}
