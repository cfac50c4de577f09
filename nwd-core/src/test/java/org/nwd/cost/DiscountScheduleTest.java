package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class DiscountScheduleTest {

  private final DiscountSchedule gb = DiscountSchedule.greenBook();

  /**
   * Expected factors to 4 dp, the Green Book published table form (cumulative bands), worked
   * independently with Python's decimal module:
   *
   * <pre>
   * python3 -c "from decimal import Decimal as D, getcontext; getcontext().prec=40
   * def df(t):
   *   p=D(1)
   *   for k in range(1,t+1):
   *     r=D('0.035') if k<=30 else D('0.03') if k<=75 else D('0.025') if k<=125 else
   *       D('0.02') if k<=200 else D('0.015') if k<=300 else D('0.01')
   *     p*=1+r
   *   return 1/p
   * for t in [1,2,5,10,30,31,40,75,76,100,125,126,200,201,300,301]: print(t, round(df(t),4))"
   * </pre>
   *
   * Output: 1 0.9662, 2 0.9335, 5 0.8420, 10 0.7089, 30 0.3563, 31 0.3459, 40 0.2651, 75 0.0942,
   * 76 0.0919, 100 0.0508, 125 0.0274, 126 0.0269, 200 0.0062, 201 0.0061, 300 0.0014, 301 0.0014.
   * Cross-check with bc: {@code echo 'scale=20; 1/1.035^10; 1/1.035^30; (1/1.035^30)/1.03' | bc -l}
   * gives .70891881370977158607, .35627841060230154047, .34590136951679761210.
   */
  @ParameterizedTest
  @CsvSource({
    "0,1.0000", "1,0.9662", "2,0.9335", "5,0.8420", "10,0.7089", "30,0.3563", "31,0.3459",
    "40,0.2651", "75,0.0942", "76,0.0919", "100,0.0508", "125,0.0274", "126,0.0269", "200,0.0062",
    "201,0.0061", "300,0.0014", "301,0.0014"
  })
  void greenBookFactorsMatchThePublishedTable(int t, String expected) {
    assertThat(gb.factor(t).setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void factorsAreExactToManyDigits() {
    // bc: 1/1.035^30 = .35627841060230154047 ; (1/1.035^30)/1.03 = .34590136951679761210
    assertThat(gb.factor(30).setScale(20, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("0.35627841060230154047"));
    assertThat(gb.factor(31).setScale(20, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("0.34590136951679761210"));
  }

  @Test
  void ratesFollowTheBands() {
    assertThat(gb.rate(30)).isEqualByComparingTo("0.035");
    assertThat(gb.rate(31)).isEqualByComparingTo("0.03");
    assertThat(gb.rate(75)).isEqualByComparingTo("0.03");
    assertThat(gb.rate(76)).isEqualByComparingTo("0.025");
    assertThat(gb.rate(301)).isEqualByComparingTo("0.01");
    assertThat(gb.rate(1000)).isEqualByComparingTo("0.01");
  }

  @Test
  void midYearFactorIsHalfAYearLessDiscounting() {
    // python3: (1/D('1.035'))*D('1.035').sqrt() = 0.9829463743659808897195009169023143630715
    assertThat(gb.midYearFactor(1).setScale(20, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("0.98294637436598088971"));
    assertThat(gb.midYearFactor(0)).isEqualByComparingTo("1");
    assertThat(gb.factor(3, false)).isEqualByComparingTo(gb.factor(3));
    assertThat(gb.factor(3, true)).isEqualByComparingTo(gb.midYearFactor(3));
  }

  @Test
  void flatRateAndCallerSchedules() {
    // 1/1.05^2 = 0.9070294784580498866213151927437641723356 (python decimal)
    DiscountSchedule flat = DiscountSchedule.flat(new BigDecimal("0.05"));
    assertThat(flat.factor(2).setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("0.9070294785");
    assertThat(flat.factor(40).compareTo(gb.factor(40))).isNotZero();
    DiscountSchedule mine =
        DiscountSchedule.of("mine", Map.of(1, new BigDecimal("0.1"), 3, BigDecimal.ZERO));
    // 1/1.1^2 = 0.8264462809917355..., then flat: year 5 the same.
    assertThat(mine.factor(5)).isEqualByComparingTo(mine.factor(2));
    assertThat(mine.explainFactor(2, false).render()).contains("r[t] = 0.1").contains("schedule = mine");
    assertThat(mine.explainFactor(0, true).inputs()).doesNotContainKey("r[t]");
    assertThat(mine.explainFactor(2, true).formula().orElseThrow()).endsWith("(mid-year)");
    assertThat(mine.explainFactor(2, false).formula()).contains("Π_{k=1..t} 1/(1 + r[k]); DF[0] = 1");
    // A flat rate as a researcher types it: 0.05 is exactly 0.05 (BigDecimal.valueOf semantics).
    DiscountSchedule typed = DiscountSchedule.flat(0.05);
    assertThat(typed).isEqualTo(flat);
    assertThat(typed.rate(7)).isEqualTo(new BigDecimal("0.05"));
    assertThat(DiscountSchedule.flat(0.035).name()).isEqualTo("flat 0.035");
    assertThatThrownBy(() -> DiscountSchedule.flat(Double.NaN))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("rate is NaN: must be a finite number");
    assertThatThrownBy(() -> DiscountSchedule.flat(1.5))
        .hasMessage("discount rate 1.5 from year 1 is outside 0-100%");
  }

  @Test
  void badSchedulesAndYearsAreClearErrors() {
    assertThatThrownBy(() -> DiscountSchedule.of("x", Map.of(2, new BigDecimal("0.03"))))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("discount schedule 'x' must have a band starting in year 1, has [2]");
    assertThatThrownBy(() -> DiscountSchedule.flat(new BigDecimal("-0.01")))
        .hasMessage("discount rate -0.01 from year 1 is outside 0-100%");
    assertThatThrownBy(() -> DiscountSchedule.flat(BigDecimal.ONE))
        .hasMessage("discount rate 1 from year 1 is outside 0-100%");
    assertThat(DiscountSchedule.flat(BigDecimal.ZERO).factor(9)).isEqualByComparingTo("1");
    assertThatThrownBy(() -> gb.factor(-1))
        .hasMessage("discount factor asked for year -1: must be 0 or later");
    assertThatThrownBy(() -> gb.rate(0))
        .hasMessage("discount rate asked for year 0: years start at 1");
  }
}
