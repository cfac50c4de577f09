package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentChangeTest {

  @Test
  void missingIncidents503To253() {
    // (253 - 503) / 503 x 100 = -250 / 5.03 = -49.70178926...
    PercentChange c = PercentChange.of(503, 253);
    assertThat(c.percent().getAsDouble()).isCloseTo(-49.7017892644, within(1e-9));
    assertThat(c.isDefined()).isTrue();
    assertThat(c.explanation().value()).isEqualTo("-49.7018%");
    assertThat(c.explanation().inputs()).containsEntry("before", "503").containsEntry("after", "253");
    assertThat(c.toString()).isEqualTo("PercentChange{-49.7018%}");
  }

  @Test
  void fromRates() {
    // rates 4/2 = 2 and 3/1 = 3: +50%
    assertThat(PercentChange.of(Rate.of(4, 2), Rate.of(3, 1)).percent().getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void zeroBeforeIsUndefinedNotInfinite() {
    PercentChange c = PercentChange.of(0, 5);
    assertThat(c.percent()).isEmpty();
    assertThat(c.isDefined()).isFalse();
    assertThat(c.explanation().value()).isEqualTo("undefined (before is 0)");
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> PercentChange.of(Double.NaN, 1))
        .hasMessage("before value NaN must be finite");
    assertThatThrownBy(() -> PercentChange.of(1, Double.POSITIVE_INFINITY))
        .hasMessage("after value Infinity must be finite");
  }
}
