package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Placement;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssueCategory;
import org.nwd.testkit.Ssda903Writer.Injection;
import org.nwd.testkit.Ssda903Writer.Written;

/**
 * The dirty returns, read back with a CSV parser: every listed injection is a row that shows its
 * problem (so the import has something to find), the problems in the files are the listed ones, each
 * category comes at its configured rate, and the harmless noise is there.
 *
 * <p>The rates are checked on populations built here so that which categories apply to each unit is
 * known by construction (the writer's javadoc: every episode, missing row and child is a unit,
 * injected with probability {@code rate}, one category drawn uniformly among those that apply). A
 * count of {@code n} units each hit with probability {@code p} is Binomial(n, p); it must lie within
 * {@value #SIGMAS} standard deviations of {@code np}. The draws are a hash of the seed and the unit,
 * so each check is deterministic; the bound only says the rate is honest.
 */
class Ssda903DirtyWriterTest {
  static final String COUNCIL = "E10000023";
  static final double SIGMAS = 4.5;
  static final double RATE = 0.3;
  static final int N = 1000;
  static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");
  static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
  static final Set<String> PLACE_CODES = new HashSet<>();

  static {
    for (PlacementType t : PlacementType.values()) {
      PLACE_CODES.add(t.code());
    }
  }

  @TempDir Path dir;

  // ---- populations whose applicable categories are known ----

  static String id(int i) {
    return String.format("P-%05d", i);
  }

  static YoungPersonRecord.Builder lookedAfter(int i, LocalDate from) {
    return YoungPersonRecord.builder().youngPerson(YoungPerson.builder()
        .id(YoungPersonId.of(id(i))).birthMonth(YearMonth.of(2008, 1 + i % 12))
        .localAuthority(COUNCIL).addCareStatusPeriods(CareStatusPeriod.open(CareStatus.LOOKED_AFTER,
            from)).build());
  }

  static Placement placement(int i, DatePeriod p, PlacementType type, PlacementProvider provider,
      boolean inside) {
    return Placement.builder().youngPersonId(YoungPersonId.of(id(i))).period(p).type(type)
        .provider(provider).insideCouncilArea(inside).build();
  }

