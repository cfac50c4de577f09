package org.nwd.testkit;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisode;
import org.nwd.model.ShortTermThreshold;

/**
 * Assertions on a hub episode, failing with messages in the domain's words. "Short-term" follows
 * {@link HubEpisode#exceeds}: only hub bed stays (residential or emergency) can exceed the threshold.
 */
public final class HubEpisodeAssert extends AbstractAssert<HubEpisodeAssert, HubEpisode> {

  HubEpisodeAssert(HubEpisode actual) {
    super(actual, HubEpisodeAssert.class);
  }

  /**
   * The ended episode lasted no longer than the default 84-day short-term threshold (a configurable
   * proposal, see {@link ShortTermThreshold#defaultThreshold()}).
   */
  public HubEpisodeAssert isShortTerm() {
    isNotNull();
    if (actual.period().isOpen()) {
      failWithMessage(
          "Expected the %s hub episode of %s to be short-term but it is still open (%s); give an"
              + " as-of date",
          actual.kind().code(), actual.youngPersonId(), actual.period());
    }
    return isShortTerm(ShortTermThreshold.defaultThreshold(), actual.period().end().get());
  }

  /** The episode, counted up to {@code asOf} if open, is within the threshold. */
  public HubEpisodeAssert isShortTerm(ShortTermThreshold threshold, LocalDate asOf) {
    isNotNull();
    if (actual.exceeds(threshold, asOf)) {
      failWithMessage(
          "Expected the %s hub episode of %s (%s) to be short-term (at most %s) but it lasted %s"
              + " days",
          actual.kind().code(), actual.youngPersonId(), actual.period(), threshold,
          actual.lengthInDays(asOf));
    }
    return this;
  }

  /** A hub bed stay: residential or emergency. */
  public HubEpisodeAssert isHubBedStay() {
    isNotNull();
    if (!actual.kind().isResidential()) {
      failWithMessage(
          "Expected a hub bed stay (residential or emergency) for %s but the episode was %s",
          actual.youngPersonId(), actual.kind().code());
    }
    return this;
  }

  /** The episode ended, for this reason. */
  public HubEpisodeAssert endedWith(EndReason reason) {
    isNotNull();
    if (!actual.endReason().equals(java.util.Optional.of(reason))) {
      failWithMessage(
          "Expected the %s hub episode of %s to end with %s but it %s",
          actual.kind().code(), actual.youngPersonId(), reason.code(),
          actual.endReason().map(r -> "ended with " + r.code()).orElse("is still open"));
    }
    return this;
  }
}
