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
  void printsTheCanonicalFormWithoutTrailingZeros() {
    assertThat(Money.of("1234.5678").toString()).isEqualTo("GBP 1234.5678");
    assertThat(Money.of("1234.50").toString()).isEqualTo("GBP 1234.5");
    assertThat(Money.of("-12").toString()).isEqualTo("GBP -12");
    assertThat(Money.of("0.000").toString()).isEqualTo("GBP 0");
    assertThat(Money.of("1E+3").toString()).isEqualTo("GBP 1000");
  }

  @Property
  void parseReadsWhatToStringPrints(@ForAll BigDecimal amount) {
    Money m = Money.of(amount);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(Money.parse(m.toString()).amount()).isEqualByComparingTo(amount);
  }

  @Test
  void parseRejectsOtherForms() {
    for (String bad : new String[] {"£1,234.57", "1234", "GBP", "GBP 1,234", "GBP 1e3", "gbp 1"}) {
      assertThatThrownBy(() -> Money.parse(bad))
          .isInstanceOf(DomainRuleException.class)
          .hasMessage("money '" + bad + "' must be written as 'GBP <decimal>'");
    }
    assertThatThrownBy(() -> Money.of("twelve"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("amount 'twelve' is not a decimal number");
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
  }

  @Test
  void roundingToPenceUsesTheStatedRule() {
    Money m = Money.of("2.345");
    assertThat(m.roundedToPence(RoundingMode.HALF_UP).amount()).isEqualTo(new BigDecimal("2.35"));
    assertThat(m.roundedToPence(RoundingMode.HALF_EVEN).amount()).isEqualTo(new BigDecimal("2.34"));
    assertThatThrownBy(() -> m.roundedToPence(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
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
