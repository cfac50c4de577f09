package org.nwd.ssda903;

import static org.nwd.quality.DataIssueAction.KEPT;
import static org.nwd.quality.DataIssueAction.REJECTED;
import static org.nwd.quality.DataIssueAction.REPAIRED;
import static org.nwd.quality.DataIssueAction.SET_ASIDE;
import static org.nwd.quality.DataIssueAction.SUPERSEDED;
import static org.nwd.quality.DataIssueCategory.CENSORED;
import static org.nwd.quality.DataIssueCategory.CHANGED_BETWEEN_RETURNS;
import static org.nwd.quality.DataIssueCategory.CHILD_NOT_IN_HEADER;
import static org.nwd.quality.DataIssueCategory.DATE_OUT_OF_RANGE;
import static org.nwd.quality.DataIssueCategory.DUPLICATE_ROW;
import static org.nwd.quality.DataIssueCategory.GAP_NOT_NEW_PERIOD_OF_CARE;
import static org.nwd.quality.DataIssueCategory.INCONSISTENT_EPISODE;
import static org.nwd.quality.DataIssueCategory.INVALID_VALUE;
import static org.nwd.quality.DataIssueCategory.LEFT_CENSORED;
import static org.nwd.quality.DataIssueCategory.MISSING_OUTSIDE_CARE;
import static org.nwd.quality.DataIssueCategory.MORE_THAN_ONE_OPEN_EPISODE;
import static org.nwd.quality.DataIssueCategory.OVERLAPPING_EPISODES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Placement;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementType;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.StandardMeasures;
import org.nwd.model.StatusPeriod;
import org.nwd.model.TeamAroundTheChild;
import org.nwd.model.TeamMembership;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.ssda903.Rows.EpisodeRow;
import org.nwd.ssda903.Rows.HeaderRow;
import org.nwd.ssda903.Rows.MissingRow;
import org.nwd.ssda903.Rows.Oc2Row;
import org.nwd.ssda903.Rows.Oc3Row;
import org.nwd.ssda903.Rows.Row;
import org.nwd.ssda903.Rows.SwRow;

/**
 * The child-level rules: several returns stitched into one history per child (latest return wins,
 * changes and censoring reported), the history checked (overlaps, open episodes, gaps) and mapped to
 * the domain (periods of care, placements, events, scores, status periods, team memberships). A child
 * whose history cannot be made consistent is set aside whole.
 */
final class Histories {
  private final String council;
  private final @Nullable PostcodeDirectory postcodes;
  private final CollectionYear lastYear;
  private final LocalDate dataStart;
  private final IssueLog log;
  final List<YoungPersonRecord> records = new ArrayList<>();
  final List<Ssda903Episode> episodes = new ArrayList<>();
  final List<MissingEpisode> missing = new ArrayList<>();

  Histories(
      String council,
      @Nullable PostcodeDirectory postcodes,
      CollectionYear firstYear,
      CollectionYear lastYear,
      IssueLog log) {
    this.council = council;
    this.postcodes = postcodes;
    this.lastYear = lastYear;
    this.dataStart = firstYear.start();
    this.log = log;
  }

  /** Builds every child's history; {@code children} is emptied as it goes, to free the rows. */
  void build(List<Rows> children) {
    children.sort(Comparator.comparing(r -> r.id));
    for (int i = 0; i < children.size(); i++) {
      child(children.get(i));
      children.set(i, null);
    }
  }

  // ---- one child ----

