package org.nwd.testkit;

import java.math.RoundingMode;
import org.assertj.core.api.AbstractAssert;
import org.nwd.cost.CaseSummary;
import org.nwd.cost.Money;

/** Assertions on a financial or wider economic case: its net present value. */
public final class CaseSummaryAssert extends AbstractAssert<CaseSummaryAssert, CaseSummary> {

  CaseSummaryAssert(CaseSummary actual) {
    super(actual, CaseSummaryAssert.class);
  }

  /**
   * The net present value (PV benefits - PV costs), rounded half-up to the penny, equals the
   * expected amount, e.g. {@code "600000.00"}.
   */
  public CaseSummaryAssert hasNetPresentValueToThePenny(String expectedPounds) {
    isNotNull();
    Money expected = Money.of(expectedPounds);
    Money npv = actual.netPresentValue();
    Money rounded = npv.roundedToPence(RoundingMode.HALF_UP);
    if (!rounded.equals(expected)) {
      failWithMessage(
          "Expected the %s case to have a net present value of %s but it was %s"
              + " (PV benefits %s - PV costs %s)",
          actual.name(), expected.toExactString(), rounded.toExactString(),
          actual.presentValueBenefits().toExactString(), actual.presentValueCosts().toExactString());
    }
    return this;
  }

  /** The net present value is above zero: the benefits outweigh the costs. */
  public CaseSummaryAssert hasPositiveNetPresentValue() {
    isNotNull();
    Money npv = actual.netPresentValue();
    if (npv.signum() <= 0) {
      failWithMessage(
          "Expected the %s case to have a positive net present value but it was %s"
              + " (PV benefits %s - PV costs %s)",
          actual.name(), npv.toExactString(), actual.presentValueBenefits().toExactString(),
          actual.presentValueCosts().toExactString());
    }
    return this;
  }
}
