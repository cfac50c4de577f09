package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nwd.DomainRuleException;

class PriceYearTest {

  @Property
  void parseReadsWhatToStringPrints(@ForAll @IntRange(min = 1900, max = 2998) int start) {
    PriceYear y = PriceYear.of(start);
    assertThat(PriceYear.parse(y.toString())).isEqualTo(y);
  }

  @Test
  void readsBothEndForms() {
    assertThat(PriceYear.parse("2015/16").startYear()).isEqualTo(2015);
    assertThat(PriceYear.parse("1999/2000").startYear()).isEqualTo(1999);
    assertThat(PriceYear.parse("1999/00").startYear()).isEqualTo(1999);
    assertThat(PriceYear.of(1999).toString()).isEqualTo("1999/00");
    assertThat(PriceYear.of(2009).toString()).isEqualTo("2009/10");
  }

  @Test
  void rejectsLabelsThatAreNotFinancialYears() {
    for (String bad : new String[] {"May 2019", "c. 2016", "2013", "not stated", "Oct 2021"}) {
      assertThat(PriceYear.isFinancialYear(bad)).isFalse();
      assertThatThrownBy(() -> PriceYear.parse(bad))
          .isInstanceOf(DomainRuleException.class)
          .hasMessage("'" + bad + "' is not a financial year like 2015/16");
    }
    assertThatThrownBy(() -> PriceYear.parse("2015/17"))
        .hasMessage("'2015/17' is not a financial year: the end must be the year after the start");
    assertThatThrownBy(() -> PriceYear.parse("1999/2001"))
        .hasMessage("'1999/2001' is not a financial year: the end must be the year after the start");
    assertThatThrownBy(() -> PriceYear.of(1899))
        .hasMessage("financial year starting 1899 is outside 1900-2999");
    assertThatThrownBy(() -> PriceYear.of(3000))
        .hasMessage("financial year starting 3000 is outside 1900-2999");
    assertThat(PriceYear.isFinancialYear("2013/14")).isTrue();
    assertThat(PriceYear.of(1900).startYear()).isEqualTo(1900);
    assertThat(PriceYear.of(2999).startYear()).isEqualTo(2999);
  }

  @Test
  void ordersAndSteps() {
    assertThat(PriceYear.parse("2013/14").plusYears(2)).isEqualTo(PriceYear.parse("2015/16"));
    assertThat(PriceYear.of(2013).compareTo(PriceYear.of(2015))).isNegative();
    new EqualsTester()
        .addEqualityGroup(PriceYear.of(2013), PriceYear.parse("2013/14"))
        .addEqualityGroup(PriceYear.of(2014))
        .testEquals();
  }

  @Test
  void theFinancialYearContainingAMonth() {
    assertThat(PriceYear.containing(YearMonth.of(2012, 8))).isEqualTo(PriceYear.parse("2012/13"));
    assertThat(PriceYear.containing(YearMonth.of(2013, 3))).isEqualTo(PriceYear.parse("2012/13"));
    assertThat(PriceYear.containing(YearMonth.of(2013, 4))).isEqualTo(PriceYear.parse("2013/14"));
    assertThat(PriceYear.containing(YearMonth.of(2012, 12))).isEqualTo(PriceYear.parse("2012/13"));
    assertThat(PriceYear.containing(YearMonth.of(2013, 1))).isEqualTo(PriceYear.parse("2012/13"));
  }

  @Test
  void mappingResolvesOnlyWhatTheCallerStated() {
    PriceYearMapping m =
        PriceYearMapping.builder().putLabels("May 2019", PriceYear.parse("2019/20")).build();
    assertThat(m.resolve("May 2019")).contains(PriceYear.of(2019));
    assertThat(m.resolve("2013/14")).contains(PriceYear.of(2013));
    assertThat(m.resolve(" 2013/14 ")).contains(PriceYear.of(2013));
    assertThat(m.resolve("c. 2016")).isEmpty();
    assertThat(m.resolve("2016")).isEmpty();
    assertThat(PriceYearMapping.none().resolve("May 2019")).isEmpty();
    assertThat(PriceYearMapping.none().standardRules()).isFalse();
    assertThat(m.rule("May 2019")).contains("'May 2019' read as 2019/20 by the caller's entry");
    assertThat(m.rule("2013/14")).contains("'2013/14' is a financial year");
    assertThat(m.name()).isEqualTo("price-year mapping without rules with 1 caller entries");
    assertThat(PriceYearMapping.none().name()).isEqualTo("price-year mapping without rules");
  }

