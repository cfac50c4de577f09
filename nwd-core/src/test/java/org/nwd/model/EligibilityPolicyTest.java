package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.person;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {
  private final EligibilityPolicy ny = EligibilityPolicy.northYorkshire();
  // Born 2010-03 (birthday taken as 2010-03-01).
  private final YoungPerson born2010March = person();

  @Test
  void northYorkshireIsTwelveToTwentyFiveInclusive() {
    assertThat(ny.name()).isEqualTo("North Yorkshire");
    assertThat(ny.minAge()).isEqualTo(12);
    assertThat(ny.maxAge()).isEqualTo(25);
    // 11 until 2022-02-28, 12 from 2022-03-01.
    assertThat(ny.isEligible(born2010March, d("2022-02-28"))).isFalse();
    assertThat(ny.isEligible(born2010March, d("2022-03-01"))).isTrue();
    // Still 25 on 2036-02-29; turns 26 on 2036-03-01.
    assertThat(ny.isEligible(born2010March, d("2036-02-29"))).isTrue();
    assertThat(ny.isEligible(born2010March, d("2036-03-01"))).isFalse();
  }

  @Test
  void aDateBeforeBirthIsNotEligible() {
    assertThat(EligibilityPolicy.of("any age", 0, 99).isEligible(born2010March, d("2010-02-28")))
        .isFalse();
    assertThat(EligibilityPolicy.of("any age", 0, 99).isEligible(born2010March, d("2010-03-01")))
        .isTrue();
  }

  @Test
  void bandRulesAreChecked() {
    assertRule(() -> EligibilityPolicy.of("x", -1, 5), "minAge", "minimum age -1 is negative");
    assertRule(() -> EligibilityPolicy.of("x", 12, 11), "maxAge", "maximum age 11 is below minimum age 12");
    assertRule(() -> EligibilityPolicy.of(" ", 12, 25), "name", "eligibility policy name is blank");
    assertThat(EligibilityPolicy.of("one age", 12, 12).maxAge()).isEqualTo(12);
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(ny, EligibilityPolicy.of("North Yorkshire", 12, 25))
        .addEqualityGroup(EligibilityPolicy.of("Middlesbrough", 11, 18))
        .addEqualityGroup(EligibilityPolicy.of("North Yorkshire", 12, 24))
        .addEqualityGroup(EligibilityPolicy.of("North Yorkshire", 11, 25))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(EligibilityPolicy.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(ny);
  }
}
