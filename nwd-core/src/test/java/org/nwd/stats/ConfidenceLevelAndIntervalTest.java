package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class ConfidenceLevelAndIntervalTest {

  @Test
  void zAndAlpha() {
    // R: qnorm(0.975) = 1.95996398454; qnorm(0.95) = 1.64485362695
    assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.95996398454, within(1e-10));
    assertThat(ConfidenceLevel.of(0.9).z()).isCloseTo(1.64485362695, within(1e-10));
    assertThat(ConfidenceLevel.of(0.9).alpha()).isCloseTo(0.1, within(1e-15));
    assertThat(ConfidenceLevel.NINETY_FIVE.toString()).isEqualTo("95%");
    assertThat(ConfidenceLevel.of(0.995).toString()).isEqualTo("99.5%");
  }

  @Test
  void levelMustBeStrictlyBetweenZeroAndOne() {
    assertThatThrownBy(() -> ConfidenceLevel.of(1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("confidence level 1.0 must be strictly between 0 and 1");
    assertThatThrownBy(() -> ConfidenceLevel.of(0))
        .hasMessage("confidence level 0.0 must be strictly between 0 and 1");
    assertThat(ConfidenceLevel.of(0.5).value()).isEqualTo(0.5);
  }

  @Test
  void intervalPrintsInfinityHonestly() {
    assertThat(Interval.of(0.4, Double.POSITIVE_INFINITY).toString()).isEqualTo("[0.4, +infinity)");
    assertThat(Interval.of(0.4, Double.POSITIVE_INFINITY).isUpperUnbounded()).isTrue();
    assertThat(Interval.of(-1.25, 2).toString()).isEqualTo("[-1.25, 2]");
    assertThat(Interval.of(-1.25, 2).isUpperUnbounded()).isFalse();
    assertThat(Interval.of(1234567.0, 1234567.0).toString()).isEqualTo("[1234570, 1234570]");
  }

  @Test
  void containsIncludesBothBounds() {
    Interval i = Interval.of(1, 2);
    assertThat(i.contains(1)).isTrue();
    assertThat(i.contains(2)).isTrue();
    assertThat(i.contains(0.999)).isFalse();
    assertThat(i.contains(2.001)).isFalse();
  }

  @Test
  void intervalValidation() {
    assertThatThrownBy(() -> Interval.of(2, 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("interval upper bound 1.0 must not be below the lower bound 2.0");
    assertThatThrownBy(() -> Interval.of(Double.NEGATIVE_INFINITY, 1))
        .hasMessage("interval lower bound -Infinity must be finite");
    assertThatThrownBy(() -> Interval.of(Double.NaN, 1))
        .hasMessage("interval lower bound NaN must be finite");
    assertThatThrownBy(() -> Interval.of(0, Double.NaN))
        .hasMessage("interval upper bound NaN must not be below the lower bound 0.0");
  }

  @Test
  void fmtSpellsOutSpecialValues() {
    assertThat(Fmt.num(Double.NEGATIVE_INFINITY)).isEqualTo("-infinity");
    assertThat(Fmt.num(Double.NaN)).isEqualTo("undefined");
    assertThat(Fmt.num(0.1234567)).isEqualTo("0.123457");
  }
}