  private void child(Rows c) {
    HeaderRow header = header(c);
    if (header == null) {
      for (Row r : allRows(c)) {
        issue(tableOf(r), r, c.id, null, null, CHILD_NOT_IN_HEADER, REJECTED,
            "the child has no usable header row in any return", null);
      }
      return;
    }
    headerYears(c, header);
    LocalDate born = header.birth.atDay(1);
    List<EpisodeRow> eps = stitch(c, born);
    if (eps == null || !consistent(c, eps)) {
      return;
    }
    List<Period> periods = periods(c, eps);
    List<Placement> placements = new ArrayList<>();
    List<Ssda903Episode> details = new ArrayList<>(eps.size());
    for (Period p : periods) {
      placements.addAll(placements(c, p));
    }
    for (EpisodeRow e : eps) {
      details.add(detail(c.id, e));
    }
    List<CareStatusPeriod> care = new ArrayList<>(periods.size());
    for (Period p : periods) {
      care.add(CareStatusPeriod.of(CareStatus.LOOKED_AFTER, period(p.start, p.end)));
    }
    List<MissingEpisode> mis = missing(c, care);
    YoungPersonRecord.Builder record = YoungPersonRecord.builder();
    List<TeamMembership> team = new ArrayList<>();
    for (SwRow s : stitchSw(c, born)) {
      team.add(TeamMembership.of(s.worker, Role.SOCIAL_WORKER, period(s.start, s.end)));
    }
    outcomes(c, born, record);
    try {
      YoungPerson.Builder person =
          YoungPerson.builder()
              .id(c.id)
              .birthMonth(header.birth)
              .localAuthority(council)
              .addAllCareStatusPeriods(care);
      if (header.sex != null) {
        person.sex(header.sex);
      }
      record.youngPerson(person.build()).addAllPlacements(placements);
      for (MissingEpisode m : mis) {
        record.addEvents(OutcomeEvent.of(c.id, m.kind().measure(), m.start(), 1));
      }
      if (!team.isEmpty()) {
        record.team(TeamAroundTheChild.of(c.id, team));
      }
      records.add(record.build());
    } catch (DomainRuleException e) {
      issue(Ssda903Table.HEADER, header, c.id, null, null, INVALID_VALUE, SET_ASIDE,
          "the child's history breaks a domain rule: " + e.getMessage(), null);
      return;
    }
    episodes.addAll(details);
    missing.addAll(mis);
  }

  private static List<Row> allRows(Rows c) {
    List<Row> out = new ArrayList<>();
    out.addAll(c.episodes);
    out.addAll(c.missing);
    out.addAll(c.oc2);
    out.addAll(c.oc3);
    out.addAll(c.sw);
    return out;
  }

  private static Ssda903Table tableOf(Row r) {
    return r instanceof EpisodeRow ? Ssda903Table.EPISODES
        : r instanceof MissingRow ? Ssda903Table.MISSING
        : r instanceof Oc2Row ? Ssda903Table.OC2
        : r instanceof Oc3Row ? Ssda903Table.OC3
        : r instanceof SwRow ? Ssda903Table.SW_EPISODES
        : Ssda903Table.HEADER;
  }

  /** The latest return's header row; repeats in a return rejected, changes between returns reported. */
  private @Nullable HeaderRow header(Rows c) {
    TreeMap<CollectionYear, HeaderRow> byYear = new TreeMap<>();
    for (HeaderRow h : c.headers) {
      HeaderRow first = byYear.putIfAbsent(h.year(), h);
      if (first != null) {
        issue(Ssda903Table.HEADER, h, c.id, null, null, DUPLICATE_ROW, REJECTED,
            "a second header row for the child in the " + h.year() + " return (the first is line "
                + first.line + ")", null);
      }
    }
    if (byYear.isEmpty()) {
      return null;
    }
    HeaderRow latest = byYear.lastEntry().getValue();
    for (HeaderRow h : byYear.headMap(latest.year()).values()) {
      if (!h.birth.equals(latest.birth)) {
        changed(Ssda903Table.HEADER, h, c.id, "DOB", null, h.year(), latest.year());
      }
      if (h.sex != latest.sex) {
        changed(Ssda903Table.HEADER, h, c.id, "SEX", null, h.year(), latest.year());
      }
    }
    return latest;
  }

