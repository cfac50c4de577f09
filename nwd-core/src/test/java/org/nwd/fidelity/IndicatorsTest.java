package org.nwd.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nwd.fidelity.FidelityIndicator.COMMUNICATION_SUPPORT_INVOLVED;
import static org.nwd.fidelity.FidelityIndicator.DAYS_TO_FIRST_HUB_CONTACT;
import static org.nwd.fidelity.FidelityIndicator.DECISIONS_CITING_PROVOCATION;
import static org.nwd.fidelity.FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY;
import static org.nwd.fidelity.FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR;
import static org.nwd.fidelity.FidelityIndicator.KEY_WORKER_WITHIN_DAYS;
import static org.nwd.fidelity.FidelityIndicator.LIFE_COACH_INVOLVED;
import static org.nwd.fidelity.FidelityIndicator.OUTREACH_AFTER_STAY;
import static org.nwd.fidelity.FidelityIndicator.PLACEMENT_MOVES_AFTER_STAY;
import static org.nwd.fidelity.FidelityIndicator.POLICE_LIAISON_INVOLVED;
import static org.nwd.fidelity.FidelityIndicator.SHORT_BED_STAYS;
import static org.nwd.fidelity.IndicatorStatus.MET;
import static org.nwd.fidelity.IndicatorStatus.NOT_APPLICABLE;
import static org.nwd.fidelity.IndicatorStatus.NOT_MET;
import static org.nwd.fidelity.IndicatorStatus.UNKNOWN;
import static org.nwd.fidelity.Rec.d;
import static org.nwd.fidelity.Rec.yp;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nwd.model.EndReason;
import org.nwd.model.HubEpisodeKind;
import org.nwd.model.PlacementType;
import org.nwd.model.ReferralDecision;
import org.nwd.model.Role;
import org.nwd.model.YoungPersonRecord;

/**
 * Each indicator on hand-made records. Every expected value is worked out by hand in the comment
 * next to it, from the definitions in {@link FidelityIndicator}; the as-of date is 2024-01-01 unless
 * said otherwise.
 */
class IndicatorsTest {
  static final LocalDate AS_OF = d("2024-01-01");

  /** The result of {@code indicator} at {@code threshold} (12 months after a stay). */
  static IndicatorResult result(
      FidelityIndicator indicator, double threshold, YoungPersonRecord record) {
    return result(indicator, threshold, record, AS_OF);
  }

  static IndicatorResult result(
      FidelityIndicator indicator, double threshold, YoungPersonRecord record, LocalDate asOf) {
    FidelityRubric rubric =
        FidelityRubric.builder()
            .name("test")
            .proposal(false)
            .addCriteria(Criterion.of(indicator, threshold, BigDecimal.ONE))
            .addBands(FidelityBand.of("all", BigDecimal.ZERO))
            .build();
    return FidelityAssessment.of(rubric, asOf).profile(record).results().get(0);
  }

  @Nested
  class DaysToFirstHubContact {
    @Test
    void contactThreeDaysAfterTheReferralIsMet() {
      // 2023-03-01 -> 2023-03-04 = 3 days <= 7.
      IndicatorResult r =
          result(
              DAYS_TO_FIRST_HUB_CONTACT,
              7,
              yp("A1").accepted("2023-03-01").outreach("2023-03-04/2023-06-01", EndReason.OTHER)
                  .build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value()).hasValue(3);
      assertThat(r.reason()).isEqualTo("first hub contact 3 days after the referral");
    }

    @Test
    void anEpisodeEndingOnTheReferralDayIsNotContact() {
      // The February episode's last day is 2023-02-28; the bed from 2023-03-20 is 19 days on.
      IndicatorResult r =
          result(
              DAYS_TO_FIRST_HUB_CONTACT,
              7,
              yp("A2").accepted("2023-03-01")
                  .outreach("2023-02-01/2023-03-01", EndReason.OTHER)
                  .stay("2023-03-20/..", null)
                  .build());
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.value()).hasValue(19);
    }

