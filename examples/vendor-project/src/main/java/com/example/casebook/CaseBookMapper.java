package com.example.casebook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.nwd.DomainRuleException;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/** A vendor's adaptor: CaseBook's client rows mapped into the nwd domain model. */
public final class CaseBookMapper {

  /** A client as CaseBook exports it: its reference, birth month, referral and missing episodes. */
  public record Client(
      String ref, YearMonth born, LocalDate referred, String category, List<LocalDate> missing) {}

  private static final Map<String, ReferralCategory> CATEGORIES =
      Map.of(
          "edge of care", ReferralCategory.EDGE_OF_CARE,
          "step down", ReferralCategory.STEP_DOWN_FROM_RESIDENTIAL);

  private CaseBookMapper() {}

  /** The client's record; an unknown referral category is a clear error, not a guess. */
  public static YoungPersonRecord map(Client c, String councilCode) {
    ReferralCategory category = CATEGORIES.get(c.category());
    if (category == null) {
      throw new DomainRuleException("category", "CaseBook referral category is not mapped");
    }
    YoungPersonId id = YoungPersonId.of("CB-" + c.ref());
    YoungPersonRecord.Builder b =
        YoungPersonRecord.builder()
            .youngPerson(
                YoungPerson.builder()
                    .id(id)
                    .birthMonth(c.born())
                    .localAuthority(councilCode)
                    .addCareStatusPeriods(
                        CareStatusPeriod.open(CareStatus.EDGE_OF_CARE, c.referred()))
                    .build())
            .addReferrals(Referral.of(id, c.referred(), category, ReferralDecision.ACCEPTED));
    for (LocalDate d : c.missing()) {
      b.addEvents(OutcomeEvent.of(id, StandardMeasures.MISSING_INCIDENTS, d, 1));
    }
    return b.build();
  }
}
