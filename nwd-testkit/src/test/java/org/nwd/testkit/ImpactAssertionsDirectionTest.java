package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nwd.testkit.NwdAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.CareStatus;
import org.nwd.model.CareStatusPeriod;
import org.nwd.model.DatePeriod;
import org.nwd.model.ImprovementDirection;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeEvent;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Referral;
import org.nwd.model.ReferralCategory;
import org.nwd.model.ReferralDecision;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;

/**
 * {@code improved()} for a higher-is-better count (a measure made here: positive activities), and
 * the exclusion message of an analysis that excluded nobody. Four young people accepted on
 * 2023-01-01, one event before and one or two after each.
 */
class ImpactAssertionsDirectionTest {

  static OutcomeMeasure higherIsBetter(String code, String name) {
    return OutcomeMeasure.builder().code(code).name(name).kind(MeasureKind.EVENT_COUNT)
        .unit("activities").direction(ImprovementDirection.HIGHER_IS_BETTER).build();
  }

  static final OutcomeMeasure MORE = higherIsBetter("MORE_ACTIVITIES", "more activities");
  static final OutcomeMeasure SAME = higherIsBetter("SAME_ACTIVITIES", "same activities");
  static final OutcomeMeasure FEWER = higherIsBetter("FEWER_ACTIVITIES", "fewer activities");

  static ImpactResult result() {
    List<YoungPersonRecord> records = new ArrayList<>();
    LocalDate before = LocalDate.parse("2022-06-01");
    LocalDate after = LocalDate.parse("2023-06-01");
    for (int i = 0; i < 4; i++) {
      YoungPersonId id = YoungPersonId.of("D-" + (i + 1));
      records.add(YoungPersonRecord.builder()
          .youngPerson(YoungPerson.builder().id(id).birthMonth(YearMonth.of(2007, 1))
              .localAuthority("E10000023")
              .addCareStatusPeriods(CareStatusPeriod.of(CareStatus.EDGE_OF_CARE,
                  DatePeriod.parse("2022-01-01/..")))
              .build())
          .addReferrals(Referral.of(id, LocalDate.parse("2023-01-01"),
              ReferralCategory.EDGE_OF_CARE, ReferralDecision.ACCEPTED))
          .addEvents(
              OutcomeEvent.of(id, MORE, before, 1), OutcomeEvent.of(id, MORE, after, 2),
              OutcomeEvent.of(id, SAME, before, 1), OutcomeEvent.of(id, SAME, after, 1),
              OutcomeEvent.of(id, FEWER, before, 2), OutcomeEvent.of(id, FEWER, after, 1))
          .build());
    }
    return ImpactAnalysis.builder().name("direction")
        .dataCoverage(DatePeriod.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-01-01")))
        .addMeasures(MORE, SAME, FEWER)
        .build()
        .run(records.stream());
  }

  @Test
  void aHigherIsBetterCountImprovesOnlyWhenItsRateRises() {
    ImpactResult r = result();
    assertThat(r).hasIncluded(4).hasExcluded(0);
    assertThat(r).measure(MORE).improved();
    // equal rates are not an improvement in either direction
    assertThatThrownBy(() -> assertThat(r).measure(SAME).improved())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected SAME_ACTIVITIES (same activities) to improve (a higher"
            + " rate per person-year after) but the rate went from ");
    assertThatThrownBy(() -> assertThat(r).measure(FEWER).improved())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FEWER_ACTIVITIES (fewer activities) to improve (a higher rate");
  }

  @Test
  void anAnalysisWithNoExclusionsSaysSo() {
    assertThatThrownBy(() -> assertThat(result()).hasExcluded(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected the impact analysis 'direction' to exclude 1 young people but it"
            + " excluded 0 (no exclusions)");
  }
}