    @Test
    void anEpisodeRunningAtTheReferralIsContactOnTheDay() {
      IndicatorResult r =
          result(
              DAYS_TO_FIRST_HUB_CONTACT,
              7,
              yp("A3").accepted("2023-03-01").outreach("2023-01-01/2023-05-01", EndReason.OTHER)
                  .build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value()).hasValue(0);
    }

    @Test
    void theThresholdItselfIsMetAndTheDayAfterIsNot() {
      // First accepted referral 2023-03-01 (the later one and the one after the as-of date are
      // ignored): contact on 2023-03-08 is 7 days, on 2023-03-09 is 8 days.
      YoungPersonRecord seven =
          yp("A7").accepted("2023-05-01").accepted("2023-03-01").accepted("2024-02-01")
              .outreach("2023-03-08/2023-04-01", EndReason.OTHER).build();
      YoungPersonRecord eight =
          yp("A8").accepted("2023-03-01").outreach("2023-03-09/2023-04-01", EndReason.OTHER)
              .outreach("2024-01-01/..", null).build();
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, seven).status()).isEqualTo(MET);
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, seven).value()).hasValue(7);
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, eight).status()).isEqualTo(NOT_MET);
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, eight).value()).hasValue(8);
    }

    @Test
    void noContactIsUnknownWithinTheThresholdAndNotMetAfterIt() {
      // 2023-12-28 to 2024-01-01 = 4 days <= 7: cannot tell yet.
      IndicatorResult early = result(DAYS_TO_FIRST_HUB_CONTACT, 7, yp("A4").accepted("2023-12-28").build());
      assertThat(early.status()).isEqualTo(UNKNOWN);
      assertThat(early.value()).isEmpty();
      assertThat(early.reason())
          .isEqualTo("no first hub contact yet; only 4 days from the referral to the as-of date");
      // 2023-12-20 to 2024-01-01 = 12 days > 7: not within the threshold.
      IndicatorResult late = result(DAYS_TO_FIRST_HUB_CONTACT, 7, yp("A5").accepted("2023-12-20").build());
      assertThat(late.status()).isEqualTo(NOT_MET);
      assertThat(late.value()).isEmpty();
      assertThat(late.reason())
          .isEqualTo("no first hub contact in the 12 days from the referral to the as-of date");
      // 2023-12-25: 7 days, equal to the threshold, still unknown (a contact on day 7 would meet it).
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, yp("A9").accepted("2023-12-25").build()).status())
          .isEqualTo(UNKNOWN);
      assertThat(result(DAYS_TO_FIRST_HUB_CONTACT, 7, yp("A9").accepted("2023-12-24").build()).status())
          .isEqualTo(NOT_MET);
    }

    @Test
    void withoutAnAcceptedReferralItIsUnknown() {
      IndicatorResult r =
          result(
              DAYS_TO_FIRST_HUB_CONTACT,
              7,
              yp("A6").referral("2023-03-01", ReferralDecision.DECLINED)
                  .outreach("2023-03-02/2023-04-01", EndReason.OTHER).build());
      assertThat(r.status()).isEqualTo(UNKNOWN);
      assertThat(r.reason()).isEqualTo("no accepted referral before the as-of date");
    }
  }

  @Nested
  class KeyWorkerWithinDays {
    @Test
    void aKeyWorkerFourDaysAfterTheReferralIsMet() {
      // A residential worker from the day of referral does not count; the key worker from 03-05: 4 days.
      IndicatorResult r =
          result(
              KEY_WORKER_WITHIN_DAYS,
              7,
              yp("B1").accepted("2023-03-01")
                  .member(Role.RESIDENTIAL_WORKER, "W9", "2023-03-01/..")
                  .keyWorker("W1", "2023-03-05/..").build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value()).hasValue(4);
      assertThat(r.reason()).isEqualTo("key worker 4 days after the referral");
    }

    @Test
    void aKeyWorkerAlreadyInPlaceCountsFromTheReferral() {
      IndicatorResult r =
          result(KEY_WORKER_WITHIN_DAYS, 7,
              yp("B2").accepted("2023-03-01").keyWorker("W1", "2022-06-01/..").build());
      assertThat(r.value()).hasValue(0);
      assertThat(r.status()).isEqualTo(MET);
    }

    @Test
    void aTeamWithoutAKeyWorkerIsNotMetOnceTheThresholdHasPassed() {
      // 2023-03-01 to 2024-01-01 = 306 days > 14, no key worker (the one from 2024-02-01 is unseen).
      IndicatorResult r =
          result(KEY_WORKER_WITHIN_DAYS, 14,
              yp("B3").accepted("2023-03-01").member(Role.LIFE_COACH, "W2", "2023-03-01/..")
                  .keyWorker("W1", "2024-02-01/..").build());
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.reason()).isEqualTo("no key worker in the 306 days from the referral to the as-of date");
      // Allocated 20 days after: 20 > 14.
      assertThat(result(KEY_WORKER_WITHIN_DAYS, 14,
              yp("B4").accepted("2023-03-01").keyWorker("W1", "2023-03-21/..").build()).status())
          .isEqualTo(NOT_MET);
    }

    @Test
    void withoutATeamOrAReferralItIsUnknown() {
      assertThat(result(KEY_WORKER_WITHIN_DAYS, 7, yp("B5").accepted("2023-03-01").build()).reason())
          .isEqualTo("no team recorded");
      assertThat(result(KEY_WORKER_WITHIN_DAYS, 7, yp("B5").accepted("2023-03-01").build()).status())
          .isEqualTo(UNKNOWN);
      assertThat(result(KEY_WORKER_WITHIN_DAYS, 7, yp("B6").keyWorker("W1", "2023-03-01/..").build())
              .status())
          .isEqualTo(UNKNOWN);
    }
  }

  @Nested
  class KeyWorkerChanges {
    @Test
    void oneChangeInAYearWithAKeyWorkerIsJustOverOnePerPersonYear() {
      // W1 2023-01-01 to 2023-07-02 (182 days), W2 2023-07-02 to the as-of date (183 days):
      // 1 change in 365 days = 1 / (365 / 365.25) = 1.000685 per person-year > 1.
      IndicatorResult r =
          result(KEY_WORKER_CHANGES_PER_YEAR, 1,
              yp("C1").keyWorker("W1", "2023-01-01/2023-07-02").keyWorker("W2", "2023-07-02/..")
                  .build());
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.value().getAsDouble()).isCloseTo(365.25 / 365, within(1e-12));
      assertThat(r.numerator()).isEqualTo(1);
      assertThat(r.denominator()).isEqualTo(365);
      assertThat(r.reason()).isEqualTo("1 key-worker changes in 365 days with a key worker");
    }

    @Test
    void oneChangeInTwoYearsIsMet() {
      // 365 + 365 days, 1 change: 365.25 / 730 = 0.500342.
      IndicatorResult r =
          result(KEY_WORKER_CHANGES_PER_YEAR, 1,
              yp("C2").keyWorker("W1", "2022-01-01/2023-01-01").keyWorker("W2", "2023-01-01/..")
                  .build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value().getAsDouble()).isCloseTo(365.25 / 730, within(1e-12));
    }

    @Test
    void aWorkerWhoComesBackCountsTwiceAndUnseenMembershipsNotAtAll() {
      // W1, W2, W1: 2 changes (W3 from 2024-03-01 is not seen). Days with a key worker:
      // 2023-01-01/2023-07-01 = 181, 2023-07-01/2023-12-01 = 153, 2023-12-01 to the as-of date = 31:
      // 365. 2 / (365 / 365.25) = 2.00137 <= 3.
      IndicatorResult r =
          result(KEY_WORKER_CHANGES_PER_YEAR, 3,
              yp("C3").keyWorker("W1", "2023-01-01/2023-07-01").keyWorker("W2", "2023-07-01/2023-12-01")
                  .keyWorker("W1", "2023-12-01/2024-03-01").keyWorker("W3", "2024-03-01/..").build());
      assertThat(r.numerator()).isEqualTo(2);
      assertThat(r.denominator()).isEqualTo(365);
      assertThat(r.value().getAsDouble()).isCloseTo(2 * 365.25 / 365, within(1e-12));
      assertThat(r.status()).isEqualTo(MET);
    }

    @Test
    void withoutKeyWorkerTimeItIsUnknown() {
      assertThat(result(KEY_WORKER_CHANGES_PER_YEAR, 1, yp("C4").build()).status()).isEqualTo(UNKNOWN);
      IndicatorResult none =
          result(KEY_WORKER_CHANGES_PER_YEAR, 1, yp("C5").member(Role.LIFE_COACH, "W1", "2023-01-01/..")
              .build());
      assertThat(none.status()).isEqualTo(UNKNOWN);
      assertThat(none.reason()).isEqualTo("no time with a key worker before the as-of date");
    }
  }

  @Nested
  class Specialists {
    @Test
    void atThresholdZeroAMembershipIsEnough() {
      YoungPersonRecord r =
          yp("D1").member(Role.LIFE_COACH, "W1", "2023-01-01/2023-06-01")
              .member(Role.POLICE_LIAISON_OFFICER, "W2", "2023-01-01/..", 4).build();
      IndicatorResult coach = result(LIFE_COACH_INVOLVED, 0, r);
      assertThat(coach.status()).isEqualTo(MET);
      assertThat(coach.value()).isEmpty(); // contacts not recorded
      assertThat(coach.numerator()).isEqualTo(1);
      assertThat(coach.denominator()).isEqualTo(1);
      assertThat(coach.reason())
          .isEqualTo("life coach (clinical psychologist) in the team (1 memberships, contacts not recorded)");
      IndicatorResult police = result(POLICE_LIAISON_INVOLVED, 0, r);
      assertThat(police.status()).isEqualTo(MET);
      assertThat(police.value()).hasValue(4);
      IndicatorResult speech = result(COMMUNICATION_SUPPORT_INVOLVED, 0, r);
      assertThat(speech.status()).isEqualTo(NOT_MET);
      assertThat(speech.value()).hasValue(0);
      assertThat(speech.numerator()).isEqualTo(0);
      assertThat(speech.denominator()).isEqualTo(1);
    }

    @Test
    void aPositiveThresholdNeedsRecordedContacts() {
      // 3 + 4 = 7 contacts >= 5; 3 < 5; contacts missing on one membership: unknown.
      YoungPersonRecord seven =
          yp("D2").member(Role.LIFE_COACH, "W1", "2023-01-01/2023-03-01", 3)
              .member(Role.LIFE_COACH, "W2", "2023-03-01/..", 4).build();
      assertThat(result(LIFE_COACH_INVOLVED, 5, seven).status()).isEqualTo(MET);
      assertThat(result(LIFE_COACH_INVOLVED, 5, seven).value()).hasValue(7);
      assertThat(result(LIFE_COACH_INVOLVED, 8, seven).status()).isEqualTo(NOT_MET);
      YoungPersonRecord partly =
          yp("D3").member(Role.LIFE_COACH, "W1", "2023-01-01/2023-03-01", 3)
              .member(Role.LIFE_COACH, "W2", "2023-03-01/..").build();
      IndicatorResult r = result(LIFE_COACH_INVOLVED, 5, partly);
      assertThat(r.status()).isEqualTo(UNKNOWN);
      assertThat(r.value()).isEmpty();
      assertThat(r.numerator()).isEqualTo(1);
      // A membership starting on the as-of date is not seen.
      assertThat(result(LIFE_COACH_INVOLVED, 0,
              yp("D4").member(Role.LIFE_COACH, "W1", "2024-01-01/..").build()).status())
          .isEqualTo(NOT_MET);
    }

    @Test
    void withoutATeamItIsUnknown() {
      IndicatorResult r = result(POLICE_LIAISON_INVOLVED, 0, yp("D5").build());
      assertThat(r.status()).isEqualTo(UNKNOWN);
      assertThat(r.denominator()).isZero();
    }
  }

  @Nested
  class ShortBedStays {
    @Test
    void aStayOfExactlyTheThresholdIsShort() {
      // 2023-01-01/2023-03-26 = 84 days, 2023-04-01/2023-04-11 = 10 days; both <= 84.
      IndicatorResult r =
          result(SHORT_BED_STAYS, 84,
              yp("E1").stay("2023-01-01/2023-03-26", EndReason.HOME_OR_FAMILY)
                  .hub(HubEpisodeKind.EMERGENCY_BED, "2023-04-01/2023-04-11", EndReason.FOSTER_CARE)
                  .outreach("2023-04-11/2023-09-01", EndReason.OTHER).build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value()).hasValue(84);
      assertThat(r.numerator()).isEqualTo(0);
      assertThat(r.denominator()).isEqualTo(2);
      assertThat(r.observations()).containsExactly(10L, 84L);
      assertThat(r.reason()).isEqualTo("2 stays, 0 longer than the threshold, 0 ongoing, longest 84 days");
    }

    @Test
    void aStayOfOneDayMoreIsNot() {
      // 2023-01-01/2023-03-27 = 85 days > 84.
      IndicatorResult r =
          result(SHORT_BED_STAYS, 84, yp("E2").stay("2023-01-01/2023-03-27", EndReason.OTHER).build());
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.numerator()).isEqualTo(1);
      assertThat(r.observations()).containsExactly(85L);
    }

    @Test
    void anOngoingStayIsMeasuredToTheAsOfDate() {
      // Open from 2023-12-01: 31 days so far, not over 84 yet: unknown. From 2023-09-01: 122 > 84.
      // Ending after the as-of date (2024-02-01) is seen as ongoing: 31 days.
      IndicatorResult early = result(SHORT_BED_STAYS, 84, yp("E3").stay("2023-12-01/..", null).build());
      assertThat(early.status()).isEqualTo(UNKNOWN);
      assertThat(early.value()).hasValue(31);
      assertThat(early.observations()).isEmpty();
      IndicatorResult later =
          result(SHORT_BED_STAYS, 84, yp("E4").stay("2023-12-01/2024-02-01", EndReason.OTHER).build());
      assertThat(later.status()).isEqualTo(UNKNOWN);
      assertThat(later.value()).hasValue(31);
      IndicatorResult longOne = result(SHORT_BED_STAYS, 84, yp("E5").stay("2023-09-01/..", null).build());
      assertThat(longOne.status()).isEqualTo(NOT_MET);
      assertThat(longOne.value()).hasValue(122);
    }

    @Test
    void withoutABedStayItDoesNotApply() {
      IndicatorResult r =
          result(SHORT_BED_STAYS, 84,
              yp("E6").outreach("2023-01-01/..", null).stay("2024-01-01/..", null).build());
      assertThat(r.status()).isEqualTo(NOT_APPLICABLE);
      assertThat(r.reason()).isEqualTo("no hub bed stay before the as-of date");
    }
  }

  @Nested
  class OutreachAfterStay {
    @Test
    void outreachFromTheDayTheStayEndsIsCounted() {
      // Stay ends 2023-02-01; outreach to 2023-05-01: 89 days >= 28.
      IndicatorResult r =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F1").stay("2023-01-01/2023-02-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-02-01/2023-05-01", EndReason.HOME_OR_FAMILY).build());
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.value()).hasValue(89);
    }

    @Test
    void shortOrLateOutreachIsNotMet() {
      // Starts 5 days after (within 7) and ends 2023-02-20: 19 days < 28.
      IndicatorResult shortOne =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F2").stay("2023-01-01/2023-02-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-02-06/2023-02-20", EndReason.HOME_OR_FAMILY).build());
      assertThat(shortOne.status()).isEqualTo(NOT_MET);
      assertThat(shortOne.value()).hasValue(19);
      // Starts 9 days after (beyond 7): not continuing; 0 days.
      IndicatorResult late =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F3").stay("2023-01-01/2023-02-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-02-10/2023-06-01", EndReason.HOME_OR_FAMILY).build());
      assertThat(late.status()).isEqualTo(NOT_MET);
      assertThat(late.value()).hasValue(0);
      // Exactly 7 days after: within the gap, continuing to 2023-06-01 = 120 days.
      assertThat(result(OUTREACH_AFTER_STAY, 28,
              yp("F3b").stay("2023-01-01/2023-02-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-02-08/2023-06-01", EndReason.HOME_OR_FAMILY).build()).value())
          .hasValue(120);
    }

    @Test
    void supportChainsAcrossEpisodesStartingWithinTheGap() {
      // Outreach 02-01..02-15, supported lodgings from 02-20 (5 days later) to 03-10: 37 days.
      IndicatorResult r =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F4").stay("2023-01-01/2023-02-01", EndReason.SUPPORTED_LODGINGS)
                  .outreach("2023-02-01/2023-02-15", EndReason.OTHER)
                  .hub(HubEpisodeKind.SUPPORTED_LODGINGS, "2023-02-20/2023-03-10", EndReason.OTHER)
                  .build());
      assertThat(r.value()).hasValue(37);
      assertThat(r.status()).isEqualTo(MET);
    }

    @Test
    void outreachRunningThroughTheStayContinues() {
      // Outreach 01-01..03-01 around a stay ending 02-01: 28 days after it, exactly the threshold.
      IndicatorResult r =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F5").outreach("2023-01-01/2023-03-01", EndReason.HOME_OR_FAMILY)
                  .stay("2023-01-10/2023-02-01", EndReason.HOME_OR_FAMILY).build());
      assertThat(r.value()).hasValue(28);
      assertThat(r.status()).isEqualTo(MET);
    }

    @Test
    void itIsUnknownWhileSupportRunsOrCouldStillStart() {
      // Outreach open from 2023-12-20: 12 days so far, running.
      IndicatorResult running =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F6").stay("2023-12-01/2023-12-20", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-12-20/..", null).build());
      assertThat(running.status()).isEqualTo(UNKNOWN);
      assertThat(running.value()).hasValue(12);
      assertThat(running.reason())
          .isEqualTo("12 days of continuing support so far, still running at the as-of date");
      // No support, stay ended 4 days before the as-of date (<= 7).
      IndicatorResult early =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F7").stay("2023-12-01/2023-12-28", EndReason.HOME_OR_FAMILY).build());
      assertThat(early.status()).isEqualTo(UNKNOWN);
      assertThat(early.value()).hasValue(0);
      // Stay ended 2023-12-24, 8 days before: not met.
      assertThat(result(OUTREACH_AFTER_STAY, 28,
              yp("F7b").stay("2023-12-01/2023-12-24", EndReason.HOME_OR_FAMILY).build()).status())
          .isEqualTo(NOT_MET);
    }

    @Test
    void theLastCompletedStayIsTheOneJudged() {
      // The first stay had 60 days of outreach. The last completed stay is the emergency bed ending
      // 2023-08-01 (a bed is not support); nothing follows it within 7 days: 0 days. The ongoing bed
      // from 2023-11-01 is not completed.
      IndicatorResult r =
          result(OUTREACH_AFTER_STAY, 28,
              yp("F8").stay("2023-01-01/2023-02-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2023-02-01/2023-04-02", EndReason.OTHER)
                  .stay("2023-06-01/2023-07-01", EndReason.HOME_OR_FAMILY)
                  .hub(HubEpisodeKind.EMERGENCY_BED, "2023-07-01/2023-08-01", EndReason.OTHER)
                  .stay("2023-11-01/..", null).build());
      assertThat(r.value()).hasValue(0);
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.reason()).isEqualTo("0 days of hub support continuing after the last stay");
    }

    @Test
    void withoutACompletedStayItDoesNotApply() {
      IndicatorResult r = result(OUTREACH_AFTER_STAY, 28, yp("F9").stay("2023-11-01/..", null).build());
      assertThat(r.status()).isEqualTo(NOT_APPLICABLE);
      assertThat(r.reason()).isEqualTo("no hub bed stay completed before the as-of date");
    }
  }

  @Nested
  class MovesAfterStay {
    /** A K2 placement for the hub stay, then foster placements from 2022-03-01. */
    private Rec placedAfterStay(String id) {
      return yp(id).stay("2022-01-01/2022-03-01", EndReason.FOSTER_CARE)
          .placement("2022-01-01/2022-03-01", PlacementType.K2);
    }

    @Test
    void movesInTheTwelveMonthsAfterAreCounted() {
      // Moves on 2022-03-01, 2022-06-01 and 2022-09-01, all in [2022-03-01, 2023-03-01): 3 > 1.
      IndicatorResult r =
          result(PLACEMENT_MOVES_AFTER_STAY, 1,
              placedAfterStay("G1").placement("2022-03-01/2022-06-01", PlacementType.U6)
                  .placement("2022-06-01/2022-09-01", PlacementType.U6)
                  .placement("2022-09-01/..", PlacementType.U4).build());
      assertThat(r.value()).hasValue(3);
      assertThat(r.status()).isEqualTo(NOT_MET);
      assertThat(r.reason()).isEqualTo("3 placement moves in 365 days after the last stay");
    }

    @Test
    void theMoveOutOfTheHubAloneIsMetOnceTheMonthsHavePassed() {
      // Moves on 2022-03-01 and on 2023-03-01: the second is the window's end, excluded: 1 <= 1.
      IndicatorResult r =
          result(PLACEMENT_MOVES_AFTER_STAY, 1,
              placedAfterStay("G2").placement("2022-03-01/2023-03-01", PlacementType.U6)
                  .placement("2023-03-01/..", PlacementType.U4).build());
      assertThat(r.value()).hasValue(1);
      assertThat(r.status()).isEqualTo(MET);
    }

    @Test
    void beforeTheMonthsHavePassedItIsUnknownUnlessAlreadyOver() {
      // Stay ends 2023-06-01; window to 2024-06-01, seen to 2024-01-01 (214 days).
      Rec base = yp("G3").stay("2023-01-01/2023-06-01", EndReason.FOSTER_CARE)
          .placement("2023-01-01/2023-06-01", PlacementType.K2);
      IndicatorResult one = result(PLACEMENT_MOVES_AFTER_STAY, 1,
          base.placement("2023-06-01/..", PlacementType.U6).build());
      assertThat(one.status()).isEqualTo(UNKNOWN);
      assertThat(one.value()).hasValue(1);
      assertThat(one.reason())
          .isEqualTo("1 placement moves in 214 days after the last stay; the 12 months have not passed");
      IndicatorResult two =
          result(PLACEMENT_MOVES_AFTER_STAY, 1,
              yp("G4").stay("2023-01-01/2023-06-01", EndReason.FOSTER_CARE)
                  .placement("2023-01-01/2023-06-01", PlacementType.K2)
                  .placement("2023-06-01/2023-08-01", PlacementType.U6)
                  .placement("2023-08-01/..", PlacementType.U6).build());
      assertThat(two.status()).isEqualTo(NOT_MET);
      assertThat(two.value()).hasValue(2);
    }

    @Test
    void aStayEndingOnTheAsOfDateIsSeenWithNoMonths() {
      IndicatorResult r =
          result(PLACEMENT_MOVES_AFTER_STAY, 1,
              yp("G5").stay("2023-12-01/2024-01-01", EndReason.FOSTER_CARE).build());
      assertThat(r.value()).hasValue(0);
      assertThat(r.status()).isEqualTo(UNKNOWN);
    }
  }

  @Nested
  class FamilyAfterStay {
    @Test
    void everyEndingInAFamilyOrTheCommunityIsMet() {
      // Endings in [2022-03-01, 2023-03-01): the stay (home) and the outreach (foster): 2 of 2.
      // The earlier outreach ending 2021-12-01 and the one ending 2023-03-01 are outside.
      IndicatorResult r =
          result(FAMILY_OR_COMMUNITY_AFTER_STAY, 1,
              yp("H1").outreach("2021-06-01/2021-12-01", EndReason.CUSTODY)
                  .stay("2022-01-01/2022-03-01", EndReason.HOME_OR_FAMILY)
                  .outreach("2022-03-01/2022-09-01", EndReason.FOSTER_CARE)
                  .outreach("2022-10-01/2023-03-01", EndReason.EXTERNAL_PLACEMENT).build());
      assertThat(r.value()).hasValue(1);
      assertThat(r.numerator()).isEqualTo(2);
      assertThat(r.denominator()).isEqualTo(2);
      assertThat(r.status()).isEqualTo(MET);
      assertThat(r.reason()).isEqualTo("2 of 2 hub endings in a family or the community");
    }

    @Test
    void oneEndingElsewhereHalvesTheShare() {
      // The stay ends in an external placement, the outreach (ending 2023-02-28) at home: 1 of 2.
      YoungPersonRecord rec =
          yp("H2").stay("2022-01-01/2022-03-01", EndReason.EXTERNAL_PLACEMENT)
              .outreach("2022-03-01/2023-02-28", EndReason.HOME_OR_FAMILY).build();
      assertThat(result(FAMILY_OR_COMMUNITY_AFTER_STAY, 1, rec).status()).isEqualTo(NOT_MET);
      assertThat(result(FAMILY_OR_COMMUNITY_AFTER_STAY, 1, rec).value()).hasValue(0.5);
      assertThat(result(FAMILY_OR_COMMUNITY_AFTER_STAY, 0.5, rec).status()).isEqualTo(MET);
    }

    @Test
    void beforeTheMonthsHavePassedItIsUnknown() {
      IndicatorResult r =
          result(FAMILY_OR_COMMUNITY_AFTER_STAY, 1,
              yp("H3").stay("2023-03-01/2023-06-01", EndReason.HOME_OR_FAMILY).build());
      assertThat(r.status()).isEqualTo(UNKNOWN);
      assertThat(r.value()).hasValue(1);
      // With a shorter follow-up in the rubric, the months have passed: met.
      FidelityRubric six =
          FidelityRubric.builder().name("six months").proposal(true).monthsAfterStay(6)
              .addCriteria(Criterion.proposed(FAMILY_OR_COMMUNITY_AFTER_STAY))
              .addBands(FidelityBand.of("all", BigDecimal.ZERO)).build();
      assertThat(FidelityAssessment.of(six, AS_OF)
              .profile(yp("H3").stay("2023-03-01/2023-06-01", EndReason.HOME_OR_FAMILY).build())
              .results().get(0).status())
          .isEqualTo(MET);
    }
  }

  @Nested
  class Decisions {
    @Test
    void theShareOfDecisionsCitingAProvocationIsCompared() {
      // 2 of 3 before the as-of date cite one (the 2024 one is unseen): 0.667 >= 0.5.
      IndicatorResult r =
          result(DECISIONS_CITING_PROVOCATION, 0.5,
              yp("I1").decision("2023-02-01", "good_enough_for_my_child")
                  .decision("2023-03-01", "risk_for_whom", "shared_parenting")
                  .decision("2023-04-01").decision("2024-02-01").build());
      assertThat(r.value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
      assertThat(r.numerator()).isEqualTo(2);
      assertThat(r.denominator()).isEqualTo(3);
      assertThat(r.status()).isEqualTo(MET);
      // 1 of 2 = 0.5: exactly the threshold, met; 1 of 3 is not.
      assertThat(result(DECISIONS_CITING_PROVOCATION, 0.5,
              yp("I2").decision("2023-02-01", "x").decision("2023-03-01").build()).status())
          .isEqualTo(MET);
      assertThat(result(DECISIONS_CITING_PROVOCATION, 0.5,
              yp("I3").decision("2023-02-01", "x").decision("2023-03-01").decision("2023-03-02")
                  .build()).status())
          .isEqualTo(NOT_MET);
    }

    @Test
    void withoutDecisionsItIsUnknown() {
      IndicatorResult r =
          result(DECISIONS_CITING_PROVOCATION, 0.5, yp("I4").decision("2024-01-01", "x").build());
      assertThat(r.status()).isEqualTo(UNKNOWN);
      assertThat(r.reason()).isEqualTo("no decision recorded before the as-of date");
    }
  }
}
