package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The generator's output without fidelity settings is pinned: the fingerprints below were taken from
 * the generator before fidelity settings were added, so new settings cannot move the figures of other
 * tests (the sample cohort of the examples is seed 20150401, size 355).
 */
class GeneratorDefaultsPinnedTest {

  @Test
  void theSampleCohortIsUnchanged() {
    assertThat(CohortFingerprint.of(CohortGenerator.of(355, 20150401L).stream()))
        .isEqualTo("9cf26b62d8b7fa980bca262cdff79d3a0b70ffa15a6220ac66ca5a917c54b78d");
  }

  @Test
  void aCustomCohortIsUnchanged() {
    CohortSettings s =
        CohortSettings.builder().size(300).seed(7).followUpMonths(6).outreachOnlyShare(0.2)
            .rateMultiplierAfterIndex(0.8).build();
    assertThat(CohortFingerprint.of(CohortGenerator.of(s).stream())).isEqualTo("b219e2f1204fe2ce1742c61a44720234b28c5fe83d6dad249470ba882aa73bf6");
  }
}
