package org.nwd.testkit;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.NullUnmarked;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssueCategory;

/**
 * Writes young people's records as a council's SSDA903 returns, one folder per collection year
 * ({@code 2023-24/header.csv}, {@code episodes.csv}, {@code missing.csv}, {@code oc2.csv}, {@code
 * oc3.csv}, {@code sw_episodes.csv}, or one {@code return.xml}), so that tests, users and examples have
 * realistic 903 files without any real child's data. Everything written is synthetic.
 *
 * <p>What a record becomes (what the 903 can carry):
 *
 * <ul>
 *   <li>each looked-after care-status period with placements: one episode per placement ({@code RNE}
 *       S for the first, P after; {@code REC} X1 when the next placement starts that day, E8 at the
 *       end of the period), legal status C2, need N4, {@code PLACE} and {@code PLACE_PROVIDER} from the
 *       placement, a home postcode inside the council and a placement postcode inside or outside it
 *       by the placement's location (blank when unknown; see {@link #postcodes}). A return holds the
 *       episodes open at any time in its year, an episode that ends after the year written as open;
 *   <li>missing incidents and away-from-placement incidents on days in care, one {@code M} or {@code
 *       A} row per distinct day, found the next day;
 *   <li>an {@code OC2} row in each year at whose end the child had been looked after for 12 months:
 *       the latest SDQ score dated in the year, and {@code CONVICTED} and {@code SUBSTANCE_MISUSE}
 *       from status periods covering the year's last day;
 *   <li>an {@code OC3} row in each year whose last day an in-EET or suitable-accommodation status
 *       period covers ({@code ACTIV} F5 or G5, {@code ACCOM} U1 or U2);
 *   <li>social worker team memberships as social worker episodes (CSV only: whether the XML carries
 *       them is an open question);
 *   <li>a header row in each year the child has any other row: {@code DOB} the 15th of the birth
 *       month, {@code SEX} in the year's coding (1/2 up to 2023-24, M/F/U from 2024-25; blank where
 *       the coding has no code for the recorded sex).
 * </ul>
 *
 * <p>The dirty variant ({@link #dirty(double, long)}) injects problems at a known rate: every episode,
 * every missing row and every child is a unit, injected with probability {@code rate} (decided by a
 * hash of the seed and the unit, so every return that repeats an episode repeats its injection), with
 * one category drawn uniformly among those that apply to it; every injection is listed in {@link
 * Written#injections()} with the category, file, line and child of the issue the import must report.
 * Dirty files also carry harmless noise: a byte-order mark and CRLF line ends, lower-case and shuffled
 * episode columns, ISO dates in the missing table.
 */
// Rows are built field by field in mutable holders and most 903 fields are optional, so this
// writer of synthetic test files opts out of NullAway's checks (its output is checked by tests).
@NullUnmarked
public final class Ssda903Writer {
  /** The synthetic home postcode, inside the council. */
  public static final String HOME = "ZZ1 1AA";
  /** The synthetic placement postcode inside the council. */
  public static final String INSIDE = "ZZ2 1AB";
  /** The synthetic placement postcode outside the council. */
  public static final String OUTSIDE = "ZY1 1AB";
  /** The council the outside postcode is in. */
  public static final String OTHER_COUNCIL = "E99999999";

  static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
  static final String[] EPISODE_COLUMNS = {
    "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"
  };
  static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
  static final String OC2 =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
          + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
  static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
  static final String SW = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON";

  private final String council;
  private final int firstYear;
  private final int lastYear;
  private final double rate;
  private final long seed;
  private final boolean xml;

  private Ssda903Writer(
      String council, int firstYear, int lastYear, double rate, long seed, boolean xml) {
    this.council = council;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.rate = rate;
    this.seed = seed;
    this.xml = xml;
  }

  /**
   * A clean CSV writer for {@code council} and the collection years ending in {@code firstEndYear}
   * to {@code lastEndYear} (2025 is 2024-25).
   */
  public static Ssda903Writer of(String council, int firstEndYear, int lastEndYear) {
    Objects.requireNonNull(council, "council");
    DomainRuleException.require(
        firstEndYear <= lastEndYear && firstEndYear >= 1990 && lastEndYear <= 2100,
        "lastEndYear",
        "collection years %s to %s are not in order within 1990-2100",
        firstEndYear,
        lastEndYear);
    return new Ssda903Writer(council, firstEndYear, lastEndYear, 0, 0, false);
  }