  /** Rows of a return with no header row for the child use the header of another return. */
  private void headerYears(Rows c, HeaderRow used) {
    Set<CollectionYear> years = new HashSet<>();
    c.headers.forEach(h -> years.add(h.year()));
    for (Row r : allRows(c)) {
      if (!years.contains(r.year())) {
        issue(tableOf(r), r, c.id, null, null, CHILD_NOT_IN_HEADER, REPAIRED,
            "the child has no header row in the " + r.year() + " return",
            "the header of the " + used.year() + " return is used");
      }
    }
  }

  // ---- episodes: stitching and checks ----

  /**
   * One version of each episode (keyed by start date): the latest return's; repeats rejected,
   * changes reported, open episodes that vanish censored. Null when the child is set aside.
   */
  private @Nullable List<EpisodeRow> stitch(Rows c, LocalDate born) {
    TreeMap<LocalDate, List<EpisodeRow>> byStart = new TreeMap<>();
    for (EpisodeRow e : c.episodes) {
      byStart.computeIfAbsent(e.start, d -> new ArrayList<>(2)).add(e);
    }
    List<EpisodeRow> kept = new ArrayList<>(byStart.size());
    for (List<EpisodeRow> versions : byStart.values()) {
      versions.sort(Comparator.comparing(Row::year).thenComparingLong(r -> r.line));
      EpisodeRow keep = versions.get(versions.size() - 1);
      // The first row of the latest return is kept; rows are compared with it.
      for (EpisodeRow v : versions) {
        if (v.year().equals(keep.year())) {
          keep = v;
          break;
        }
      }
      for (EpisodeRow v : versions) {
        if (v == keep) {
          continue;
        }
        EpisodeRow first = firstOfYear(versions, v.year());
        if (v != first) {
          // A repeat within one return.
          if (v.sameContent(first)) {
            issue(Ssda903Table.EPISODES, v, c.id, "DECOM", Dates.format(v.start), DUPLICATE_ROW,
                REJECTED, "repeats line " + first.line + " of the same return", null);
          } else if (v.year().equals(keep.year())) {
            issue(Ssda903Table.EPISODES, v, c.id, "DECOM", Dates.format(v.start),
                OVERLAPPING_EPISODES, SET_ASIDE,
                "two different episodes start on " + Dates.format(v.start) + " in the " + v.year()
                    + " return (lines " + first.line + " and " + v.line + ")", null);
            return null;
          } else {
            issue(Ssda903Table.EPISODES, v, c.id, "DECOM", Dates.format(v.start), DUPLICATE_ROW,
                SUPERSEDED, "a second, different episode starting " + Dates.format(v.start)
                    + " in the " + v.year() + " return; the " + keep.year() + " return is kept",
                null);
          }
          continue;
        }
        for (String[] change : v.changesTo(keep)) {
          boolean postcode = change[0].endsWith("_POST");
          issue(Ssda903Table.EPISODES, v, c.id, change[0],
              postcode || change[1] == null ? null : DataIssue.shown(change[1]),
              CHANGED_BETWEEN_RETURNS, SUPERSEDED,
              change[0] + " of the episode from " + Dates.format(v.start) + " changed between the "
                  + v.year() + " and " + keep.year() + " returns"
                  + (postcode ? "" : " (" + blank(change[1]) + " then " + blank(change[2]) + ")")
                  + "; the " + keep.year() + " return is kept", null);
        }
      }
      if (keep.start.isBefore(born)) {
        issue(Ssda903Table.EPISODES, keep, c.id, "DECOM", Dates.format(keep.start),
            DATE_OUT_OF_RANGE, REJECTED, "DECOM is before the child's birth month", null);
        continue;
      }
      if (keep.isOpen() && keep.year().compareTo(lastYear) < 0) {
        keep.censored = true;
        keep.end = keep.year().end().plusDays(1);
        issue(Ssda903Table.EPISODES, keep, c.id, "DEC", null, CENSORED, REPAIRED,
            "the episode from " + Dates.format(keep.start) + " was open at the end of "
                + keep.year() + " and is not in the " + keep.year().next() + " return",
            "closed at the end of " + keep.year() + "; its true end is unknown");
      }
      if (keep.start.isBefore(dataStart)) {
        issue(Ssda903Table.EPISODES, keep, c.id, "DECOM", Dates.format(keep.start),
            LEFT_CENSORED, KEPT,
            "the episode began before the data (which start on " + Dates.format(dataStart)
                + "): earlier episodes and events of the child are not in the data", null);
      }
      kept.add(keep);
    }
    return kept;
  }

