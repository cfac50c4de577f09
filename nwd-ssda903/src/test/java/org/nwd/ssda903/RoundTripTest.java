package org.nwd.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Placement;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.WorkerId;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.Ssda903Writer;

/**
 * Generated cohort -> 903 files (testkit writer) -> import gives back what the 903 can carry: the
 * looked-after periods and placements within the years (an episode running on past the last year
 * open, one begun before the first year with its own start), the missing and away incidents in care,
 * the SDQ score of each year the child had been looked after 12 months (dated 31 March),
 * convicted/cautioned and substance misuse for those years, EET and accommodation, and social worker
 * team memberships. The expectation is computed here from the generated records, independently of
 * the import.
 */
class RoundTripTest {
  static final String COUNCIL = "E10000023";
  static final int FIRST = 2022;
  static final int LAST = 2026;
  static final LocalDate FROM = LocalDate.of(FIRST - 1, 4, 1);
  static final LocalDate TO = LocalDate.of(LAST, 3, 31);

  @TempDir Path dir;

  static PostcodeDirectory lookup() {
    Map<String, PostcodeLocation> m = new HashMap<>();
    for (Ssda903Writer.SyntheticPostcode p : Ssda903Writer.postcodes(COUNCIL)) {
      m.put(p.postcode(), PostcodeLocation.of(p.council(), p.easting(), p.northing()));
    }
    return PostcodeDirectory.of(m);
  }

