package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Expected values: src/test/resources/org/nwd/stats/reference-values.R and its .out (R 4.2.2). */
class RateTest {
  private static final double TOL = 1e-9;

  @Test
  void garwoodIntervalMatchesRPoissonTest() {
    // R: poisson.test(7, 12.5)$conf.int -> 0.225149044122 1.153814028936
    Rate r = Rate.of(7, 12.5);
    assertThat(r.rate()).isEqualTo(7 / 12.5);
    assertThat(r.interval().lower()).isCloseTo(0.225149044122, within(TOL));
    assertThat(r.interval().upper()).isCloseTo(1.153814028936, within(TOL));
    assertThat(r.countInterval().upper()).isCloseTo(1.153814028936 * 12.5, within(1e-8));
    assertThat(r.level()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    assertThat(r.method()).isEqualTo("exact Poisson (Garwood, chi-square form)");
  }

  @Test
  void zeroEventsHaveLowerBoundZero() {
    // R: poisson.test(0, 3.2)$conf.int -> 0 1.15277482941 (= -ln(0.025)/3.2)
    Rate r = Rate.of(0, 3.2);
    assertThat(r.rate()).isZero();
    assertThat(r.interval().lower()).isZero();
    assertThat(r.interval().upper()).isCloseTo(1.15277482941, within(TOL));
  }

  @Test
  void levelIsAParameter() {
    // R: poisson.test(253, 100, conf.level = 0.9)$conf.int -> 2.27417726745 2.80770738139
    Rate r = Rate.of(253, 100, ConfidenceLevel.of(0.9));
    assertThat(r.interval().lower()).isCloseTo(2.27417726745, within(TOL));
    assertThat(r.interval().upper()).isCloseTo(2.80770738139, within(TOL));
  }

  @Test
  void personYearsAreDaysOver365Point25() {
    // 730.5 / 365.25 = 2 exactly
    assertThat(Rate.personYears(730.5)).isEqualTo(2.0);
    Rate r = Rate.ofDays(4, 730.5, ConfidenceLevel.NINETY_FIVE);
    assertThat(r.personYears()).isEqualTo(2.0);
    assertThat(r.rate()).isEqualTo(2.0);
    assertThat(Rate.personYears(0)).isZero();
  }

  @Test
  void explanationNamesInputsAndMethod() {
    Rate r = Rate.of(7, 12.5);
    assertThat(r.explanation().label()).isEqualTo("rate per person-year");
    assertThat(r.explanation().value()).isEqualTo("0.56 95% CI [0.225149, 1.15381]");
    assertThat(r.explanation().inputs())
        .containsEntry("events", "7")
        .containsEntry("person-years", "12.5")
        .containsEntry("confidence level", "95%")
        .containsEntry("count interval", "[2.81436, 14.4227]");
    assertThat(r.explanation().formula().get()).contains("Garwood");
    assertThat(r.toString()).isEqualTo("Rate{0.56 per person-year, 95% CI [0.225149, 1.15381]}");
  }

  @Test
  void validationNamesFieldAndValue() {
    assertThatThrownBy(() -> Rate.of(-1, 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("events -1 must be at least 0");
    assertThatThrownBy(() -> Rate.of(1, 0))
        .hasMessage("person-years 0.0 must be finite and greater than 0");
    assertThatThrownBy(() -> Rate.of(1, Double.POSITIVE_INFINITY))
        .hasMessage("person-years Infinity must be finite and greater than 0");
    assertThatThrownBy(() -> Rate.personYears(-1))
        .hasMessage("days at risk -1.0 must be finite and at least 0");
    assertThatThrownBy(() -> Rate.personYears(Double.NaN))
        .hasMessage("days at risk NaN must be finite and at least 0");
  }

  @Test
  void equalityIsByInputs() {
    new EqualsTester()
        .addEqualityGroup(Rate.of(3, 2), Rate.of(3, 2.0, ConfidenceLevel.of(0.95)))
        .addEqualityGroup(Rate.of(3, 2, ConfidenceLevel.of(0.9)))
        .addEqualityGroup(Rate.of(4, 2))
        .testEquals();
  }
}
