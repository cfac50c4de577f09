package org.nwd.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

/** Holm's adjustment against R's {@code p.adjust(p, "holm")} (clustered-rate-ratio.Rout). */
class HolmAdjustmentTest {

  private static void assertAdjusted(List<Double> p, double... expected) {
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      labels.add("m" + i);
    }
    HolmAdjustment h = HolmAdjustment.of(labels, p);
    assertThat(h.adjusted()).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(h.adjusted().get(i)).as("p %s", i).isCloseTo(expected[i], within(1e-15));
      assertThat(h.adjusted("m" + i)).isEqualTo(h.adjusted().get(i));
    }
  }

  @Test
  void matchesR() {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") -> 0.040 0.090 0.090 0.025 0.200
    assertAdjusted(List.of(0.01, 0.04, 0.03, 0.005, 0.2), 0.04, 0.09, 0.09, 0.025, 0.2);
    // R: p.adjust(c(0.5, 0.5, 0.001), "holm") -> 1.000 1.000 0.003
    assertAdjusted(List.of(0.5, 0.5, 0.001), 1, 1, 0.003);
    // R: p.adjust(c(0.02, 0.02, 0.02), "holm") -> 0.06 0.06 0.06 (ties)
    assertAdjusted(List.of(0.02, 0.02, 0.02), 0.06, 0.06, 0.06);
    // One test: unchanged; none: empty.
    assertAdjusted(List.of(0.3), 0.3);
    assertThat(HolmAdjustment.of(List.of(), List.of()).adjusted()).isEmpty();
  }

  @Test
  void explainsItselfAndRefusesBadInput() {
    HolmAdjustment h = HolmAdjustment.of(List.of("A", "B"), List.of(0.01, 0.00001));
    assertThat(h.explanation().label()).isEqualTo("Holm adjustment across 2 tests");
    assertThat(h.explanation().inputs())
        .containsEntry("A", "p = 0.01, Holm p = 0.01")
        .containsEntry("B", "p = 0.00001, Holm p = 0.00002");
    assertThat(HolmAdjustment.of(List.of("C"), List.of(4.1538e-19)).explanation().inputs())
        .containsEntry("C", "p = 4.154E-19, Holm p = 4.154E-19");
    assertThat(h.toString()).startsWith("HolmAdjustment{{A=p = 0.01");
    assertThatThrownBy(() -> h.adjusted("C"))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("no p-value is labelled C");
    assertThatThrownBy(() -> HolmAdjustment.of(List.of("A"), List.of(0.1, 0.2)))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("1 labels given for 2");
    assertThatThrownBy(() -> HolmAdjustment.of(List.of("A", "A"), List.of(0.1, 0.2)))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("must be distinct");
    assertThatThrownBy(() -> HolmAdjustment.of(List.of("A"), List.of(1.5)))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> HolmAdjustment.of(List.of("A"), List.of(-0.1)))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> HolmAdjustment.of(List.of("A"), List.of(Double.NaN)))
        .isInstanceOf(DomainRuleException.class);
    assertThat(HolmAdjustment.of(List.of("A", "B"), List.of(0.0, 1.0)).adjusted())
        .containsExactly(0.0, 1.0);
  }
}