  /** The same, with problems injected at {@code rate} (0 to 1) drawn from {@code seed}; CSV only. */
  public Ssda903Writer dirty(double rate, long seed) {
    DomainRuleException.require(
        rate >= 0 && rate <= 1, "rate", "injection rate %s is not between 0 and 1", rate);
    DomainRuleException.require(!xml, "rate", "the dirty variant writes CSV only");
    return new Ssda903Writer(council, firstYear, lastYear, rate, seed, false);
  }

  /** The same, as one DfE XML return per year (clean only; no social worker episodes). */
  public Ssda903Writer xml() {
    DomainRuleException.require(rate == 0, "xml", "the dirty variant writes CSV only");
    return new Ssda903Writer(council, firstYear, lastYear, 0, 0, true);
  }

  /** A synthetic postcode and where it is: council and OS grid reference in metres. */
  public record SyntheticPostcode(String postcode, String council, double easting, double northing) {}

  /**
   * The postcodes the writer uses, for the import's postcode lookup: {@link #HOME} and {@link
   * #INSIDE} in {@code council} (3 km and 4 km apart: 5 km), {@link #OUTSIDE} in {@link
   * #OTHER_COUNCIL}, 40 km from home.
   */
  public static List<SyntheticPostcode> postcodes(String council) {
    return List.of(
        new SyntheticPostcode(HOME, council, 500000, 480000),
        new SyntheticPostcode(INSIDE, council, 503000, 484000),
        new SyntheticPostcode(OUTSIDE, OTHER_COUNCIL, 460000, 480000));
  }

  /** One injected problem: the issue the import must report (category, file, line, child). */
  public record Injection(DataIssueCategory category, String file, long line, String child) {}

  /** What was written: the folder, the injections (none when clean) and how many children. */
  public record Written(Path folder, List<Injection> injections, int children) {
    /** Copies the list. */
    public Written {
      injections = ImmutableList.copyOf(injections);
    }
  }

  // ---- the model of one child's returns ----

  private static final class Episode {
    LocalDate start;
    LocalDate end;
    String rne;
    String rec;
    String place;
    String provider;
    String placePost;
    String cin = "N4";
    // injections
    String cinBefore;
    String recOnOpen;
    boolean duplicate;
    DataIssueCategory rowCategory;
    DataIssueCategory latestCategory;
  }

  private static final class MissingRow {
    String kind;
    LocalDate start;
    LocalDate end;
    String startText;
    String endText;
    DataIssueCategory category;
    boolean extra;
  }

  private static final class Child {
    String id;
    LocalDate dob;
    Sex sex;
    final List<Episode> episodes = new ArrayList<>();
    final List<MissingRow> missing = new ArrayList<>();
    final Map<Integer, String[]> oc2 = new TreeMap<>();
    final Map<Integer, String[]> oc3 = new TreeMap<>();
    final List<TeamMembership> sw = new ArrayList<>();
    boolean dropFromLastYear;
    Episode censored;
    boolean ghost;
  }

