package org.nwd.testkit;

import java.math.RoundingMode;
import org.assertj.core.api.AbstractAssert;
import org.nwd.cost.Money;

/**
 * Assertions on an exact sterling amount. "To the penny" rounds the actual amount half-up to whole
 * pence (the rounding a published figure would show) and compares it with an expected amount that
 * is itself in whole pence.
 */
public final class MoneyAssert extends AbstractAssert<MoneyAssert, Money> {

  MoneyAssert(Money actual) {
    super(actual, MoneyAssert.class);
  }

  /** Equal to the expected amount when rounded half-up to the penny, e.g. {@code "1234.57"}. */
  public MoneyAssert isEqualToThePenny(String expectedPounds) {
    return isEqualToThePenny(Money.of(expectedPounds));
  }

  /** Equal to the expected amount (in whole pence) when rounded half-up to the penny. */
  public MoneyAssert isEqualToThePenny(Money expected) {
    isNotNull();
    if (expected.amount().stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "expected amount " + expected.toExactString()
              + " is not in whole pence; give at most two decimals");
    }
    Money rounded = actual.roundedToPence(RoundingMode.HALF_UP);
    if (!rounded.equals(expected)) {
      failWithMessage(
          "Expected %s to the penny but was %s (%s to the penny)", expected.toExactString(),
          actual.toExactString(), rounded.toExactString());
    }
    return this;
  }
}