  private static EpisodeRow firstOfYear(List<EpisodeRow> versions, CollectionYear year) {
    for (EpisodeRow e : versions) {
      if (e.year().equals(year)) {
        return e;
      }
    }
    throw new IllegalStateException("no version of " + year);
  }

  private static String blank(String v) {
    return v == null ? "blank" : DataIssue.shown(v);
  }

  /** At most one open episode and no overlaps; otherwise the child is set aside. */
  private boolean consistent(Rows c, List<EpisodeRow> eps) {
    List<EpisodeRow> open = new ArrayList<>();
    for (EpisodeRow e : eps) {
      if (e.isOpen()) {
        open.add(e);
      }
    }
    if (open.size() > 1) {
      EpisodeRow second = open.get(1);
      StringBuilder starts = new StringBuilder();
      for (EpisodeRow e : open) {
        starts.append(starts.length() == 0 ? "" : ", ").append(Dates.format(e.start));
      }
      issue(Ssda903Table.EPISODES, second, c.id, "DEC", null, MORE_THAN_ONE_OPEN_EPISODE,
          SET_ASIDE, open.size() + " open episodes (from " + starts + "); at most one may be open",
          null);
      return false;
    }
    for (int i = 1; i < eps.size(); i++) {
      EpisodeRow prev = eps.get(i - 1);
      EpisodeRow cur = eps.get(i);
      LocalDate prevEnd = prev.end;
      if (prevEnd == null || prevEnd.isAfter(cur.start)) {
        issue(Ssda903Table.EPISODES, cur, c.id, "DECOM", Dates.format(cur.start),
            OVERLAPPING_EPISODES, SET_ASIDE,
            "the episode from " + Dates.format(cur.start) + " overlaps the episode from "
                + Dates.format(prev.start) + " to " + (prevEnd == null ? "(open)"
                : Dates.format(prevEnd)), null);
        return false;
      }
    }
    return true;
  }

  // ---- periods of care ----

  /** A period of care: consecutive episodes, from its first episode's start to its last's end. */
  private static final class Period {
    final LocalDate start;
    @Nullable LocalDate end;
    final List<EpisodeRow> episodes = new ArrayList<>();

    Period(LocalDate start) {
      this.start = start;
    }
  }

