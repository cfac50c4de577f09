package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.model.EndReason;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Role;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.McNemarTest;
import org.nwd.stats.PairedMeanChange;
import org.nwd.stats.PersonCountSums;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * Folds per-person results into cohort totals, in one pass and with little memory per person. Not
 * thread-safe; combine parts with {@link #merge}. The merge is associative and commutative: any
 * partition of the same people, merged in any order, gives an equal {@link #result()}. To keep it so,
 * per-person values are held as multisets (counts of identical tuples) and put in a canonical order
 * before any statistic is computed; no record is kept.
 *
 * <p>Memory: per included person at most one tuple per measure (identical tuples share one entry), and
 * for residential stays one length per completed stay.
 */
public final class ImpactAccumulator {

  private record ScoreKey(double before, double after) {}

  private static final Comparator<RateCounts.Key> RATE_ORDER =
      Comparator.comparingLong(RateCounts.Key::daysBefore)
          .thenComparingLong(RateCounts.Key::daysAfter)
          .thenComparingLong(RateCounts.Key::eventsBefore)
          .thenComparingLong(RateCounts.Key::eventsAfter);

  private static final Comparator<ScoreKey> SCORE_ORDER =
      Comparator.comparingDouble(ScoreKey::before).thenComparingDouble(ScoreKey::after);

  /** Per measure: the multiset of per-person values and the change counts. */
  private static final class MeasureParts {
    final RateCounts rates = new RateCounts();
    /** Exact sums for the clustered interval (count and days measures). */
    final PersonCountSums.Tally sums = new PersonCountSums.Tally();
    final Map<ScoreKey, Long> scores = new HashMap<>();
    final long[] statuses = new long[4]; // index 2 x before + after, 1 = in status
    final long[] changes = new long[3]; // improved, unchanged, worse
    long withoutObservation;

    void merge(MeasureParts other) {
      rates.addAll(other.rates);
      sums.merge(other.sums);
      other.scores.forEach((k, v) -> scores.merge(k, v, Long::sum));
      for (int i = 0; i < 4; i++) {
        statuses[i] += other.statuses[i];
      }
      for (int i = 0; i < 3; i++) {
        changes[i] += other.changes[i];
      }
      withoutObservation += other.withoutObservation;
    }
  }

  /**
   * Per breakdown group, per measure {@link #GROUP_FIELDS} tallies in one array: young people
   * improved, unchanged and worse, then events before and after and days at risk before and after.
   */
  private static final int GROUP_FIELDS = 7;

  private static final int EVENTS_BEFORE = 3;
  private static final int EVENTS_AFTER = 4;
  private static final int DAYS_BEFORE = 5;
  private static final int DAYS_AFTER = 6;

  private final ImpactAnalysis analysis;
  private long evaluated;
  private long included;
  private final List<Exclusion> exclusions = new ArrayList<>();
  private final Map<OutcomeMeasure, MeasureParts> measures = new LinkedHashMap<>();
  /** The same parts as {@link #measures}, by index in the analysis' order. */
  private final MeasureParts[] parts;

  private final MeasureKind[] kinds;
  private final boolean[] higherIsBetter;
  /** The person being added; reused. */
  private final PersonEvaluation scratch;

  private static final BreakdownDimension[] DIMENSIONS = PersonEvaluation.DIMENSIONS;
  /** The analysis' measures; a group's parts are an array in this order (null: not yet touched). */
  private final List<OutcomeMeasure> measureOrder;
  private final Map<BreakdownDimension, Map<String, long[]>> groups =
      new EnumMap<>(BreakdownDimension.class);
  private final long[] edgeOfCare = new long[IndicatorFacts.EdgeOfCare.values().length];
  private final LongMultiset stayLengths = new LongMultiset();
  private long residentialStays;
  private long staysBeyond;
  private final long[] destinations = new long[EndReason.values().length];
  private long peopleWithTeam;
  private final LongMultiset keyWorkerChanges = new LongMultiset();
  private final long[] specialists = new long[Role.values().length];

  ImpactAccumulator(ImpactAnalysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.measureOrder = analysis.measures();
    int n = measureOrder.size();
    parts = new MeasureParts[n];
    kinds = new MeasureKind[n];
    higherIsBetter = new boolean[n];
    for (int i = 0; i < n; i++) {
      OutcomeMeasure m = measureOrder.get(i);
      parts[i] = new MeasureParts();
      measures.put(m, parts[i]);
      kinds[i] = m.kind();
      higherIsBetter[i] = m.direction() == ImprovementDirection.HIGHER_IS_BETTER;
    }
    scratch = new PersonEvaluation(n);
    for (BreakdownDimension d : BreakdownDimension.values()) {
      groups.put(d, new HashMap<>());
    }
  }

  /** Evaluates {@code record} with the analysis and folds it in; the record is not kept. */
  public ImpactAccumulator add(YoungPersonRecord record) {
    Objects.requireNonNull(record, "record");
    return add(analysis.evaluate(record, scratch));
  }

  /** Folds in one person's result. */
  public ImpactAccumulator add(PersonResult person) {
    Objects.requireNonNull(person, "person");
    return add(scratch.from(person, measureOrder));
  }

  private ImpactAccumulator add(PersonEvaluation person) {
    evaluated++;
    addFacts(person);
    if (person.exclusion != null) {
      exclusions.add(Exclusion.of(Objects.requireNonNull(person.id), person.exclusion));
      return this;
    }
    included++;
    long daysBefore = Objects.requireNonNull(person.before).daysAtRisk;
    long daysAfter = Objects.requireNonNull(person.after).daysAtRisk;
    // The person's group in each dimension, looked up once (not once per measure and dimension),
    // and only when a measure has values: a group appears in the breakdowns only with values.
    long[][] byDimension = null;
    for (int index = 0; index < parts.length; index++) {
      MeasureParts p = parts[index];
      double b = person.beforeValues[index];
      double a = person.afterValues[index];
      if (Double.isNaN(b) || Double.isNaN(a)) {
        p.withoutObservation++;
        continue;
      }
      MeasureKind kind = kinds[index];
      int change;
      if (kind == MeasureKind.EVENT_COUNT || kind == MeasureKind.DAYS) {
        long eventsBefore = Math.round(b);
        long eventsAfter = Math.round(a);
        if (eventsBefore < 0 || eventsAfter < 0) {
          throw new DomainRuleException(
              "derivation",
              "derivation of " + measureOrder.get(index).code() + " gave " + eventsBefore + " before and "
                  + eventsAfter + " after for young person " + person.id
                  + ": counts of events or days must be at least 0");
        }
        p.rates.add(eventsBefore, daysBefore, eventsAfter, daysAfter, 1);
        p.sums.add(eventsBefore, daysBefore, eventsAfter, daysAfter);
        // Compare a / daysAfter with b / daysBefore exactly.
        change =
            changeIndex(
                higherIsBetter[index],
                Long.compare(eventsAfter * daysBefore, eventsBefore * daysAfter));
        byDimension = byDimension == null ? groupsOf(person.groups) : byDimension;
        int at = index * GROUP_FIELDS;
        for (long[] g : byDimension) {
          g[at + EVENTS_BEFORE] += eventsBefore;
          g[at + EVENTS_AFTER] += eventsAfter;
          g[at + DAYS_BEFORE] += daysBefore;
          g[at + DAYS_AFTER] += daysAfter;
        }
      } else if (kind == MeasureKind.SCORE) {
        p.scores.merge(new ScoreKey(b, a), 1L, Long::sum);
        change = changeIndex(higherIsBetter[index], Double.compare(a, b));
      } else {
        p.statuses[(b == 1 ? 2 : 0) + (a == 1 ? 1 : 0)]++;
        change = changeIndex(higherIsBetter[index], Double.compare(a, b));
      }
      p.changes[change]++;
      byDimension = byDimension == null ? groupsOf(person.groups) : byDimension;
      for (long[] g : byDimension) {
        g[index * GROUP_FIELDS + change]++;
      }
    }
    return this;
  }

  /** The person's group tallies in each dimension, in {@link #DIMENSIONS} order. */
  private long[][] groupsOf(String[] groupNames) {
    long[][] out = new long[DIMENSIONS.length][];
    for (int d = 0; d < DIMENSIONS.length; d++) {
      out[d] = groupTallies(DIMENSIONS[d], groupNames[d]);
    }
    return out;
  }

  private long[] groupTallies(BreakdownDimension d, String group) {
    return groupsIn(d).computeIfAbsent(group, x -> new long[measureOrder.size() * GROUP_FIELDS]);
  }

  /** The tallies by group of {@code d}; the map holds every dimension from construction. */
  private Map<String, long[]> groupsIn(BreakdownDimension d) {
    return Objects.requireNonNull(groups.get(d));
  }

  /** The parts of {@code m}; the map holds every measure of the analysis from construction. */
  private MeasureParts partsOf(OutcomeMeasure m) {
    return Objects.requireNonNull(measures.get(m));
  }

  private static boolean isRateKind(OutcomeMeasure m) {
    return m.kind() == MeasureKind.EVENT_COUNT || m.kind() == MeasureKind.DAYS;
  }

  /** 0 improved, 1 unchanged, 2 worse, from the sign of after minus before. */
  private static int changeIndex(boolean higherIsBetter, int afterVersusBefore) {
    if (afterVersusBefore == 0) {
      return 1;
    }
    return (afterVersusBefore > 0) == higherIsBetter ? 0 : 2;
  }

  private void addFacts(PersonEvaluation f) {
    edgeOfCare[Objects.requireNonNull(f.edgeOfCare).ordinal()]++;
    for (int i = 0; i < f.completedStays; i++) {
      stayLengths.add(f.completedStayLengths[i], 1);
    }
    residentialStays += f.residentialStays;
    staysBeyond += f.staysBeyondThreshold;
    for (int i = 0; i < f.destinations.size(); i++) {
      destinations[f.destinations.get(i).ordinal()]++;
    }
    if (f.keyWorkerChanges >= 0) {
      peopleWithTeam++;
      keyWorkerChanges.add(f.keyWorkerChanges, 1);
    }
    for (Role r : f.specialistRoles) {
      specialists[r.ordinal()]++;
    }
  }

  /** Adds everything in {@code other} (of the same analysis) to this accumulator; returns this. */
  public ImpactAccumulator merge(ImpactAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other.analysis != analysis && !other.analysis.equals(analysis)) {
      throw new IllegalArgumentException("cannot merge results of different analyses");
    }
    evaluated += other.evaluated;
    included += other.included;
    exclusions.addAll(other.exclusions);
    other.measures.forEach((m, p) -> partsOf(m).merge(p));
    other.groups.forEach(
        (d, byGroup) ->
            byGroup.forEach(
                (g, tallies) -> {
                  long[] into = groupTallies(d, g);
                  for (int i = 0; i < tallies.length; i++) {
                    into[i] += tallies[i];
                  }
                }));
    for (int i = 0; i < edgeOfCare.length; i++) {
      edgeOfCare[i] += other.edgeOfCare[i];
    }
    stayLengths.addAll(other.stayLengths);
    residentialStays += other.residentialStays;
    staysBeyond += other.staysBeyond;
    for (int i = 0; i < destinations.length; i++) {
      destinations[i] += other.destinations[i];
    }
    peopleWithTeam += other.peopleWithTeam;
    keyWorkerChanges.addAll(other.keyWorkerChanges);
    for (int i = 0; i < specialists.length; i++) {
      specialists[i] += other.specialists[i];
    }
    return this;
  }

  /** The before/after result of everyone added. */
  public ImpactResult result() {
    return result(null);
  }

  /** The result with {@code comparison} (may be null) as the comparison group. */
  ImpactResult result(@Nullable ImpactAccumulator comparison) {
    ImpactResult.Builder out =
        ImpactResult.builder()
            .analysis(analysis)
            .design(comparison == null ? DesignLevel.PRE_POST : DesignLevel.DIFFERENCE_IN_DIFFERENCES)
            .peopleEvaluated(evaluated)
            .peopleIncluded(included)
            .addAllExclusions(sorted(exclusions))
            .indicators(indicators())
            .addAllBreakdowns(breakdowns());
    if (evaluated == 0) {
      out.addProblems("no young people were given");
    } else if (included == 0) {
      out.addProblems(
          "no young person could be analysed: all "
              + evaluated
              + " were excluded "
              + countsByReason(exclusions));
    }
    if (comparison != null) {
      out.comparisonPeopleIncluded(comparison.included)
          .addAllComparisonExclusions(sorted(comparison.exclusions));
      if (comparison.included == 0) {
        out.addProblems("no young person of the comparison group could be analysed");
      }
    }
    for (OutcomeMeasure m : analysis.measures()) {
      out.addMeasures(
          measureResult(m, partsOf(m), comparison == null ? null : comparison.partsOf(m)));
    }
    return out.build();
  }

  private static ImmutableList<Exclusion> sorted(List<Exclusion> exclusions) {
    return exclusions.stream().sorted().collect(ImmutableList.toImmutableList());
  }

  private static Map<ExclusionReason, Long> countsByReason(List<Exclusion> exclusions) {
    Map<ExclusionReason, Long> out = new EnumMap<>(ExclusionReason.class);
    for (Exclusion e : exclusions) {
      out.merge(e.reason(), 1L, Long::sum);
    }
    return out;
  }

  private MeasureResult measureResult(
      OutcomeMeasure m, MeasureParts p, @Nullable MeasureParts comparison) {
    MeasureResult.Builder out =
        MeasureResult.builder()
            .measure(m)
            .withoutObservation(p.withoutObservation)
            .changes(ChangeCounts.of(p.changes[0], p.changes[1], p.changes[2]))
            .derivation(analysis.derivation(m).description());
    long people = p.changes[0] + p.changes[1] + p.changes[2];
    out.people(people);
    if (people == 0) {
      return out.undefinedReason(
              included == 0
                  ? "no young person was included"
                  : "no young person has a value in both windows")
          .build();
    }
    if (isRateKind(m)) {
      List<RateCounts.Key> keys = expand(p.rates.toMap(), RATE_ORDER);
      long eb = 0;
      long ea = 0;
      long db = 0;
      long da = 0;
      double[] before = new double[keys.size()];
      double[] after = new double[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        RateCounts.Key k = keys.get(i);
        eb += k.eventsBefore();
        ea += k.eventsAfter();
        db += k.daysBefore();
        da += k.daysAfter();
        // The change in rate from exact integers, one rounding: equal changes tie exactly.
        before[i] = 0;
        after[i] =
            (double) (k.eventsAfter() * k.daysBefore() - k.eventsBefore() * k.daysAfter())
                / (k.daysAfter() * k.daysBefore())
                * Rate.DAYS_PER_YEAR;
      }
      if (eb == 0 && ea == 0) {
        return out.undefinedReason(
                "no " + m.unit() + " before or after among " + people + " young people")
            .build();
      }
      PersonCountSums sums = p.sums.toSums();
      RateRatioMethod method = analysis.rateRatioMethod();
      out.rates(
          RateChange.builder()
              .eventsBefore(eb)
              .eventsAfter(ea)
              .daysAtRiskBefore(db)
              .daysAtRiskAfter(da)
              .unit(m.unit())
              .level(analysis.level())
              .rateRatio(
                  method.isBootstrap()
                      ? RateRatio.of(
                          personCounts(keys),
                          analysis.level(),
                          method,
                          analysis.seed(),
                          analysis.replicates())
                      : RateRatio.of(sums, analysis.level(), method))
              .wilcoxon(
                  WilcoxonSignedRank.builder()
                      .addAllBefore(boxed(before))
                      .addAllAfter(boxed(after))
                      .level(analysis.level())
                      .build())
              .build());
      if (comparison != null) {
        List<RateCounts.Key> c = expand(comparison.rates.toMap(), RATE_ORDER);
        if (!c.isEmpty()) {
          DifferenceInDifferences did =
              DifferenceInDifferences.builder()
                  .addAllTreated(periods(keys))
                  .addAllComparison(periods(c))
                  .seed(analysis.seed())
                  .replicates(analysis.replicates())
                  .level(analysis.level())
                  .build();
          out.comparison(
              ComparisonChange.builder()
                  .differenceInDifferences(did)
                  .unit(m.unit())
                  .ratioOfRateRatios(
                      RatioOfRateRatios.of(
                          sums,
                          comparison.sums.toSums(),
                          analysis.level(),
                          method.isPoisson() ? RateRatioMethod.LOG_WALD : RateRatioMethod.AUTO))
                  .build());
        }
      }
    } else if (m.kind() == MeasureKind.SCORE) {
      List<ScoreKey> keys = expand(p.scores, SCORE_ORDER);
      if (keys.size() < 2) {
        return out.undefinedReason(
                "fewer than 2 young people have a score in both windows (" + keys.size() + ")")
            .build();
      }
      double[] before = keys.stream().mapToDouble(ScoreKey::before).toArray();
      double[] after = keys.stream().mapToDouble(ScoreKey::after).toArray();
      out.scores(ScoreChange.of(PairedMeanChange.of(before, after, analysis.level())));
    } else {
      long[] s = p.statuses;
      long n = s[0] + s[1] + s[2] + s[3];
      out.statuses(
          StatusChange.builder()
              .before(Proportion.of(s[2] + s[3], n, analysis.level()))
              .after(Proportion.of(s[1] + s[3], n, analysis.level()))
              .mcNemar(McNemarTest.builder().yesToNo(s[2]).noToYes(s[1]).level(analysis.level()).build())
              .build());
    }
    return out.build();
  }

  /** Every person's counts as primitive arrays, in the canonical order (bootstrap methods only). */
  private static PersonCounts personCounts(List<RateCounts.Key> keys) {
    int n = keys.size();
    long[] eb = new long[n];
    long[] db = new long[n];
    long[] ea = new long[n];
    long[] da = new long[n];
    for (int i = 0; i < n; i++) {
      RateCounts.Key k = keys.get(i);
      eb[i] = k.eventsBefore();
      db[i] = k.daysBefore();
      ea[i] = k.eventsAfter();
      da[i] = k.daysAfter();
    }
    return PersonCounts.of(eb, db, ea, da);
  }

  private static List<PersonPeriods> periods(List<RateCounts.Key> keys) {
    List<PersonPeriods> out = new ArrayList<>(keys.size());
    for (RateCounts.Key k : keys) {
      out.add(PersonPeriods.of(k.eventsBefore(), k.daysBefore(), k.eventsAfter(), k.daysAfter()));
    }
    return out;
  }

  private static List<Double> boxed(double[] x) {
    List<Double> out = new ArrayList<>(x.length);
    for (double v : x) {
      out.add(v);
    }
    return out;
  }

  /** The multiset as a list in canonical order, each key repeated by its count. */
  private static <K> List<K> expand(Map<K, Long> multiset, Comparator<K> order) {
    List<K> keys = new ArrayList<>(multiset.keySet());
    keys.sort(order);
    List<K> out = new ArrayList<>();
    for (K k : keys) {
      out.addAll(Collections.nCopies(Math.toIntExact(Objects.requireNonNull(multiset.get(k))), k));
    }
    return out;
  }

  private NwdIndicators indicators() {
    Map<Long, Long> lengthCounts = new HashMap<>();
    stayLengths.forEach(
        (length, count) -> {
          lengthCounts.put(length, count);
          return 0;
        });
    List<Long> lengths = expand(lengthCounts, Comparator.naturalOrder());
    Map<Integer, Long> keyWorkerChangeCounts = new TreeMap<>();
    keyWorkerChanges.forEach(
        (changes, count) -> {
          keyWorkerChangeCounts.put(Math.toIntExact(changes), count);
          return 0;
        });
    Map<EndReason, Long> destinationCounts = new EnumMap<>(EndReason.class);
    for (EndReason r : EndReason.values()) {
      if (destinations[r.ordinal()] > 0) {
        destinationCounts.put(r, destinations[r.ordinal()]);
      }
    }
    Map<Role, Long> specialistCounts = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      if (specialists[r.ordinal()] > 0) {
        specialistCounts.put(r, specialists[r.ordinal()]);
      }
    }
    return NwdIndicators.builder()
        .edgeOfCareFollowUpMonths(analysis.edgeOfCareFollowUpMonths())
        .edgeOfCareStayedOut(edgeOfCare[IndicatorFacts.EdgeOfCare.STAYED_OUT.ordinal()])
        .edgeOfCareLookedAfter(edgeOfCare[IndicatorFacts.EdgeOfCare.LOOKED_AFTER.ordinal()])
        .edgeOfCareInsufficientFollowUp(
            edgeOfCare[IndicatorFacts.EdgeOfCare.INSUFFICIENT_FOLLOW_UP.ordinal()])
        .shortTermThreshold(analysis.shortTermThreshold())
        .residentialStays(residentialStays)
        .staysBeyondThreshold(staysBeyond)
        .addAllCompletedStayLengths(lengths)
        .putAllDestinations(destinationCounts)
        .peopleWithTeam(peopleWithTeam)
        .putAllKeyWorkerChangeCounts(keyWorkerChangeCounts)
        .putAllSpecialistCounts(specialistCounts)
        .level(analysis.level())
        .build();
  }

  private ImmutableList<Breakdown> breakdowns() {
    ImmutableList.Builder<Breakdown> out = ImmutableList.builder();
    int threshold = analysis.suppressionThreshold();
    for (BreakdownDimension d : BreakdownDimension.values()) {
      Map<String, long[]> byGroup = groupsIn(d);
      List<String> names = new ArrayList<>(byGroup.keySet());
      names.sort(Comparator.naturalOrder());
      if (names.isEmpty()) {
        continue;
      }
      for (int i = 0; i < measureOrder.size(); i++) {
        OutcomeMeasure m = measureOrder.get(i);
        long[][] changes = new long[names.size()][];
        long[][] events = new long[names.size()][];
        List<Long> daysBefore = new ArrayList<>();
        List<Long> daysAfter = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
          long[] tallies = Objects.requireNonNull(byGroup.get(names.get(g)));
          int at = i * GROUP_FIELDS;
          changes[g] = new long[] {tallies[at], tallies[at + 1], tallies[at + 2]};
          events[g] = new long[] {tallies[at + EVENTS_BEFORE], tallies[at + EVENTS_AFTER]};
          daysBefore.add(tallies[at + DAYS_BEFORE]);
          daysAfter.add(tallies[at + DAYS_AFTER]);
        }
        Breakdown.Builder b =
            Breakdown.builder()
                .dimension(d)
                .measure(m)
                .changes(
                    SuppressedTable.of(
                        d.text(),
                        names,
                        List.of("improved", "unchanged", "worse"),
                        changes,
                        threshold))
                .addAllDaysAtRiskBefore(daysBefore)
                .addAllDaysAtRiskAfter(daysAfter);
        if (isRateKind(m)) {
          b.events(
              SuppressedTable.of(
                  d.text() + ", " + m.unit(), names, List.of("before", "after"), events, threshold));
        }
        out.add(b.build());
      }
    }
    return out.build();
  }

  /** Young people evaluated so far. */
  public long evaluated() {
    return evaluated;
  }

  @Override
  public String toString() {
    return "ImpactAccumulator{" + analysis.name() + ", evaluated=" + evaluated + ", included="
        + included + "}";
  }
}