  /** Generated records, looked-after heavy, with sex, annual statuses and social workers added. */
  static List<YoungPersonRecord> cohort(int size, long seed) {
    CohortSettings settings =
        CohortSettings.builder()
            .size(size)
            .seed(seed)
            .referralsFrom(LocalDate.of(2021, 4, 1))
            .referralsUntil(LocalDate.of(2024, 4, 1))
            .careStatusMix(
                ImmutableMap.of(CareStatus.LOOKED_AFTER, 0.7, CareStatus.EDGE_OF_CARE, 0.2,
                    CareStatus.CARE_LEAVER, 0.1))
            .build();
    List<YoungPersonRecord> out = new ArrayList<>();
    int i = 0;
    for (YoungPersonRecord r : CohortGenerator.of(settings).generate().records()) {
      YoungPerson p = r.youngPerson();
      YoungPerson withSex =
          YoungPerson.builder()
              .id(p.id())
              .birthMonth(p.birthMonth())
              .localAuthority(p.localAuthority())
              .addAllCareStatusPeriods(p.careStatusPeriods())
              .sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE)
              .build();
      YoungPersonRecord.Builder b =
          YoungPersonRecord.builder()
              .youngPerson(withSex)
              .addAllReferrals(r.referrals())
              .addAllHubEpisodes(r.hubEpisodes())
              .addAllPlacements(r.placements())
              .addAllEvents(r.events())
              .addAllScores(r.scores());
      if (i % 4 != 0) {
        r.team().ifPresent(b::team);
      }
      DatePeriod span = DatePeriod.of(FROM.minusYears(1), TO.plusDays(1));
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
      if (i % 4 == 0) {
        List<TeamMembership> team = new ArrayList<>(r.team().get().memberships());
        LocalDate s = FROM.plusDays(40 + i);
        team.add(TeamMembership.of(WorkerId.of("SW" + (i % 7)), Role.SOCIAL_WORKER,
            DatePeriod.of(s, s.plusDays(200))));
        team.add(TeamMembership.of(WorkerId.of("SW" + (i % 5)), Role.SOCIAL_WORKER,
            DatePeriod.open(s.plusDays(200))));
        b.team(TeamAroundTheChild.of(r.id(), team));
      }
      out.add(b.build());
      i++;
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({"1, csv", "2, csv", "3, xml"})
  void theImportGivesBackWhatThe903Carries(long seed, String format) {
    List<YoungPersonRecord> records = cohort(150, seed);
    Ssda903Writer writer = Ssda903Writer.of(COUNCIL, FIRST, LAST);
    if (format.equals("xml")) {
      writer = writer.xml();
    }
    writer.write(records, dir);
    Ssda903Result r =
        Ssda903Import.builder().council(COUNCIL).postcodes(lookup()).build().read(dir);

    // A clean return gives no issue beyond the episodes begun before the data and the generator's
    // K3 (supported accommodation) in years before 2024-25, whose code list lacks it: kept as K3.
    assertThat(r.issues().issues())
        .allSatisfy(i -> assertThat(
            i.category() == DataIssueCategory.LEFT_CENSORED
                || (i.category() == DataIssueCategory.UNKNOWN_CODE
                    && i.value().orElse("").equals("K3")
                    && i.action() == DataIssueAction.KEPT
                    && (i.file().startsWith("2021-22") || i.file().startsWith("2022-23")
                        || i.file().startsWith("2023-24")))).as(i.toString()).isTrue());
    assertThat(Returns.of(r, DataIssueCategory.LEFT_CENSORED)).isNotEmpty();
    assertThat(r.dataCoverage()).isEqualTo(DatePeriod.of(FROM, TO.plusDays(1)));

    Map<YoungPersonId, YoungPersonRecord> imported = new HashMap<>();
    r.cohort().records().forEach(x -> imported.put(x.id(), x));
    int lookedAfter = 0;
    for (YoungPersonRecord g : records) {
      YoungPersonId id = YoungPersonId.of(COUNCIL + ":" + g.id().value());
      List<Placement> placements = expectedPlacements(g, id);
      boolean xml = format.equals("xml");
      List<String> statuses = expectedStatuses(g, id, xml);
      List<TeamMembership> sw = expectedSocialWorkers(g, xml);
      if (placements.isEmpty() && statuses.isEmpty() && sw.isEmpty()) {
        assertThat(imported.containsKey(id)).as("%s has nothing the 903 carries", id).isFalse();
        continue;
      }
      lookedAfter++;
      YoungPersonRecord x = imported.get(id);
      assertThat(x).as("record of %s", id).isNotNull();
      assertThat(x.youngPerson().birthMonth()).isEqualTo(g.youngPerson().birthMonth());
      assertThat(x.youngPerson().sex()).isEqualTo(g.youngPerson().sex());
      assertThat(x.youngPerson().localAuthority()).isEqualTo(COUNCIL);
      if (placements.isEmpty()) {
        assertThat(x.youngPerson().careStatusPeriods()).isEmpty();
      } else {
        assertThat(x.youngPerson().careStatusPeriods())
            .containsExactly(
                CareStatusPeriod.open(CareStatus.LOOKED_AFTER, placements.get(0).period().start()));
      }
      assertThat(x.placements()).containsExactlyElementsOf(placements);
      assertThat(events(x.events())).isEqualTo(expectedEvents(g));
      assertThat(x.scores()).containsExactlyElementsOf(expectedScores(g, id));
      assertThat(new TreeSet<>(statuses(x.statusPeriods()))).isEqualTo(new TreeSet<>(statuses));
      if (sw.isEmpty()) {
        assertThat(x.team()).isEmpty();
      } else {
        assertThat(x.team().orElseThrow().memberships()).containsExactlyInAnyOrderElementsOf(sw);
      }
    }
    assertThat(r.cohort().size()).isEqualTo(lookedAfter).isGreaterThan(50);
    assertThat(r.cohort().records().stream().filter(x -> !x.placements().isEmpty()).count())
        .isGreaterThan(50);
    assertThat(r.missingEpisodes()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.durationDays()).hasValue(1));
    assertThat(r.episodes()).isNotEmpty();
  }

  /** Placements overlapping the years; one running past the last year open. */
  static List<Placement> expectedPlacements(YoungPersonRecord g, YoungPersonId id) {
    List<Placement> out = new ArrayList<>();
    List<Placement> sorted = new ArrayList<>(g.placements());
    sorted.sort(Comparator.comparing((Placement p) -> p.period().start()));
    for (Placement p : sorted) {
      LocalDate end = p.period().end().orElse(null);
      if (p.period().start().isAfter(TO) || (end != null && end.isBefore(FROM))) {
        continue;
      }
      DatePeriod period = end == null || end.isAfter(TO)
          ? DatePeriod.open(p.period().start()) : p.period();
      Placement.Builder b =
          Placement.builder().youngPersonId(id).period(period).type(p.type()).location(p.location());
      p.provider().ifPresent(b::provider);
      out.add(b.build());
    }
    return out;
  }