  private List<Period> periods(Rows c, List<EpisodeRow> eps) {
    List<Period> out = new ArrayList<>();
    @Nullable Period cur = null;
    for (int i = 0; i < eps.size(); i++) {
      EpisodeRow e = eps.get(i);
      boolean startsPeriod;
      boolean rneS = "S".equals(e.rne);
      boolean otherRne = e.rne != null && !rneS;
      if (cur == null) {
        startsPeriod = true;
        if (otherRne && e.start.isAfter(dataStart)) {
          issue(Ssda903Table.EPISODES, e, c.id, "RNE", e.rne, GAP_NOT_NEW_PERIOD_OF_CARE,
              REPAIRED, "the child's first episode, from " + Dates.format(e.start)
                  + ", is not a new period of care (RNE " + e.rne
                  + ") but no episode before it is in the data",
              "read as the start of a period of care");
        }
      } else {
        EpisodeRow prev = eps.get(i - 1);
        // Only the last episode may be open (checked above), so the one before has an end.
        LocalDate prevEnd = Objects.requireNonNull(prev.end);
        boolean touching = prevEnd.equals(e.start);
        boolean givenX1 = "X1".equals(prev.rec);
        // An unknown REC reads as X1 when the next episode starts that day (RowRules' repair).
        boolean continues = givenX1 || (prev.rec == null && !prev.censored && touching);
        if (touching && continues) {
          startsPeriod = false;
          if (rneS) {
            issue(Ssda903Table.EPISODES, e, c.id, "RNE", "S", INCONSISTENT_EPISODE, REPAIRED,
                "RNE S (started to be looked after) on the day the episode before ended X1",
                "read as a change within the period of care");
          }
        } else if (touching) {
          startsPeriod = true;
          if (otherRne) {
            issue(Ssda903Table.EPISODES, e, c.id, "RNE", e.rne, INCONSISTENT_EPISODE, REPAIRED,
                "RNE " + e.rne + " on the day the episode before ended with REC "
                    + (prev.rec == null ? "unknown" : prev.rec) + " (leaving care)",
                "read as a new period of care");
          }
        } else {
          startsPeriod = true;
          if (givenX1) {
            x1WithoutNext(c, prev);
          }
          if (otherRne) {
            issue(Ssda903Table.EPISODES, e, c.id, "RNE", e.rne, GAP_NOT_NEW_PERIOD_OF_CARE,
                REPAIRED, "RNE " + e.rne + " after a gap: the episode before ended "
                    + Dates.format(prevEnd) + ", this one starts " + Dates.format(e.start),
                "read as a new period of care from " + Dates.format(e.start));
          }
        }
      }
      if (startsPeriod) {
        if (cur != null) {
          cur.end = eps.get(i - 1).end;
        }
        cur = new Period(e.start);
        out.add(cur);
      }
      Objects.requireNonNull(cur).episodes.add(e);
    }
    if (cur != null) {
      EpisodeRow last = eps.get(eps.size() - 1);
      cur.end = last.end;
      if ("X1".equals(last.rec)) {
        x1WithoutNext(c, last);
      }
    }
    return out;
  }

  private void x1WithoutNext(Rows c, EpisodeRow e) {
    // X1 is a reason an episode ended, so the episode has an end.
    String end = Dates.format(Objects.requireNonNull(e.end));
    issue(Ssda903Table.EPISODES, e, c.id, "REC", "X1", INCONSISTENT_EPISODE, REPAIRED,
        "REC X1 (a new episode starts the same day) but no episode starts on "
            + end,
        "the period of care is read as ended on " + end);
  }

  // ---- placements ----

  /**
   * The placements of one period of care. Consecutive episodes in the same placement join across
   * legal-status changes ({@code RNE} L); any other new episode is a change of placement. Temporary
   * episodes ({@code T0}-{@code T4}) and episodes of unknown placement type join the placement around
   * them: the placement resumes after them when the next episode is the same placement, otherwise the
   * placement before is extended up to the next one; at the start of a period they join the first
   * placement; a period of temporary episodes only is one placement of the first temporary type.
   */
  private List<Placement> placements(Rows c, Period p) {
    List<Placement> out = new ArrayList<>();
    EpisodeRow current = null;
    @Nullable LocalDate currentStart = null;
    EpisodeRow firstTemporary = null;
    boolean pending = false;
    for (EpisodeRow e : p.episodes) {
      if (e.place == null || e.place.isTemporary()) {
        if (firstTemporary == null && e.place != null) {
          firstTemporary = e;
        }
        pending = true;
        continue;
      }
      if (current == null) {
        current = e;
        currentStart = p.start;
        pending = false;
        continue;
      }
      boolean same;
      if (pending) {
        same = e.samePlacement(current);
      } else if ("L".equals(e.rne)) {
        same = e.samePlacement(current);
        if (!same) {
          issue(Ssda903Table.EPISODES, e, c.id, "RNE", "L", INCONSISTENT_EPISODE, REPAIRED,
              "RNE L (change of legal status only) but the placement changed (PLACE,"
                  + " PLACE_PROVIDER or PL_POST)",
              "read as a change of placement");
        }
      } else {
        same = e.rne == null && e.samePlacement(current);
      }
      pending = false;
      if (!same) {
        out.add(placement(c.id, current, Objects.requireNonNull(currentStart), e.start));
        current = e;
        currentStart = e.start;
      }
    }
    if (current != null) {
      out.add(placement(c.id, current, Objects.requireNonNull(currentStart), p.end));
    } else if (firstTemporary != null) {
      out.add(placement(c.id, firstTemporary, p.start, p.end));
    }
    return out;
  }

