package org.nwd.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** The report's builder refuses misuse the library's way: a named DomainRuleException. */
class BuilderMisuseTest {
  @Test
  void aMissingOrTwiceSetAttributeIsADomainRuleNamingIt() {
    assertThatThrownBy(() -> MeasureChange.builder().build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("MeasureChange: required attribute measure is not set; set each before build()");
    assertThatThrownBy(() -> MeasureChange.builder().measure("A").measure("B"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("MeasureChange: attribute measure is already set; set each attribute once");
  }
}
