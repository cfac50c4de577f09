package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.nwd.impact.People.yp;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

/** A young person born after the end of the analysis's data coverage is refused, not excluded. */
class BirthAfterCoverageTest {
  private final ImpactAnalysis analysis =
      ImpactAnalysis.builder()
          .name("coverage")
          .dataCoverage(People.COVERAGE) // 2020-01-01 to 2026-01-01 (exclusive)
          .addMeasures(StandardMeasures.MISSING_INCIDENTS)
          .build();

  @Test
  void bornAfterTheDataEndIsRefusedNamingThePersonButNotTheMonth() {
    YoungPersonRecord future = yp("YP-F", YearMonth.of(2026, 1)).build();
    DomainRuleException e =
        catchThrowableOfType(DomainRuleException.class, () -> analysis.run(Stream.of(future)));
    assertThat(e.field()).isEqualTo("birthMonth");
    assertThat(e)
        .hasMessage(
            "young person YP-F: birth month after the end of the data coverage"
                + " 2020-01-01/2026-01-01 (value withheld: personal data)")
        .hasMessageNotContaining("2026-01 ");
    assertThat(catchThrowableOfType(DomainRuleException.class, () -> analysis.evaluate(future)))
        .hasMessageContaining("YP-F");
  }

  @Test
  void bornInTheLastMonthOfTheDataIsAllowed() {
    YoungPersonRecord december = yp("YP-D", YearMonth.of(2025, 12)).build();
    ImpactResult r = analysis.run(Stream.of(december));
    assertThat(r.exclusions()).hasSize(1); // no referral: excluded for its own reason, not refused
  }
}
