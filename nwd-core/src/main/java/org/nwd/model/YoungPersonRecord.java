package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;

/**
 * Everything known about one young person: the person, referrals, hub episodes, the team around them,
 * placements, outcome observations, decisions and impact stories.
 *
 * <p>Rules: every item belongs to this young person; no item is dated before the birth month; the
 * person's placements never overlap; and the person is never in two residential (bed) hub episodes at
 * once ({@link HubEpisodeKind#isResidential()}: a planned stay or an emergency bed, in any hub). Outreach,
 * community family and supported lodgings episodes may overlap a bed stay and each other: outreach
 * goes on while a young person has a short stay, and only a bed is one at a time. Periods are
 * half-open, so an episode may start on the day another ends. An error's {@link
 * DomainRuleException#path() path} points at the offending item, e.g. {@code hubEpisodes/1/period}.
 * Messages never print the birth month. {@link #toString()} shows
 * the id and item counts only.
 */
@Value.Immutable
public abstract class YoungPersonRecord {

  /** The young person. */
  public abstract YoungPerson youngPerson();

  public abstract ImmutableList<Referral> referrals();

  public abstract ImmutableList<HubEpisode> hubEpisodes();

  public abstract Optional<TeamAroundTheChild> team();

  public abstract ImmutableList<Placement> placements();

  public abstract ImmutableList<OutcomeEvent> events();

  public abstract ImmutableList<ScoreObservation> scores();

  public abstract ImmutableList<StatusPeriod> statusPeriods();

  public abstract ImmutableList<DecisionRecord> decisions();

  public abstract ImmutableList<ImpactStory> stories();

  /** The young person's id. */
  public YoungPersonId id() {
    return youngPerson().id();
  }

  @Value.Check
  void check() {
    for (int i = 0; i < referrals().size(); i++) {
      Referral r = referrals().get(i);
      item("referral", "referrals", i, r.youngPersonId(), r.date(), "date");
    }
    for (int i = 0; i < hubEpisodes().size(); i++) {
      HubEpisode e = hubEpisodes().get(i);
      item("hub episode", "hubEpisodes", i, e.youngPersonId(), e.period().start(), "period");
    }
    if (team().isPresent()) {
      TeamAroundTheChild t = team().get();
      if (!t.youngPersonId().equals(id())) {
        throw notOwner("team", "team", "team/youngPersonId", t.youngPersonId());
      }
      for (int i = 0; i < t.memberships().size(); i++) {
        LocalDate start = t.memberships().get(i).period().start();
        if (youngPerson().isBeforeBirth(start)) {
          throw beforeBirth("team membership", "team", "team/memberships/" + i + "/period", start);
        }
      }
    }
    for (int i = 0; i < placements().size(); i++) {
      Placement p = placements().get(i);
      item("placement", "placements", i, p.youngPersonId(), p.period().start(), "period");
    }
    for (int i = 0; i < events().size(); i++) {
      OutcomeEvent e = events().get(i);
      item("outcome event", "events", i, e.youngPersonId(), e.date(), "date");
    }
    for (int i = 0; i < scores().size(); i++) {
      ScoreObservation o = scores().get(i);
      item("score observation", "scores", i, o.youngPersonId(), o.date(), "date");
    }
    for (int i = 0; i < statusPeriods().size(); i++) {
      StatusPeriod o = statusPeriods().get(i);
      item("status period", "statusPeriods", i, o.youngPersonId(), o.period().start(), "period");
    }
    for (int i = 0; i < decisions().size(); i++) {
      DecisionRecord d = decisions().get(i);
      item("decision", "decisions", i, d.youngPersonId(), d.date(), "date");
    }
    for (int i = 0; i < stories().size(); i++) {
      ImpactStory o = stories().get(i);
      item("impact story", "stories", i, o.youngPersonId(), o.consentDate(), "consentDate");
    }
    noOverlap("placements", placements(), Placement::period, p -> true, "placements");
    // One bed at a time: outreach and the other non-residential kinds may overlap a stay.
    noOverlap(
        "hubEpisodes",
        hubEpisodes(),
        HubEpisode::period,
        e -> e.kind().isResidential(),
        "residential (bed) hub episodes");
  }

  /** Checks one item's owner and that it is not dated before the birth month. */
  private void item(
      String kind, String field, int index, YoungPersonId owner, LocalDate date, String dateField) {
    // Paths are built only on failure: every record read checks every item.
    if (!owner.equals(id())) {
      throw notOwner(kind, field, field + "/" + index + "/youngPersonId", owner);
    }
    if (youngPerson().isBeforeBirth(date)) {
      throw beforeBirth(kind, field, field + "/" + index + "/" + dateField, date);
    }
  }

