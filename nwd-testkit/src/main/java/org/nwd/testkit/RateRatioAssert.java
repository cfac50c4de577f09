package org.nwd.testkit;

import org.assertj.core.api.AbstractAssert;
import org.nwd.stats.Interval;
import org.nwd.stats.RateRatio;

/**
 * Assertions on a rate ratio (events after versus before), failing with messages in the domain's
 * words.
 */
public final class RateRatioAssert extends AbstractAssert<RateRatioAssert, RateRatio> {

  RateRatioAssert(RateRatio actual) {
    super(actual, RateRatioAssert.class);
  }

  private Interval definedInterval() {
    isNotNull();
    if (!actual.isDefined()) {
      failWithMessage(
          "Expected a rate ratio with a confidence interval but it is undefined: %s",
          actual.undefinedReason().orElse(""));
    }
    return actual.interval().orElseThrow();
  }

  /** The rate ratio's confidence interval contains the value (e.g. the configured effect). */
  public RateRatioAssert hasIntervalContaining(double value) {
    Interval ci = definedInterval();
    if (!ci.contains(value)) {
      failWithMessage(
          "Expected the %s confidence interval of the rate ratio, %s, to contain %s but it did not",
          actual.level(), ci, value);
    }
    return this;
  }

  /** The rate ratio's point estimate lies inside the given interval (bounds included). */
  public RateRatioAssert hasEstimateWithin(Interval interval) {
    isNotNull();
    if (actual.estimate().isEmpty()) {
      failWithMessage("Expected a rate ratio estimate within %s but it is undefined", interval);
    }
    double estimate = actual.estimate().getAsDouble();
    if (!interval.contains(estimate)) {
      failWithMessage(
          "Expected the rate ratio estimate %s to lie within %s but it did not", estimate, interval);
    }
    return this;
  }

  /** The whole confidence interval is below 1: the rate fell after the index date. */
  public RateRatioAssert showsAReduction() {
    Interval ci = definedInterval();
    if (!(ci.upper() < 1)) {
      failWithMessage(
          "Expected the rate ratio to show a reduction (whole %s confidence interval below 1) but"
              + " the interval was %s",
          actual.level(), ci);
    }
    return this;
  }
}
