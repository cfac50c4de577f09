package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * The team around one young person over time: key worker, residential and edge-of-care workers,
 * portfolio leads and the embedded specialists. The model's "one key worker" rule holds: key-worker
 * memberships never overlap.
 */
@Value.Immutable
public abstract class TeamAroundTheChild {

  /** Whose team. */
  public abstract YoungPersonId youngPersonId();

  /** Every membership, current and past, in any order. */
  public abstract ImmutableList<TeamMembership> memberships();

  @Value.Check
  void check() {
    List<TeamMembership> all = memberships();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).role() != Role.KEY_WORKER) {
        continue;
      }
      for (int j = i + 1; j < all.size(); j++) {
        TeamMembership a = all.get(i);
        TeamMembership b = all.get(j);
        if (b.role() == Role.KEY_WORKER && a.period().overlaps(b.period())) {
          throw DomainRuleException.at(
              "memberships",
              "memberships/" + j + "/period",
              "key worker memberships overlap: %s %s and %s %s; at most one key worker at a time",
              a.workerId(),
              a.period(),
              b.workerId(),
              b.period());
        }
      }
    }
  }

  /** A team of {@code memberships}. */
  public static TeamAroundTheChild of(
      YoungPersonId youngPersonId, Iterable<? extends TeamMembership> memberships) {
    return builder().youngPersonId(youngPersonId).addAllMemberships(memberships).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamAroundTheChild}. */
  public static final class Builder extends ImmutableTeamAroundTheChild.Builder {}

  /** Key-worker memberships in order of start. */
  private List<TeamMembership> keyWorkerMemberships() {
    List<TeamMembership> out = new ArrayList<>(memberships().size());
    for (TeamMembership m : memberships()) {
      if (m.role() == Role.KEY_WORKER) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing((TeamMembership m) -> m.period().start()));
    return out;
  }

  /** The key worker on {@code date}, if any. */
  public Optional<WorkerId> keyWorkerOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return keyWorkerMemberships().stream()
        .filter(m -> m.isActiveOn(date))
        .map(TeamMembership::workerId)
        .findFirst();
  }

  /**
   * How many times the key worker changed: the number of runs of the same worker in start order, minus
   * one (0 when there has never been a key worker). A worker who leaves and comes back counts twice:
   * W1, W2, W1 is two changes; W1 followed by W1 again is none.
   */
  public int keyWorkerChanges() {
    int changes = 0;
    WorkerId previous = null;
    for (TeamMembership m : keyWorkerMemberships()) {
      if (previous != null && !previous.equals(m.workerId())) {
        changes++;
      }
      previous = m.workerId();
    }
    return changes;
  }

  /** True when any membership, past or present, has {@code role}. */
  public boolean hasRole(Role role) {
    Objects.requireNonNull(role, "role");
    return memberships().stream().anyMatch(m -> m.role() == role);
  }

  /** The memberships active on {@code date}. */
  public ImmutableList<TeamMembership> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return memberships().stream()
        .filter(m -> m.isActiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "TeamAroundTheChild{youngPersonId="
        + youngPersonId()
        + ", memberships="
        + memberships().size()
        + "}";
  }
}
