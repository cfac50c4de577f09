package org.nwd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private static Explanation rateRatio() {
    return Explanation.builder()
        .label("rate ratio")
        .value("0.5")
        .formula("rate_after / rate_before")
        .putInputs("rate_after", "1")
        .putInputs("rate_before", "2")
        .addSteps(Explanation.of("rate_after", "1"), Explanation.of("rate_before", "2"))
        .build();
  }

  @Test
  void rendersTheTreeWithFormulaInputsAndIndentedSteps() {
    assertThat(rateRatio().render())
        .isEqualTo(
            "rate ratio = 0.5\n"
                + "  formula: rate_after / rate_before\n"
                + "  rate_after = 1\n"
                + "  rate_before = 2\n"
                + "  rate_after = 1\n"
                + "  rate_before = 2\n");
  }

  @Test
  void nestedStepsIndentOneLevelPerDepth() {
    Explanation inner = Explanation.builder().label("b").value("2").addSteps(Explanation.of("c", "3")).build();
    Explanation outer = Explanation.builder().label("a").value("1").addSteps(inner).build();
    assertThat(outer.render()).isEqualTo("a = 1\n  b = 2\n    c = 3\n");
  }

  @Test
  void blankLabelIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Explanation.of(" ", "1"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("explanation label is blank")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("label");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Explanation.of(null, "1"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("label");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(rateRatio(), rateRatio())
        .addEqualityGroup(Explanation.of("rate ratio", "0.5"))
        .testEquals();
  }

  @Test
  void toStringShowsLabelAndValueOnly() {
    assertThat(rateRatio().toString()).isEqualTo("Explanation{rate ratio = 0.5}");
  }
}