  private DomainRuleException notOwner(
      String kind, String field, String path, YoungPersonId owner) {
    return DomainRuleException.at(
        field, path, "%s of young person %s in record of %s", kind, owner, id());
  }

  /** The message names the item's date only: the birth month is personal data. */
  private DomainRuleException beforeBirth(String kind, String field, String path, LocalDate date) {
    return DomainRuleException.at(
        field, path, "%s dated %s before the birth month of %s", kind, date, id());
  }

  /**
   * No two of the {@code items} that {@code counted} selects overlap in time. Sorted by start and
   * swept, so a long history costs n log n; the error names the pair and points at whichever of the
   * two comes later in the list.
   */
  private <T> void noOverlap(
      String field,
      List<T> items,
      Function<T, DatePeriod> period,
      Predicate<T> counted,
      String what) {
    if (items.size() < 2) {
      return;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (counted.test(items.get(i))) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparing(i -> period.apply(items.get(i)).start()));
    int latest = -1; // of the items seen so far, one whose period ends last
    for (int i : order) {
      DatePeriod current = period.apply(items.get(i));
      if (latest >= 0) {
        DatePeriod before = period.apply(items.get(latest));
        if (before.overlaps(current)) {
          int first = Math.min(latest, i);
          int second = Math.max(latest, i);
          throw DomainRuleException.at(
              field,
              field + "/" + second + "/period",
              "%s %s and %s of %s overlap",
              what,
              period.apply(items.get(first)),
              period.apply(items.get(second)),
              id());
        }
      }
      // An empty period (start = end) can end before an earlier long one: keep the longest.
      if (latest < 0 || endsAfter(current, period.apply(items.get(latest)))) {
        latest = i;
      }
    }
  }

  /** True when {@code a} ends after {@code b}; {@code b} is closed (an open one overlaps the rest). */
  private static boolean endsAfter(DatePeriod a, DatePeriod b) {
    return a.isOpen() || a.end().get().isAfter(b.end().get());
  }

  /**
   * The latest date the record mentions: the latest item date, period start or period end, the
   * care-status history included; empty for a record with no dated item. A {@link Cohort} without a
   * data coverage takes the latest of these as the end of what its data can describe.
   */
  public Optional<LocalDate> latestDate() {
    @Nullable LocalDate latest = null;
    for (CareStatusPeriod p : youngPerson().careStatusPeriods()) {
      latest = later(latest, p.period());
    }
    for (Referral r : referrals()) {
      latest = later(latest, r.date());
    }
    for (HubEpisode e : hubEpisodes()) {
      latest = later(latest, e.period());
    }
    if (team().isPresent()) {
      for (TeamMembership m : team().get().memberships()) {
        latest = later(latest, m.period());
      }
    }
    for (Placement p : placements()) {
      latest = later(latest, p.period());
    }
    for (OutcomeEvent e : events()) {
      latest = later(latest, e.date());
    }
    for (ScoreObservation o : scores()) {
      latest = later(latest, o.date());
    }
    for (StatusPeriod o : statusPeriods()) {
      latest = later(latest, o.period());
    }
    for (DecisionRecord d : decisions()) {
      latest = later(latest, d.date());
    }
    for (ImpactStory o : stories()) {
      latest = later(latest, o.consentDate());
    }
    return Optional.ofNullable(latest);
  }

  private static @Nullable LocalDate later(@Nullable LocalDate latest, DatePeriod period) {
    return later(later(latest, period.start()), period.end().orElse(null));
  }

  private static @Nullable LocalDate later(@Nullable LocalDate latest, @Nullable LocalDate date) {
    return date != null && (latest == null || date.isAfter(latest)) ? date : latest;
  }

  /** A record of {@code youngPerson} with no items yet. */
  public static YoungPersonRecord of(YoungPerson youngPerson) {
    return builder().youngPerson(youngPerson).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YoungPersonRecord}. */
  public static final class Builder extends ImmutableYoungPersonRecord.Builder {}

  /** The id and item counts only. */
  @Override
  public String toString() {
    return "YoungPersonRecord{id="
        + id()
        + ", referrals="
        + referrals().size()
        + ", hubEpisodes="
        + hubEpisodes().size()
        + ", team="
        + team().map(t -> t.memberships().size()).orElse(0)
        + ", placements="
        + placements().size()
        + ", events="
        + events().size()
        + ", scores="
        + scores().size()
        + ", statusPeriods="
        + statusPeriods().size()
        + ", decisions="
        + decisions().size()
        + ", stories="
        + stories().size()
        + "}";
  }
}