  private Placement placement(
      YoungPersonId id, EpisodeRow e, LocalDate start, @Nullable LocalDate end) {
    // Only episodes with a placement type become placements.
    PlacementType type = Objects.requireNonNull(e.place);
    Placement.Builder b =
        Placement.builder()
            .youngPersonId(id)
            .period(period(start, end))
            .type(type)
            .location(location(e.placePost));
    if (e.provider != null && type.allowsProvider()) {
      b.provider(e.provider);
    }
    return b.build();
  }

  private PlacementLocation location(@Nullable String postcode) {
    if (postcode == null || postcodes == null) {
      return PlacementLocation.UNKNOWN;
    }
    return postcodes
        .find(postcode)
        .map(l -> l.council().strip().equalsIgnoreCase(council)
            ? PlacementLocation.INSIDE : PlacementLocation.OUTSIDE)
        .orElse(PlacementLocation.UNKNOWN);
  }

  private Ssda903Episode detail(YoungPersonId id, EpisodeRow e) {
    Ssda903Episode.Builder b =
        Ssda903Episode.builder()
            .youngPersonId(id)
            .year(e.year())
            .file(e.source.name())
            .line(e.line)
            .period(period(e.start, e.end))
            .reasonForNewEpisode(Optional.ofNullable(e.rne))
            .legalStatus(Optional.ofNullable(e.ls))
            .categoryOfNeed(Optional.ofNullable(e.cin))
            .placementType(Optional.ofNullable(e.place))
            .provider(Optional.ofNullable(e.provider))
            .reasonEpisodeCeased(Optional.ofNullable(e.rec))
            .reasonPlaceChange(Optional.ofNullable(e.reasonPlaceChange))
            .location(location(e.placePost))
            .censored(e.censored)
            .leftCensored(e.start.isBefore(dataStart));
    distance(e.homePost, e.placePost).ifPresent(b::distanceMiles);
    return b.build();
  }

