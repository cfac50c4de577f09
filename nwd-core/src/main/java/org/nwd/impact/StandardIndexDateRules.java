package org.nwd.impact;

import java.util.Comparator;
import org.nwd.model.Referral;
import org.nwd.model.ReferralDecision;

/** The standard index-date rules as singletons, so that analyses using them are equal. */
final class StandardIndexDateRules {
  private StandardIndexDateRules() {}

  static final IndexDateRule FIRST_ACCEPTED_REFERRAL =
      IndexDateRule.of(
          "date of the first accepted referral",
          r ->
              r.referrals().stream()
                  .filter(x -> x.decision() == ReferralDecision.ACCEPTED)
                  .map(Referral::date)
                  .min(Comparator.naturalOrder()));

  static final IndexDateRule FIRST_HUB_EPISODE =
      IndexDateRule.of(
          "start of the first hub episode",
          r ->
              r.hubEpisodes().stream()
                  .map(e -> e.period().start())
                  .min(Comparator.naturalOrder()));
}
