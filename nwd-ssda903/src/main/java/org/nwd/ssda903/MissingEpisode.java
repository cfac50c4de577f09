package org.nwd.ssda903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.YoungPersonId;

/**
 * One SSDA903 {@code Missing} episode as imported, with its start, end and duration kept (the domain
 * record holds it as a one-count {@link org.nwd.model.OutcomeEvent} on its start date). The end is
 * absent while the episode was still open in the latest return.
 */
@Value.Immutable
public abstract class MissingEpisode {

  /** Whose episode. */
  public abstract YoungPersonId youngPersonId();

  /** Missing ({@code M}) or away ({@code A}). */
  public abstract MissingKind kind();

  /** {@code MIS_START}. */
  public abstract LocalDate start();

  /** {@code MIS_END}, when the child had been found or had returned. */
  public abstract Optional<LocalDate> end();

  @Value.Check
  void check() {
    end()
        .ifPresent(
            e ->
                DomainRuleException.require(
                    !e.isBefore(start()), "end", "missing episode ends %s before it starts %s", e,
                    start()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissingEpisode}. */
  public static final class Builder extends ImmutableMissingEpisode.Builder {}

  /** Days from start to end (0 when found the same day); empty while open. */
  public OptionalLong durationDays() {
    return end().map(e -> OptionalLong.of(ChronoUnit.DAYS.between(start(), e)))
        .orElse(OptionalLong.empty());
  }

  @Override
  public String toString() {
    return "MissingEpisode{" + youngPersonId() + " " + kind().code() + " " + start() + "/"
        + end().map(LocalDate::toString).orElse("..") + "}";
  }
}
