package org.nwd.stats;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The rate ratio after vs before, {@code IRR = (a / T1) / (b / T0)} with {@code a} events in {@code
 * T1} person-years after and {@code b} events in {@code T0} before, its interval and a p-value for
 * "no change" consistent with the interval.
 *
 * <p>Methods ({@link RateRatioMethod}): with person-level data the default is the cluster-robust
 * interval, each young person a cluster ({@link #personSums()}: exact mergeable sums; the variance is
 * {@code n/(n - 1) Σ u_i²}, {@code u_i = a_i/A - Ta_i/TA - b_i/B + Tb_i/TB}, with Student's t on {@code
 * n - 1} degrees of freedom), which holds when counts are overdispersed. The seeded person-level
 * bootstrap (percentile or BCa) needs every person's counts ({@link #personCounts()}). The Poisson
 * intervals stay available by name: exact conditional ({@code a ~ Binomial(a + b, pi)}, {@code pi = IRR
 * T1 / (IRR T1 + T0)}, Clopper-Pearson mapped back by {@code IRR = pi / (1 - pi) x T0 / T1}, as R's
 * {@code poisson.test(c(a, b), c(T1, T0))}) and log-Wald. Each result says which method it used and
 * why, the dispersion it saw, and warns where coverage is known to fall short.
 *
 * <p>Edge cases: both counts zero gives an undefined estimate and interval (see {@link
 * #undefinedReason()}); {@code b = 0 < a} gives the estimate {@code +Infinity} and an exact interval
 * {@code [lower, +infinity)}; a log-Wald, clustered or bootstrap interval with a zero count is
 * undefined. A ratio beyond the largest double is refused with a {@link DomainRuleException}.
 */
@Value.Immutable
public abstract class RateRatio {

  /** With totals only and {@link RateRatioMethod#AUTO}, counts below this use the exact interval. */
  public static final int SMALL_COUNT = 10;

  /**
   * Clustered and bootstrap intervals on fewer young people than this carry a warning: the coverage
   * study measured coverage below nominal at 30 young people with strong overdispersion.
   */
  public static final int SMALL_COHORT = 100;

  /** The default bootstrap seed. */
  public static final long DEFAULT_SEED = 20240401L;

  /** The default number of bootstrap replicates. */
  public static final int DEFAULT_REPLICATES = 2000;

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

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

  /** Person-level sums (each young person a cluster); with them the default is clustered. */
  public abstract Optional<PersonCountSums> personSums();

  /** Every person's counts, needed only by the bootstrap methods; their sums are the person sums. */
  public abstract Optional<PersonCounts> personCounts();

  /** The bootstrap seed. */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /** Bootstrap replicates, at least 100. */
  @Value.Default
  public int replicates() {
    return DEFAULT_REPLICATES;
  }

  /** The rate ratio at 95% from totals only: a Poisson interval (see {@link RateRatioMethod#AUTO}). */
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

  /** From person-level sums: the clustered interval unless {@code method} names another. */
  public static RateRatio of(PersonCountSums sums, ConfidenceLevel level, RateRatioMethod method) {
    return builder()
        .before(rateOf(sums.eventsBefore(), sums.daysBefore(), "eventsBefore", level))
        .after(rateOf(sums.eventsAfter(), sums.daysAfter(), "eventsAfter", level))
        .level(level)
        .requestedMethod(method)
        .personSums(sums)
        .build();
  }

  /** From every person's counts, for the bootstrap (or any method), with its seed and replicates. */
  public static RateRatio of(
      PersonCounts people, ConfidenceLevel level, RateRatioMethod method, long seed, int replicates) {
    PersonCountSums sums = people.sums();
    return builder()
        .before(rateOf(sums.eventsBefore(), sums.daysBefore(), "eventsBefore", level))
        .after(rateOf(sums.eventsAfter(), sums.daysAfter(), "eventsAfter", level))
        .level(level)
        .requestedMethod(method)
        .personSums(sums)
        .personCounts(people)
        .seed(seed)
        .replicates(replicates)
        .build();
  }

  /** A rate from a sum of events and of days; the sums must fit a {@code long}. */
  static Rate rateOf(BigInteger events, BigInteger days, String field, ConfidenceLevel level) {
    DomainRuleException.require(
        events.bitLength() < 64 && days.bitLength() < 64,
        field,
        "%s events in %s days exceed the range of a long",
        events,
        days);
    return Rate.ofDays(events.longValueExact(), days.longValueExact(), level);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RateRatio}; level defaults to 95%, method to {@link RateRatioMethod#AUTO}. */
  public static final class Builder extends ImmutableRateRatio.Builder {}

  @Value.Check
  void check() {
    if (personSums().isPresent() && personCounts().isPresent()) {
      DomainRuleException.require(
          personSums().get().equals(personCounts().get().sums()),
          "personSums",
          "person sums %s are not the sums of the person counts given",
          personSums().get());
    }
    sums()
        .ifPresent(
            s -> {
              DomainRuleException.require(
                  rateOf(s.eventsBefore(), s.daysBefore(), "personSums", before().level())
                      .equals(before()),
                  "before",
                  "the rate before %s does not match the person sums %s",
                  before(),
                  s);
              DomainRuleException.require(
                  rateOf(s.eventsAfter(), s.daysAfter(), "personSums", after().level())
                      .equals(after()),
                  "after",
                  "the rate after %s does not match the person sums %s",
                  after(),
                  s);
            });
    RateRatioMethod m = requestedMethod();
    DomainRuleException.require(
        m != RateRatioMethod.CLUSTER_ROBUST || sums().isPresent(),
        "requestedMethod",
        "the cluster-robust interval needs person-level sums (personSums)");
    DomainRuleException.require(
        !m.isBootstrap() || personCounts().isPresent(),
        "requestedMethod",
        "the %s interval needs every young person's counts (personCounts)",
        m.text());
    DomainRuleException.require(
        replicates() >= 100, "replicates", "replicates %s must be at least 100", replicates());
    long a = after().events();
    if (method() == RateRatioMethod.EXACT_CONDITIONAL && a > 0 && before().events() > 0) {
      requireExactLimit((double) a + before().events());
    }
    if (estimate().isPresent()) {
      double e = estimate().getAsDouble();
      DomainRuleException.require(
          before().events() == 0 || Double.isFinite(e),
          "after",
          "the rate ratio of %s over %s is beyond the range of a double",
          after(),
          before());
    }
  }

  /** The person-level sums given, or those of the person counts. */
  @Value.Lazy
  Optional<PersonCountSums> sums() {
    return personSums().isPresent() ? personSums() : personCounts().map(PersonCounts::sums);
  }

  /** Young people behind the person-level data; empty with totals only. */
  public OptionalLong people() {
    return sums().isPresent() ? OptionalLong.of(sums().get().people()) : OptionalLong.empty();
  }

  /** The interval method actually used: never {@link RateRatioMethod#AUTO}. */
  @Value.Lazy
  public RateRatioMethod method() {
    if (requestedMethod() != RateRatioMethod.AUTO) {
      return requestedMethod();
    }
    if (sums().isPresent() && clusteredUndefinedReason().isEmpty()) {
      return RateRatioMethod.CLUSTER_ROBUST;
    }
    if (sums().isPresent()) {
      return RateRatioMethod.EXACT_CONDITIONAL;
    }
    return Math.min(after().events(), before().events()) < SMALL_COUNT
        ? RateRatioMethod.EXACT_CONDITIONAL
        : RateRatioMethod.LOG_WALD;
  }

  /** Why {@link #method()} was used, in words. */
  @Value.Lazy
  public String methodReason() {
    RateRatioMethod m = method();
    if (requestedMethod() != RateRatioMethod.AUTO) {
      return m.text() + ", requested by name"
          + (m.isPoisson() ? ": it assumes every event is independent (no overdispersion)" : "");
    }
    if (m == RateRatioMethod.CLUSTER_ROBUST) {
      return "default with person-level data: each young person is a cluster, so the interval holds"
          + " when a few young people have many events (overdispersion) and keeps each person's"
          + " before and after together";
    }
    if (sums().isPresent()) {
      return "the clustered interval is undefined (" + clusteredUndefinedReason().orElseThrow()
          + "), so the exact conditional (Poisson) interval is shown: it assumes no overdispersion";
    }
    return "only cohort totals were given, so a Poisson interval ("
        + (m == RateRatioMethod.LOG_WALD
            ? "log-Wald, both counts at least " + SMALL_COUNT
            : "exact conditional, a count below " + SMALL_COUNT)
        + "): it assumes every event is independent; give person-level data for the clustered"
        + " default";
  }

  /** Why the clustered interval cannot be computed from the person sums, if it cannot. */
  private Optional<String> clusteredUndefinedReason() {
    PersonCountSums s = sums().orElseThrow();
    if (s.people() < 2) {
      return Optional.of("fewer than 2 young people");
    }
    if (after().events() == 0 || before().events() == 0) {
      return Optional.of("no events " + (after().events() == 0 ? "after" : "before"));
    }
    if (s.sumOfSquaredInfluences() == 0) {
      return Optional.of("every young person's rates equal the cohort's, so the person-level"
          + " variance is 0");
    }
    return Optional.empty();
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

  /** {@code log(a/T1) - log(b/T0)}, computed on the log scale so huge or tiny rates do not overflow. */
  private double logEstimate() {
    return Math.log(after().events())
        - Math.log(after().personYears())
        - (Math.log(before().events()) - Math.log(before().personYears()));
  }

  /** The interval; empty when {@link #undefinedReason()} is present. */
  @Value.Lazy
  public Optional<Interval> interval() {
    if (undefinedReason().isPresent()) {
      return Optional.empty();
    }
    switch (method()) {
      case LOG_WALD:
      case CLUSTER_ROBUST:
        return Optional.of(
            around(estimate().getAsDouble(), quantile() * logStandardError().getAsDouble()));
      case BOOTSTRAP_PERCENTILE:
        return Optional.of(exp(bootstrap().percentile(level())));
      case BOOTSTRAP_BCA:
        return Optional.of(exp(bootstrap().bca(level())));
      default:
        return Optional.of(exactConditional());
    }
  }

  private static Interval exp(double[] logBounds) {
    return Interval.of(Math.exp(logBounds[0]), Math.exp(logBounds[1]));
  }

  /** {@code [ratio x exp(-h), ratio x exp(h)]}: symmetric on the log scale (as 1.0 computed it). */
  private static Interval around(double ratio, double halfWidth) {
    return Interval.of(ratio * Math.exp(-halfWidth), ratio * Math.exp(halfWidth));
  }

  /** Student's t (clustered) or the normal (log-Wald) quantile at {@code 1 - alpha/2}. */
  private double quantile() {
    return degreesOfFreedom().isPresent()
        ? TDistribution.of(degreesOfFreedom().getAsDouble())
            .inverseCumulativeProbability(1 - level().alpha() / 2)
        : level().z();
  }

  /**
   * The standard error of {@code log IRR}: clustered {@code sqrt(n/(n - 1) Σ u_i²)} or log-Wald {@code
   * sqrt(1/a + 1/b)}; empty for the other methods or when undefined.
   */
  @Value.Lazy
  public OptionalDouble logStandardError() {
    if (undefinedReason().isPresent()) {
      return OptionalDouble.empty();
    }
    if (method() == RateRatioMethod.LOG_WALD) {
      return OptionalDouble.of(
          Math.sqrt(1.0 / after().events() + 1.0 / before().events()));
    }
    if (method() == RateRatioMethod.CLUSTER_ROBUST) {
      PersonCountSums s = sums().orElseThrow();
      double n = s.people();
      return OptionalDouble.of(Math.sqrt(s.sumOfSquaredInfluences() * n / (n - 1)));
    }
    return OptionalDouble.empty();
  }

  /** Degrees of freedom of the t reference ({@code n - 1} young people), clustered method only. */
  public OptionalDouble degreesOfFreedom() {
    return method() == RateRatioMethod.CLUSTER_ROBUST && sums().isPresent()
        ? OptionalDouble.of(sums().get().people() - 1.0)
        : OptionalDouble.empty();
  }

  /**
   * The two-sided p-value for "the rate is unchanged" (ratio 1), consistent with the interval: t-test
   * (clustered), z-test (log-Wald), twice the smaller exact binomial tail (exact conditional), or from
   * the bootstrap replicates; empty when undefined.
   */
  @Value.Lazy
  public OptionalDouble pValue() {
    if (undefinedReason().isPresent()) {
      return OptionalDouble.empty();
    }
    switch (method()) {
      case LOG_WALD:
        return OptionalDouble.of(
            2 * NORMAL.survivalProbability(Math.abs(logEstimate()) / logStandardError().getAsDouble()));
      case CLUSTER_ROBUST:
        return OptionalDouble.of(
            2 * TDistribution.of(degreesOfFreedom().getAsDouble())
                .survivalProbability(Math.abs(logEstimate()) / logStandardError().getAsDouble()));
      case BOOTSTRAP_PERCENTILE:
        return OptionalDouble.of(bootstrap().percentilePValue());
      case BOOTSTRAP_BCA:
        return OptionalDouble.of(bootstrap().bcaPValue());
      default:
        return OptionalDouble.of(exactPValue());
    }
  }

  /**
   * {@code min(1, 2 min(P(X <= a), P(X >= a)))} for {@code X ~ Binomial(a + b, T1 / (T1 + T0))}; the
   * tails through the regularized incomplete beta function, so counts beyond an int work.
   */
  private double exactPValue() {
    double a = after().events();
    double n = a + before().events();
    double pi = after().personYears() / (after().personYears() + before().personYears());
    // P(X <= a) = I_{1-pi}(n - a, a + 1); P(X >= a) = I_pi(a, n - a + 1); closed forms at the edges.
    double lower;
    double upper;
    if (a == 0) {
      lower = Math.exp(n * Math.log1p(-pi));
      upper = 1;
    } else if (a == n) {
      lower = 1;
      upper = Math.exp(n * Math.log(pi));
    } else {
      // check() refused n above EXACT_LIMIT here.
      lower = BetaDistribution.of(n - a, a + 1).cumulativeProbability(1 - pi);
      upper = BetaDistribution.of(a, n - a + 1).cumulativeProbability(pi);
    }
    return Math.min(1, 2 * Math.min(lower, upper));
  }

  @Value.Lazy
  PersonBootstrap bootstrap() {
    return new PersonBootstrap(personCounts().orElseThrow(), seed(), replicates());
  }

  /** Why the estimate or interval is undefined, if it is. */
  @Value.Lazy
  public Optional<String> undefinedReason() {
    long a = after().events();
    long b = before().events();
    if (a == 0 && b == 0) {
      return Optional.of("no events before or after: the rate ratio is undefined");
    }
    RateRatioMethod m = method();
    if (m == RateRatioMethod.LOG_WALD && (a == 0 || b == 0)) {
      return Optional.of("log-Wald interval is undefined when a count is 0 (use the exact method)");
    }
    if (m == RateRatioMethod.CLUSTER_ROBUST) {
      return clusteredUndefinedReason().map(r -> "the clustered interval is undefined: " + r);
    }
    if (m.isBootstrap()) {
      if (a == 0 || b == 0 || sums().orElseThrow().people() < 2) {
        return Optional.of(
            "the bootstrap interval is undefined with no events in a window or fewer than 2 young"
                + " people");
      }
      if (bootstrap().replicates.length < 2) {
        return Optional.of("fewer than 2 bootstrap replicates had any events");
      }
      if (m == RateRatioMethod.BOOTSTRAP_BCA) {
        return bootstrap().bcaUndefinedReason();
      }
    }
    return Optional.empty();
  }

  /** True when an estimate and an interval exist. */
  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** The dispersion of the person-level counts before; empty with totals only. */
  public OptionalDouble dispersionBefore() {
    return sums().isPresent() ? sums().get().dispersionBefore() : OptionalDouble.empty();
  }

  /** The dispersion of the person-level counts after; empty with totals only. */
  public OptionalDouble dispersionAfter() {
    return sums().isPresent() ? sums().get().dispersionAfter() : OptionalDouble.empty();
  }

  /** Where this interval's coverage is known to fall short, in words; empty when it is not. */
  @Value.Lazy
  public List<String> warnings() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    RateRatioMethod m = method();
    if (m.isPoisson() && isDefined()) {
      if (sums().isEmpty()) {
        out.add("Poisson interval from cohort totals: too narrow when a few young people have many"
            + " events or days come in runs (the usual case); give person-level data");
      } else {
        out.add("Poisson interval although person-level data were given (dispersion before "
            + Fmt.num(dispersionBefore()) + ", after " + Fmt.num(dispersionAfter())
            + "; 1 = Poisson): too narrow when counts are overdispersed");
      }
    }
    if (!m.isPoisson() && isDefined() && sums().orElseThrow().people() < SMALL_COHORT) {
      out.add("only " + sums().orElseThrow().people() + " young people (fewer than " + SMALL_COHORT
          + "): the interval (" + m.text() + ") can cover less than " + level()
          + " when counts are strongly overdispersed (see the coverage study)");
    }
    if (m.isBootstrap() && isDefined() && bootstrap().setAside > 0) {
      out.add(bootstrap().setAside + " of " + replicates()
          + " bootstrap replicates drew no events at all and were set aside");
    }
    return out.build();
  }

  /**
   * The Clopper-Pearson interval mapped back to the rate ratio, by beta quantiles up to {@link
   * #EXACT_LIMIT} events in all. Beyond it only the edge cases are computed, as closed forms ({@code a
   * = 0}: {@code pU = 1 - (alpha/2)^(1/n)}; {@code a = n}: {@code pL = (alpha/2)^(1/n)}).
   */
  private Interval exactConditional() {
    double a = after().events();
    double n = a + before().events();
    double alpha = level().alpha();
    double scale = before().personYears() / after().personYears();
    double piLower;
    double piUpper;
    if (n > EXACT_LIMIT && a == 0) {
      piLower = 0;
      piUpper = -Math.expm1(Math.log(alpha / 2) / n);
    } else if (n > EXACT_LIMIT && a == n) {
      piLower = Math.exp(Math.log(alpha / 2) / n);
      piUpper = 1;
    } else {
      // check() refused n above EXACT_LIMIT with 0 < a < n.
      piLower = a == 0 ? 0 : BetaDistribution.of(a, n - a + 1.0).inverseCumulativeProbability(alpha / 2);
      piUpper =
          a == n
              ? 1
              : BetaDistribution.of(a + 1.0, n - a).inverseCumulativeProbability(1 - alpha / 2);
    }
    double upper = piUpper == 1 ? Double.POSITIVE_INFINITY : piUpper / (1 - piUpper) * scale;
    return Interval.of(piLower / (1 - piLower) * scale, upper);
  }

  /**
   * The exact conditional method's beta functions lose accuracy above this many events in all
   * (before plus after); beyond it the method is refused (log-Wald and clustered intervals are exact
   * enough there).
   */
  public static final long EXACT_LIMIT = 100_000_000L;

  private void requireExactLimit(double n) {
    DomainRuleException.require(
        n <= EXACT_LIMIT,
        "requestedMethod",
        "the exact conditional method is computed for at most %s events before and after together"
            + " (%s given); use log-Wald or the clustered interval, exact enough at such counts",
        EXACT_LIMIT,
        Fmt.num(n));
  }

  private String formula() {
    switch (method()) {
      case LOG_WALD:
        return "IRR = (a/T1)/(b/T0); CI = IRR x exp(+-z sqrt(1/a + 1/b)) (log-Wald, Poisson);"
            + " p from z = ln IRR / SE";
      case CLUSTER_ROBUST:
        return "IRR = (a/T1)/(b/T0); u_i = a_i/A - Ta_i/TA - b_i/B + Tb_i/TB per young person;"
            + " SE(ln IRR) = sqrt(n/(n-1) sum u_i^2); CI = IRR x exp(+-t_{n-1} SE) (cluster-robust);"
            + " p from t = ln IRR / SE on n-1 df";
      case BOOTSTRAP_PERCENTILE:
        return "IRR = (a/T1)/(b/T0); CI: percentiles of ln IRR over young people resampled with"
            + " replacement (person bootstrap)";
      case BOOTSTRAP_BCA:
        return "IRR = (a/T1)/(b/T0); CI: BCa percentiles of ln IRR over young people resampled with"
            + " replacement (bias correction z0, jackknife acceleration)";
      default:
        return "IRR = (a/T1)/(b/T0); CI: Clopper-Pearson [pL, pU] for a of a+b,"
            + " IRR = p/(1-p) x T0/T1 (exact conditional, Poisson); p = 2 x smaller binomial tail";
    }
  }

  /** E.g. "0.46 95% CI [0.39, 0.54], p = 0.0001" or "undefined". */
  private String headline() {
    if (estimate().isEmpty()) {
      return "undefined";
    }
    return Fmt.num(estimate().getAsDouble())
        + interval().map(i -> " " + level() + " CI " + i).orElse("")
        + (pValue().isPresent() ? ", p = " + Fmt.p(pValue().getAsDouble()) : "");
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("rate ratio after vs before")
            .value(headline())
            .formula(formula())
            .putInputs("a (events after)", Long.toString(after().events()))
            .putInputs("T1 (person-years after)", Fmt.num(after().personYears()))
            .putInputs("b (events before)", Long.toString(before().events()))
            .putInputs("T0 (person-years before)", Fmt.num(before().personYears()))
            .putInputs("confidence level", level().toString())
            .putInputs("method", method() + " (requested " + requestedMethod() + ")")
            .putInputs("why this method", methodReason());
    sums()
        .ifPresent(
            s ->
                out.putInputs("young people (clusters)", Long.toString(s.people()))
                    .putInputs(
                        "dispersion before / after (1 = Poisson)",
                        Fmt.num(s.dispersionBefore()) + " / " + Fmt.num(s.dispersionAfter())));
    logStandardError().ifPresent(se -> out.putInputs("SE(ln IRR)", Fmt.num(se)));
    degreesOfFreedom().ifPresent(df -> out.putInputs("degrees of freedom", Fmt.num(df)));
    if (method().isBootstrap()) {
      out.putInputs("bootstrap", replicates() + " replicates, seed " + seed());
    }
    undefinedReason().ifPresent(r -> out.putInputs("undefined", r));
    List<String> w = warnings();
    for (int i = 0; i < w.size(); i++) {
      out.putInputs(w.size() == 1 ? "warning" : "warning " + (i + 1), w.get(i));
    }
    return out.addSteps(before().explanation(), after().explanation()).build();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RateRatio{").append(headline()).append(", ")
        .append(method());
    if (sums().isPresent()) {
      out.append(", ").append(sums().get().people()).append(" young people, dispersion ")
          .append(Fmt.num(dispersionBefore())).append('/').append(Fmt.num(dispersionAfter()));
    }
    for (String w : warnings()) {
      out.append("; warning: ").append(w);
    }
    return out.append('}').toString();
  }
}
