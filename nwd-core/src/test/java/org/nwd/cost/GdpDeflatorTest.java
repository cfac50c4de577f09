package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The shipped series and uprating in every direction. Expected values from Python's decimal module
 * (prec 40) on the index values of the domain reference's gdp-deflator-current.csv and
 * gdp-deflator.csv, e.g.
 *
 * <pre>
 * python3 -c "from decimal import *; getcontext().prec=40
 * print(Decimal(280)*Decimal('103.2388')/Decimal('100'))            # 289.06864
 * print(Decimal(258)*Decimal('100')/Decimal('103.2388'))            # 249.9060430768277043127196364157661654339
 * print(Decimal('1325.44')*Decimal('103.2388')/Decimal('71.5454'))  # 1912.587462953593103120536051234600687116
 * print(Decimal(110250)/Decimal('1.05')**2)"                        # 100000
 * </pre>
 */
class GdpDeflatorTest {

  static final Offset<BigDecimal> TINY = Offset.offset(new BigDecimal("1E-28"));

  private final GdpDeflator gmca = GdpDeflator.gmcaUcdV14();
  private final GdpDeflator hmt = GdpDeflator.hmtMarch2026();

  @Test
  void theDefaultIsTheHmtMarch2026SeriesWithItsProvenance() {
    assertThat(GdpDeflator.defaultSeries()).isSameAs(hmt);
    assertThat(GdpDeflator.shipped("hmt-2026-03")).isSameAs(hmt);
    // gdp-deflator-current.csv: 2000/01 .. 2030/31 = 31 rows; 2025/26 onward forecast and derived.
    assertThat(hmt.index()).hasSize(31);
    assertThat(hmt.firstYear()).isEqualTo(PriceYear.parse("2000/01"));
    assertThat(hmt.lastYear()).isEqualTo(PriceYear.parse("2030/31"));
    assertThat(hmt.indexFor(PriceYear.parse("2024/25"))).isEqualByComparingTo("100");
    assertThat(hmt.indexFor(PriceYear.parse("2012/13"))).isEqualByComparingTo("71.5454");
    assertThat(hmt.indexFor(PriceYear.parse("2030/31"))).isEqualByComparingTo("113.6416");
    assertThat(hmt.baseYear()).contains(PriceYear.parse("2024/25"));
    assertThat(hmt.published()).contains(YearMonth.of(2026, 3));
    assertThat(hmt.vintage()).contains("HM Treasury").contains("March 2026");
    assertThat(hmt.source().orElseThrow())
        .contains("https://www.gov.uk/government/statistics/gdp-deflators-at-market-prices")
        .contains("OBR")
        .contains("derived");
    assertThat(hmt.forecastYears())
        .containsExactly(
            PriceYear.of(2025), PriceYear.of(2026), PriceYear.of(2027), PriceYear.of(2028),
            PriceYear.of(2029), PriceYear.of(2030));
    assertThat(hmt.derivedYears()).isEqualTo(hmt.forecastYears());
    assertThat(hmt.isForecast(PriceYear.of(2024))).isFalse();
    assertThat(hmt.isForecast(PriceYear.of(2025))).isTrue();
    assertThat(hmt.isDerived(PriceYear.of(2025))).isTrue();
    assertThat(hmt.isDerived(PriceYear.of(2023))).isFalse();
    assertThat(hmt.describe())
        .isEqualTo(
            "HM Treasury GDP deflators at market prices and money GDP, March 2026 (Quarterly"
                + " National Accounts); 2024/25 = 100; published 2026-03; 2000/01 to 2030/31;"
                + " forecast from 2025/26");
  }

