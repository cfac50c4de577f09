package org.nwd.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A spell of support a young person had from a hub: a residential or emergency bed, outreach, a
 * community family or supported lodgings. When it has ended it records where the young person went
 * and whether the ending was planned; while it is ongoing it records neither.
 */
@Value.Immutable
public abstract class HubEpisode {

  /** Who was supported. */
  public abstract YoungPersonId youngPersonId();

  /** By which hub. */
  public abstract HubId hubId();

  /** What kind of support. */
  public abstract HubEpisodeKind kind();

  /** When. */
  public abstract DatePeriod period();

  /** Where the young person went; present exactly when the period has ended. */
  public abstract Optional<EndReason> endReason();

  /** Whether the ending was planned; present exactly when the period has ended. */
  public abstract Optional<Boolean> planned();

  @Value.Check
  void check() {
    boolean ended = !period().isOpen();
    DomainRuleException.require(
        endReason().isPresent() == ended,
        "endReason",
        "hub episode %s: end reason %s must be present exactly when the episode has ended",
        period(),
        endReason().map(EndReason::code).orElse("absent"));
    DomainRuleException.require(
        planned().isPresent() == ended,
        "planned",
        "hub episode %s: planned %s must be present exactly when the episode has ended",
        period(),
        planned().map(String::valueOf).orElse("absent"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HubEpisode}. */
  public static final class Builder extends ImmutableHubEpisode.Builder {}

  /** Days from start to end, or to {@code asOf} while ongoing. */
  public long lengthInDays(LocalDate asOf) {
    return period().lengthInDays(asOf);
  }

  /**
   * True when this is a residential kind (planned or emergency bed) that has lasted longer than {@code
   * threshold}: an 84-day stay does not exceed an 84-day threshold, an 85-day stay does.
   */
  public boolean exceeds(ShortTermThreshold threshold, LocalDate asOf) {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(asOf, "asOf");
    return kind().isResidential() && lengthInDays(asOf) > threshold.days();
  }
}
