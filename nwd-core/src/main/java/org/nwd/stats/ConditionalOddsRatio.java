package org.nwd.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The conditional (McNemar) odds ratio of being in a status after versus before, from the discordant
 * pairs of the same young people: {@code psi = c / b}, {@code b} = in the status before and not after
 * ({@code yesToNo}), {@code c} = not before and in it after ({@code noToYes}). Above 1 more young
 * people moved into the status than out of it.
 *
 * <p>Exact interval: given {@code b + c} discordant pairs, {@code c ~ Binomial(b + c, pi)} with {@code
 * pi = psi / (1 + psi)}; the Clopper-Pearson interval {@code [pi_L, pi_U]} for {@code c} of {@code b +
 * c} maps back by {@code psi = pi / (1 - pi)} (each bound's {@code 1 - pi} is taken from the
 * complementary beta quantile, so nothing cancels). It is conservative: coverage is at least nominal
 * for every table. The same as mapping R's {@code binom.test(c, b + c)$conf.int} by {@code p / (1 -
 * p)}, and as {@code exact2x2::mcnemar.exact} with the table oriented so that its odds ratio is {@code
 * c / b}. The matching test is the exact {@link McNemarTest}.
 *
 * <p>Edge cases: {@code b = c = 0} is undefined; {@code b = 0 < c} gives the estimate {@code
 * +Infinity} and the interval {@code [lower, +infinity)}; {@code c = 0 < b} gives 0 and {@code [0,
 * upper]}.
 */
@Value.Immutable
public abstract class ConditionalOddsRatio {

  /** In the status before, not after ({@code b}). */
  public abstract long yesToNo();

  /** Not in the status before, in it after ({@code c}). */
  public abstract long noToYes();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        yesToNo() >= 0 && noToYes() >= 0,
        "yesToNo",
        "discordant counts %s and %s must be at least 0",
        yesToNo(),
        noToYes());
    DomainRuleException.require(
        yesToNo() <= Integer.MAX_VALUE - noToYes(),
        "noToYes",
        "discordant total %s + %s is too large (at most %s)",
        yesToNo(),
        noToYes(),
        Integer.MAX_VALUE);
  }

  public static ConditionalOddsRatio of(long yesToNo, long noToYes, ConfidenceLevel level) {
    return builder().yesToNo(yesToNo).noToYes(noToYes).level(level).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConditionalOddsRatio}; level defaults to 95%. */
  public static final class Builder extends ImmutableConditionalOddsRatio.Builder {}

  /** {@code c / b}; {@code +Infinity} when only b is 0; empty when both are 0. */
  public OptionalDouble estimate() {
    if (yesToNo() == 0 && noToYes() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        yesToNo() == 0 ? Double.POSITIVE_INFINITY : (double) noToYes() / yesToNo());
  }

  /** The exact interval; empty when there are no discordant pairs. */
  @Value.Lazy
  public Optional<Interval> interval() {
    long b = yesToNo();
    long c = noToYes();
    if (b == 0 && c == 0) {
      return Optional.empty();
    }
    double alpha = level().alpha();
    double lower = 0;
    if (c > 0) {
      // pi_L = Beta^-1(a/2; c, b + 1); 1 - pi_L = Beta^-1(1 - a/2; b + 1, c).
      double pi = quantile(c, b + 1.0, alpha / 2);
      double rest = quantile(b + 1.0, c, 1 - alpha / 2);
      lower = pi / rest;
    }
    double upper = Double.POSITIVE_INFINITY;
    if (b > 0) {
      // pi_U = Beta^-1(1 - a/2; c + 1, b); 1 - pi_U = Beta^-1(a/2; b, c + 1).
      double pi = quantile(c + 1.0, b, 1 - alpha / 2);
      double rest = quantile(b, c + 1.0, alpha / 2);
      upper = pi / rest;
    }
    return Optional.of(Interval.of(lower, upper));
  }

  /** The Beta(a, b) quantile (good to about 1e-8 relative when a shape is in the billions). */
  private static double quantile(double a, double b, double p) {
    return BetaDistribution.of(a, b).inverseCumulativeProbability(p);
  }

  public String method() {
    return "conditional odds ratio c / b, exact (Clopper-Pearson on c of b + c)";
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("conditional odds ratio, in the status after vs before")
        .value(
            estimate().isPresent()
                ? Fmt.num(estimate().getAsDouble()) + " " + level() + " CI " + interval().get()
                : "undefined (no discordant pairs)")
        .formula(
            "psi = c / b; CI: Clopper-Pearson [pL, pU] for c of b + c, psi = p / (1 - p) (exact,"
                + " conservative)")
        .putInputs("b (yes before, no after)", Long.toString(yesToNo()))
        .putInputs("c (no before, yes after)", Long.toString(noToYes()))
        .putInputs("confidence level", level().toString())
        .build();
  }

  @Override
  public String toString() {
    return "ConditionalOddsRatio{" + explanation().value() + "}";
  }
}