  /**
   * Writes {@code records} as the returns of every year into {@code folder} (created if needed).
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public Written write(Iterable<YoungPersonRecord> records, Path folder) {
    List<Child> children = new ArrayList<>();
    int ghosts = 0;
    for (YoungPersonRecord r : records) {
      Child c = child(r);
      if (c == null) {
        continue;
      }
      children.add(c);
      if (rate > 0) {
        inject(c);
        if (draw("ghost", c.id, 0) < rate) {
          children.add(ghost(c, ghosts++));
        }
      }
    }
    List<Injection> injections = new ArrayList<>();
    Map<Episode, Object[]> lastLine = new LinkedHashMap<>();
    Map<MissingRow, Object[]> lastMissing = new LinkedHashMap<>();
    try {
      for (int y = firstYear; y <= lastYear; y++) {
        Path dir = folder.resolve(yearName(y));
        Files.createDirectories(dir);
        if (xml) {
          writeXml(children, y, dir);
        } else {
          writeCsv(children, y, dir, injections, lastLine, lastMissing);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Issues reported on the kept (latest) version of an episode or missing row.
    for (Child c : children) {
      for (Episode e : c.episodes) {
        Object[] at = lastLine.get(e);
        if (e.latestCategory != null && at != null) {
          injections.add(new Injection(e.latestCategory, (String) at[0], (Long) at[1], c.id));
        }
      }
      for (MissingRow m : c.missing) {
        Object[] at = lastMissing.get(m);
        if (m.category == DataIssueCategory.MISSING_OUTSIDE_CARE && at != null) {
          injections.add(new Injection(m.category, (String) at[0], (Long) at[1], c.id));
        }
      }
      if (c.censored != null) {
        Object[] at = lastLine.get(c.censored);
        injections.add(new Injection(DataIssueCategory.CENSORED, (String) at[0], (Long) at[1], c.id));
      }
    }
    return new Written(folder, injections, (int) children.stream().filter(c -> !c.ghost).count());
  }

  static String yearName(int endYear) {
    return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
  }

  private static LocalDate yearStart(int y) {
    return LocalDate.of(y - 1, 4, 1);
  }

  private static LocalDate yearEnd(int y) {
    return LocalDate.of(y, 3, 31);
  }

  /** The child's returns, or null when nothing of the record falls in the years. */
  private Child child(YoungPersonRecord r) {
    Child c = new Child();
    c.id = r.id().value();
    c.dob = r.youngPerson().birthMonth().atDay(15);
    c.sex = r.youngPerson().sex().orElse(null);
    LocalDate from = yearStart(firstYear);
    LocalDate to = yearEnd(lastYear);
    List<DatePeriod> care = new ArrayList<>();
    for (CareStatusPeriod p : r.youngPerson().careStatusPeriods()) {
      if (p.status() == CareStatus.LOOKED_AFTER) {
        care.add(p.period());
      }
    }
    List<Placement> placements = new ArrayList<>(r.placements());
    placements.sort(Comparator.comparing((Placement p) -> p.period().start()));
    for (DatePeriod period : care) {
      List<Placement> in = new ArrayList<>();
      for (Placement p : placements) {
        if (period.contains(p.period().start())) {
          in.add(p);
        }
      }
      for (int i = 0; i < in.size(); i++) {
        Placement p = in.get(i);
        Episode e = new Episode();
        e.start = p.period().start();
        e.end = p.period().end().orElse(null);
        e.rne = i == 0 ? "S" : "P";
        boolean next = i + 1 < in.size() && p.period().end().isPresent()
            && in.get(i + 1).period().start().equals(p.period().end().get());
        e.rec = e.end == null ? null : next ? "X1" : "E8";
        e.place = p.type().code();
        e.provider = p.provider().map(v -> v.code()).orElse(null);
        e.placePost = p.location() == PlacementLocation.INSIDE ? INSIDE
            : p.location() == PlacementLocation.OUTSIDE ? OUTSIDE : null;
        if (!e.start.isAfter(to) && (e.end == null || !e.end.isBefore(from))) {
          c.episodes.add(e);
        }
      }
    }
    for (OutcomeEvent ev : r.events()) {
      String kind = ev.measure().equals(StandardMeasures.MISSING_INCIDENTS) ? "M"
          : ev.measure().equals(StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS) ? "A" : null;
      if (kind == null || ev.count() == 0 || ev.date().isBefore(from) || ev.date().isAfter(to)
          || care.stream().noneMatch(p -> p.contains(ev.date()))) {
        continue;
      }
      boolean seen = c.missing.stream().anyMatch(m -> m.kind.equals(kind) && m.start.equals(ev.date()));
      if (!seen) {
        MissingRow m = new MissingRow();
        m.kind = kind;
        m.start = ev.date();
        m.end = ev.date().plusDays(1);
        c.missing.add(m);
      }
    }
    for (int y = firstYear; y <= lastYear; y++) {
      LocalDate end = yearEnd(y);
      boolean twelveMonths = care.stream()
          .anyMatch(p -> !p.start().isAfter(end.minusYears(1).plusDays(1)) && p.contains(end));
      if (twelveMonths) {
        ScoreObservation latest = null;
        for (ScoreObservation s : r.scores()) {
          if (s.measure().equals(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
              && !s.date().isBefore(yearStart(y)) && !s.date().isAfter(end)
              && (latest == null || !s.date().isBefore(latest.date()))) {
            latest = s;
          }
        }
        c.oc2.put(y, new String[] {
          latest == null ? "" : Integer.toString((int) latest.score()),
          latest == null ? "SDQ4" : "",
          flag(r, StandardMeasures.CONVICTED_OR_CAUTIONED, end),
          flag(r, StandardMeasures.SUBSTANCE_MISUSE, end)
        });
      }
      String eet = flag(r, StandardMeasures.IN_EET, end);
      String suitable = flag(r, StandardMeasures.SUITABLE_ACCOMMODATION, end);
      if (!eet.isEmpty() || !suitable.isEmpty()) {
        c.oc3.put(y, new String[] {
          "YES",
          eet.isEmpty() ? "" : eet.equals("1") ? "F5" : "G5",
          suitable.isEmpty() ? "" : suitable.equals("1") ? "U1" : "U2"
        });
      }
    }
    if (!xml) {
      r.team().ifPresent(t -> {
        for (TeamMembership m : t.memberships()) {
          if (m.role() == Role.SOCIAL_WORKER && !m.period().start().isAfter(to)
              && m.period().end().map(e -> !e.isBefore(from)).orElse(true)) {
            c.sw.add(m);
          }
        }
      });
    }
    boolean any = !c.episodes.isEmpty() || !c.missing.isEmpty() || !c.oc2.isEmpty()
        || !c.oc3.isEmpty() || !c.sw.isEmpty();
    return any ? c : null;
  }

  /** 1 or 0 from the status period of {@code measure} covering {@code day}; blank when none. */
  private static String flag(YoungPersonRecord r, OutcomeMeasure measure, LocalDate day) {
    StatusPeriod found = null;
    for (StatusPeriod s : r.statusPeriods()) {
      if (s.measure().equals(measure) && s.period().contains(day)
          && (found == null || s.period().start().isAfter(found.period().start()))) {
        found = s;
      }
    }
    return found == null ? "" : found.inStatus() ? "1" : "0";
  }

  // ---- injection ----

  /** A uniform draw in [0, 1) from the seed, a kind of unit and the unit's key. */
  private double draw(String kind, String key, long salt) {
    long h = seed * 0x9E3779B97F4A7C15L + salt;
    for (int i = 0; i < kind.length(); i++) {
      h = (h ^ kind.charAt(i)) * 0x100000001B3L;
    }
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    h = CohortGenerator.mix64(h);
    return (h >>> 11) * 0x1.0p-53;
  }

  private static <T> T pick(List<T> options, double u) {
    return options.get(Math.min(options.size() - 1, (int) (u * options.size())));
  }

  private void inject(Child c) {
    LocalDate from = yearStart(firstYear);
    LocalDate to = yearEnd(lastYear);
    List<DataIssueCategory> childLevel = new ArrayList<>();
    Episode openAtLastEnd = null;
    Episode lastEpisode = c.episodes.isEmpty() ? null : c.episodes.get(c.episodes.size() - 1);
    if (lastYear > firstYear && lastEpisode != null && lastEpisode.start.isBefore(yearStart(lastYear))
        && (lastEpisode.end == null || lastEpisode.end.isAfter(yearEnd(lastYear - 1)))) {
      openAtLastEnd = lastEpisode;
      childLevel.add(DataIssueCategory.CENSORED);
    }
    List<Episode> withNext = new ArrayList<>();
    for (int i = 0; i + 1 < c.episodes.size(); i++) {
      Episode e = c.episodes.get(i);
      Episode n = c.episodes.get(i + 1);
      if ("X1".equals(e.rec) && !e.start.isBefore(from) && n.start.equals(e.end)
          && !n.start.isAfter(to)) {
        withNext.add(e);
      }
    }
    if (!withNext.isEmpty()) {
      childLevel.add(DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE);
      childLevel.add(DataIssueCategory.OVERLAPPING_EPISODES);
      // An episode made open is written open in every later return, so it is never censored.
      if (lastEpisode.end == null) {
        childLevel.add(DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE);
      }
    }
    if (!c.episodes.isEmpty()) {
      LocalDate d = c.episodes.get(0).start.minusDays(10);
      if (!d.isBefore(from) && d.isAfter(c.dob.plusMonths(1))) {
        childLevel.add(DataIssueCategory.MISSING_OUTSIDE_CARE);
      }
    }
    List<Episode> repeated = new ArrayList<>();
    for (Episode e : c.episodes) {
      if (e.end != null && e.end.isAfter(yearEnd(yearOf(e.start))) && yearOf(e.start) >= firstYear
          && yearOf(e.start) < lastYear) {
        repeated.add(e);
      }
    }
    if (!repeated.isEmpty()) {
      childLevel.add(DataIssueCategory.CHANGED_BETWEEN_RETURNS);
    }
    boolean childInjected = false;
    if (!childLevel.isEmpty() && draw("child", c.id, 1) < rate) {
      childInjected = true;
      DataIssueCategory cat = pick(childLevel, draw("child-category", c.id, 2));
      double u = draw("child-unit", c.id, 3);
      switch (cat) {
        case CENSORED:
          c.dropFromLastYear = true;
          c.censored = openAtLastEnd;
          break;
        case GAP_NOT_NEW_PERIOD_OF_CARE: {
          Episode e = pick(withNext, u);
          Episode next = c.episodes.get(c.episodes.indexOf(e) + 1);
          if (e.end.minusDays(2).isAfter(e.start)) {
            e.end = e.end.minusDays(2);
            next.latestCategory = DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE;
          } else {
            childInjected = false;
          }
          break;
        }
        case OVERLAPPING_EPISODES: {
          Episode e = pick(withNext, u);
          Episode next = c.episodes.get(c.episodes.indexOf(e) + 1);
          if (!e.end.plusDays(3).isAfter(to) && (next.end == null || next.end.isAfter(e.end.plusDays(3)))) {
            e.end = e.end.plusDays(3);
            next.latestCategory = DataIssueCategory.OVERLAPPING_EPISODES;
          } else {
            childInjected = false;
          }
          break;
        }
        case MORE_THAN_ONE_OPEN_EPISODE: {
          Episode e = pick(withNext, u);
          e.end = null;
          e.rec = null;
          c.episodes.get(c.episodes.size() - 1).latestCategory =
              DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE;
          break;
        }
        case MISSING_OUTSIDE_CARE: {
          MissingRow m = new MissingRow();
          m.kind = "M";
          m.start = c.episodes.get(0).start.minusDays(10);
          m.end = m.start.plusDays(1);
          m.category = DataIssueCategory.MISSING_OUTSIDE_CARE;
          m.extra = true;
          c.missing.add(m);
          break;
        }
        case CHANGED_BETWEEN_RETURNS: {
          Episode e = pick(repeated, u);
          e.cinBefore = "N1";
          break;
        }
        default:
          throw new IllegalStateException(cat.toString());
      }
    }
    if (!childInjected) {
      injectRows(c);
    }
    for (MissingRow m : new ArrayList<>(c.missing)) {
      if (m.extra || draw("missing", c.id + m.kind + m.start, 4) >= rate) {
        continue;
      }
      DataIssueCategory cat = pick(
          List.of(DataIssueCategory.INVALID_DATE, DataIssueCategory.END_BEFORE_START,
              DataIssueCategory.DATE_OUT_OF_RANGE),
          draw("missing-category", c.id + m.kind + m.start, 5));
      switch (cat) {
        case INVALID_DATE:
          m.startText = "31/02/" + m.start.getYear();
          m.category = cat;
          break;
        case END_BEFORE_START:
          m.end = m.start.minusDays(1);
          m.category = cat;
          break;
        default: {
          MissingRow late = new MissingRow();
          late.kind = m.kind;
          int y = yearOf(m.start);
          late.start = yearEnd(y).plusDays(10);
          late.end = late.start.plusDays(1);
          late.category = DataIssueCategory.DATE_OUT_OF_RANGE;
          late.extra = true;
          late.startText = "@" + y;
          c.missing.add(late);
        }
      }
    }
  }

  /** Row-level injections on episodes: at most one per episode. */
  private void injectRows(Child c) {
    List<Episode> added = new ArrayList<>();
    for (Episode e : c.episodes) {
      String key = c.id + e.start;
      if (draw("episode", key, 6) >= rate) {
        continue;
      }
      List<DataIssueCategory> options = new ArrayList<>(List.of(
          DataIssueCategory.UNKNOWN_CODE, DataIssueCategory.INVALID_POSTCODE,
          DataIssueCategory.DUPLICATE_ROW));
      if (e.end == null) {
        options.add(DataIssueCategory.REASON_ON_OPEN_EPISODE);
      }
      long days = e.end == null ? 30 : java.time.temporal.ChronoUnit.DAYS.between(e.start, e.end);
      if (days >= 10 && e.start.isAfter(yearStart(firstYear))) {
        options.add(DataIssueCategory.PROVIDER_NOT_ALLOWED);
      }
      DataIssueCategory cat = pick(options, draw("episode-category", key, 7));
      switch (cat) {
        case UNKNOWN_CODE:
          e.place = "Q1";
          e.rowCategory = cat;
          break;
        case INVALID_POSTCODE:
          e.placePost = "ZZ 1";
          e.rowCategory = cat;
          break;
        case DUPLICATE_ROW:
          e.duplicate = true;
          break;
        case REASON_ON_OPEN_EPISODE:
          e.recOnOpen = "E8";
          break;
        default: {
          // A holiday (T2, wrongly with a provider) inside the placement: the placement resumes.
          Episode holiday = new Episode();
          Episode rest = new Episode();
          holiday.start = e.start.plusDays(3);
          holiday.end = e.start.plusDays(5);
          holiday.rne = "P";
          holiday.rec = "X1";
          holiday.place = "T2";
          holiday.provider = "PR4";
          holiday.rowCategory = DataIssueCategory.PROVIDER_NOT_ALLOWED;
          rest.start = holiday.end;
          rest.end = e.end;
          rest.rne = "P";
          rest.rec = e.rec;
          rest.place = e.place;
          rest.provider = e.provider;
          rest.placePost = e.placePost;
          e.end = holiday.start;
          e.rec = "X1";
          added.add(holiday);
          added.add(rest);
        }
      }
    }
    c.episodes.addAll(added);
    c.episodes.sort(Comparator.comparing((Episode e) -> e.start));
  }

  private Child ghost(Child of, int n) {
    Child g = new Child();
    g.ghost = true;
    g.id = "GHOST-" + n;
    g.dob = of.dob;
    MissingRow m = new MissingRow();
    m.kind = "M";
    m.start = yearStart(lastYear).plusDays(n % 300);
    m.end = m.start.plusDays(1);
    m.category = DataIssueCategory.CHILD_NOT_IN_HEADER;
    m.extra = true;
    g.missing.add(m);
    return g;
  }

  private static int yearOf(LocalDate d) {
    return d.getMonthValue() >= 4 ? d.getYear() + 1 : d.getYear();
  }

  // ---- what a return holds ----

  private boolean inReturn(Child c, int y) {
    return !(c.dropFromLastYear && y == lastYear);
  }

  private static boolean inYear(Episode e, int y) {
    return !e.start.isAfter(yearEnd(y)) && (e.end == null || !e.end.isBefore(yearStart(y)));
  }

  private static boolean inYear(MissingRow m, int y) {
    if (m.startText != null && m.startText.startsWith("@")) {
      return Integer.parseInt(m.startText.substring(1)) == y;
    }
    return !m.start.isAfter(yearEnd(y))
        && (yearOf(m.start) == y || (m.end != null && yearOf(m.end) == y && !m.end.isBefore(m.start)));
  }

  private static boolean inYear(TeamMembership m, int y) {
    return !m.period().start().isAfter(yearEnd(y))
        && m.period().end().map(e -> !e.isBefore(yearStart(y))).orElse(true);
  }

  private boolean hasRows(Child c, int y) {
    return c.episodes.stream().anyMatch(e -> inYear(e, y))
        || c.missing.stream().anyMatch(m -> inYear(m, y))
        || c.oc2.containsKey(y) || c.oc3.containsKey(y)
        || c.sw.stream().anyMatch(m -> inYear(m, y));
  }

  private String sex(Child c, int y) {
    if (c.sex == null) {
      return "";
    }
    return (y >= 2025 ? c.sex.ssda903LetterCode() : c.sex.ssda903Code()).orElse("");
  }

  private String date(LocalDate d, boolean iso) {
    return d == null ? "" : iso ? d.toString()
        : String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  // ---- CSV ----

  private void writeCsv(
      List<Child> children, int y, Path dir, List<Injection> injections,
      Map<Episode, Object[]> lastLine, Map<MissingRow, Object[]> lastMissing) throws IOException {
    boolean dirty = rate > 0;
    String folder = yearName(y);
    Table header = new Table(folder + "/header.csv", HEADER);
    String[] columns = EPISODE_COLUMNS.clone();
    if (dirty) {
      // shuffled and lower case: the import recognises tables by their column set
      String first = columns[0];
      columns[0] = columns[columns.length - 1];
      columns[columns.length - 1] = first;
      for (int i = 0; i < columns.length; i++) {
        columns[i] = columns[i].toLowerCase(Locale.ROOT);
      }
    }
    Table episodes = new Table(folder + "/episodes.csv", String.join(",", columns));
    Table missing = new Table(folder + "/missing.csv", MISSING);
    Table oc2 = new Table(folder + "/oc2.csv", OC2);
    Table oc3 = new Table(folder + "/oc3.csv", OC3);
    Table sw = new Table(folder + "/sw_episodes.csv", SW);
    for (Child c : children) {
      if (!inReturn(c, y) || !hasRows(c, y)) {
        continue;
      }
      String dob = date(c.dob, false);
      if (!c.ghost) {
        header.add(c.id + "," + sex(c, y) + "," + dob + ",WBRI,UN1,,");
      }
      for (Episode e : c.episodes) {
        if (!inYear(e, y)) {
          continue;
        }
        boolean closed = e.end != null && !e.end.isAfter(yearEnd(y));
        Map<String, String> v = new LinkedHashMap<>();
        v.put("CHILD", c.id);
        v.put("DECOM", date(e.start, false));
        v.put("RNE", e.rne);
        v.put("LS", "C2");
        v.put("CIN", e.cinBefore != null && y < lastYear && e.end != null && e.end.isAfter(yearEnd(y))
            ? e.cinBefore : e.cin);
        v.put("PLACE", e.place);
        v.put("PLACE_PROVIDER", e.provider == null ? "" : e.provider);
        v.put("DEC", closed ? date(e.end, false) : "");
        v.put("REC", closed ? e.rec : e.recOnOpen == null ? "" : e.recOnOpen);
        v.put("REASON_PLACE_CHANGE", "");
        v.put("HOME_POST", HOME);
        v.put("PL_POST", e.placePost == null ? "" : e.placePost);
        v.put("URN", "");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
          row.append(i == 0 ? "" : ",").append(v.get(columns[i].toUpperCase(Locale.ROOT)));
        }
        long line = episodes.add(row.toString());
        lastLine.put(e, new Object[] {episodes.name, line});
        if (e.rowCategory != null) {
          injections.add(new Injection(e.rowCategory, episodes.name, line, c.id));
        }
        if (e.recOnOpen != null && !closed) {
          injections.add(new Injection(DataIssueCategory.REASON_ON_OPEN_EPISODE, episodes.name,
              line, c.id));
        }
        if (e.cinBefore != null && y < lastYear && e.end != null && e.end.isAfter(yearEnd(y))) {
          injections.add(new Injection(DataIssueCategory.CHANGED_BETWEEN_RETURNS, episodes.name,
              line, c.id));
        }
        if (e.duplicate) {
          long again = episodes.add(row.toString());
          injections.add(new Injection(DataIssueCategory.DUPLICATE_ROW, episodes.name, again, c.id));
        }
      }
      for (MissingRow m : c.missing) {
        if (!inYear(m, y)) {
          continue;
        }
        String start = m.startText != null && !m.startText.startsWith("@") ? m.startText
            : date(m.start, dirty);
        // An episode still open at the year end is open in that return.
        LocalDate end = m.end != null && m.end.isAfter(yearEnd(y)) ? null : m.end;
        long line = missing.add(c.id + "," + dob + "," + m.kind + "," + start + ","
            + date(end, dirty));
        lastMissing.put(m, new Object[] {missing.name, line});
        if (m.category != null && m.category != DataIssueCategory.MISSING_OUTSIDE_CARE) {
          injections.add(new Injection(m.category, missing.name, line, c.id));
        }
      }
      String[] o2 = c.oc2.get(y);
      if (o2 != null) {
        oc2.add(c.id + "," + dob + "," + o2[0] + "," + o2[1] + "," + o2[2] + ",1,1,1,1," + o2[3]
            + ",,");
      }
      String[] o3 = c.oc3.get(y);
      if (o3 != null) {
        oc3.add(c.id + "," + dob + "," + o3[0] + "," + o3[1] + "," + o3[2]);
      }
      for (TeamMembership m : c.sw) {
        if (!inYear(m, y)) {
          continue;
        }
        LocalDate end = m.period().end().orElse(null);
        boolean closed = end != null && !end.isAfter(yearEnd(y));
        sw.add(c.id + "," + dob + "," + m.workerId().value() + "," + date(m.period().start(), false)
            + "," + (closed ? date(end, false) : "") + ",MANAGE");
      }
    }
    for (Table t : List.of(header, episodes, missing, oc2, oc3, sw)) {
      t.write(dir.getParent(), dirty);
    }
  }

  /** One CSV file being built: its lines, numbered as they will be in the file. */
  private static final class Table {
    final String name;
    final List<String> lines = new ArrayList<>();

    Table(String name, String header) {
      this.name = name;
      lines.add(header);
    }

    long add(String line) {
      lines.add(line);
      return lines.size();
    }

    void write(Path root, boolean dirty) throws IOException {
      String eol = dirty ? "\r\n" : "\n";
      StringBuilder s = new StringBuilder(dirty ? "\uFEFF" : "");
      for (String l : lines) {
        s.append(l).append(eol);
      }
      Files.writeString(root.resolve(name), s, StandardCharsets.UTF_8);
    }
  }

  // ---- XML ----

  private void writeXml(List<Child> children, int y, Path dir) throws IOException {
    StringBuilder s = new StringBuilder(1 << 16);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
    for (Child c : children) {
      if (!hasRows(c, y)) {
        continue;
      }
      String dob = date(c.dob, false);
      s.append("  <CHILD>\n    <HEADER>\n");
      leaf(s, "CHILDID", c.id);
      leaf(s, "SEX", sex(c, y));
      leaf(s, "DOB", dob);
      leaf(s, "ETHNIC", "WBRI");
      leaf(s, "UPN", "UN1");
      String[] o3 = c.oc3.get(y);
      if (o3 != null) {
        leaf(s, "IN_TOUCH", o3[0]);
        leaf(s, "ACTIV", o3[1]);
        leaf(s, "ACCOM", o3[2]);
      }
      for (MissingRow m : c.missing) {
        if (inYear(m, y)) {
          s.append("      <AMISSING>\n");
          leaf(s, "MISSING", m.kind);
          leaf(s, "MIS_START", date(m.start, false));
          leaf(s, "MIS_END", m.end.isAfter(yearEnd(y)) ? "" : date(m.end, false));
          s.append("      </AMISSING>\n");
        }
      }
      String[] o2 = c.oc2.get(y);
      if (o2 != null) {
        s.append("      <OC2>\n");
        leaf(s, "SDQ_SCORE", o2[0]);
        leaf(s, "SDQ_REASON", o2[1]);
        leaf(s, "CONVICTED", o2[2]);
        leaf(s, "SUBSTANCE_MISUSE", o2[3]);
        s.append("      </OC2>\n");
      }
      s.append("    </HEADER>\n");
      for (Episode e : c.episodes) {
        if (!inYear(e, y)) {
          continue;
        }
        boolean closed = e.end != null && !e.end.isAfter(yearEnd(y));
        s.append("    <EPISODE>\n");
        leaf(s, "DECOM", date(e.start, false));
        leaf(s, "RNE", e.rne);
        leaf(s, "LS", "C2");
        leaf(s, "CIN", e.cin);
        leaf(s, "PL", e.place);
        leaf(s, "PLACE_PROVIDER", e.provider == null ? "" : e.provider);
        leaf(s, "DEC", closed ? date(e.end, false) : "");
        leaf(s, "REC", closed ? e.rec : "");
        leaf(s, "HOME_POST", HOME);
        leaf(s, "PL_POST", e.placePost == null ? "" : e.placePost);
        s.append("    </EPISODE>\n");
      }
      s.append("  </CHILD>\n");
    }
    s.append("</EXPSSDA903>\n");
    Files.writeString(dir.resolve("return.xml"), s, StandardCharsets.UTF_8);
  }

  private static void leaf(StringBuilder s, String name, String value) {
    if (value != null && !value.isEmpty()) {
      s.append("      <").append(name).append('>').append(value).append("</").append(name)
          .append(">\n");
    }
  }
}
