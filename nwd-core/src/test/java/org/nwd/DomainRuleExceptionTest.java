package org.nwd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainRuleExceptionTest {

  @Test
  void requirePassesWhenTheRuleHolds() {
    assertThatCode(() -> DomainRuleException.require(true, "count", "count %s is negative", -1))
        .doesNotThrowAnyException();
  }

  @Test
  void requireThrowsWithFieldAndFormattedMessage() {
    assertThatThrownBy(() -> DomainRuleException.require(false, "count", "count %s is negative", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count -1 is negative")
        .satisfies(e -> assertThat(((DomainRuleException) e).field()).isEqualTo("count"));
  }

  @Test
  void fieldAndMessageAreMandatory() {
    assertThatThrownBy(() -> new DomainRuleException(null, "m")).hasMessage("field");
    assertThatThrownBy(() -> new DomainRuleException("f", null)).hasMessage("message");
  }
}
