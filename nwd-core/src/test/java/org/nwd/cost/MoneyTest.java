package org.nwd.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.nwd.DomainRuleException;

class MoneyTest {

  @Test
  void readsLikeMoneyToThePennyRoundedHalfUp() {
    assertThat(Money.of("1234.5678").toString()).isEqualTo("\u00a31,234.57");
    assertThat(Money.of("1234.5").toString()).isEqualTo("\u00a31,234.50");
    assertThat(Money.of("1234.565").toString()).isEqualTo("\u00a31,234.57");
    assertThat(Money.of("1234.5649").toString()).isEqualTo("\u00a31,234.56");
    assertThat(Money.of("-12").toString()).isEqualTo("-\u00a312.00");
    assertThat(Money.of("-2.005").toString()).isEqualTo("-\u00a32.01");
    assertThat(Money.of("-0.004").toString()).isEqualTo("\u00a30.00");
    assertThat(Money.of("0.000").toString()).isEqualTo("\u00a30.00");
    assertThat(Money.of("999.995").toString()).isEqualTo("\u00a31,000.00");
    assertThat(Money.of("1234567.891").toString()).isEqualTo("\u00a31,234,567.89");
    assertThat(Money.of("100").toString()).isEqualTo("\u00a3100.00");
    assertThat(Money.of("100000").toString()).isEqualTo("\u00a3100,000.00");
    assertThat(Money.of("1E+3").toString()).isEqualTo("\u00a31,000.00");
    assertThat(Money.DISPLAY_ROUNDING).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void wholePoundsRoundHalfUp() {
    assertThat(Money.of("1234.50").toWholePoundsString()).isEqualTo("\u00a31,235");
    assertThat(Money.of("1234.49").toWholePoundsString()).isEqualTo("\u00a31,234");
    assertThat(Money.of("-98765.5").toWholePoundsString()).isEqualTo("-\u00a398,766");
    assertThat(Money.of("-0.4").toWholePoundsString()).isEqualTo("\u00a30");
    assertThat(Money.of("123").toWholePoundsString()).isEqualTo("\u00a3123");
    assertThat(Money.of("2.5").roundedToPounds(RoundingMode.HALF_EVEN)).isEqualTo(Money.ofPounds(2));
    assertThat(Money.of("2.5").roundedToPounds(RoundingMode.HALF_UP)).isEqualTo(Money.ofPounds(3));
  }

  @Test
  void theExactFormKeepsEveryDigit() {
    assertThat(Money.of("1234.5678").toExactString()).isEqualTo("GBP 1234.5678");
    assertThat(Money.of("1234.50").toExactString()).isEqualTo("GBP 1234.5");
    assertThat(Money.of("-12").toExactString()).isEqualTo("GBP -12");
    assertThat(Money.of("0.000").toExactString()).isEqualTo("GBP 0");
    assertThat(Money.of("1E+3").toExactString()).isEqualTo("GBP 1000");
  }

  @Property(tries = 200)
  void parseReadsTheExactFormBackExactly(@ForAll BigDecimal amount) {
    Money m = Money.of(amount);
    assertThat(Money.parse(m.toExactString())).isEqualTo(m);
    assertThat(Money.parse(m.toExactString()).amount()).isEqualByComparingTo(amount);
  }

  @Property(tries = 200)
  void parseReadsTheDisplayFormAsTheAmountItShows(@ForAll BigDecimal amount) {
    Money m = Money.of(amount);
    assertThat(Money.parse(m.toString())).isEqualTo(m.roundedToPence(RoundingMode.HALF_UP));
  }

  @Test
  void parseReadsBothFormsAndRejectsOthers() {
    assertThat(Money.parse("\u00a31,234.57")).isEqualTo(Money.of("1234.57"));
    assertThat(Money.parse("-\u00a312.00")).isEqualTo(Money.of("-12"));
    assertThat(Money.parse("\u00a31234")).isEqualTo(Money.of("1234"));
    assertThat(Money.parse("GBP -0.5")).isEqualTo(Money.of("-0.5"));
    for (String bad :
        new String[] {"1234", "GBP", "GBP 1,234", "GBP 1e3", "gbp 1", "\u00a31,23.00", "\u00a31.5",
          "\u00a3-1", "\u00a3"}) {
      assertThatThrownBy(() -> Money.parse(bad))
          .isInstanceOf(DomainRuleException.class)
          .hasMessage("money '" + bad + "' must be written as 'GBP <decimal>' or '\u00a31,234.56'");
    }
    assertThatThrownBy(() -> Money.of("twelve"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("amount 'twelve' is not a decimal number");
    String forty = "y".repeat(40);
    assertThatThrownBy(() -> Money.of(forty))
        .hasMessage("amount '" + forty + "' is not a decimal number");
    String huge = "x".repeat(100);
    assertThatThrownBy(() -> Money.of(huge))
        .hasMessage("amount '" + "x".repeat(40) + "... (100 characters)' is not a decimal number");
  }

  @Test
  void poundsAsTypedKeepTheDecimalTheLiteralReadsAs() {
    // BigDecimal.valueOf(double) semantics: 0.1 is exactly 0.1, not 0.1000000000000000055511...
    assertThat(Money.ofPounds(1234.5).amount()).isEqualByComparingTo("1234.5");
    assertThat(Money.ofPounds(0.1).amount()).isEqualTo(new BigDecimal("0.1"));
    assertThat(Money.ofPounds(0.1).plus(Money.ofPounds(0.2))).isEqualTo(Money.of("0.3"));
    assertThat(Money.ofPounds(120_000)).isEqualTo(Money.of("120000"));
    assertThat(Money.ofPounds(-3.25)).isEqualTo(Money.of("-3.25"));
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Money.ofPounds(bad))
          .isInstanceOf(DomainRuleException.class)
          .hasMessage("pounds is " + bad + ": must be a finite number")
          .extracting(e -> ((DomainRuleException) e).field())
          .isEqualTo("pounds");
    }
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.of("0.1");
    Money b = Money.of("0.2");
    assertThat(a.plus(b)).isEqualTo(Money.of("0.3"));
    assertThat(a.minus(b)).isEqualTo(Money.of("-0.1"));
    assertThat(a.times(new BigDecimal("3"))).isEqualTo(Money.of("0.3"));
    assertThat(Money.ofPounds(5).negate()).isEqualTo(Money.of("-5"));
    // 1/3 to 34 significant digits (DECIMAL128), written out by hand.
    assertThat(Money.ofPounds(1).dividedBy(new BigDecimal(3), MathContext.DECIMAL128).amount())
        .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
  }

  @Test
  void divisionByZeroIsAClearError() {
    assertThatThrownBy(() -> Money.ofPounds(5).dividedBy(BigDecimal.ZERO, MathContext.DECIMAL128))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("cannot divide GBP 5 by zero");
    assertThatThrownBy(() -> Money.of("0.004").dividedBy(BigDecimal.ZERO, MathContext.DECIMAL128))
        .hasMessage("cannot divide GBP 0.004 by zero");
  }

  @Test
  void roundingToPenceUsesTheStatedRule() {
    Money m = Money.of("2.345");
    assertThat(m.roundedToPence(RoundingMode.HALF_UP).amount()).isEqualTo(new BigDecimal("2.35"));
    assertThat(m.roundedToPence(RoundingMode.HALF_EVEN).amount()).isEqualTo(new BigDecimal("2.34"));
    assertThatThrownBy(() -> m.roundedToPence(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of("2.345").roundedToPounds(RoundingMode.HALF_UP)).isEqualTo(Money.ofPounds(2));
  }

  @Test
  void signAndComparison() {
    assertThat(Money.of("-0.01").isNegative()).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.of("0.00").isZero()).isTrue();
    assertThat(Money.of("0.01").isZero()).isFalse();
    assertThat(Money.of("3").signum()).isEqualTo(1);
    assertThat(Money.of("-3").signum()).isEqualTo(-1);
    assertThat(Money.of("2").compareTo(Money.of("10"))).isNegative();
    assertThat(Money.of("2.5").toDouble()).isEqualTo(2.5);
  }

  @Test
  void equalityIsByNumericValue() {
    new EqualsTester()
        .addEqualityGroup(Money.of("1.5"), Money.of("1.50"), Money.parse("GBP 1.5"))
        .addEqualityGroup(Money.of("1.51"))
        .addEqualityGroup(Money.ZERO, Money.of("0.00"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(Money.class);
    new NullPointerTester().testAllPublicInstanceMethods(Money.ofPounds(1));
  }
}