  @Test
  void theGmcaSeriesStaysAvailableByName() {
    assertThat(GdpDeflator.shipped("gmca-ucd-v1.4")).isSameAs(gmca);
    assertThat(GdpDeflator.shippedNames()).containsExactly("hmt-2026-03", "gmca-ucd-v1.4");
    // gdp-deflator.csv: 1989/90 then 2000/01 .. 2019/20 = 21 rows.
    assertThat(gmca.index()).hasSize(21);
    assertThat(gmca.indexFor(PriceYear.parse("1989/90"))).isEqualByComparingTo("100");
    assertThat(gmca.indexFor(PriceYear.parse("2013/14"))).isEqualByComparingTo("190.0334");
    assertThat(gmca.vintage()).contains("March 2015");
    assertThat(gmca.baseYear()).contains(PriceYear.parse("1989/90"));
    assertThat(gmca.published()).contains(YearMonth.of(2015, 3));
    assertThat(gmca.forecastYears()).hasSize(6).first().isEqualTo(PriceYear.parse("2014/15"));
    assertThat(gmca.derivedYears()).isEmpty();
    assertThatThrownBy(() -> GdpDeflator.shipped("hmt-2026-06"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "no shipped GDP deflator named 'hmt-2026-06': shipped are [hmt-2026-03, gmca-ucd-v1.4]");
  }

  @Test
  void upratingReproducesTheGmcaFormulaOnSs30() {
    // SS3.0 LA children's home, 2,995 a week at 2013/14 prices, to 2015/16 on the GMCA series:
    // 2995 × 195.9697 / 190.0334 = 3088.558387630805953058778088483392919350
    Money up =
        gmca.uprate(Money.ofPounds(2995), PriceYear.parse("2013/14"), PriceYear.parse("2015/16"));
    assertThat(up.amount())
        .isCloseTo(new BigDecimal("3088.558387630805953058778088483392919350"), TINY);
    String why =
        gmca.explainUprate(Money.ofPounds(2995), PriceYear.of(2013), PriceYear.of(2015)).render();
    assertThat(why)
        .startsWith("uprated from 2013/14 to 2015/16 prices = \u00a33,088.56\n")
        .contains("I[2013/14] = 190.0334\n")
        .contains("I[2015/16] = 195.9697 (forecast)\n")
        .contains("formula: value × I[to] / I[from]")
        .contains("deflator base = 1989/90 = 100");
  }

  @Test
  void sameYearIsFactorOneExplainedAsSuchWithNoIndexNeeded() {
    Money m = Money.of("280");
    PriceYear y = PriceYear.parse("2024/25");
    assertThat(hmt.uprate(m, y, y)).isEqualTo(m);
    assertThat(hmt.factor(y, y)).isEqualByComparingTo("1");
    // This used to fail inside Guava ("Multiple entries with same key").
    Explanation e = hmt.explainUprate(m, y, y);
    assertThat(e.label()).isEqualTo("same price year 2024/25: used as it is");
    assertThat(e.value()).isEqualTo("\u00a3280.00");
    assertThat(e.formula()).contains("value × 1 (the cost is already in 2024/25 prices; no index needed)");
    assertThat(e.inputs()).containsEntry("price year", "2024/25").containsEntry("value", "\u00a3280.00")
        .containsKey("deflator");
    // A year the series does not cover needs no index when nothing moves.
    PriceYear outside = PriceYear.parse("1995/96");
    assertThat(hmt.uprate(m, outside, outside)).isEqualTo(m);
    assertThat(hmt.explainUprate(m, outside, outside).render()).contains("used as it is");
  }

  @Test
  void anEarlierYearIsUpratedAndAForecastBaseIsSaidToBeOne() {
    // PSSRU 2025 A&E, 280 at 2024/25 prices, to 2025/26: 280 × 103.2388 / 100 = 289.06864
    Money up = hmt.uprate(Money.ofPounds(280), PriceYear.parse("2024/25"), PriceYear.parse("2025/26"));
    assertThat(up.amount()).isEqualByComparingTo("289.06864");
    Explanation e =
        hmt.explainUprate(Money.ofPounds(280), PriceYear.parse("2024/25"), PriceYear.parse("2025/26"));
    assertThat(e.label()).isEqualTo("uprated from 2024/25 to 2025/26 prices");
    assertThat(e.value()).isEqualTo("\u00a3289.07");
    assertThat(e.inputs())
        .containsEntry("I[2024/25]", "100.0000")
        .containsEntry("I[2025/26]", "103.2388 (forecast, derived from published % changes)")
        .containsEntry("factor I[to]/I[from]", "1.032388")
        .containsEntry("deflator base", "2024/25 = 100")
        .containsEntry("deflator published", "2026-03");
    assertThat(e.inputs().get("deflator")).contains("March 2026");
    assertThat(e.inputs().get("deflator source")).contains("gov.uk");
  }

  @Test
  void aLaterYearThanTheBaseIsDeflated() {
    // NMA 16-17 Rest of England, 258 a week at 2025/26 prices, to 2024/25:
    // 258 × 100 / 103.2388 = 249.9060430768277043127196364157661654339
    PriceYear from = PriceYear.parse("2025/26");
    PriceYear to = PriceYear.parse("2024/25");
    assertThat(hmt.uprate(Money.ofPounds(258), from, to).amount())
        .isCloseTo(new BigDecimal("249.9060430768277043127196364157661654339"), TINY);
    Explanation e = hmt.explainUprate(Money.ofPounds(258), from, to);
    assertThat(e.label())
        .isEqualTo("deflated (a later price year than the base) from 2025/26 to 2024/25 prices");
    assertThat(e.value()).isEqualTo("\u00a3249.91");
  }

  @Test
  void aMonthLabelledCostIsReadByTheStandardMappingThenUprated() {
    // Portsmouth missing-person investigation, 1,325.44 in "Aug 2012": the financial year containing
    // August 2012 is 2012/13; to 2025/26: 1325.44 × 103.2388 / 71.5454
    //   = 1912.587462953593103120536051234600687116
    PriceYearMapping standard = PriceYearMapping.standard();
    PriceYear from = standard.require("Aug 2012", "missing");
    assertThat(from).isEqualTo(PriceYear.parse("2012/13"));
    assertThat(standard.rule("Aug 2012"))
        .contains(
            "'Aug 2012' is a month: the financial year containing it, 2012/13 (standard price-year"
                + " mapping)");
    Money up = hmt.uprate(Money.of("1325.44"), from, PriceYear.parse("2025/26"));
    assertThat(up.amount())
        .isCloseTo(new BigDecimal("1912.587462953593103120536051234600687116"), TINY);
    assertThat(up.toString()).isEqualTo("\u00a31,912.59");
  }

  @Test
  void missingYearIsAClearErrorNamingIt() {
    assertThatThrownBy(
            () -> gmca.uprate(Money.ofPounds(1), PriceYear.parse("1995/96"), PriceYear.of(2015)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("has no index for 1995/96 (covers 1989/90 to 2019/20, with gaps)");
    assertThatThrownBy(
            () -> hmt.uprate(Money.ofPounds(1), PriceYear.parse("2031/32"), PriceYear.of(2015)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "GDP deflator 'HM Treasury GDP deflators at market prices and money GDP, March 2026"
                + " (Quarterly National Accounts)' has no index for 2031/32 (covers 2000/01 to"
                + " 2030/31)");
    assertThat(hmt.coverage()).isEqualTo("2000/01 to 2030/31");
    assertThat(gmca.coverage()).isEqualTo("1989/90 to 2019/20, with gaps");
    assertThat(hmt.covers(PriceYear.of(2000))).isTrue();
    assertThat(hmt.covers(PriceYear.of(1999))).isFalse();
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
    assertThat(mine.describe()).isEqualTo("test; 2020/21 to 2023/24");
    assertThat(mine.explainUprate(Money.ofPounds(80), PriceYear.of(2020), PriceYear.of(2023)).inputs())
        .doesNotContainKeys("deflator base", "deflator published", "deflator source")
        .containsEntry("I[2023/24]", "125");
    assertThatThrownBy(() -> GdpDeflator.of("empty", Map.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("GDP deflator series is empty");
    assertThatThrownBy(() -> GdpDeflator.of("bad", Map.of(PriceYear.of(2020), BigDecimal.ZERO)))
        .hasMessage("GDP deflator index for 2020/21 is 0: must be positive");
    assertThatThrownBy(
            () -> GdpDeflator.builder().vintage("v").putIndex(PriceYear.of(2020), BigDecimal.TEN)
                .addForecastYears(PriceYear.of(2021)).build())
        .hasMessage("forecast year 2021/22 has no index in 'v'");
    assertThatThrownBy(
            () -> GdpDeflator.builder().vintage("v").putIndex(PriceYear.of(2020), BigDecimal.TEN)
                .addDerivedYears(PriceYear.of(2019)).build())
        .hasMessage("derived year 2019/20 has no index in 'v'");
    assertThatThrownBy(
            () -> GdpDeflator.builder().vintage("v").putIndex(PriceYear.of(2020), BigDecimal.TEN)
                .baseYear(PriceYear.of(2020)).build())
        .hasMessage("base year 2020/21 of 'v' must have index 100, has 10");
    assertThatThrownBy(
            () -> GdpDeflator.builder().vintage("v").putIndex(PriceYear.of(2020), BigDecimal.TEN)
                .baseYear(PriceYear.of(2021)).build())
        .hasMessage("base year 2021/22 of 'v' must have index 100, has none");
  }

  @Test
  void aCsvInTheShippedLayoutReads() {
    GdpDeflator d =
        GdpDeflator.parseCsv(
            "HMT June 2026",
            "financial_year,index,pct_change,forecast,derived,source\n"
                + "2024/25,96.8628,,false,false,x\n"
                + "2025/26,100,3.24,false,false,x\n"
                + "2026/27,102.0,2.0,true,true,x\n");
    assertThat(d.index()).hasSize(3);
    assertThat(d.forecastYears()).containsExactly(PriceYear.of(2026));
    assertThat(d.derivedYears()).containsExactly(PriceYear.of(2026));
    assertThat(GdpDeflator.parseCsv("two columns", "year,index\n2020/21,1.5").index())
        .containsEntry(PriceYear.of(2020), new BigDecimal("1.5"));
    assertThatThrownBy(() -> GdpDeflator.parseCsv("v", "financial_year,index\n"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("GDP deflator CSV has no data rows");
    assertThatThrownBy(() -> GdpDeflator.parseCsv("v", "financial_year,index\n2020\n"))
        .hasMessage("GDP deflator CSV row 2 has 1 fields: needs the year and the index");
    assertThatThrownBy(() -> GdpDeflator.parseCsv("v", "financial_year,index\n2020,5\n"))
        .hasMessage("GDP deflator CSV row 2: '2020' is not a financial year like 2015/16")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("financial_year");
    assertThatThrownBy(() -> GdpDeflator.parseCsv("v", "financial_year,index\n2020/21,five\n"))
        .hasMessage("GDP deflator CSV row 2: index 'five' is not a number");
    assertThatThrownBy(
            () -> GdpDeflator.parseCsv("v", "financial_year,index,forecast\n2020/21,5,maybe\n"))
        .hasMessage("GDP deflator CSV row 2: forecast is 'maybe': must be true or false");
    assertThatThrownBy(
            () -> GdpDeflator.parseCsv("v", "financial_year,index,derived\n2020/21,5,yes\n"))
        .hasMessage("GDP deflator CSV row 2: derived is 'yes': must be true or false");
    // A short row without the flag columns is not a forecast.
    assertThat(
            GdpDeflator.parseCsv("v", "financial_year,index,forecast,derived\n2020/21,5\n")
                .forecastYears())
        .isEmpty();
  }

  @Test
  void nominalToRealAtAStatedRateIsOneCall() {
    // 110,250 two years after the base at 5%: 110250 / 1.05^2 = 100000.
    assertThat(GdpDeflator.toRealPrices(Money.ofPounds(110_250), 2, new BigDecimal("0.05")))
        .isEqualTo(Money.ofPounds(100_000));
    assertThat(GdpDeflator.toRealPrices(Money.ofPounds(110_250), 2, 0.05))
        .isEqualTo(Money.ofPounds(100_000));
    assertThat(GdpDeflator.toRealPrices(Money.ofPounds(7), 0, 0.02)).isEqualTo(Money.ofPounds(7));
    // Deflation: 98 one year on at -2% is 98 / 0.98 = 100.
    assertThat(GdpDeflator.toRealPrices(Money.ofPounds(98), 1, -0.02)).isEqualTo(Money.ofPounds(100));
    Explanation e = GdpDeflator.explainToRealPrices(Money.ofPounds(110_250), 2, new BigDecimal("0.05"));
    assertThat(e.render())
        .startsWith("real value, 2 years after the price base = \u00a3100,000.00\n")
        .contains("formula: nominal / (1 + rate)^years")
        .contains("nominal = \u00a3110,250.00")
        .contains("rate = 0.05");
    assertThatThrownBy(() -> GdpDeflator.toRealPrices(Money.ofPounds(1), -1, 0.02))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("years after the price base is -1: must be 0 or more");
    assertThatThrownBy(() -> GdpDeflator.toRealPrices(Money.ofPounds(1), 1, -1.0))
        .hasMessage("deflator rate is -1.0: must be above -1 (-100%)");
    assertThatThrownBy(() -> GdpDeflator.toRealPrices(Money.ofPounds(1), 1, Double.NaN))
        .hasMessage("rate is NaN: must be a finite number");
  }
}
