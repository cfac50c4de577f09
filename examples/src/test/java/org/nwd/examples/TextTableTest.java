package org.nwd.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void padsColumnsAndRightAlignsNumbers() {
    String t = TextTable.of("Title", "measure", "n").row("arrests", "12").row("x", "3").render();
    // Column widths: max("measure", "arrests", "x") = 7, max("n", "12", "3") = 2.
    assertThat(t)
        .isEqualTo("Title\n" + "measure  n\n" + "-------  --\n" + "arrests  12\n" + "x         3\n");
  }

  @Test
  void aRowMustFillEveryColumn() {
    assertThatThrownBy(() -> TextTable.of("T", "a", "b").row("only one"))
        .hasMessage("row has 1 cells, table has 2 columns");
  }

  @Test
  void formatsMoneyInWholePoundsHalfEven() {
    // HALF_EVEN: 1234.5 -> 1234, 1235.5 -> 1236; -98765.49 -> -98765.
    // Half up, the rule of the report and of Money.toString: 1234.50 -> 1,235.
    assertThat(Analysis.gbp(org.nwd.cost.Money.of("1234.50"))).isEqualTo("GBP 1,235");
    assertThat(Analysis.gbp(org.nwd.cost.Money.of("1234.49"))).isEqualTo("GBP 1,234");
    assertThat(Analysis.gbp(org.nwd.cost.Money.of("1235.50"))).isEqualTo("GBP 1,236");
    assertThat(Analysis.gbp(org.nwd.cost.Money.of("-98765.49"))).isEqualTo("GBP -98,765");
    assertThat(Analysis.gbp(org.nwd.cost.Money.of("-98765.50"))).isEqualTo("GBP -98,766");
  }

  @Test
  void showsAssumptionsAsGivenAndLongEstimatesToTwoDecimals() {
    assertThat(Analysis.plain(new java.math.BigDecimal("0.10"))).isEqualTo("0.10");
    assertThat(Analysis.plain(new java.math.BigDecimal("3"))).isEqualTo("3");
    // HALF_EVEN at two decimals: 242.93905... -> 242.94; 0.125 -> 0.12; -1.005 -> -1.00.
    assertThat(Analysis.plain(new java.math.BigDecimal("242.93905970663118"))).isEqualTo("242.94");
    assertThat(Analysis.plain(new java.math.BigDecimal("0.125"))).isEqualTo("0.12");
    assertThat(Analysis.plain(new java.math.BigDecimal("-1.005"))).isEqualTo("-1.00");
  }
}
