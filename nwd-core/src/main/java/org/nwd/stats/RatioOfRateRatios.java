package org.nwd.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * The ratio of rate ratios, the log-linear analogue of difference-in-differences for rates:
 * {@code RRR = (r_T,after / r_T,before) / (r_C,after / r_C,before)}, {@code SE(ln RRR) = sqrt(1/a_T,after
 * + 1/a_T,before + 1/a_C,after + 1/a_C,before)}, interval {@code RRR exp(+-z SE)} (log-Wald).
 * Undefined when any of the four counts is 0. Assumes parallel trends on the log scale.
 */
@Value.Immutable
public abstract class RatioOfRateRatios {

  public static final String METHOD = "ratio of rate ratios, log-Wald";

  public abstract Rate treatedBefore();

  public abstract Rate treatedAfter();

  public abstract Rate comparisonBefore();

  public abstract Rate comparisonAfter();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  public static RatioOfRateRatios of(
      Rate treatedBefore,
      Rate treatedAfter,
      Rate comparisonBefore,
      Rate comparisonAfter,
      ConfidenceLevel level) {
    return builder()
        .treatedBefore(treatedBefore)
        .treatedAfter(treatedAfter)
        .comparisonBefore(comparisonBefore)
        .comparisonAfter(comparisonAfter)
        .level(level)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatioOfRateRatios}; level defaults to 95%. */
  public static final class Builder extends ImmutableRatioOfRateRatios.Builder {}

  /** Why the result is undefined, if it is. */
  public Optional<String> undefinedReason() {
    boolean anyZero =
        treatedBefore().events() == 0
            || treatedAfter().events() == 0
            || comparisonBefore().events() == 0
            || comparisonAfter().events() == 0;
    return anyZero
        ? Optional.of("a count is 0: the log-Wald ratio of rate ratios is undefined")
        : Optional.empty();
  }

  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  @Value.Lazy
  public OptionalDouble estimate() {
    return isDefined()
        ? OptionalDouble.of(
            treatedAfter().rate()
                / treatedBefore().rate()
                / (comparisonAfter().rate() / comparisonBefore().rate()))
        : OptionalDouble.empty();
  }

  /** {@code SE(ln RRR)}; empty when undefined. */
  public OptionalDouble logStandardError() {
    return isDefined()
        ? OptionalDouble.of(
            Math.sqrt(
                1.0 / treatedAfter().events()
                    + 1.0 / treatedBefore().events()
                    + 1.0 / comparisonAfter().events()
                    + 1.0 / comparisonBefore().events()))
        : OptionalDouble.empty();
  }

  @Value.Lazy
  public Optional<Interval> interval() {
    if (!isDefined()) {
      return Optional.empty();
    }
    double rrr = estimate().getAsDouble();
    double zse = level().z() * logStandardError().getAsDouble();
    return Optional.of(Interval.of(rrr * Math.exp(-zse), rrr * Math.exp(zse)));
  }

  public String method() {
    return METHOD;
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("ratio of rate ratios (treated vs comparison)")
        .value(
            isDefined()
                ? Fmt.num(estimate().getAsDouble()) + " " + level() + " CI " + interval().get()
                : "undefined (" + undefinedReason().get() + ")")
        .formula(
            "RRR = (rT_after/rT_before)/(rC_after/rC_before);"
                + " CI = RRR exp(+-z sqrt(1/aT_after + 1/aT_before + 1/aC_after + 1/aC_before))")
        .putInputs("confidence level", level().toString())
        .addSteps(
            treatedBefore().explanation(),
            treatedAfter().explanation(),
            comparisonBefore().explanation(),
            comparisonAfter().explanation())
        .build();
  }

  @Override
  public String toString() {
    return "RatioOfRateRatios{" + explanation().value() + "}";
  }
}