  /**
   * 2022-23 only; one open placement since 2019 and two missing incidents each. No child-level
   * category applies (no move in the year, nothing 10 days before care in the year, one year), so
   * each episode may get an unknown code, an invalid postcode, a duplicate row or a reason on the
   * open episode (4 categories); each missing row an invalid date, an end before its start or a date
   * out of the year (3).
   */
  static List<YoungPersonRecord> openSince2019() {
    List<YoungPersonRecord> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      YoungPersonId id = YoungPersonId.of(id(i));
      out.add(lookedAfter(i, LocalDate.of(2019, 1, 1))
          .addPlacements(placement(i, DatePeriod.open(LocalDate.of(2019, 1, 1)), PlacementType.U6,
              PlacementProvider.PR1, true))
          .addEvents(
              OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS,
                  LocalDate.of(2022, 4, 2).plusDays(i % 300), 1),
              OutcomeEvent.of(id, StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS,
                  LocalDate.of(2022, 5, 1).plusDays(i % 200), 1))
          .build());
    }
    return out;
  }

  /**
   * 2022-23 only; in care from 1 May 2022 with one move on 1 September, the second placement open:
   * four child-level categories apply (a gap, an overlap, a second open episode, missing 10 days
   * before care).
   */
  static List<YoungPersonRecord> oneMove() {
    List<YoungPersonRecord> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2022, 5, 1);
    LocalDate move = LocalDate.of(2022, 9, 1);
    for (int i = 0; i < N; i++) {
      out.add(lookedAfter(i, start)
          .addPlacements(
              placement(i, DatePeriod.of(start, move), PlacementType.K2, PlacementProvider.PR4, true),
              placement(i, DatePeriod.open(move), PlacementType.U6, PlacementProvider.PR1, false))
          .build());
    }
    return out;
  }

  /**
   * 2022-23 only; in care from 1 May 2022, moves on 1 and 3 September, the last placement ending on
   * 1 December: a gap, an overlap or missing 10 days before care apply. A gap cannot be cut into the
   * 2-day placement, and an overlap of 3 days would swallow it: a child drawn for those gets row
   * problems instead.
   */
  static List<YoungPersonRecord> twoMovesTwoDaysApart() {
    List<YoungPersonRecord> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2022, 5, 1);
    LocalDate move = LocalDate.of(2022, 9, 1);
    LocalDate again = LocalDate.of(2022, 9, 3);
    LocalDate end = LocalDate.of(2022, 12, 1);
    for (int i = 0; i < N; i++) {
      out.add(lookedAfter(i, start)
          .addPlacements(
              placement(i, DatePeriod.of(start, move), PlacementType.K2, PlacementProvider.PR4, true),
              placement(i, DatePeriod.of(move, again), PlacementType.U6, PlacementProvider.PR1, true),
              placement(i, DatePeriod.of(again, end), PlacementType.U4, PlacementProvider.PR1, false))
          .build());
    }
    return out;
  }

  /**
   * 2021-22 and 2022-23; one placement from 5 April 2021 to 1 June 2022 (even children) or to 1 June
   * 2023, after the last year (odd), so written in both returns: censoring and a change between
   * returns apply (2 child-level categories).
   */
  static List<YoungPersonRecord> acrossTwoReturns() {
    List<YoungPersonRecord> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2021, 4, 5);
    for (int i = 0; i < N; i++) {
      LocalDate end = LocalDate.of(i % 2 == 0 ? 2022 : 2023, 6, 1);
      out.add(YoungPersonRecord.builder().youngPerson(YoungPerson.builder()
              .id(YoungPersonId.of(id(i))).birthMonth(YearMonth.of(2007, 1 + i % 12))
              .localAuthority(COUNCIL)
              .addCareStatusPeriods(CareStatusPeriod.of(CareStatus.LOOKED_AFTER, start, end))
              .build())
          .addPlacements(placement(i, DatePeriod.of(start, end), PlacementType.U6,
              PlacementProvider.PR1, true))
          .build());
    }
    return out;
  }

  // ---- reading back ----

  /** The returns of a write, parsed: year name -> file -> table. */
  static final class Returns {
    final Path folder;
    final int first;
    final int last;
    final Map<String, Csv903> tables = new HashMap<>();

    Returns(Path folder, int first, int last) {
      this.folder = folder;
      this.first = first;
      this.last = last;
    }

    Csv903 table(String file) {
      return tables.computeIfAbsent(file, f -> {
        int slash = f.indexOf('/');
        return Csv903.read(folder, f.substring(0, slash), f.substring(slash + 1));
      });
    }

    Csv903 table(int year, String name) {
      return table(Ssda903Writer.yearName(year) + "/" + name);
    }

    /**
     * The child's episodes across the returns, each at its latest version, by start: what an
     * import that merges the returns sees (identical repeated rows counted once).
     */
    TreeMap<LocalDate, Csv903.Row> merged(String child) {
      TreeMap<LocalDate, Csv903.Row> out = new TreeMap<>();
      for (int y = first; y <= last; y++) {
        for (Csv903.Row r : table(y, "episodes.csv").of(child)) {
          out.put(r.date("DECOM"), r);
        }
      }
      return out;
    }

    boolean inAnyTable(int year, String child) {
      for (String f : List.of("header.csv", "episodes.csv", "missing.csv", "oc2.csv", "oc3.csv",
          "sw_episodes.csv")) {
        if (!table(year, f).of(child).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  /** A missing table date: ISO in dirty files (harmless), dd/mm/yyyy otherwise; null if neither. */
  static LocalDate anyDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s, Csv903.DMY);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static int endYear(String file) {
    return Integer.parseInt(file.substring(0, 4)) + 1;
  }

  /** Asserts that the row each injection names shows that category's problem. */
  static void assertEachInjectionIsInTheFiles(Written w, Returns r) {
    for (Injection in : w.injections()) {
      Csv903 t = r.table(in.file());
      Csv903.Row row = t.at(in.line());
      assertThat(row.get("CHILD")).as("%s", in).isEqualTo(in.child());
      int y = endYear(in.file());
      LocalDate yearStart = LocalDate.of(y - 1, 4, 1);
      LocalDate yearEnd = LocalDate.of(y, 3, 31);
      switch (in.category()) {
        case UNKNOWN_CODE ->
            assertThat(PLACE_CODES).as("%s", in).doesNotContain(row.get("PLACE"));
        case INVALID_POSTCODE ->
            assertThat(row.get("PL_POST")).as("%s", in).doesNotMatch(POSTCODE);
        case DUPLICATE_ROW ->
            assertThat(t.at(in.line() - 1).values()).as("%s", in).isEqualTo(row.values());
        case REASON_ON_OPEN_EPISODE -> {
          assertThat(row.get("DEC")).as("%s", in).isEmpty();
          assertThat(row.get("REC")).as("%s", in).isNotEmpty();
        }
        case PROVIDER_NOT_ALLOWED -> {
          assertThat(TEMPORARY).as("%s", in).contains(row.get("PLACE"));
          assertThat(row.get("PLACE_PROVIDER")).as("%s", in).isNotEmpty();
        }
        case CHANGED_BETWEEN_RETURNS -> {
          // the episode is in a later return, where (at its latest) its need differs
          assertThat(y).as("%s", in).isLessThan(r.last);
          Csv903.Row latest = r.merged(in.child()).get(row.date("DECOM"));
          assertThat(endYear(latestFile(r, in.child(), latest))).isGreaterThan(y);
          assertThat(row.get("CIN")).as("%s", in).isNotEqualTo(latest.get("CIN"));
        }
        case GAP_NOT_NEW_PERIOD_OF_CARE, OVERLAPPING_EPISODES -> {
          TreeMap<LocalDate, Csv903.Row> m = r.merged(in.child());
          LocalDate start = row.date("DECOM");
          assertThat(m.get(start)).as("%s is the latest version", in).isSameAs(row);
          Csv903.Row before = m.lowerEntry(start).getValue();
          assertThat(row.get("RNE")).as("%s", in).isNotEqualTo("S");
          if (in.category() == DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE) {
            assertThat(before.date("DEC")).as("%s", in).isBefore(start);
          } else {
            assertThat(before.date("DEC") == null || before.date("DEC").isAfter(start))
                .as("%s", in).isTrue();
            // an overlap, not a swallowing: the later episode still ends later
            assertThat(row.date("DEC") == null || before.date("DEC") != null
                && before.date("DEC").isBefore(row.date("DEC"))).as("%s", in).isTrue();
          }
        }
        case MORE_THAN_ONE_OPEN_EPISODE ->
            assertThat(r.merged(in.child()).values().stream().filter(x -> x.get("DEC").isEmpty()))
                .as("%s", in).hasSizeGreaterThan(1);
        case CENSORED -> {
          assertThat(y).as("%s", in).isEqualTo(r.last - 1);
          assertThat(row.get("DEC")).as("%s", in).isEmpty();
          assertThat(r.inAnyTable(r.last, in.child())).as("%s", in).isFalse();
        }
        case MISSING_OUTSIDE_CARE -> {
          LocalDate start = anyDate(row.get("MIS_START"));
          assertThat(start).as("%s", in).isBefore(r.merged(in.child()).firstKey());
        }
        case INVALID_DATE -> assertThat(anyDate(row.get("MIS_START"))).as("%s", in).isNull();
        case END_BEFORE_START ->
            assertThat(anyDate(row.get("MIS_END"))).as("%s", in)
                .isBefore(anyDate(row.get("MIS_START")));
        case DATE_OUT_OF_RANGE ->
            assertThat(anyDate(row.get("MIS_START"))).as("%s", in)
                .matches(d -> d.isBefore(yearStart) || d.isAfter(yearEnd), "outside the year");
        case CHILD_NOT_IN_HEADER ->
            assertThat(r.table(y, "header.csv").of(in.child())).as("%s", in).isEmpty();
        default -> throw new AssertionError("unexpected category " + in);
      }
    }
  }

  /** The return whose episodes table holds {@code row}. */
  static String latestFile(Returns r, String child, Csv903.Row row) {
    for (int y = r.first; y <= r.last; y++) {
      if (r.table(y, "episodes.csv").of(child).stream().anyMatch(x -> x == row)) {
        return Ssda903Writer.yearName(y);
      }
    }
    throw new AssertionError("row not found");
  }

  static Map<DataIssueCategory, Long> counts(Written w) {
    Map<DataIssueCategory, Long> out = new EnumMap<>(DataIssueCategory.class);
    w.injections().forEach(i -> out.merge(i.category(), 1L, Long::sum));
    return out;
  }

  static void assertBinomial(String what, long count, double n, double p) {
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat((double) count).as("%s: %s of %s at %s", what, count, n, p)
        .isBetween(mean - SIGMAS * sd, mean + SIGMAS * sd);
  }

  // ---- the tests ----

  @Test
  void episodeAndMissingRowProblemsComeAtTheRateWithTheirCategoriesEquallyLikely() {
    Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(RATE, 17).write(openSince2019(), dir);
    Returns r = new Returns(dir, 2023, 2023);
    assertEachInjectionIsInTheFiles(w, r);
    assertThat(w.children()).isEqualTo(N);

    // counted in the files, not in the list
    List<Csv903.Row> episodes = r.table(2023, "episodes.csv").rows;
    long unknown = episodes.stream().filter(x -> !PLACE_CODES.contains(x.get("PLACE"))).count();
    long postcode = episodes.stream().filter(x -> !x.get("PL_POST").matches(POSTCODE.pattern()))
        .count();
    long reason = episodes.stream().filter(x -> x.get("DEC").isEmpty() && !x.get("REC").isEmpty())
        .count();
    long duplicate = 0;
    for (int i = 1; i < episodes.size(); i++) {
      if (episodes.get(i).values().equals(episodes.get(i - 1).values())) {
        duplicate++;
      }
    }
    for (long c : new long[] {unknown, postcode, reason, duplicate}) {
      assertBinomial("an episode category", c, N, RATE / 4);
    }
    assertBinomial("episodes with a problem", unknown + postcode + reason + duplicate, N, RATE);
    assertThat(episodes).hasSize(N + (int) duplicate);

    List<Csv903.Row> missing = r.table(2023, "missing.csv").rows;
    Set<String> header = new HashSet<>();
    r.table(2023, "header.csv").rows.forEach(x -> header.add(x.get("CHILD")));
    List<Csv903.Row> known = missing.stream().filter(x -> header.contains(x.get("CHILD"))).toList();
    long invalid = known.stream().filter(x -> anyDate(x.get("MIS_START")) == null).count();
    long endBefore = known.stream().filter(x -> anyDate(x.get("MIS_START")) != null
        && anyDate(x.get("MIS_END")) != null && anyDate(x.get("MIS_END")).isBefore(anyDate(x.get("MIS_START")))).count();
    long outOfYear = known.stream().filter(x -> anyDate(x.get("MIS_START")) != null
        && anyDate(x.get("MIS_START")).isAfter(LocalDate.of(2023, 3, 31))).count();
    for (long c : new long[] {invalid, endBefore, outOfYear}) {
      assertBinomial("a missing row category", c, 2 * N, RATE / 3);
    }
    // an out-of-year row is added; the other problems change the row
    assertThat(known).hasSize(2 * N + (int) outOfYear);
    // each child is a unit for a row in the missing table of a child not in the header
    long ghosts = missing.stream().filter(x -> !header.contains(x.get("CHILD")))
        .map(x -> x.get("CHILD")).distinct().count();
    assertBinomial("children not in the header", ghosts, N, RATE);
    assertThat(header).hasSize(N);

    // the list names exactly the problems found in the files
    Map<DataIssueCategory, Long> listed = counts(w);
    assertThat(listed).containsOnlyKeys(DataIssueCategory.UNKNOWN_CODE,
        DataIssueCategory.INVALID_POSTCODE, DataIssueCategory.REASON_ON_OPEN_EPISODE,
        DataIssueCategory.DUPLICATE_ROW, DataIssueCategory.INVALID_DATE,
        DataIssueCategory.END_BEFORE_START, DataIssueCategory.DATE_OUT_OF_RANGE,
        DataIssueCategory.CHILD_NOT_IN_HEADER);
    assertThat(listed.get(DataIssueCategory.UNKNOWN_CODE)).isEqualTo(unknown);
    assertThat(listed.get(DataIssueCategory.INVALID_POSTCODE)).isEqualTo(postcode);
    assertThat(listed.get(DataIssueCategory.REASON_ON_OPEN_EPISODE)).isEqualTo(reason);
    assertThat(listed.get(DataIssueCategory.DUPLICATE_ROW)).isEqualTo(duplicate);
    assertThat(listed.get(DataIssueCategory.INVALID_DATE)).isEqualTo(invalid);
    assertThat(listed.get(DataIssueCategory.END_BEFORE_START)).isEqualTo(endBefore);
    assertThat(listed.get(DataIssueCategory.DATE_OUT_OF_RANGE)).isEqualTo(outOfYear);
    assertThat(listed.get(DataIssueCategory.CHILD_NOT_IN_HEADER)).isEqualTo(ghosts);
  }

  @Test
  void childLevelProblemsComeAtTheRateAndLeaveThatChildsEpisodesAlone() {
    Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(RATE, 23).write(oneMove(), dir);
    Returns r = new Returns(dir, 2023, 2023);
    assertEachInjectionIsInTheFiles(w, r);

    Map<String, List<Csv903.Row>> byChild = new HashMap<>();
    for (Csv903.Row x : r.table(2023, "episodes.csv").rows) {
      byChild.computeIfAbsent(x.get("CHILD"), k -> new ArrayList<>()).add(x);
    }
    Map<String, List<Csv903.Row>> missingByChild = new HashMap<>();
    for (Csv903.Row x : r.table(2023, "missing.csv").rows) {
      missingByChild.computeIfAbsent(x.get("CHILD"), k -> new ArrayList<>()).add(x);
    }
    long gap = 0;
    long overlap = 0;
    long twoOpen = 0;
    long before = 0;
    long rowProblems = 0;
    LocalDate move = LocalDate.of(2022, 9, 1);
    for (int i = 0; i < N; i++) {
      List<Csv903.Row> eps = byChild.get(id(i));
      List<Csv903.Row> distinct = new ArrayList<>();
      for (Csv903.Row x : eps) {
        if (distinct.stream().noneMatch(d -> d.values().equals(x.values()))) {
          distinct.add(x);
        }
      }
      boolean hasGap = false;
      boolean hasOverlap = false;
      for (int k = 1; k < distinct.size(); k++) {
        LocalDate end = distinct.get(k - 1).date("DEC");
        LocalDate next = distinct.get(k).date("DECOM");
        hasGap |= end != null && end.isBefore(next);
        hasOverlap |= end != null && end.isAfter(next);
      }
      long open = distinct.stream().filter(x -> x.get("DEC").isEmpty()).count();
      boolean childLevel = true;
      if (open > 1) {
        twoOpen++;
      } else if (hasGap) {
        gap++;
      } else if (hasOverlap) {
        overlap++;
      } else if (missingByChild.containsKey(id(i))) {
        before++;
      } else {
        childLevel = false;
      }
      // row-level problems: anything else unlike the clean two episodes
      long odd = eps.stream().filter(x -> !PLACE_CODES.contains(x.get("PLACE"))
          || !x.get("PL_POST").matches(POSTCODE.pattern()) || TEMPORARY.contains(x.get("PLACE"))
          || (x.get("DEC").isEmpty() && !x.get("REC").isEmpty())).count()
          + eps.size() - distinct.size();
      if (childLevel) {
        assertThat(odd).as("child-level problem and a row problem for %s", id(i)).isZero();
        assertThat(eps.size()).isEqualTo(2);
      }
      rowProblems += odd;
    }
    for (long c : new long[] {gap, overlap, twoOpen, before}) {
      assertBinomial("a child-level category", c, N, RATE / 4);
    }
    assertBinomial("children with a child-level problem", gap + overlap + twoOpen + before, N,
        RATE);
    // the other children's two episodes: each a unit at the rate (sum of per-child variances)
    double perChild = 2 * RATE * (1 - RATE);
    double perChildSquare = (1 - RATE) * (2 * RATE + 2 * RATE * RATE);
    double sd = Math.sqrt(N * (perChildSquare - perChild * perChild));
    assertThat((double) rowProblems).isBetween(N * perChild - SIGMAS * sd,
        N * perChild + SIGMAS * sd);

    Map<DataIssueCategory, Long> listed = counts(w);
    assertThat(listed.get(DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE)).isEqualTo(gap);
    assertThat(listed.get(DataIssueCategory.OVERLAPPING_EPISODES)).isEqualTo(overlap);
    assertThat(listed.get(DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE)).isEqualTo(twoOpen);
    assertThat(listed.get(DataIssueCategory.MISSING_OUTSIDE_CARE)).isEqualTo(before);
    assertThat(listed.get(DataIssueCategory.PROVIDER_NOT_ALLOWED)).isPositive();
    // the problem rows' exact shapes: 2 days' gap, 3 days' overlap, 10 days before care
    for (List<Csv903.Row> eps : byChild.values()) {
      LocalDate end = eps.get(0).date("DEC");
      if (end != null && !end.equals(move) && eps.size() == 2) {
        assertThat(end).isIn(move.minusDays(2), move.plusDays(3));
      }
    }
    missingByChild.forEach((child, rows) -> {
      if (!child.startsWith("GHOST")) {
        assertThat(rows).singleElement().satisfies(x -> {
          assertThat(x.get("MISSING")).isEqualTo("M");
          assertThat(anyDate(x.get("MIS_START"))).isEqualTo(LocalDate.of(2022, 4, 21));
          assertThat(anyDate(x.get("MIS_END"))).isEqualTo(LocalDate.of(2022, 4, 22));
        });
      }
    });
  }

  @Test
  void problemsAcrossReturnsAndRepeatedEpisodesRepeatTheirProblem() {
    Written w = Ssda903Writer.of(COUNCIL, 2022, 2023).dirty(RATE, 29)
        .write(acrossTwoReturns(), dir);
    Returns r = new Returns(dir, 2022, 2023);
    assertEachInjectionIsInTheFiles(w, r);
    Csv903 earlier = r.table(2022, "episodes.csv");
    Csv903 later = r.table(2023, "episodes.csv");
    long censored = 0;
    long changed = 0;
    for (int i = 0; i < N; i++) {
      List<Csv903.Row> a = earlier.of(id(i));
      List<Csv903.Row> b = later.of(id(i));
      assertThat(a).isNotEmpty();
      if (b.isEmpty()) {
        censored++;
        assertThat(r.inAnyTable(2023, id(i))).isFalse();
        assertThat(a.get(0).get("DEC")).isEmpty();
        continue;
      }
      if (!a.get(0).get("CIN").equals(b.get(0).get("CIN"))) {
        changed++;
        assertThat(b.get(0).get("CIN")).isEqualTo("N4");
      }
      // a row-level problem is the same in both returns, a duplicate repeated too
      for (Csv903.Row x : b) {
        List<Csv903.Row> same = a.stream().filter(e -> e.get("DECOM").equals(x.get("DECOM")))
            .toList();
        assertThat(same).isNotEmpty().allSatisfy(e -> {
          assertThat(e.get("PLACE")).isEqualTo(x.get("PLACE"));
          assertThat(e.get("PL_POST")).isEqualTo(x.get("PL_POST"));
          assertThat(e.get("PLACE_PROVIDER")).isEqualTo(x.get("PLACE_PROVIDER"));
        });
        assertThat(same.size()).isEqualTo(
            b.stream().filter(e -> e.get("DECOM").equals(x.get("DECOM"))).count());
      }
    }
    assertBinomial("censored", censored, N, RATE / 2);
    assertBinomial("changed between returns", changed, N, RATE / 2);
    Map<DataIssueCategory, Long> listed = counts(w);
    assertThat(listed.get(DataIssueCategory.CENSORED)).isEqualTo(censored);
    assertThat(listed.get(DataIssueCategory.CHANGED_BETWEEN_RETURNS)).isEqualTo(changed);
    assertThat(listed).doesNotContainKeys(DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE,
        DataIssueCategory.OVERLAPPING_EPISODES, DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE,
        DataIssueCategory.MISSING_OUTSIDE_CARE);
  }

  @Test
  void atRateOneEveryUnitHasAProblem() {
    List<YoungPersonRecord> records = openSince2019().subList(0, 200);
    Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(1, 3).write(records, dir);
    Returns r = new Returns(dir, 2023, 2023);
    assertEachInjectionIsInTheFiles(w, r);
    Map<DataIssueCategory, Long> listed = counts(w);
    assertThat(listed.get(DataIssueCategory.CHILD_NOT_IN_HEADER)).isEqualTo(200);
    assertThat(listed.get(DataIssueCategory.UNKNOWN_CODE)
        + listed.get(DataIssueCategory.INVALID_POSTCODE)
        + listed.get(DataIssueCategory.REASON_ON_OPEN_EPISODE)
        + listed.get(DataIssueCategory.DUPLICATE_ROW)).isEqualTo(200);
    assertThat(listed.get(DataIssueCategory.INVALID_DATE)
        + listed.get(DataIssueCategory.END_BEFORE_START)
        + listed.get(DataIssueCategory.DATE_OUT_OF_RANGE)).isEqualTo(400);
  }

  @Test
  void atRateOneAnEpisodeRunningPastTheOnlyYearGetsARowProblem() {
    // no later return, so no change between returns, and no other child-level category applies
    List<YoungPersonRecord> records = new ArrayList<>();
    LocalDate start = LocalDate.of(2022, 4, 5);
    LocalDate end = LocalDate.of(2023, 6, 1);
    for (int i = 0; i < 100; i++) {
      records.add(lookedAfter(i, start).addPlacements(placement(i, DatePeriod.of(start, end),
          PlacementType.U6, PlacementProvider.PR1, true)).build());
    }
    Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(1, 8).write(records, dir);
    assertEachInjectionIsInTheFiles(w, new Returns(dir, 2023, 2023));
    Map<DataIssueCategory, Long> listed = counts(w);
    listed.remove(DataIssueCategory.CHILD_NOT_IN_HEADER);
    assertThat(listed.keySet()).isSubsetOf(DataIssueCategory.UNKNOWN_CODE,
        DataIssueCategory.INVALID_POSTCODE, DataIssueCategory.REASON_ON_OPEN_EPISODE,
        DataIssueCategory.DUPLICATE_ROW, DataIssueCategory.PROVIDER_NOT_ALLOWED);
    assertThat(listed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
  }

  @Test
  void aGapOrOverlapThatCannotBeMadeGivesRowProblemsInstead() {
    Written w = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(1, 31)
        .write(twoMovesTwoDaysApart(), dir);
    Returns r = new Returns(dir, 2023, 2023);
    assertEachInjectionIsInTheFiles(w, r);
    Map<DataIssueCategory, Long> listed = counts(w);
    long gap = listed.get(DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE);
    long overlap = listed.get(DataIssueCategory.OVERLAPPING_EPISODES);
    long before = listed.get(DataIssueCategory.MISSING_OUTSIDE_CARE);
    // a category of three, then one of the two moves: half the gaps and overlaps can be made
    assertBinomial("gaps made", gap, N, 1.0 / 6);
    assertBinomial("overlaps made", overlap, N, 1.0 / 6);
    assertBinomial("missing before care", before, N, 1.0 / 3);
    // the gap is always before the 2-day placement, the overlap always runs into the last one
    for (Injection in : w.injections()) {
      if (in.category() == DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE) {
        assertThat(r.table(in.file()).at(in.line()).get("DECOM")).isEqualTo("01/09/2022");
      } else if (in.category() == DataIssueCategory.OVERLAPPING_EPISODES) {
        assertThat(r.table(in.file()).at(in.line()).get("DECOM")).isEqualTo("03/09/2022");
      }
    }
    // the others: every one of their three episodes gets a row problem at rate 1
    long rowLevel = w.injections().stream().filter(i -> i.file().endsWith("episodes.csv")
        && i.category() != DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE
        && i.category() != DataIssueCategory.OVERLAPPING_EPISODES).count();
    assertThat(rowLevel).isEqualTo(3 * (N - gap - overlap - before));
  }

  @Test
  void dirtyFilesCarryHarmlessNoise() throws IOException {
    Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(0.05, 1).write(openSince2019().subList(0, 50), dir);
    Path year = dir.resolve("2022-23");
    try (Stream<Path> s = Files.list(year)) {
      for (Path f : s.toList()) {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(raw).as("%s", f).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(raw.replace("\r\n", "")).as("%s: only CRLF line ends", f).doesNotContain("\n")
            .doesNotContain("\r");
      }
    }
    List<String> columns = Csv903.read(dir, "2022-23", "episodes.csv").columns;
    assertThat(columns).allSatisfy(c -> assertThat(c).isEqualTo(c.toLowerCase(Locale.ROOT)));
    assertThat(columns.stream().map(c -> c.toUpperCase(Locale.ROOT)))
        .containsExactlyInAnyOrder(Ssda903WriterTest.EPISODE)
        .isNotEqualTo(Arrays.asList(Ssda903WriterTest.EPISODE));
    // the other tables keep the standard columns; missing dates are ISO, the others dd/mm/yyyy
    assertThat(Csv903.read(dir, "2022-23", "header.csv").columns.get(0)).isEqualTo("CHILD");
    for (Csv903.Row x : Csv903.read(dir, "2022-23", "missing.csv").rows) {
      if (anyDate(x.get("MIS_START")) != null) {
        assertThat(x.get("MIS_START")).matches("\\d{4}-\\d{2}-\\d{2}");
      }
    }
    assertThat(Csv903.read(dir, "2022-23", "episodes.csv").rows)
        .allSatisfy(x -> assertThat(x.get("DECOM")).matches("\\d{2}/\\d{2}/\\d{4}"));
  }

  @Test
  void theSameSeedWritesTheSameProblemsAndAnotherSeedOthers() throws IOException {
    List<YoungPersonRecord> records = oneMove().subList(0, 300);
    Written a = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(RATE, 5).write(records, dir.resolve("a"));
    Written b = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(RATE, 5).write(records, dir.resolve("b"));
    Written c = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(RATE, 6).write(records, dir.resolve("c"));
    assertThat(b.injections()).isEqualTo(a.injections()).isNotEmpty();
    assertThat(c.injections()).isNotEqualTo(a.injections());
    for (String f : List.of("header.csv", "episodes.csv", "missing.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("b/2022-23").resolve(f)))
          .isEqualTo(Files.readAllBytes(dir.resolve("a/2022-23").resolve(f)));
    }
    // at rate 0 the dirty writer injects nothing
    Written none = Ssda903Writer.of(COUNCIL, 2023, 2023).dirty(0, 5).write(records,
        dir.resolve("d"));
    assertThat(none.injections()).isEmpty();
    assertThat(none.children()).isEqualTo(300);
  }

  @Test
  void aGeneratedCohortGetsEveryCategory() {
    List<YoungPersonRecord> records = GeneratedReturnsTest.cohort(300, 11);
    Written w = Ssda903Writer.of(COUNCIL, 2022, 2026).dirty(0.25, 5).write(records, dir);
    assertEachInjectionIsInTheFiles(w, new Returns(dir, 2022, 2026));
    Set<DataIssueCategory> injected = EnumSet.noneOf(DataIssueCategory.class);
    w.injections().forEach(i -> injected.add(i.category()));
    assertThat(injected).containsExactlyInAnyOrder(
        DataIssueCategory.UNKNOWN_CODE, DataIssueCategory.INVALID_DATE,
        DataIssueCategory.DATE_OUT_OF_RANGE, DataIssueCategory.END_BEFORE_START,
        DataIssueCategory.OVERLAPPING_EPISODES, DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE,
        DataIssueCategory.REASON_ON_OPEN_EPISODE, DataIssueCategory.PROVIDER_NOT_ALLOWED,
        DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE, DataIssueCategory.MISSING_OUTSIDE_CARE,
        DataIssueCategory.CHILD_NOT_IN_HEADER, DataIssueCategory.INVALID_POSTCODE,
        DataIssueCategory.DUPLICATE_ROW, DataIssueCategory.CHANGED_BETWEEN_RETURNS,
        DataIssueCategory.CENSORED);
  }
}
