package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.cost.EventsOrigin;
import org.nwd.model.StandardMeasures;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.PersonPeriods;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * {@link org.nwd.cost.EventsAvoided#fromImpact}: the impact analysis' events avoided mapped to the
 * cost model's input. Lives in org.nwd.impact because the impact results' builders are
 * package-private.
 */
class ImpactToCostTest {

  /** 6 events over 365.25 days before (PY 1), 0 events over 730.5 days after (PY 2). */
  static RateChange sixThenNone() {
    return RateChange.builder()
        .eventsBefore(6)
        .daysAtRiskBefore(365)
        .eventsAfter(0)
        .daysAtRiskAfter(731)
        .unit("incidents")
        .level(ConfidenceLevel.NINETY_FIVE)
        .wilcoxon(WilcoxonSignedRank.of(new double[] {6, 1}, new double[] {0, 0}))
        .build();
  }

  @Test
  void prePostPutsTheGarwoodIntervalOfTheAfterRateInPlaceOfTheAfterRate() {
    // Whole days, so use PY exactly: before 365 days -> PY_b = 365/365.25, after 731 -> PY_a =
    // 731/365.25. r_before = 6 / PY_b = 6 x 365.25 / 365 = 6.004109589...; r_after = 0.
    // Garwood with 0 events: lower = 0; upper count = chi2_{0.975}(2)/2 = -ln(0.025) = ln 40
    // (chi-square with 2 df is exponential with mean 2) = 3.688879454113936; upper rate =
    // ln 40 / PY_a.
    // central = (r_before - 0) x PY_a = 6 x (365.25/365) x (731/365.25) = 6 x 731/365
    //         = 4386/365 = 12.016438356...
    // low  = (r_before - ln 40 / PY_a) x PY_a = 12.016438356 - 3.688879454 = 8.327558902...
    // high = (r_before - 0) x PY_a = central.
    org.nwd.cost.EventsAvoided out =
        org.nwd.cost.EventsAvoided.fromImpact(StandardMeasures.MISSING_INCIDENTS, sixThenNone());

    assertThat(out.measureCode()).isEqualTo("MISSING_INCIDENTS");
    assertThat(out.origin()).isEqualTo(EventsOrigin.PRE_POST);
    assertThat(out.events().central().doubleValue()).isCloseTo(4386.0 / 365, within(1e-12));
    assertThat(out.events().low().doubleValue())
        .isCloseTo(4386.0 / 365 - Math.log(40), within(1e-9));
    assertThat(out.events().high()).isEqualByComparingTo(out.events().central());
    assertThat(out.derivation())
        .isEqualTo(
            "(r_before - r_after) x PY_after = (6.00411 - 0) x 2.00137 = 12.0164 incidents;"
                + " low/high put the 95% exact Poisson (Garwood) interval of r_after [0, 1.84318]"
                + " in place of r_after: low = (r_before - upper_after) x PY_after = 8.32756,"
                + " high = (r_before - lower_after) x PY_after = 12.0164; before/after only"
                + " (Maryland SMS level 1), apply deadweight");
  }

  @Test
  void prePostKeepsTheExactDoubleWithoutRounding() {
    RateChange rates = sixThenNone();
    org.nwd.cost.EventsAvoided out =
        org.nwd.cost.EventsAvoided.fromImpact(StandardMeasures.MISSING_INCIDENTS, rates);
    // BigDecimal.valueOf keeps the double's shortest decimal: 12.016438356164384 has 17 digits.
    assertThat(out.events().central())
        .isEqualTo(BigDecimal.valueOf(rates.eventsAvoided().value()));
    assertThat(out.events().central().scale()).isGreaterThan(10);
  }

  @Test
  void prePostWorseAfterGivesANegativeRangeOrderedLowToHigh() {
    // 1 event before over PY 1, 1 event after over PY 1: central = (1 - 1) x 1 = 0.
    // Garwood for 1 event: lower = chi2_{0.025}(2)/2 = -ln(0.975) = 0.025317807984289786,
    // upper = chi2_{0.975}(4)/2 solves 1 - (1 + u) e^-u = 0.975 (Gamma(2) cdf); bisection in
    // Python: lo,hi=1,10; 200 halvings of 1-(1+m)*exp(-m) < 0.975 -> 5.5716433909388945.
    // PY cancels (days 365 both sides): low = 1 - 5.57164339 = -4.57164339;
    // high = 1 - 0.0253178 = 0.974682192.
    RateChange rates =
        RateChange.builder()
            .eventsBefore(1)
            .daysAtRiskBefore(365)
            .eventsAfter(1)
            .daysAtRiskAfter(365)
            .unit("incidents")
            .level(ConfidenceLevel.NINETY_FIVE)
            .wilcoxon(WilcoxonSignedRank.of(new double[] {1, 0}, new double[] {0, 1}))
            .build();
    org.nwd.cost.EventsAvoided out =
        org.nwd.cost.EventsAvoided.fromImpact(StandardMeasures.MISSING_INCIDENTS, rates);
    assertThat(out.events().central().signum()).isZero();
    assertThat(out.events().high().doubleValue())
        .isCloseTo(1 + Math.log(0.975), within(1e-12));
    assertThat(out.events().low().doubleValue()).isCloseTo(1 - 5.5716433909388945, within(1e-9));
  }

  /** Treated: (4 -> 1), (2 -> 1); comparison: (3 -> 2), (1 -> 2); every window 365.25 days. */
  static ComparisonChange comparison() {
    double y = 365.25;
    return ComparisonChange.of(
        DifferenceInDifferences.builder()
            .addTreated(PersonPeriods.of(4, y, 1, y), PersonPeriods.of(2, y, 1, y))
            .addComparison(PersonPeriods.of(3, y, 2, y), PersonPeriods.of(1, y, 2, y))
            .seed(20231)
            .replicates(200)
            .build(),
        "incidents");
  }

  @Test
  void comparisonGroupTakesTheDidCentralAndTheScaledBootstrapInterval() {
    // r_T,before = 6/2 = 3, r_T,after = 2/2 = 1, r_C,before = 4/2 = 2, r_C,after = 4/2 = 2,
    // PY_T,after = 2: central = [(3 - 1) - (2 - 2)] x 2 = 4.
    ComparisonChange change = comparison();
    org.nwd.cost.EventsAvoided out =
        org.nwd.cost.EventsAvoided.fromImpact(StandardMeasures.MISSING_INCIDENTS, change);
    assertThat(out.origin()).isEqualTo(EventsOrigin.DIFFERENCE_IN_DIFFERENCES);
    assertThat(out.events().central()).isEqualByComparingTo("4");
    // The bootstrap is seeded, not hand-computable: the mapping is checked against the impact
    // analysis' interval (already DiD x PY_T,after, negated), widened only to contain 4.
    org.nwd.stats.Interval i = change.eventsAvoided().interval().orElseThrow();
    assertThat(out.events().low().doubleValue()).isEqualTo(Math.min(i.lower(), 4.0));
    assertThat(out.events().high().doubleValue()).isEqualTo(Math.max(i.upper(), 4.0));
    assertThat(out.events().low()).isLessThan(out.events().high());
    assertThat(out.derivation())
        .startsWith(
            "[(r_T,before - r_T,after) - (r_C,before - r_C,after)] x PY_T,after = [(3 - 1) - 0]"
                + " x 2 = 4 incidents; low/high from the 95% people-bootstrap interval of the DiD"
                + " x PY_T,after ")
        .endsWith("; comparison group (Maryland SMS level 3), no deadweight")
        .contains("x PY_T,after " + i + "; comparison group")
        .doesNotContain("widened");
    assertThat(i.contains(4.0)).isTrue();
  }

  @Test
  void measureResultChoosesDidWhenThereIsAComparisonAndPrePostOtherwise() {
    MeasureResult prePost = rateResult().build();
    assertThat(org.nwd.cost.EventsAvoided.fromImpact(prePost).origin())
        .isEqualTo(EventsOrigin.PRE_POST);
    MeasureResult withComparison =
        rateResult().comparison(comparison()).build();
    assertThat(org.nwd.cost.EventsAvoided.fromImpact(withComparison).origin())
        .isEqualTo(EventsOrigin.DIFFERENCE_IN_DIFFERENCES);
  }

  private static MeasureResult.Builder rateResult() {
    return MeasureResult.builder()
        .measure(StandardMeasures.MISSING_INCIDENTS)
        .people(2)
        .withoutObservation(0)
        .changes(ChangeCounts.of(2, 0, 0))
        .rates(sixThenNone())
        .derivation("count");
  }

  @Test
  void undefinedMeasureCannotBeCosted() {
    MeasureResult undefined =
        MeasureResult.builder()
            .measure(StandardMeasures.MISSING_INCIDENTS)
            .people(2)
            .withoutObservation(0)
            .changes(ChangeCounts.of(0, 2, 0))
            .undefinedReason("no incidents before or after among 2 young people")
            .derivation("count")
            .build();
    assertThatThrownBy(() -> org.nwd.cost.EventsAvoided.fromImpact(undefined))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "measure MISSING_INCIDENTS has no rates to cost (no incidents before or after among 2"
                + " young people): events avoided need a count or days measure with events before"
                + " or after");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
