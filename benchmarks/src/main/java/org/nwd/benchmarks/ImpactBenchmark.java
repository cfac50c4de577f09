package org.nwd.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The full impact analysis over every standard measure ({@link ImpactAnalysis#run(Stream)}: per-person
 * evaluation, breakdowns, indicators and the statistics of the result) of records generated once per
 * fork and held in memory, next to the ceiling: a hand-written loop over primitive arrays computing
 * the same before/after counts (people included, per measure the events and days at risk before and
 * after, young people improved, unchanged and worse, and those without an observation).
 *
 * <p>The ceiling's arrays are laid out in the setup, outside the timings, as a column store would hold
 * the data: per person the index day, the ends of the 12-month windows, the birth day and age; per
 * person a run of (day, measure, count) for the events each standard derivation counts (outcome
 * events, entries to care from the care-status periods, placement moves from the placements), a run
 * of (start, end, measure) day ranges for the placement-days measures (external, out of area), and
 * a run of (day, score) for SDQ scores. The generated cohort has no status periods and no placement
 * whose days are not at risk (custody), which the ceiling relies on and checks; after every
 * iteration of the library benchmark the ceiling's counts are checked to equal the library's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ImpactBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  private final ImpactAnalysis analysis = Workloads.analysis();
  private List<YoungPersonRecord> records;
  private Columns columns;
  private HeapProbe heap;
  private Counts ceilingCounts;
  private ImpactResult lastResult;

  @Setup(Level.Trial)
  public void generate(BenchmarkParams params) {
    if (params.getBenchmark().endsWith(".analysis")) {
      records = Workloads.records(size);
      ceilingCounts = new Columns(analysis, records.stream(), size).count();
    } else {
      columns = new Columns(analysis, Workloads.generator(size).stream(), size);
    }
    heap = new HeapProbe();
  }

  @Setup(Level.Iteration)
  public void beforeIteration() {
    heap.beforeIteration();
  }

  @TearDown(Level.Iteration)
  public void afterIteration() {
    heap.afterIteration();
    // The ceiling must compute what the library computes, or the ratio means nothing.
    if (lastResult != null) {
      Counts library = Counts.of(lastResult);
      if (!library.equals(ceilingCounts)) {
        throw new IllegalStateException(
            "the ceiling's counts differ from the library's:\n" + library + "\n" + ceilingCounts);
      }
      lastResult = null;
    }
  }

  @TearDown(Level.Trial)
  public void report(BenchmarkParams params) {
    heap.report(params.getBenchmark() + "." + size);
  }

  /** The library: the whole analysis and its result. */
  @Benchmark
  public ImpactResult analysis() {
    lastResult = analysis.run(records.stream());
    return lastResult;
  }

  /** The ceiling: the same counts from primitive arrays. */
  @Benchmark
  public Counts primitiveCeiling() {
    return columns.count();
  }

  /** The before/after counts, per measure in the analysis' order. */
  public record Counts(
      long included, List<Long> withoutObservation, List<List<Long>> changes, List<List<Long>> rates) {

    static Counts of(ImpactResult r) {
      List<Long> without = new ArrayList<>();
      List<List<Long>> changes = new ArrayList<>();
      List<List<Long>> rates = new ArrayList<>();
      for (MeasureResult m : r.measures()) {
        without.add(m.withoutObservation());
        changes.add(List.of(m.changes().improved(), m.changes().unchanged(), m.changes().worse()));
        rates.add(
            m.rates()
                .map(
                    x ->
                        List.of(
                            x.eventsBefore(), x.eventsAfter(), x.daysAtRiskBefore(), x.daysAtRiskAfter()))
                .orElse(List.of()));
      }
      return new Counts(r.peopleIncluded(), without, changes, rates);
    }
  }

  /** The cohort as primitive arrays, and the hand-written loop over them. */
  static final class Columns {
    private final int n;
    private final int measures;
    private final long coverageStart;
    private final long coverageEnd;
    private final int minAge;
    private final int maxAge;
    private final boolean[] rateKind;
    private final boolean[] lowerIsBetter;
    private final int scoreMeasure;
    // per person
    private final int[] index;
    private final int[] minus12;
    private final int[] plus12;
    private final int[] born;
    private final int[] age;
    private final int[] eventsFrom;
    private final int[] scoresFrom;
    // per event and per score
    private final int[] eventDay;
    private final byte[] eventMeasure;
    private final int[] eventCount;
    private final int[] scoreDay;
    private final double[] scoreValue;
    // per person a run of day ranges [start, end) in placements counted by a days measure
    private final int[] rangesFrom;
    private final int[] rangeStart;
    private final int[] rangeEnd;
    private final byte[] rangeMeasure;

    Columns(ImpactAnalysis analysis, Stream<YoungPersonRecord> records, int size) {
      List<OutcomeMeasure> ms = analysis.measures();
      measures = ms.size();
      coverageStart = analysis.dataCoverage().start().toEpochDay();
      coverageEnd = analysis.dataCoverage().end().orElseThrow().toEpochDay();
      minAge = analysis.eligibility().minAge();
      maxAge = analysis.eligibility().maxAge();
      rateKind = new boolean[measures];
      lowerIsBetter = new boolean[measures];
      for (int m = 0; m < measures; m++) {
        MeasureKind kind = ms.get(m).kind();
        rateKind[m] = kind == MeasureKind.EVENT_COUNT || kind == MeasureKind.DAYS;
        lowerIsBetter[m] = ms.get(m).direction() == ImprovementDirection.LOWER_IS_BETTER;
      }
      scoreMeasure = ms.indexOf(StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
      int entries = ms.indexOf(StandardMeasures.ENTRIES_TO_CARE);
      int reEntries = ms.indexOf(StandardMeasures.RE_ENTRIES_TO_CARE);
      int moves = ms.indexOf(StandardMeasures.PLACEMENT_MOVES);
      int external = ms.indexOf(StandardMeasures.EXTERNAL_PLACEMENT_DAYS);
      int outOfArea = ms.indexOf(StandardMeasures.OUT_OF_AREA_PLACEMENT_DAYS);
      n = size;
      index = new int[n];
      minus12 = new int[n];
      plus12 = new int[n];
      born = new int[n];
      age = new int[n];
      eventsFrom = new int[n + 1];
      scoresFrom = new int[n + 1];
      rangesFrom = new int[n + 1];
      IntList rStart = new IntList();
      IntList rEnd = new IntList();
      IntList rMeasure = new IntList();
      IntList eDay = new IntList();
      IntList eMeasure = new IntList();
      IntList eCount = new IntList();
      IntList sDay = new IntList();
      List<Double> sValue = new ArrayList<>();
      int[] i = {0};
      records.forEachOrdered(
          r -> {
            int p = i[0]++;
            if (!r.statusPeriods().isEmpty()) {
              throw new IllegalStateException("the ceiling expects no status periods");
            }
            LocalDate d =
                analysis.indexDateRule().indexDate(r).orElseThrow(
                    () -> new IllegalStateException("the ceiling expects an index date for all"));
            index[p] = (int) d.toEpochDay();
            minus12[p] = (int) d.minusMonths(analysis.monthsBefore()).toEpochDay();
            plus12[p] = (int) d.plusMonths(analysis.monthsAfter()).toEpochDay();
            born[p] = (int) r.youngPerson().birthMonth().atDay(1).toEpochDay();
            age[p] = r.youngPerson().ageOn(d);
            eventsFrom[p] = eDay.size;
            for (OutcomeEvent e : r.events()) {
              int m = ms.indexOf(e.measure());
              // PLACEMENT_MOVES are derived from placements, not from its events.
              if (m >= 0 && !e.measure().equals(StandardMeasures.PLACEMENT_MOVES)) {
                eDay.add((int) e.date().toEpochDay());
                eMeasure.add(m);
                eCount.add(e.count());
              }
            }
            // Placements: a move is a placement starting the day the previous one ended, held as
            // an event on that day; external and out-of-area placements as day ranges.
            List<Placement> placements = new ArrayList<>(r.placements());
            placements.sort(java.util.Comparator.comparing((Placement x) -> x.period().start()));
            rangesFrom[p] = rStart.size;
            for (int k = 0; k < placements.size(); k++) {
              Placement x = placements.get(k);
              if (analysis.notAtRiskCategories().contains(x.type().category())) {
                throw new IllegalStateException("the ceiling expects every day at risk");
              }
              int start = (int) x.period().start().toEpochDay();
              int end = x.period().end().map(e -> (int) e.toEpochDay()).orElse(Integer.MAX_VALUE);
              if (k > 0
                  && placements.get(k - 1).period().end().map(x.period().start()::equals).orElse(false)) {
                eDay.add(start);
                eMeasure.add(moves);
                eCount.add(1);
              }
              if (x.isExternal()) {
                rStart.add(start);
                rEnd.add(end);
                rMeasure.add(external);
              }
              if (x.isOutOfArea()) {
                rStart.add(start);
                rEnd.add(end);
                rMeasure.add(outOfArea);
              }
            }
            LocalDate previousEnd = null;
            boolean ever = false;
            for (CareStatusPeriod c : r.youngPerson().careStatusPeriods()) {
              if (c.status() != CareStatus.LOOKED_AFTER) {
                continue;
              }
              if (previousEnd == null || !previousEnd.equals(c.period().start())) {
                int day = (int) c.period().start().toEpochDay();
                eDay.add(day);
                eMeasure.add(entries);
                eCount.add(1);
                if (ever) {
                  eDay.add(day);
                  eMeasure.add(reEntries);
                  eCount.add(1);
                }
              }
              ever = true;
              previousEnd = c.period().end().orElse(null);
            }
            scoresFrom[p] = sDay.size;
            for (ScoreObservation s : r.scores()) {
              if (s.measure().equals(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)) {
                sDay.add((int) s.date().toEpochDay());
                sValue.add(s.score());
              }
            }
          });
      if (i[0] != n) {
        throw new IllegalStateException("expected " + n + " records, got " + i[0]);
      }
      eventsFrom[n] = eDay.size;
      scoresFrom[n] = sDay.size;
      rangesFrom[n] = rStart.size;
      rangeStart = rStart.toArray();
      rangeEnd = rEnd.toArray();
      rangeMeasure = new byte[rMeasure.size];
      for (int k = 0; k < rMeasure.size; k++) {
        rangeMeasure[k] = (byte) rMeasure.values[k];
      }
      eventDay = eDay.toArray();
      eventMeasure = new byte[eMeasure.size];
      for (int k = 0; k < eMeasure.size; k++) {
        eventMeasure[k] = (byte) eMeasure.values[k];
      }
      eventCount = eCount.toArray();
      scoreDay = sDay.toArray();
      scoreValue = sValue.stream().mapToDouble(Double::doubleValue).toArray();
    }

    Counts count() {
      long included = 0;
      long[] without = new long[measures];
      long[] changes = new long[measures * 3];
      long[] totals = new long[measures * 4];
      long[] before = new long[measures];
      long[] after = new long[measures];
      for (int p = 0; p < n; p++) {
        int d = index[p];
        if (age[p] < minAge || age[p] > maxAge || d < coverageStart || d >= coverageEnd) {
          continue;
        }
        long lo = Math.max(Math.max(minus12[p], coverageStart), born[p]);
        long hi = Math.min(plus12[p], coverageEnd);
        if (lo >= d || d >= hi) {
          continue;
        }
        included++;
        long daysBefore = d - lo;
        long daysAfter = hi - d;
        java.util.Arrays.fill(before, 0);
        java.util.Arrays.fill(after, 0);
        for (int k = eventsFrom[p]; k < eventsFrom[p + 1]; k++) {
          int day = eventDay[k];
          if (day >= lo && day < d) {
            before[eventMeasure[k]] += eventCount[k];
          } else if (day >= d && day < hi) {
            after[eventMeasure[k]] += eventCount[k];
          }
        }
        for (int k = rangesFrom[p]; k < rangesFrom[p + 1]; k++) {
          int s = rangeStart[k];
          int e = rangeEnd[k];
          before[rangeMeasure[k]] += Math.max(0, Math.min(e, d) - Math.max(s, lo));
          after[rangeMeasure[k]] += Math.max(0, Math.min(e, hi) - Math.max(s, d));
        }
        for (int m = 0; m < measures; m++) {
          int sign;
          if (rateKind[m]) {
            totals[4 * m] += before[m];
            totals[4 * m + 1] += after[m];
            totals[4 * m + 2] += daysBefore;
            totals[4 * m + 3] += daysAfter;
            sign = Long.compare(after[m] * daysBefore, before[m] * daysAfter);
          } else if (m == scoreMeasure) {
            int latestBefore = -1;
            int latestAfter = -1;
            for (int k = scoresFrom[p]; k < scoresFrom[p + 1]; k++) {
              int day = scoreDay[k];
              if (day >= lo && day < d) {
                if (latestBefore < 0 || day > scoreDay[latestBefore]) {
                  latestBefore = k;
                }
              } else if (day >= d && day < hi) {
                if (latestAfter < 0 || day > scoreDay[latestAfter]) {
                  latestAfter = k;
                }
              }
            }
            if (latestBefore < 0 || latestAfter < 0) {
              without[m]++;
              continue;
            }
            sign = Double.compare(scoreValue[latestAfter], scoreValue[latestBefore]);
          } else {
            without[m]++; // a status measure: no status periods in the generated data
            continue;
          }
          int change = sign == 0 ? 1 : (sign > 0) == lowerIsBetter[m] ? 2 : 0;
          changes[3 * m + change]++;
        }
      }
      List<Long> withoutList = new ArrayList<>();
      List<List<Long>> changeList = new ArrayList<>();
      List<List<Long>> rateList = new ArrayList<>();
      for (int m = 0; m < measures; m++) {
        withoutList.add(without[m]);
        changeList.add(List.of(changes[3 * m], changes[3 * m + 1], changes[3 * m + 2]));
        boolean defined =
            rateKind[m]
                && changes[3 * m] + changes[3 * m + 1] + changes[3 * m + 2] > 0
                && totals[4 * m] + totals[4 * m + 1] > 0;
        rateList.add(
            defined
                ? List.of(totals[4 * m], totals[4 * m + 1], totals[4 * m + 2], totals[4 * m + 3])
                : List.of());
      }
      return new Counts(included, withoutList, changeList, rateList);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values = new int[1024];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
