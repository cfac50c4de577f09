package com.example.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.impact.ImpactResult;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.CohortGenerator;
import org.nwd.testkit.CohortSettings;
import org.nwd.testkit.NwdAssertions;

/** The vendor's adaptor and an analysis, tested with nwd-testkit as a vendor would. */
class CaseBookMapperTest {

  @Test
  void aClientBecomesARecordWithItsReferralAndMissingIncidents() {
    YoungPersonRecord r =
        CaseBookMapper.map(
            new CaseBookMapper.Client(
                "0042",
                YearMonth.of(2009, 5),
                LocalDate.of(2023, 3, 1),
                "edge of care",
                List.of(LocalDate.of(2022, 9, 4), LocalDate.of(2023, 1, 8), LocalDate.of(2023, 7, 2))),
            "815");
    assertThat(r.id().value()).isEqualTo("CB-0042");
    assertThat(r.referrals()).hasSize(1);
    NwdAssertions.assertThat(r)
        .hasEvents(StandardMeasures.MISSING_INCIDENTS, 3)
        .hasFewerEventsAfter(StandardMeasures.MISSING_INCIDENTS, LocalDate.of(2023, 3, 1));
  }

  @Test
  void anUnmappedCategoryIsRefusedByName() {
    CaseBookMapper.Client c =
        new CaseBookMapper.Client(
            "7", YearMonth.of(2010, 1), LocalDate.of(2023, 3, 1), "unheard of", List.of());
    assertThatThrownBy(() -> CaseBookMapper.map(c, "815"))
        .isInstanceOfSatisfying(
            DomainRuleException.class, e -> assertThat(e.field()).isEqualTo("category"));
  }

  @Test
  void theStandardAnalysisRunsOnAGeneratedCohort() {
    CohortSettings s = CohortSettings.of(400, 2026);
    ImpactResult result =
        ImpactAnalysis.builder()
            .name("vendor smoke test")
            .dataCoverage(
                DatePeriod.of(
                    s.referralsFrom().minusMonths(s.followUpMonths()),
                    s.referralsUntil().plusMonths(s.followUpMonths())))
            .addAllMeasures(CohortGenerator.standardMeasures())
            .build()
            .run(CohortGenerator.of(s).generate());
    assertThat(result.peopleIncluded()).isGreaterThan(300);
    assertThat(result.measure(StandardMeasures.MISSING_INCIDENTS).rates()).isPresent();
  }
}
