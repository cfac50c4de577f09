package org.nwd.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;

/**
 * The hubs and young-person records an analysis runs over. Person ids and hub ids are unique, and
 * every hub episode names a hub of the cohort.
 *
 * <p>A cohort carries no data coverage (an {@code ImpactAnalysis} does, and refuses anyone born after
 * its end). Its data can describe no one born after the latest date they mention ({@link
 * YoungPersonRecord#latestDate()}, over all records): a young person whose birth month starts after
 * that date is refused. A cohort whose records mention no date at all has nothing to check against. {@link #record(YoungPersonId)} is O(1): it uses a map
 * derived on first use, not part of equality.
 */
@Value.Immutable
public abstract class Cohort {

  /** The hubs. */
  public abstract ImmutableList<Hub> hubs();

  /** One record per young person. */
  public abstract ImmutableList<YoungPersonRecord> records();

  @Value.Check
  void check() {
    Set<HubId> hubIds = new HashSet<>();
    for (Hub h : hubs()) {
      DomainRuleException.require(
          hubIds.add(h.id()), "hubs", "duplicate hub id %s in cohort", h.id());
    }
    Set<YoungPersonId> personIds = new HashSet<>();
    @Nullable LocalDate horizon = null;
    for (YoungPersonRecord r : records()) {
      Optional<LocalDate> latest = r.latestDate();
      if (latest.isPresent() && (horizon == null || latest.get().isAfter(horizon))) {
        horizon = latest.get();
      }
    }
    for (int i = 0; i < records().size(); i++) {
      YoungPersonRecord r = records().get(i);
      if (bornAfter(r.youngPerson(), horizon)) {
        throw DomainRuleException.at(
            "records",
            "records/" + i + "/youngPerson/birthMonth",
            "young person %s: birth month after the latest date in the cohort's data, %s (value"
                + " withheld: personal data)",
            r.id(),
            Objects.requireNonNull(horizon));
      }
    }
    for (YoungPersonRecord r : records()) {
      DomainRuleException.require(
          personIds.add(r.id()), "records", "duplicate young person id %s in cohort", r.id());
      for (HubEpisode e : r.hubEpisodes()) {
        DomainRuleException.require(
            hubIds.contains(e.hubId()),
            "records",
            "hub episode of %s names unknown hub %s",
            r.id(),
            e.hubId());
      }
    }
  }

  /**
   * True when {@code person}'s birth month starts after {@code horizon}, the latest date in the
   * cohort's data (never, when the cohort has no dated item).
   */
  static boolean bornAfter(YoungPerson person, @Nullable LocalDate horizon) {
    return horizon != null && person.birthMonth().atDay(1).isAfter(horizon);
  }

  @Value.Lazy
  ImmutableMap<YoungPersonId, YoungPersonRecord> recordsById() {
    return records().stream()
        .collect(ImmutableMap.toImmutableMap(YoungPersonRecord::id, r -> r));
  }

  @Value.Lazy
  ImmutableMap<HubId, Hub> hubsById() {
    return hubs().stream().collect(ImmutableMap.toImmutableMap(Hub::id, h -> h));
  }

  /** A cohort of {@code hubs} and {@code records}. */
  public static Cohort of(
      Iterable<? extends Hub> hubs, Iterable<? extends YoungPersonRecord> records) {
    return builder().addAllHubs(hubs).addAllRecords(records).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cohort}. */
  public static final class Builder extends ImmutableCohort.Builder {}

  /** The record of {@code id}, in constant time. */
  public Optional<YoungPersonRecord> record(YoungPersonId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(recordsById().get(id));
  }

  /** The hub with {@code id}. */
  public Optional<Hub> hub(HubId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(hubsById().get(id));
  }

  /** The number of young people. */
  public int size() {
    return records().size();
  }

  /** The young people, in record order. */
  public ImmutableList<YoungPerson> youngPeople() {
    return records().stream()
        .map(YoungPersonRecord::youngPerson)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Cohort{hubs=" + hubs().size() + ", youngPeople=" + size() + "}";
  }
}
