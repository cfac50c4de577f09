package org.nwd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nwd.cost.Appraisal;
import org.nwd.cost.DiscountSchedule;
import org.nwd.cost.Estimate;
import org.nwd.cost.MeasureAssumptions;
import org.nwd.cost.Money;
import org.nwd.cost.PriceYear;
import org.nwd.impact.ImpactAnalysis;
import org.nwd.model.DatePeriod;
import org.nwd.model.StandardMeasures;

/**
 * A user varies an analysis, an appraisal or assumptions with one {@code with*} call instead of
 * copying every setter; the copy is validated as {@code build()} is. Written outside the types'
 * packages, as a user's code is.
 */
class VaryWithoutCopyingTest {

  private static final ImpactAnalysis ANALYSIS =
      ImpactAnalysis.builder()
          .name("twelve months")
          .dataCoverage(DatePeriod.parse("2018-04-01/2024-04-01"))
          .addMeasures(StandardMeasures.ARRESTS, StandardMeasures.MISSING_INCIDENTS)
          .build();

  @Test
  void anAnalysisVariesOneAttributeAndKeepsTheRest() {
    ImpactAnalysis six = ANALYSIS.withMonthsBefore(6).withMonthsAfter(6).withName("six months");
    assertThat(six.monthsBefore()).isEqualTo(6);
    assertThat(six.monthsAfter()).isEqualTo(6);
    assertThat(six.name()).isEqualTo("six months");
    assertThat(six.measures()).isEqualTo(ANALYSIS.measures());
    assertThat(six.dataCoverage()).isEqualTo(ANALYSIS.dataCoverage());
    assertThat(ANALYSIS.monthsBefore()).isEqualTo(12);
    assertThat(six.withMonthsBefore(12).withMonthsAfter(12).withName("twelve months"))
        .isEqualTo(ANALYSIS);
  }

  @Test
  void aVariedAnalysisIsValidatedAsABuiltOneIs() {
    assertThatThrownBy(() -> ANALYSIS.withMonthsBefore(0))
        .isInstanceOfSatisfying(
            DomainRuleException.class, e -> assertThat(e.field()).isEqualTo("monthsBefore"))
        .hasMessage("months before 0 must be at least 1");
    assertThatThrownBy(() -> ANALYSIS.withName(" "))
        .isInstanceOfSatisfying(
            DomainRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void anAppraisalAndItsAssumptionsVaryTheDiscountRateAndTheDeadweight() {
    MeasureAssumptions assumptions =
        MeasureAssumptions.builder()
            .measureCode("ARRESTS")
            .deadweight(Estimate.of(0.3))
            .displacement(Estimate.of(0))
            .attribution(Estimate.of(0))
            .optimismBias(Estimate.of(0))
            .dropOff(Estimate.of(0))
            .lagYears(0)
            .benefitYears(1)
            .build();
    MeasureAssumptions half = assumptions.withDeadweight(Estimate.of(0.5));
    assertThat(half.deadweight()).contains(Estimate.of(0.5));
    assertThat(half.measureCode()).isEqualTo("ARRESTS");
    assertThat(half.benefitYears()).isEqualTo(1);

    Appraisal appraisal =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2025/26"))
            .firstBenefitYear(1)
            .midYear(false)
            .putProgrammeCosts(0, Money.ofPounds(1_000))
            .addAssumptions(assumptions)
            .build();
    Appraisal flat = appraisal.withDiscountSchedule(DiscountSchedule.flat(new BigDecimal("0.015")));
    assertThat(flat.discountSchedule()).contains(DiscountSchedule.flat(new BigDecimal("0.015")));
    assertThat(flat.priceBase()).isEqualTo(appraisal.priceBase());
    assertThat(flat.assumptions()).isEqualTo(appraisal.assumptions());
    // Unset, the model applies the Green Book schedule and lists it in defaultsApplied().
    assertThat(appraisal.discountSchedule()).isEmpty();
  }
}
