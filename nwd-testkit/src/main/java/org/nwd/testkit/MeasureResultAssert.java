package org.nwd.testkit;

import org.assertj.core.api.AbstractAssert;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.RateChange;
import org.nwd.model.ImprovementDirection;
import org.nwd.stats.RateRatio;

/**
 * Assertions on one measure's result in an impact analysis (count and days measures: the rates per
 * person-year before and after), failing with messages in the domain's words.
 */
public final class MeasureResultAssert extends AbstractAssert<MeasureResultAssert, MeasureResult> {

  MeasureResultAssert(MeasureResult actual) {
    super(actual, MeasureResultAssert.class);
  }

  private String label() {
    return actual.measure().code() + " (" + actual.measure().name() + ")";
  }

  /** The statistics could be computed. */
  public MeasureResultAssert isDefined() {
    isNotNull();
    if (!actual.isDefined()) {
      failWithMessage(
          "Expected the result for %s to be computed but it is undefined: %s",
          label(), actual.undefinedReason().orElseThrow());
    }
    return this;
  }

  private RateChange rates() {
    isDefined();
    if (actual.rates().isEmpty()) {
      failWithMessage(
          "Expected rates per person-year for %s but it is a %s measure",
          label(), actual.measure().kind().code());
    }
    return actual.rates().orElseThrow();
  }

  /**
   * The rate per person-year moved in the measure's better direction (fell for a
   * lower-is-better measure such as missing incidents, rose for a higher-is-better one).
   */
  public MeasureResultAssert improved() {
    RateChange r = rates();
    double before = r.before().rate();
    double after = r.after().rate();
    boolean lowerIsBetter = actual.measure().direction() == ImprovementDirection.LOWER_IS_BETTER;
    if (lowerIsBetter ? !(after < before) : !(after > before)) {
      failWithMessage(
          "Expected %s to improve (%s rate per person-year after) but the rate went from %s before"
              + " to %s after",
          label(), lowerIsBetter ? "a lower" : "a higher", before, after);
    }
    return this;
  }

  /** The rate ratio (after over before) has a point estimate below {@code bound}. */
  public MeasureResultAssert hasRateRatioBelow(double bound) {
    RateRatio ratio = rates().rateRatio();
    if (ratio.estimate().isEmpty()) {
      failWithMessage(
          "Expected the rate ratio of %s to be below %s but it is undefined: %s",
          label(), bound, ratio.undefinedReason().orElse(""));
    }
    double estimate = ratio.estimate().getAsDouble();
    if (!(estimate < bound)) {
      failWithMessage(
          "Expected the rate ratio (after / before) of %s to be below %s but it was %s (%s events"
              + " before, %s after)",
          label(), bound, estimate, ratio.before().events(), ratio.after().events());
    }
    return this;
  }

  /** Assertions on the measure's rate ratio, e.g. {@code .rateRatio().showsAReduction()}. */
  public RateRatioAssert rateRatio() {
    return new RateRatioAssert(rates().rateRatio());
  }
}
