package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
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
  void mappingResolvesOnlyWhatTheCallerStated() {
    PriceYearMapping m =
        PriceYearMapping.builder().putLabels("May 2019", PriceYear.parse("2019/20")).build();
    assertThat(m.resolve("May 2019")).contains(PriceYear.of(2019));
    assertThat(m.resolve("2013/14")).contains(PriceYear.of(2013));
    assertThat(m.resolve("c. 2016")).isEmpty();
    assertThat(PriceYearMapping.none().resolve("May 2019")).isEmpty();
  }
}
