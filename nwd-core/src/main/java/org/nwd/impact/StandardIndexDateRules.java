package org.nwd.impact;

import java.time.LocalDate;
import java.util.Optional;
import org.nwd.model.HubEpisode;
import org.nwd.model.Referral;
import org.nwd.model.ReferralDecision;

/** The standard index-date rules as singletons, so that analyses using them are equal. */
final class StandardIndexDateRules {
  private StandardIndexDateRules() {}

  static final IndexDateRule FIRST_ACCEPTED_REFERRAL =
      IndexDateRule.of("date of the first accepted referral", StandardIndexDateRules::firstAccepted);

  static final IndexDateRule FIRST_HUB_EPISODE =
      IndexDateRule.of(
          "start of the first hub episode",
          r -> {
            LocalDate first = null;
            for (HubEpisode e : r.hubEpisodes()) {
              LocalDate start = e.period().start();
              first = first == null || start.isBefore(first) ? start : first;
            }
            return Optional.ofNullable(first);
          });

  private static Optional<LocalDate> firstAccepted(org.nwd.model.YoungPersonRecord r) {
    LocalDate first = null;
    for (Referral x : r.referrals()) {
      if (x.decision() == ReferralDecision.ACCEPTED && (first == null || x.date().isBefore(first))) {
        first = x.date();
      }
    }
    return Optional.ofNullable(first);
  }
}
