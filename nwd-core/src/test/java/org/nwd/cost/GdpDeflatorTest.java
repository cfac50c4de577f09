package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class GdpDeflatorTest {

  private final GdpDeflator d = GdpDeflator.gmcaUcdV14();

  @Test
  void shippedSeriesIsTheUcdLookupsTable() {
    // gdp-deflator.csv: 1989/90 then 2000/01 .. 2019/20 = 21 rows.
    assertThat(d.index()).hasSize(21);
    assertThat(d.indexFor(PriceYear.parse("1989/90"))).isEqualByComparingTo("100");
    assertThat(d.indexFor(PriceYear.parse("2013/14"))).isEqualByComparingTo("190.0334");
    assertThat(d.indexFor(PriceYear.parse("2015/16"))).isEqualByComparingTo("195.9697");
    assertThat(d.vintage()).contains("March 2015");
  }

  @Test
  void upratingReproducesTheGmcaFormulaOnSs30() {
    // SS3.0 LA children's home, 2,995 a week at 2013/14 prices, to 2015/16:
    // python3 -c "from decimal import *; getcontext().prec=40;
    //   print(Decimal(2995)*Decimal('195.9697')/Decimal('190.0334'))"
    // -> 3088.558387630805953058778088483392919350
    Money up = d.uprate(Money.ofPounds(2995), PriceYear.parse("2013/14"), PriceYear.parse("2015/16"));
    assertThat(up.amount().subtract(new BigDecimal("3088.558387630805953058778088483392919350")).abs())
        .isLessThan(new BigDecimal("1E-28"));
    assertThat(
            d.factor(PriceYear.parse("2013/14"), PriceYear.parse("2015/16"))
                .multiply(new BigDecimal("190.0334")))
        .isCloseTo(new BigDecimal("195.9697"), org.assertj.core.data.Offset.offset(new BigDecimal("1E-28")));
    assertThat(d.explainUprate(Money.ofPounds(2995), PriceYear.of(2013), PriceYear.of(2015)).render())
        .contains("I[2013/14] = 190.0334")
        .contains("I[2015/16] = 195.9697")
        .contains("formula: value × I[to] / I[from]");
  }

  @Test
  void sameYearIsUnchanged() {
    Money m = Money.of("109");
    assertThat(d.uprate(m, PriceYear.of(2011), PriceYear.of(2011))).isEqualTo(m);
  }

  @Test
  void missingYearIsAClearErrorNamingIt() {
    assertThatThrownBy(
            () -> d.uprate(Money.ofPounds(1), PriceYear.parse("1995/96"), PriceYear.of(2015)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("has no index for 1995/96 (covers 1989/90 to 2019/20, with gaps)");
  }

  @Test
  void callersCanSupplyANewerSeries() {
    GdpDeflator mine =
        GdpDeflator.of(
            "test",
            Map.of(PriceYear.of(2020), new BigDecimal("100"), PriceYear.of(2023), new BigDecimal("125")));
    // 80 × 125 / 100 = 100 exactly.
    assertThat(mine.uprate(Money.ofPounds(80), PriceYear.of(2020), PriceYear.of(2023)))
        .isEqualTo(Money.ofPounds(100));
    assertThatThrownBy(() -> GdpDeflator.of("empty", Map.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("GDP deflator series is empty");
    assertThatThrownBy(
            () -> GdpDeflator.of("bad", Map.of(PriceYear.of(2020), BigDecimal.ZERO)))
        .hasMessage("GDP deflator index for 2020/21 is 0: must be positive");
  }
}
