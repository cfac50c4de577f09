package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwd.model.CareStatus;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonRecord;

/**
 * The clean CSV returns of a generated cohort agree with the cohort's own records, the expectation
 * worked out here from each record's care history (looked-after status on a day, placements
 * overlapping a collection year) rather than read from the writer.
 */
class GeneratedReturnsTest {
  static final String COUNCIL = "E10000023";
  static final int FIRST = 2022;
  static final int LAST = 2026;
  static final String[] TABLES = {
    "header.csv", "episodes.csv", "missing.csv", "oc2.csv", "oc3.csv", "sw_episodes.csv"
  };

  @TempDir Path dir;

  /** Generated records, looked-after heavy, with sex, year-end statuses and social workers added. */
  static List<YoungPersonRecord> cohort(int size, long seed) {
    CohortSettings settings = CohortSettings.builder().size(size).seed(seed)
        .referralsFrom(LocalDate.of(2021, 4, 1)).referralsUntil(LocalDate.of(2024, 4, 1))
        .careStatusMix(ImmutableMap.of(CareStatus.LOOKED_AFTER, 0.7, CareStatus.EDGE_OF_CARE, 0.2,
            CareStatus.CARE_LEAVER, 0.1))
        .build();
    LocalDate from = LocalDate.of(FIRST - 1, 4, 1);
    DatePeriod span = DatePeriod.of(from.minusYears(1), LocalDate.of(LAST, 4, 1));
    List<YoungPersonRecord> out = new ArrayList<>();
    int i = 0;
    for (YoungPersonRecord r : CohortGenerator.of(settings).generate().records()) {
      YoungPerson p = r.youngPerson();
      YoungPersonRecord.Builder b = YoungPersonRecord.builder()
          .youngPerson(YoungPerson.builder().id(p.id()).birthMonth(p.birthMonth())
              .localAuthority(p.localAuthority()).addAllCareStatusPeriods(p.careStatusPeriods())
              .sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).build())
          .addAllReferrals(r.referrals()).addAllHubEpisodes(r.hubEpisodes())
          .addAllPlacements(r.placements()).addAllEvents(r.events()).addAllScores(r.scores());
      if (i % 3 == 0) {
        b.addStatusPeriods(
            StatusPeriod.of(r.id(), StandardMeasures.CONVICTED_OR_CAUTIONED, span, i % 2 == 0),
            StatusPeriod.of(r.id(), StandardMeasures.SUBSTANCE_MISUSE, span, i % 4 == 0));
      }
      if (i % 5 == 0) {
        b.addStatusPeriods(
            StatusPeriod.of(r.id(), StandardMeasures.IN_EET, span, i % 2 == 0),
            StatusPeriod.of(r.id(), StandardMeasures.SUITABLE_ACCOMMODATION, span, i % 3 == 0));
      }
      List<TeamMembership> team = new ArrayList<>(r.team().orElseThrow().memberships());
      if (i % 4 == 0) {
        LocalDate s = from.plusDays(40 + i);
        team.add(TeamMembership.of(WorkerId.of("SW" + (i % 7)), Role.SOCIAL_WORKER,
            DatePeriod.of(s, s.plusDays(200))));
        team.add(TeamMembership.of(WorkerId.of("SW" + (i % 5)), Role.SOCIAL_WORKER,
            DatePeriod.open(s.plusDays(200))));
      }
      b.team(TeamAroundTheChild.of(r.id(), team));
      out.add(b.build());
      i++;
    }
    return out;
  }

  static LocalDate yearStart(int y) {
    return LocalDate.of(y - 1, 4, 1);
  }

  static LocalDate yearEnd(int y) {
    return LocalDate.of(y, 3, 31);
  }

  static String dmy(LocalDate d) {
    return d == null ? "" : d.format(Csv903.DMY);
  }

  static boolean lookedAfter(YoungPersonRecord g, LocalDate day) {
    return g.youngPerson().careStatusOn(day) == CareStatus.LOOKED_AFTER;
  }

  /** Expected episode rows of year y: placements begun in care overlapping the year. */
  static List<String> expectedEpisodes(YoungPersonRecord g, int y) {
    List<Placement> sorted = new ArrayList<>(g.placements());
    sorted.sort(Comparator.comparing((Placement p) -> p.period().start()));
    List<String> out = new ArrayList<>();
    for (int k = 0; k < sorted.size(); k++) {
      Placement p = sorted.get(k);
      LocalDate start = p.period().start();
      LocalDate end = p.period().end().orElse(null);
      if (!lookedAfter(g, start) || start.isAfter(yearEnd(y))
          || (end != null && end.isBefore(yearStart(y)))) {
        continue;
      }
      boolean firstOfPeriod = k == 0 || !lookedAfter(g, start.minusDays(1));
      boolean moved = k + 1 < sorted.size() && sorted.get(k + 1).period().start().equals(end);
      boolean closed = end != null && !end.isAfter(yearEnd(y));
      String post = p.location() == PlacementLocation.INSIDE ? "ZZ2 1AB"
          : p.location() == PlacementLocation.OUTSIDE ? "ZY1 1AB" : "";
      out.add(String.join("|", g.id().value(), dmy(start), firstOfPeriod ? "S" : "P", "C2", "N4",
          p.type().code(), p.provider().map(v -> v.code()).orElse(""), closed ? dmy(end) : "",
          closed ? (moved ? "X1" : "E8") : "", "", "ZZ1 1AA", post, ""));
    }
    return out;
  }

  /** Expected missing rows of year y: one per kind and day in care, found the next day. */
  static Set<String> expectedMissing(YoungPersonRecord g, int y) {
    Set<String> out = new TreeSet<>();
    String dob = dmy(g.youngPerson().birthMonth().atDay(15));
    for (OutcomeEvent e : g.events()) {
      String kind = e.measure().equals(StandardMeasures.MISSING_INCIDENTS) ? "M"
          : e.measure().equals(StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS) ? "A" : null;
      LocalDate day = e.date();
      if (kind == null || e.count() == 0 || !lookedAfter(g, day) || day.isBefore(yearStart(FIRST))
          || day.isAfter(yearEnd(LAST))) {
        continue;
      }
      LocalDate found = day.plusDays(1);
      if (!day.isBefore(yearStart(y)) && !day.isAfter(yearEnd(y))) {
        out.add(String.join("|", g.id().value(), dob, kind, dmy(day),
            found.isAfter(yearEnd(y)) ? "" : dmy(found)));
      } else if (!found.isBefore(yearStart(y)) && !found.isAfter(yearEnd(y))) {
        out.add(String.join("|", g.id().value(), dob, kind, dmy(day), dmy(found)));
      }
    }
    return out;
  }

  /** The 12 months looked after at year end, and the latest SDQ of the year (or SDQ4). */
  static String expectedOc2(YoungPersonRecord g, int y) {
    LocalDate end = yearEnd(y);
    LocalDate start = yearStart(y);
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (!lookedAfter(g, d)) {
        return null;
      }
    }
    ScoreObservation latest = g.scores().stream()
        .filter(s -> s.measure().equals(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
            && !s.date().isBefore(start) && !s.date().isAfter(end))
        .max(Comparator.comparing(ScoreObservation::date)).orElse(null);
    String convicted = status(g, StandardMeasures.CONVICTED_OR_CAUTIONED, end);
    String substance = status(g, StandardMeasures.SUBSTANCE_MISUSE, end);
    return String.join("|", g.id().value(), dmy(g.youngPerson().birthMonth().atDay(15)),
        latest == null ? "" : String.valueOf(Math.round(latest.score())),
        latest == null ? "SDQ4" : "", convicted, "1", "1", "1", "1", substance, "", "");
  }

  static String status(YoungPersonRecord g, org.nwd.model.OutcomeMeasure m, LocalDate day) {
    return g.statusPeriods().stream().filter(s -> s.measure().equals(m) && s.period().contains(day))
        .map(s -> s.inStatus() ? "1" : "0").findFirst().orElse("");
  }

  @Test
  void theReturnsCarryEachRecordsCareHistoryYearByYear() {
    List<YoungPersonRecord> records = cohort(150, 1);
    Ssda903Writer.Written w = Ssda903Writer.of(COUNCIL, FIRST, LAST).write(records, dir);
    Map<String, YoungPersonRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id().value(), r));
    Set<String> written = new HashSet<>();
    int episodes = 0;
    int missing = 0;
    int oc2 = 0;
    for (int y = FIRST; y <= LAST; y++) {
      String year = Ssda903Writer.yearName(y);
      Map<String, Csv903> t = new HashMap<>();
      for (String f : TABLES) {
        t.put(f, Csv903.read(dir, year, f));
      }
      // one header row per child, and every child of the other tables has one
      List<String> header = t.get("header.csv").rows.stream().map(x -> x.get("CHILD")).toList();
      assertThat(header).doesNotHaveDuplicates();
      Set<String> inTables = new HashSet<>();
      for (String f : TABLES) {
        t.get(f).rows.forEach(x -> inTables.add(x.get("CHILD")));
        // every date is dd/mm/yyyy; every DOB the 15th of the birth month
        for (Csv903.Row x : t.get(f).rows) {
          x.values().forEach((c, v) -> {
            if (c.equals("DOB") || c.equals("DECOM") || c.equals("DEC") || c.startsWith("MIS_")
                || c.startsWith("SW_DE")) {
              assertThat(v).as("%s %s %s", year, f, c).matches("(\\d{2}/\\d{2}/\\d{4})?");
            }
          });
          if (f.equals("episodes.csv")) {
            continue;
          }
          assertThat(x.date("DOB")).isEqualTo(
              byId.get(x.get("CHILD")).youngPerson().birthMonth().atDay(15));
        }
      }
      assertThat(new HashSet<>(header)).isEqualTo(inTables);
      written.addAll(header);
      for (Csv903.Row x : t.get("header.csv").rows) {
        Sex sex = byId.get(x.get("CHILD")).youngPerson().sex().orElseThrow();
        String code = y >= 2025 ? (sex == Sex.FEMALE ? "F" : "M") : (sex == Sex.FEMALE ? "2" : "1");
        assertThat(x.get("SEX")).isEqualTo(code);
      }
      List<String> episodeRows = t.get("episodes.csv").render(Ssda903WriterTest.EPISODE);
      List<String> missingRows = t.get("missing.csv")
          .render("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
      List<String> oc2Rows = t.get("oc2.csv").render("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON",
          "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
          "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
      List<String> expectedEpisodes = new ArrayList<>();
      Set<String> expectedMissing = new TreeSet<>();
      List<String> expectedOc2 = new ArrayList<>();
      for (YoungPersonRecord g : records) {
        expectedEpisodes.addAll(expectedEpisodes(g, y));
        expectedMissing.addAll(expectedMissing(g, y));
        String o = expectedOc2(g, y);
        if (o != null) {
          expectedOc2.add(o);
        }
      }
      assertThat(episodeRows).as(year).containsExactlyElementsOf(expectedEpisodes);
      assertThat(new TreeSet<>(missingRows)).as(year).isEqualTo(expectedMissing);
      assertThat(missingRows).as(year).hasSameSizeAs(expectedMissing);
      assertThat(oc2Rows).as(year).containsExactlyElementsOf(expectedOc2);
      episodes += episodeRows.size();
      missing += missingRows.size();
      oc2 += oc2Rows.size();
    }
    assertThat(w.children()).isEqualTo(written.size());
    // the checks above had something to check
    assertThat(episodes).isGreaterThan(200);
    assertThat(missing).isGreaterThan(50);
    assertThat(oc2).isGreaterThan(20);
  }
}
