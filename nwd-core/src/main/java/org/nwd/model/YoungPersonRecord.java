package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Everything known about one young person: the person, referrals, hub episodes, the team around them,
 * placements, outcome observations, decisions and impact stories.
 *
 * <p>Rules: every item belongs to this young person; no item is dated before the birth month; the
 * person's placements never overlap. Messages never print the birth month. {@link #toString()} shows
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
    for (Referral r : referrals()) {
      item("referral", "referrals", r.youngPersonId(), r.date());
    }
    for (HubEpisode e : hubEpisodes()) {
      item("hub episode", "hubEpisodes", e.youngPersonId(), e.period().start());
    }
    team()
        .ifPresent(
            t -> {
              item("team", "team", t.youngPersonId(), null);
              for (TeamMembership m : t.memberships()) {
                item("team membership", "team", t.youngPersonId(), m.period().start());
              }
            });
    for (Placement p : placements()) {
      item("placement", "placements", p.youngPersonId(), p.period().start());
    }
    for (OutcomeEvent e : events()) {
      item("outcome event", "events", e.youngPersonId(), e.date());
    }
    for (ScoreObservation s : scores()) {
      item("score observation", "scores", s.youngPersonId(), s.date());
    }
    for (StatusPeriod s : statusPeriods()) {
      item("status period", "statusPeriods", s.youngPersonId(), s.period().start());
    }
    for (DecisionRecord d : decisions()) {
      item("decision", "decisions", d.youngPersonId(), d.date());
    }
    for (ImpactStory s : stories()) {
      item("impact story", "stories", s.youngPersonId(), s.consentDate());
    }
    for (int i = 0; i < placements().size(); i++) {
      for (int j = i + 1; j < placements().size(); j++) {
        DatePeriod a = placements().get(i).period();
        DatePeriod b = placements().get(j).period();
        DomainRuleException.require(
            !a.overlaps(b), "placements", "placements %s and %s of %s overlap", a, b, id());
      }
    }
  }

  /** Checks one item's owner and, when dated, that it is not before the birth month. */
  private void item(String kind, String field, YoungPersonId owner, LocalDate date) {
    DomainRuleException.require(
        owner.equals(id()), field, "%s of young person %s in record of %s", kind, owner, id());
    // The message names the item's date only: the birth month is personal data.
    DomainRuleException.require(
        date == null || !youngPerson().isBeforeBirth(date),
        field,
        "%s dated %s before the birth month of %s",
        kind,
        date,
        id());
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
