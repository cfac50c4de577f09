package org.nwd.testkit;

import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.nwd.impact.ExclusionReason;
import org.nwd.impact.ImpactResult;
import org.nwd.impact.MeasureResult;
import org.nwd.model.OutcomeMeasure;

/**
 * Assertions on an impact analysis' result, failing with messages in the domain's words. Messages
 * give counts and reasons only, never a young person's identifier.
 *
 * <pre>{@code
 * assertThat(result).hasIncluded(6).hasExcluded(1)
 *     .measure(StandardMeasures.MISSING_INCIDENTS).improved().hasRateRatioBelow(1.0);
 * }</pre>
 */
public final class ImpactResultAssert extends AbstractAssert<ImpactResultAssert, ImpactResult> {

  ImpactResultAssert(ImpactResult actual) {
    super(actual, ImpactResultAssert.class);
  }

  /** Exactly {@code n} young people were included in the analysis. */
  public ImpactResultAssert hasIncluded(long n) {
    isNotNull();
    if (actual.peopleIncluded() != n) {
      failWithMessage(
          "Expected the impact analysis '%s' to include %s young people but it included %s of %s",
          actual.analysis().name(), n, actual.peopleIncluded(), actual.peopleEvaluated());
    }
    return this;
  }

  /** Exactly {@code n} young people of the treated cohort were excluded, for any reason. */
  public ImpactResultAssert hasExcluded(long n) {
    isNotNull();
    if (actual.exclusions().size() != n) {
      failWithMessage(
          "Expected the impact analysis '%s' to exclude %s young people but it excluded %s (%s)",
          actual.analysis().name(), n, actual.exclusions().size(), reasons(actual.exclusionCounts()));
    }
    return this;
  }

  /** Exactly {@code n} young people were excluded for {@code reason}. */
  public ImpactResultAssert hasExcluded(long n, ExclusionReason reason) {
    isNotNull();
    long got = actual.exclusionCounts().getOrDefault(reason, 0L);
    if (got != n) {
      failWithMessage(
          "Expected the impact analysis '%s' to exclude %s young people for %s but it excluded %s"
              + " for that reason (%s)",
          actual.analysis().name(), n, reason.text(), got, reasons(actual.exclusionCounts()));
    }
    return this;
  }

  /** Assertions on the result for {@code measure}, which the analysis must have measured. */
  public MeasureResultAssert measure(OutcomeMeasure measure) {
    isNotNull();
    for (MeasureResult m : actual.measures()) {
      if (m.measure().equals(measure)) {
        return new MeasureResultAssert(m);
      }
    }
    failWithMessage(
        "Expected the impact analysis '%s' to have measured %s but it measured only %s",
        actual.analysis().name(),
        measure.code(),
        actual.measures().stream().map(m -> m.measure().code()).collect(Collectors.joining(", ")));
    throw new AssertionError("unreachable");
  }

  private static String reasons(Map<ExclusionReason, Long> counts) {
    if (counts.isEmpty()) {
      return "no exclusions";
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey().text() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
