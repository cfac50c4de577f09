package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.fidelity.FidelityRubric;

/** The testkit's builders refuse an attribute set twice the library's way (build rewrite). */
class BuilderMisuseTest {
  @Test
  void settingAnAttributeTwiceIsADomainRuleNamingIt() {
    assertThatThrownBy(() -> CohortSettings.builder().size(10).size(20))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("CohortSettings: attribute size is already set; set each attribute once");
    assertThatThrownBy(() -> FidelitySettings.builder().rubric(FidelityRubric.proposedDefault())
            .rubric(FidelityRubric.proposedDefault()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("FidelitySettings: attribute rubric is already set; set each attribute once");
  }
}