  static Set<String> events(List<OutcomeEvent> events) {
    return events.stream().map(e -> e.measure().code() + " " + e.date() + " " + e.count())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> expectedEvents(YoungPersonRecord g) {
    Set<String> out = new TreeSet<>();
    for (OutcomeEvent e : g.events()) {
      if (e.measure().equals(StandardMeasures.MISSING_INCIDENTS) && !e.date().isBefore(FROM)
          && !e.date().isAfter(TO) && g.youngPerson().careStatusOn(e.date()) == CareStatus.LOOKED_AFTER) {
        out.add("MISSING_INCIDENTS " + e.date() + " 1");
      }
    }
    return out;
  }

  static boolean twelveMonths(YoungPersonRecord g, int y) {
    LocalDate end = LocalDate.of(y, 3, 31);
    return g.youngPerson().careStatusOn(end) == CareStatus.LOOKED_AFTER
        && g.youngPerson().careStatusOn(end.minusYears(1).plusDays(1)) == CareStatus.LOOKED_AFTER;
  }

  static List<ScoreObservation> expectedScores(YoungPersonRecord g, YoungPersonId id) {
    List<ScoreObservation> out = new ArrayList<>();
    for (int y = FIRST; y <= LAST; y++) {
      if (!twelveMonths(g, y)) {
        continue;
      }
      LocalDate start = LocalDate.of(y - 1, 4, 1);
      LocalDate end = LocalDate.of(y, 3, 31);
      ScoreObservation latest = null;
      for (ScoreObservation s : g.scores()) {
        if (!s.date().isBefore(start) && !s.date().isAfter(end)
            && (latest == null || !s.date().isBefore(latest.date()))) {
          latest = s;
        }
      }
      if (latest != null) {
        out.add(ScoreObservation.of(id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, end,
            latest.score()));
      }
    }
    return out;
  }

  static List<String> statuses(List<StatusPeriod> s) {
    return s.stream().map(p -> p.measure().code() + " " + p.period() + " " + p.inStatus()).toList();
  }

  static List<String> expectedStatuses(YoungPersonRecord g, YoungPersonId id, boolean xml) {
    List<StatusPeriod> out = new ArrayList<>();
    LocalDate born = g.youngPerson().birthMonth().atDay(1);
    for (int y = FIRST; y <= LAST; y++) {
      LocalDate end = LocalDate.of(y, 3, 31);
      LocalDate start = LocalDate.of(y - 1, 4, 1);
      DatePeriod year = DatePeriod.of(start.isBefore(born) ? born : start, end.plusDays(1));
      for (StatusPeriod s : g.statusPeriods()) {
        if (!s.period().contains(end)) {
          continue;
        }
        boolean oc2 = s.measure().equals(StandardMeasures.CONVICTED_OR_CAUTIONED)
            || s.measure().equals(StandardMeasures.SUBSTANCE_MISUSE);
        if (oc2 && !twelveMonths(g, y)) {
          continue;
        }
        out.add(StatusPeriod.of(id, s.measure(), year, s.inStatus()));
      }
    }
    return statuses(out);
  }

  static List<TeamMembership> expectedSocialWorkers(YoungPersonRecord g, boolean xml) {
    List<TeamMembership> out = new ArrayList<>();
    if (xml || g.team().isEmpty()) {
      return out;
    }
    for (TeamMembership m : g.team().get().memberships()) {
      if (m.role() != Role.SOCIAL_WORKER) {
        continue;
      }
      LocalDate end = m.period().end().orElse(null);
      DatePeriod p = end == null || end.isAfter(TO) ? DatePeriod.open(m.period().start()) : m.period();
      out.add(TeamMembership.of(WorkerId.of(COUNCIL + ":" + m.workerId().value()),
          Role.SOCIAL_WORKER, p));
    }
    return out;
  }
}
