package org.nwd.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.immutables.value.Value;
import org.nwd.Explanation;

/**
 * The rate ratio after vs before, {@code IRR = (a / T1) / (b / T0)} with {@code a} events in {@code
 * T1} person-years after and {@code b} events in {@code T0} before, and its interval.
 *
 * <p>Interval method (see {@link RateRatioMethod}): with {@link RateRatioMethod#AUTO} the exact
 * conditional interval is used when {@code min(a, b) < 10} (so always when a count is zero), the
 * log-Wald interval otherwise. Exact conditional: {@code a ~ Binomial(a + b, pi)}, {@code pi = IRR T1
 * / (IRR T1 + T0)}; the Clopper-Pearson interval for {@code pi} maps back by {@code IRR = pi / (1 - pi)
 * x T0 / T1}. This matches R's {@code poisson.test(c(a, b), c(T1, T0))}.
 *
 * <p>Edge cases: both counts zero gives an undefined estimate and interval (see {@link
 * #undefinedReason()}); {@code b = 0 < a} gives the estimate {@code +Infinity} and an exact interval
 * {@code [lower, +infinity)}; a forced log-Wald interval with a zero count is undefined.
 */
@Value.Immutable
public abstract class RateRatio {

  /** With {@link RateRatioMethod#AUTO}, counts below this use the exact conditional interval. */
  public static final int SMALL_COUNT = 10;

  public abstract Rate before();

  public abstract Rate after();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Default
  public RateRatioMethod requestedMethod() {
    return RateRatioMethod.AUTO;
  }

  /** The rate ratio at 95% with {@link RateRatioMethod#AUTO}. */
  public static RateRatio of(Rate before, Rate after) {
    return builder().before(before).after(after).build();
  }

  /** From counts and person-years, chronological order: before then after. */
  public static RateRatio of(
      long eventsBefore,
      double personYearsBefore,
      long eventsAfter,
      double personYearsAfter,
      ConfidenceLevel level,
      RateRatioMethod method) {
    return builder()
        .before(Rate.of(eventsBefore, personYearsBefore, level))
        .after(Rate.of(eventsAfter, personYearsAfter, level))
        .level(level)
        .requestedMethod(method)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RateRatio}; level defaults to 95%, method to {@link RateRatioMethod#AUTO}. */
  public static final class Builder extends ImmutableRateRatio.Builder {}

  /** The interval method actually used: never {@link RateRatioMethod#AUTO}. */
  @Value.Lazy
  public RateRatioMethod method() {
    if (requestedMethod() != RateRatioMethod.AUTO) {
      return requestedMethod();
    }
    return Math.min(after().events(), before().events()) < SMALL_COUNT
        ? RateRatioMethod.EXACT_CONDITIONAL
        : RateRatioMethod.LOG_WALD;
  }

  /** The rate ratio; {@code +Infinity} when only the before count is 0; empty when both are 0. */
  @Value.Lazy
  public OptionalDouble estimate() {
    if (after().events() == 0 && before().events() == 0) {
      return OptionalDouble.empty();
    }
    if (before().events() == 0) {
      return OptionalDouble.of(Double.POSITIVE_INFINITY);
    }
    return OptionalDouble.of(after().rate() / before().rate());
  }

  /** The interval; empty when {@link #undefinedReason()} is present. */
  @Value.Lazy
  public Optional<Interval> interval() {
    if (undefinedReason().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(method() == RateRatioMethod.LOG_WALD ? logWald() : exactConditional());
  }

  /** Why the estimate or interval is undefined, if it is. */
  @Value.Lazy
  public Optional<String> undefinedReason() {
    long a = after().events();
    long b = before().events();
    if (a == 0 && b == 0) {
      return Optional.of("no events before or after: the rate ratio is undefined");
    }
    if (method() == RateRatioMethod.LOG_WALD && (a == 0 || b == 0)) {
      return Optional.of("log-Wald interval is undefined when a count is 0 (use the exact method)");
    }
    return Optional.empty();
  }

  /** True when an estimate and an interval exist. */
  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  private Interval logWald() {
    double irr = estimate().getAsDouble();
    double se = Math.sqrt(1.0 / after().events() + 1.0 / before().events());
    double z = level().z();
    return Interval.of(irr * Math.exp(-z * se), irr * Math.exp(z * se));
  }

  private Interval exactConditional() {
    long a = after().events();
    long n = a + before().events();
    double alpha = level().alpha();
    double scale = before().personYears() / after().personYears();
    double piLower =
        a == 0 ? 0 : BetaDistribution.of(a, n - a + 1.0).inverseCumulativeProbability(alpha / 2);
    double upper;
    if (a == n) {
      upper = Double.POSITIVE_INFINITY;
    } else {
      double piUpper = BetaDistribution.of(a + 1.0, n - a).inverseCumulativeProbability(1 - alpha / 2);
      upper = piUpper / (1 - piUpper) * scale;
    }
    return Interval.of(piLower / (1 - piLower) * scale, upper);
  }

  private String formula() {
    return method() == RateRatioMethod.LOG_WALD
        ? "IRR = (a/T1)/(b/T0); CI = IRR x exp(+-z sqrt(1/a + 1/b)) (log-Wald)"
        : "IRR = (a/T1)/(b/T0); CI: Clopper-Pearson [pL, pU] for a of a+b,"
            + " IRR = p/(1-p) x T0/T1 (exact conditional)";
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("rate ratio after vs before")
            .value(
                estimate().isPresent()
                    ? Fmt.num(estimate().getAsDouble())
                        + interval().map(i -> " " + level() + " CI " + i).orElse("")
                    : "undefined")
            .formula(formula())
            .putInputs("a (events after)", Long.toString(after().events()))
            .putInputs("T1 (person-years after)", Fmt.num(after().personYears()))
            .putInputs("b (events before)", Long.toString(before().events()))
            .putInputs("T0 (person-years before)", Fmt.num(before().personYears()))
            .putInputs("confidence level", level().toString())
            .putInputs("method", method() + " (requested " + requestedMethod() + ")");
    undefinedReason().ifPresent(r -> out.putInputs("undefined", r));
    return out.addSteps(before().explanation(), after().explanation()).build();
  }

  @Override
  public String toString() {
    return "RateRatio{" + explanation().value() + ", " + method() + "}";
  }
}
