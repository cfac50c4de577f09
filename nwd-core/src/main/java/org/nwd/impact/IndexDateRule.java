package org.nwd.impact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.nwd.model.ReferralDecision;
import org.nwd.model.YoungPersonRecord;

/**
 * How the index date (the day the "after" window starts) is found for a young person. Use {@link
 * #firstAcceptedReferral()}, {@link #firstHubEpisode()} or a caller's rule with {@link #of}.
 */
public interface IndexDateRule {

  /** The index date, or empty when the record has none (the person is then excluded). */
  Optional<LocalDate> indexDate(YoungPersonRecord record);

  /** What the rule does, for explanations, e.g. "date of the first accepted referral". */
  String description();

  /** The date of the earliest referral whose decision is {@link ReferralDecision#ACCEPTED}. */
  static IndexDateRule firstAcceptedReferral() {
    return StandardIndexDateRules.FIRST_ACCEPTED_REFERRAL;
  }

  /** The start of the earliest hub episode of any kind. */
  static IndexDateRule firstHubEpisode() {
    return StandardIndexDateRules.FIRST_HUB_EPISODE;
  }

  /** A caller's rule. */
  static IndexDateRule of(
      String description, Function<YoungPersonRecord, Optional<LocalDate>> rule) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rule, "rule");
    return new IndexDateRule() {
      @Override
      public Optional<LocalDate> indexDate(YoungPersonRecord record) {
        return rule.apply(Objects.requireNonNull(record, "record"));
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