  /** Each standard rule, with the financial year worked out by hand from the rule's wording. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2013/14           | 2013/14 | is a financial year",
        "1999/2000         | 1999/00 | is a financial year",
        "2023-24           | 2023/24 | is a financial year written with a hyphen: 2023/24",
        "2023-2024         | 2023/24 | is a financial year written with a hyphen: 2023/24",
        "year ending March 2017 | 2016/17 | is a year ending in March: the financial year 2016/17",
        "Year ending 31 March 2017 | 2016/17 | is a year ending in March: the financial year 2016/17",
        "Aug 2012          | 2012/13 | is a month: the financial year containing it, 2012/13",
        "August 2012       | 2012/13 | is a month: the financial year containing it, 2012/13",
        "Oct 2021          | 2021/22 | is a month: the financial year containing it, 2021/22",
        "Mar-2019          | 2018/19 | is a month: the financial year containing it, 2018/19",
        "Sept. 2019        | 2019/20 | is a month: the financial year containing it, 2019/20",
        "jan 2020          | 2019/20 | is a month: the financial year containing it, 2019/20",
        "May 2019          | 2019/20 | is a month: the financial year containing it, 2019/20",
        "2024              | 2024/25 | is a calendar year: the financial year starting in its April, 2024/25",
        "2024 (cash)       | 2024/25 | is a calendar year: the financial year starting in its April, 2024/25",
        "c. 2016           | 2016/17 | is an approximate calendar year: the financial year starting in its April, 2016/17 (approximate)",
        "circa 2016        | 2016/17 | is an approximate calendar year: the financial year starting in its April, 2016/17 (approximate)",
        "about 2009        | 2009/10 | is an approximate calendar year: the financial year starting in its April, 2009/10 (approximate)",
        "ca. 2016          | 2016/17 | is an approximate calendar year: the financial year starting in its April, 2016/17 (approximate)",
      })
  void standardRules(String label, String year, String rule) {
    PriceYearMapping m = PriceYearMapping.standard();
    assertThat(m.resolve(label)).contains(PriceYear.parse(year));
    String expected =
        "'" + label + "' " + rule
            + (rule.equals("is a financial year") ? "" : " (standard price-year mapping)");
    assertThat(m.rule(label)).contains(expected);
  }

  @Test
  void standardRulesLeaveWhatTheyCannotReadAndTheCallerOverrides() {
    PriceYearMapping m = PriceYearMapping.standard();
    for (String unread :
        new String[] {"not stated", "2023-25", "Ma 2019", "Spring 2019", "2019/2021", "20 19", ""}) {
      assertThat(m.resolve(unread)).as(unread).isEmpty();
    }
    assertThatThrownBy(() -> m.require("not stated", "unit cost L-MBRO-EXT-HOME-LOW (FISCAL)"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage(
            "unit cost L-MBRO-EXT-HOME-LOW (FISCAL) has price year 'not stated', which the standard"
                + " price-year mapping does not resolve to a financial year: state it with"
                + " PriceYearMapping.with(label, PriceYear.parse(\"YYYY/YY\"))")
        .extracting(e -> ((DomainRuleException) e).field())
        .isEqualTo("priceYear");
    // The PSSRU 2017 edition is in 2016/17 prices: the caller says so, overriding rule 5.
    PriceYearMapping mine = m.with("2017", PriceYear.parse("2016/17"));
    assertThat(mine.resolve("2017")).contains(PriceYear.parse("2016/17"));
    assertThat(mine.resolve("Aug 2012")).contains(PriceYear.parse("2012/13"));
    assertThat(mine.rule("2017")).contains("'2017' read as 2016/17 by the caller's entry");
    assertThat(mine.name()).isEqualTo("standard price-year mapping with 1 caller entries");
    assertThat(mine.with("2017", PriceYear.parse("2017/18")).resolve("2017"))
        .contains(PriceYear.parse("2017/18"));
    assertThat(m.require("2013/14", "x")).isEqualTo(PriceYear.of(2013));
    assertThatThrownBy(() -> m.resolve("Aug 0012"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("financial year starting 12 is outside 1900-2999");
  }
}
