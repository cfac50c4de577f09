package org.nwd.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.nwd.model.CareStatus;
import org.nwd.model.HubEpisode;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Role;
import org.nwd.model.ScoreObservation;
import org.nwd.model.YoungPersonRecord;

/**
 * Assertions on a young person's record, failing with messages in the domain's words, e.g.
 * "Expected the missing incidents of YP-EOC-014 to fall after 2016-05-09 but there were 2 before and
 * 3 on or after". Messages name the pseudonymous id only, never a birth month or free text.
 */
public final class YoungPersonRecordAssert
    extends AbstractAssert<YoungPersonRecordAssert, YoungPersonRecord> {

  YoungPersonRecordAssert(YoungPersonRecord actual) {
    super(actual, YoungPersonRecordAssert.class);
  }

  /** The record is that of the young person with this pseudonymous id. */
  public YoungPersonRecordAssert hasId(String id) {
    isNotNull();
    if (!actual.id().value().equals(id)) {
      failWithMessage("Expected the record of young person %s but it was of %s", id, actual.id());
    }
    return this;
  }

  /** The young person is this old, in completed years, on the date. */
  public YoungPersonRecordAssert hasAgeOn(LocalDate date, int years) {
    isNotNull();
    int age = actual.youngPerson().ageOn(date);
    if (age != years) {
      failWithMessage(
          "Expected young person %s to be %s on %s but they were %s", actual.id(), years, date, age);
    }
    return this;
  }

  /** The young person has this care status on the date. */
  public YoungPersonRecordAssert hasCareStatusOn(LocalDate date, CareStatus status) {
    isNotNull();
    CareStatus found = actual.youngPerson().careStatusOn(date);
    if (found != status) {
      failWithMessage(
          "Expected young person %s to be %s on %s but they were %s",
          actual.id(), status.code(), date, found.code());
    }
    return this;
  }

  /** The record holds this many events of the measure in total (summing each event's count). */
  public YoungPersonRecordAssert hasEvents(OutcomeMeasure measure, int expected) {
    isNotNull();
    long total = count(measure, null, null);
    if (total != expected) {
      failWithMessage(
          "Expected young person %s to have %s %s but they had %s",
          actual.id(), expected, measure.name(), total);
    }
    return this;
  }

  /**
   * Fewer events of the measure on or after the date than before it (for example missing incidents
   * falling after the hub starts). Compares totals in the record, so use equal windows either side.
   */
  public YoungPersonRecordAssert hasFewerEventsAfter(OutcomeMeasure measure, LocalDate date) {
    isNotNull();
    long before = count(measure, null, date);
    long after = count(measure, date, null);
    if (after >= before) {
      failWithMessage(
          "Expected the %s of %s to fall after %s but there were %s before and %s on or after",
          measure.name(), actual.id(), date, before, after);
    }
    return this;
  }

  private long count(OutcomeMeasure measure, @Nullable LocalDate from, @Nullable LocalDate until) {
    Objects.requireNonNull(measure, "measure");
    return actual.events().stream()
        .filter(e -> e.measure().equals(measure))
        .filter(e -> from == null || !e.date().isBefore(from))
        .filter(e -> until == null || e.date().isBefore(until))
        .mapToLong(OutcomeEvent::count)
        .sum();
  }

  /** Every hub episode is outreach, community family or supported lodgings: never a hub bed. */
  public YoungPersonRecordAssert wasSupportedThroughOutreachOnly() {
    isNotNull();
    List<HubEpisode> beds =
        actual.hubEpisodes().stream()
            .filter(e -> e.kind().isResidential())
            .collect(Collectors.toList());
    if (actual.hubEpisodes().isEmpty()) {
      failWithMessage(
          "Expected young person %s to be supported through outreach only but they had no hub"
              + " episode",
          actual.id());
    }
    if (!beds.isEmpty()) {
      failWithMessage(
          "Expected young person %s to be supported through outreach only but they had a hub bed:"
              + " %s %s",
          actual.id(), beds.get(0).kind().code(), beds.get(0).period());
    }
    return this;
  }

  /** At least one hub episode of this kind. */
  public YoungPersonRecordAssert hasHubEpisode(HubEpisodeKind kind) {
    isNotNull();
    if (actual.hubEpisodes().stream().noneMatch(e -> e.kind() == kind)) {
      failWithMessage(
          "Expected young person %s to have a %s hub episode but their hub episodes were %s",
          actual.id(), kind.code(), kinds());
    }
    return this;
  }

  private List<String> kinds() {
    return actual.hubEpisodes().stream().map(e -> e.kind().code()).collect(Collectors.toList());
  }

  /** The team around the child has a key worker on the date. */
  public YoungPersonRecordAssert hasKeyWorkerOn(LocalDate date) {
    isNotNull();
    boolean has = actual.team().flatMap(t -> t.keyWorkerOn(date)).isPresent();
    if (!has) {
      failWithMessage("Expected young person %s to have a key worker on %s but they had none",
          actual.id(), date);
    }
    return this;
  }

  /** The team around the child includes someone in this role (e.g. the life coach). */
  public YoungPersonRecordAssert hasTeamMember(Role role) {
    isNotNull();
    if (!actual.team().map(t -> t.hasRole(role)).orElse(false)) {
      failWithMessage(
          "Expected the team around %s to include a %s but it did not",
          actual.id(), role.displayName());
    }
    return this;
  }

  /**
   * The measure's last score is better than its first, in the measure's own direction (for SDQ
   * total difficulties, lower is better).
   */
  public YoungPersonRecordAssert hasImprovedScore(OutcomeMeasure measure) {
    isNotNull();
    List<ScoreObservation> scores =
        actual.scores().stream()
            .filter(s -> s.measure().equals(measure))
            .sorted((a, b) -> a.date().compareTo(b.date()))
            .collect(Collectors.toList());
    if (scores.size() < 2) {
      failWithMessage(
          "Expected %s of %s to improve but there were %s scores, not two or more",
          measure.name(), actual.id(), scores.size());
    }
    double first = scores.get(0).score();
    double last = scores.get(scores.size() - 1).score();
    boolean lowerIsBetter = measure.direction() == ImprovementDirection.LOWER_IS_BETTER;
    boolean improved = lowerIsBetter ? last < first : last > first;
    if (!improved) {
      failWithMessage(
          "Expected %s of %s to improve (%s is better) but it went from %s to %s",
          measure.name(), actual.id(), lowerIsBetter ? "lower" : "higher", first, last);
    }
    return this;
  }
}
