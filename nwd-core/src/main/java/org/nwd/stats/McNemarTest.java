package org.nwd.stats;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * McNemar's test for a yes/no status of the same people before and after, from the discordant pairs:
 * {@code b} = yes before and no after, {@code c} = no before and yes after. Two-sided.
 *
 * <ul>
 *   <li>{@link Method#EXACT_BINOMIAL}: under no change {@code b ~ Binomial(b + c, 1/2)}; the two-sided
 *       p-value is {@code min(1, 2 P(X <= min(b, c)))}, {@code X ~ Binomial(b + c, 1/2)} (the
 *       distribution is symmetric, so doubling the smaller tail is the exact two-sided p-value; R's
 *       {@code binom.test(b, b + c)} gives the same). With {@code b = c} it is 1.
 *   <li>{@link Method#CHI_SQUARE_CORRECTED}: Edwards' continuity-corrected statistic {@code (|b - c| -
 *       1)^2 / (b + c)} on 1 df. The correction is never larger than {@code |b - c|}: with {@code b =
 *       c} the statistic is 0 and p is 1 (not {@code 1 / (b + c)}), exactly as R's {@code
 *       mcnemar.test}, which applies no correction when {@code b = c}; R gives the same for every
 *       table.
 *   <li>{@link Method#AUTO} (default): exact when {@code b + c <} {@link #EXACT_BELOW}, else
 *       chi-square.
 * </ul>
 *
 * <p>Undefined (empty p-value) when there are no discordant pairs.
 */
@Value.Immutable
public abstract class McNemarTest {

  /** With {@link Method#AUTO}, fewer discordant pairs than this use the exact binomial test. */
  public static final int EXACT_BELOW = 25;

  /** The p-value method. */
  public enum Method {
    AUTO,
    EXACT_BINOMIAL,
    CHI_SQUARE_CORRECTED
  }

  /** Yes before, no after. */
  public abstract long yesToNo();

  /** No before, yes after. */
  public abstract long noToYes();

  @Value.Default
  public Method requestedMethod() {
    return Method.AUTO;
  }

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
        yesToNo() + noToYes() <= Integer.MAX_VALUE,
        "noToYes",
        "discordant total %s is too large",
        yesToNo() + noToYes());
  }

  public static McNemarTest of(long yesToNo, long noToYes) {
    return builder().yesToNo(yesToNo).noToYes(noToYes).build();
  }

  /** From per-person status before and after (same order), counting the discordant pairs. */
  public static McNemarTest ofPairs(List<Boolean> before, List<Boolean> after, Method method) {
    DomainRuleException.require(
        before.size() == after.size(),
        "after",
        "after has %s values but before has %s: pairs must line up",
        after.size(),
        before.size());
    long b = 0;
    long c = 0;
    for (int i = 0; i < before.size(); i++) {
      boolean was = before.get(i);
      boolean is = after.get(i);
      if (was && !is) {
        b++;
      } else if (!was && is) {
        c++;
      }
    }
    return builder().yesToNo(b).noToYes(c).requestedMethod(method).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link McNemarTest}; method defaults to {@link Method#AUTO}, level to 95%. */
  public static final class Builder extends ImmutableMcNemarTest.Builder {}

  public long discordant() {
    return yesToNo() + noToYes();
  }

  /** The method used: never {@link Method#AUTO}. */
  public Method method() {
    if (requestedMethod() != Method.AUTO) {
      return requestedMethod();
    }
    return discordant() < EXACT_BELOW ? Method.EXACT_BINOMIAL : Method.CHI_SQUARE_CORRECTED;
  }

  /** The chi-square statistic (chi-square method) or {@code b} (exact); empty with no discordance. */
  public OptionalDouble statistic() {
    if (discordant() == 0) {
      return OptionalDouble.empty();
    }
    if (method() == Method.EXACT_BINOMIAL) {
      return OptionalDouble.of(yesToNo());
    }
    // The correction stops at |b - c|, as in R (which drops it when b = c).
    double diff = Math.max(0, Math.abs(yesToNo() - noToYes()) - 1.0);
    return OptionalDouble.of(diff * diff / discordant());
  }

  /** Two-sided p-value; empty when there are no discordant pairs. */
  @Value.Lazy
  public OptionalDouble pValue() {
    if (discordant() == 0) {
      return OptionalDouble.empty();
    }
    if (method() == Method.EXACT_BINOMIAL) {
      // Both tails summed directly: a library's two-sided test may drop a term of the far tail.
      double tail =
          BinomialDistribution.of((int) discordant(), 0.5)
              .cumulativeProbability((int) Math.min(yesToNo(), noToYes()));
      return OptionalDouble.of(Math.min(1, 2 * tail));
    }
    return OptionalDouble.of(
        ChiSquaredDistribution.of(1).survivalProbability(statistic().getAsDouble()));
  }

  public boolean isSignificant() {
    return pValue().isPresent() && pValue().getAsDouble() < level().alpha();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("McNemar p-value (two-sided)")
        .value(
            pValue().isPresent()
                ? Fmt.num(pValue().getAsDouble())
                : "undefined (no discordant pairs)")
        .formula(
            method() == Method.EXACT_BINOMIAL
                ? "exact binomial: min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c, 1/2)"
                : "chi-square with continuity correction: (max(0, |b - c| - 1))^2 / (b + c), 1 df")
        .putInputs("b (yes before, no after)", Long.toString(yesToNo()))
        .putInputs("c (no before, yes after)", Long.toString(noToYes()))
        .putInputs("method", method() + " (requested " + requestedMethod() + ")")
        .putInputs("significance level", Fmt.num(level().alpha()))
        .build();
  }

  @Override
  public String toString() {
    return "McNemarTest{p = " + explanation().value() + ", " + method() + "}";
  }
}
