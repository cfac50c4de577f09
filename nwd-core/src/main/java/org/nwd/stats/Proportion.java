package org.nwd.stats;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * A proportion {@code x / n} (e.g. "stayed out of care") with the Wilson score interval:
 * {@code centre = (p + z^2/(2n)) / (1 + z^2/n)}, {@code half = z / (1 + z^2/n) sqrt(p(1-p)/n +
 * z^2/(4n^2))}. As R's {@code prop.test(x, n, correct = FALSE)$conf.int}.
 */
@Value.Immutable
public abstract class Proportion {

  public static final String METHOD = "Wilson score (no continuity correction)";

  public abstract long successes();

  public abstract long trials();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(trials() > 0, "trials", "trials %s must be greater than 0", trials());
    DomainRuleException.require(
        successes() >= 0 && successes() <= trials(),
        "successes",
        "successes %s must be between 0 and trials %s",
        successes(),
        trials());
  }

  public static Proportion of(long successes, long trials) {
    return builder().successes(successes).trials(trials).build();
  }

  public static Proportion of(long successes, long trials, ConfidenceLevel level) {
    return builder().successes(successes).trials(trials).level(level).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Proportion}; level defaults to 95%. */
  public static final class Builder extends ImmutableProportion.Builder {}

  public double estimate() {
    return (double) successes() / trials();
  }

  @Value.Lazy
  public Interval interval() {
    double n = trials();
    double p = estimate();
    double z = level().z();
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At x = 0 (x = n) the lower (upper) bound is exactly 0 (1); say so rather than leave rounding dust.
    return Interval.of(
        successes() == 0 ? 0 : centre - half, successes() == trials() ? 1 : centre + half);
  }

  public String method() {
    return METHOD;
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("proportion")
        .value(Fmt.num(estimate()) + " " + level() + " CI " + interval())
        .formula("x / n; Wilson: (p + z^2/2n)/(1 + z^2/n) +- z/(1 + z^2/n) sqrt(p(1-p)/n + z^2/4n^2)")
        .putInputs("x", Long.toString(successes()))
        .putInputs("n", Long.toString(trials()))
        .putInputs("z", Fmt.num(level().z()))
        .build();
  }

  @Override
  public String toString() {
    return "Proportion{" + explanation().value() + "}";
  }
}
