package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Programme costs with their payer, and the appraisal's plain-number overloads. */
class ProgrammeCostTest {

  @Test
  void aCostNamesItsPayerAndIsNeverNegative() {
    ProgrammeCost c = ProgrammeCost.of(1, Agency.LOCAL_AUTHORITY, Money.ofPounds(60_000));
    assertThat(c.year()).isEqualTo(1);
    assertThat(c.agency()).isEqualTo(Agency.LOCAL_AUTHORITY);
    assertThat(c.description()).isEmpty();
    assertThat(ProgrammeCost.of(0, Agency.NHS, Money.ZERO).amount()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> ProgrammeCost.of(0, Agency.NHS, Money.of("-0.01")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("programme cost in year 0 paid by NHS is GBP -0.01: must not be negative")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("amount");
    assertThatThrownBy(() -> ProgrammeCost.of(-1, Agency.NHS, Money.ZERO))
        .hasMessage("programme cost year -1: years start at 0");
    assertThatThrownBy(() -> ProgrammeCost.of(0, Agency.NOT_APPLICABLE, Money.ZERO))
        .hasMessage("programme cost in year 0 has agency 'not applicable': name the agency that pays it");
  }

  @Test
  void costsByYearOnlyAreUnderTheUnspecifiedPayerAndListed() {
    Appraisal a =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2024/25"))
            .firstBenefitYear(1)
            .midYear(false)
            .putProgrammeCosts(0, Money.ofPounds(100))
            .putProgrammeCosts(2, Money.ofPounds(50))
            .addProgrammeCost(0, Agency.NHS, Money.ofPounds(10))
            .addProgrammeCost(0, Agency.NHS, Money.ofPounds(5))
            .costOptimismBias(0.1)
            .build();
    assertThat(a.costOptimismBias()).contains(new BigDecimal("0.1"));
    assertThat(a.allProgrammeCosts())
        .extracting(ProgrammeCost::agency)
        .containsExactly(Agency.UNSPECIFIED, Agency.UNSPECIFIED, Agency.NHS, Agency.NHS);
    CostAvoidanceResult r = CostAvoidanceModel.run(a);
    // One line per year and payer; two NHS items in year 0 add up: (10 + 5) x 1.1 = 16.5.
    assertThat(r.costLines()).hasSize(3);
    assertThat(r.costLines().get(0).agency()).isEqualTo(Agency.NHS);
    assertThat(r.costLines().get(0).cost()).isEqualTo(Money.of("16.5"));
    assertThat(r.costLines().get(1).agency()).isEqualTo(Agency.UNSPECIFIED);
    assertThat(r.costLines().get(1).cost()).isEqualTo(Money.of("110"));
    assertThat(r.financialCase().presentValueCostsByAgency())
        .containsOnlyKeys(Agency.NHS, Agency.UNSPECIFIED);
    assertThat(r.defaultsApplied())
        .contains("programme costs in years [0, 2] have no paying agency: reported under"
            + " 'unspecified' (state it with Appraisal.Builder.addProgrammeCost)");
    // Payback merges the two payers of year 0: 110 + 16.5 = 126.5 undiscounted; no benefits here.
    assertThat(r.financialCase().paybackYearUndiscounted()).isEmpty();
    // 110 + 16.5 + 55 / 1.035^2 = 177.8430885201521622441597236808326915447 (python3 decimal)
    assertThat(r.financialCase().presentValueCosts().amount())
        .isCloseTo(new BigDecimal("177.8430885201521622441597236808326915447"),
            org.assertj.core.data.Offset.offset(new BigDecimal("1E-28")));
    assertThatThrownBy(
            () -> Appraisal.builder().priceBase(PriceYear.parse("2024/25")).firstBenefitYear(1)
                .midYear(false).costOptimismBias(Double.POSITIVE_INFINITY))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("costOptimismBias is Infinity: must be a finite number");
    assertThatThrownBy(
            () -> MeasureAssumptions.builder().measureCode("M").benefitYears(1)
                .putCashableShares(Agency.NHS, Double.NaN))
        .hasMessage("cashableShare is NaN: must be a finite number");
  }

  @Test
  void paybackCountsEveryPayerOfAYear() {
    // Benefits: 10 A&E attendances at 280 (2024/25 = base), undiscounted in year 0 = 2,800.
    // Costs in year 0: NHS 1,500 + Local Authority 1,500 = 3,000 > 2,800, so no payback in year 0;
    // year 1 adds 2,800 more: 5,600 >= 3,000, payback in year 1 (undiscounted).
    Appraisal a =
        Appraisal.builder()
            .priceBase(PriceYear.parse("2024/25"))
            .firstBenefitYear(0)
            .midYear(false)
            .addEvents(EventsAvoided.of("CRISIS_PRESENTATIONS", Estimate.of(10), EventsOrigin.PRE_POST, "x"))
            .addAssumptions(MeasureAssumptions.builder().measureCode("CRISIS_PRESENTATIONS")
                .deadweight(Estimate.of(0)).displacement(Estimate.of(0)).attribution(Estimate.of(0))
                .optimismBias(Estimate.of(0)).dropOff(Estimate.of(0)).lagYears(0).benefitYears(2)
                .build())
            .addProgrammeCost(0, Agency.NHS, Money.ofPounds(1500))
            .addProgrammeCost(0, Agency.LOCAL_AUTHORITY, Money.ofPounds(1500))
            .build();
    assertThat(CostAvoidanceModel.run(a).financialCase().paybackYearUndiscounted()).contains(1);
    assertThat(List.of(CostAvoidanceModel.run(a).costLines().get(0).agency()))
        .containsExactly(Agency.LOCAL_AUTHORITY);
  }
}