  /** Miles between two postcodes' grid references: metres / 1000 / 1.6093, to 0.1 (half up). */
  private Optional<Double> distance(@Nullable String home, @Nullable String place) {
    if (home == null || place == null || postcodes == null) {
      return Optional.empty();
    }
    Optional<PostcodeLocation> a = postcodes.find(home);
    Optional<PostcodeLocation> b = postcodes.find(place);
    if (a.isEmpty() || b.isEmpty() || !a.get().hasGridReference()
        || !b.get().hasGridReference()) {
      return Optional.empty();
    }
    double dx = a.get().easting().getAsDouble() - b.get().easting().getAsDouble();
    double dy = a.get().northing().getAsDouble() - b.get().northing().getAsDouble();
    double miles = Math.sqrt(dx * dx + dy * dy) / 1000 / 1.6093;
    return Optional.of(BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP).doubleValue());
  }

  // ---- missing ----

  private List<MissingEpisode> missing(Rows c, List<CareStatusPeriod> care) {
    Map<String, List<MissingRow>> byKey = new LinkedHashMap<>();
    for (MissingRow m : c.missing) {
      byKey.computeIfAbsent(m.kind.code() + m.start, k -> new ArrayList<>(1)).add(m);
    }
    List<MissingEpisode> out = new ArrayList<>();
    for (List<MissingRow> versions : byKey.values()) {
      versions.sort(Comparator.comparing(Row::year).thenComparingLong(r -> r.line));
      MissingRow keep = versions.get(versions.size() - 1);
      for (MissingRow v : versions) {
        if (v.year().equals(keep.year())) {
          keep = v;
          break;
        }
      }
      Set<CollectionYear> seen = new HashSet<>();
      for (MissingRow v : versions) {
        if (!seen.add(v.year())) {
          issue(Ssda903Table.MISSING, v, c.id, "MIS_START", Dates.format(v.start), DUPLICATE_ROW,
              REJECTED, "a second " + v.kind.code() + " episode starting "
                  + Dates.format(v.start) + " in the " + v.year() + " return", null);
        } else if (v != keep && v.end != null && !Objects.equals(v.end, keep.end)) {
          issue(Ssda903Table.MISSING, v, c.id, "MIS_END", Dates.format(v.end),
              CHANGED_BETWEEN_RETURNS, SUPERSEDED,
              "MIS_END of the episode from " + Dates.format(v.start) + " changed between the "
                  + v.year() + " and " + keep.year() + " returns (" + Dates.format(v.end)
                  + " then " + (keep.end == null ? "blank" : Dates.format(keep.end))
                  + "); the " + keep.year() + " return is kept", null);
        }
      }
      boolean inCare = false;
      for (CareStatusPeriod p : care) {
        inCare |= p.period().contains(keep.start);
      }
      if (!inCare) {
        issue(Ssda903Table.MISSING, keep, c.id, "MIS_START", Dates.format(keep.start),
            MISSING_OUTSIDE_CARE, REJECTED,
            "the " + keep.kind.code() + " episode from " + Dates.format(keep.start)
                + " is outside every period of care of the child", null);
        continue;
      }
      out.add(
          MissingEpisode.builder()
              .youngPersonId(c.id)
              .kind(keep.kind)
              .start(keep.start)
              .end(Optional.ofNullable(keep.end))
              .build());
    }
    out.sort(Comparator.comparing(MissingEpisode::start).thenComparing(MissingEpisode::kind));
    return out;
  }

  // ---- social worker episodes ----

  private List<SwRow> stitchSw(Rows c, LocalDate born) {
    Map<String, List<SwRow>> byKey = new LinkedHashMap<>();
    for (SwRow s : c.sw) {
      byKey.computeIfAbsent(s.worker + "|" + s.start, k -> new ArrayList<>(1)).add(s);
    }
    List<SwRow> out = new ArrayList<>();
    for (List<SwRow> versions : byKey.values()) {
      versions.sort(Comparator.comparing(Row::year).thenComparingLong(r -> r.line));
      @Nullable SwRow keep = null;
      Set<CollectionYear> seen = new HashSet<>();
      for (SwRow v : versions) {
        if (!seen.add(v.year())) {
          issue(Ssda903Table.SW_EPISODES, v, c.id, "SW_DECOM", Dates.format(v.start),
              DUPLICATE_ROW, REJECTED, "a second episode of the same social worker starting "
                  + Dates.format(v.start) + " in the " + v.year() + " return", null);
        } else {
          keep = v;
        }
      }
      // The first version of each key is always kept.
      keep = Objects.requireNonNull(keep);
      for (SwRow v : versions) {
        if (v != keep && seenFirst(versions, v) && v.end != null
            && !Objects.equals(v.end, keep.end)) {
          issue(Ssda903Table.SW_EPISODES, v, c.id, "SW_DEC", Dates.format(v.end),
              CHANGED_BETWEEN_RETURNS, SUPERSEDED,
              "SW_DEC changed between the " + v.year() + " and " + keep.year()
                  + " returns; the " + keep.year() + " return is kept", null);
        }
      }
      if (keep.end != null && !keep.end.isAfter(born)) {
        issue(Ssda903Table.SW_EPISODES, keep, c.id, "SW_DEC", Dates.format(keep.end),
            DATE_OUT_OF_RANGE, REJECTED, "the social worker episode ends before the child's birth"
                + " month", null);
        continue;
      }
      if (keep.start.isBefore(born)) {
        issue(Ssda903Table.SW_EPISODES, keep, c.id, "SW_DECOM", Dates.format(keep.start),
            DATE_OUT_OF_RANGE, REPAIRED, "SW_DECOM is before the child's birth month",
            "the membership starts with the birth month");
        keep = new SwRow(keep.source, keep.line, keep.worker, born, keep.end);
      }
      out.add(keep);
    }
    return out;
  }

  private static boolean seenFirst(List<SwRow> versions, SwRow v) {
    for (SwRow s : versions) {
      if (s.year().equals(v.year())) {
        return s == v;
      }
    }
    return false;
  }

  // ---- OC2 and OC3: annual observations ----

  private void outcomes(Rows c, LocalDate born, YoungPersonRecord.Builder record) {
    Set<CollectionYear> seen = new HashSet<>();
    for (Oc2Row o : c.oc2) {
      if (!annual(c, o, Ssda903Table.OC2, seen, born)) {
        continue;
      }
      DatePeriod year = yearFrom(o.year(), born);
      if (o.sdq != null) {
        // The 903 keeps the latest score of the year, undated: dated the year's last day.
        record.addScores(
            ScoreObservation.of(c.id, StandardMeasures.SDQ_TOTAL_DIFFICULTIES, o.year().end(),
                o.sdq));
      }
      if (o.convicted != null) {
        record.addStatusPeriods(
            StatusPeriod.of(c.id, StandardMeasures.CONVICTED_OR_CAUTIONED, year, o.convicted));
      }
      if (o.substanceMisuse != null) {
        record.addStatusPeriods(
            StatusPeriod.of(c.id, StandardMeasures.SUBSTANCE_MISUSE, year, o.substanceMisuse));
      }
    }
    seen.clear();
    for (Oc3Row o : c.oc3) {
      if (!annual(c, o, Ssda903Table.OC3, seen, born)) {
        continue;
      }
      DatePeriod year = yearFrom(o.year(), born);
      if (o.inEet != null) {
        record.addStatusPeriods(StatusPeriod.of(c.id, StandardMeasures.IN_EET, year, o.inEet));
      }
      if (o.suitable != null) {
        record.addStatusPeriods(
            StatusPeriod.of(c.id, StandardMeasures.SUITABLE_ACCOMMODATION, year, o.suitable));
      }
    }
  }

  /** True for the first row of the child in its return, when the year is not before the birth. */
  private boolean annual(
      Rows c, Row o, Ssda903Table table, Set<CollectionYear> seen, LocalDate born) {
    if (!seen.add(o.year())) {
      issue(table, o, c.id, null, null, DUPLICATE_ROW, REJECTED,
          "a second " + table.code() + " row for the child in the " + o.year() + " return", null);
      return false;
    }
    if (o.year().end().isBefore(born)) {
      issue(table, o, c.id, null, null, DATE_OUT_OF_RANGE, REJECTED,
          "the " + o.year() + " collection year ends before the child's birth month", null);
      return false;
    }
    return true;
  }

  /** The collection year as a period, starting no earlier than the birth month. */
  private static DatePeriod yearFrom(CollectionYear year, LocalDate born) {
    LocalDate start = year.start().isBefore(born) ? born : year.start();
    return DatePeriod.of(start, year.end().plusDays(1));
  }

  // ---- shared ----

  private static DatePeriod period(LocalDate start, @Nullable LocalDate end) {
    return end == null ? DatePeriod.open(start) : DatePeriod.of(start, end);
  }

  private void changed(
      Ssda903Table table, Row r, YoungPersonId id, String field, @Nullable String value,
      CollectionYear from, CollectionYear to) {
    issue(table, r, id, field, value, CHANGED_BETWEEN_RETURNS, SUPERSEDED,
        field + " differs between the " + from + " and " + to + " returns; the " + to
            + " return is kept", null);
  }

  private void issue(
      Ssda903Table table, Row r, @Nullable YoungPersonId id, @Nullable String field,
      @Nullable String value, DataIssueCategory category, DataIssueAction action, String rule,
      @Nullable String repair) {
    log.add(table, r.source, r.line, id, field, value, category, action, rule, repair);
  }
}
