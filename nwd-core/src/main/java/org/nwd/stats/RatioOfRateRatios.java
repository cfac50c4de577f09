package org.nwd.stats;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * The ratio of rate ratios, the log-linear analogue of difference-in-differences for rates: {@code RRR
 * = (r_T,after / r_T,before) / (r_C,after / r_C,before)}, treated cohort T against comparison cohort C.
 * Assumes parallel trends on the log scale. Undefined when any of the four counts is 0.
 *
 * <p>Interval ({@link #method()}): with person-level sums for both groups the default is
 * cluster-robust, each young person a cluster: the two groups are independent, so the variances of
 * their log rate ratios add, {@code SE² = V_T + V_C} with {@code V = n/(n - 1) Σ u_i²} as in {@link
 * RateRatio}, and the reference is Student's t with Welch-Satterthwaite degrees of freedom {@code (V_T +
 * V_C)² / (V_T²/(n_T - 1) + V_C²/(n_C - 1))}. By name, or with totals only, the Poisson log-Wald
 * interval {@code SE² = 1/a_T,after + 1/a_T,before + 1/a_C,after + 1/a_C,before}, which assumes
 * independent events. The p-value (ratio 1) is the matching t- or z-test.
 */
@Value.Immutable
public abstract class RatioOfRateRatios {

  /** The method name of the Poisson log-Wald interval. */
  public static final String METHOD = "ratio of rate ratios, log-Wald";

  /** The method name of the clustered interval. */
  public static final String CLUSTERED_METHOD =
      "ratio of rate ratios, cluster-robust (young people as clusters, variances of the two groups"
          + " added, t with Welch-Satterthwaite df)";

  public abstract Rate treatedBefore();

  public abstract Rate treatedAfter();

  public abstract Rate comparisonBefore();

  public abstract Rate comparisonAfter();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /**
   * {@link RateRatioMethod#AUTO} (clustered with person sums, log-Wald otherwise), {@link
   * RateRatioMethod#CLUSTER_ROBUST} or {@link RateRatioMethod#LOG_WALD}.
   */
  @Value.Default
  public RateRatioMethod requestedMethod() {
    return RateRatioMethod.AUTO;
  }

  /** The treated cohort's person-level sums; given together with {@link #comparisonSums()}. */
  public abstract Optional<PersonCountSums> treatedSums();

  /** The comparison cohort's person-level sums. */
  public abstract Optional<PersonCountSums> comparisonSums();

  /** From totals only: the Poisson log-Wald interval. */
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

  /** From both groups' person-level sums: clustered unless {@code method} is log-Wald. */
  public static RatioOfRateRatios of(
      PersonCountSums treated,
      PersonCountSums comparison,
      ConfidenceLevel level,
      RateRatioMethod method) {
    return builder()
        .treatedBefore(RateRatio.rateOf(treated.eventsBefore(), treated.daysBefore(), "treated", level))
        .treatedAfter(RateRatio.rateOf(treated.eventsAfter(), treated.daysAfter(), "treated", level))
        .comparisonBefore(
            RateRatio.rateOf(comparison.eventsBefore(), comparison.daysBefore(), "comparison", level))
        .comparisonAfter(
            RateRatio.rateOf(comparison.eventsAfter(), comparison.daysAfter(), "comparison", level))
        .level(level)
        .requestedMethod(method)
        .treatedSums(treated)
        .comparisonSums(comparison)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatioOfRateRatios}; level defaults to 95%, the method to AUTO. */
  public static final class Builder extends ImmutableRatioOfRateRatios.Builder {}

  @Value.Check
  void check() {
    RateRatioMethod m = requestedMethod();
    DomainRuleException.require(
        m == RateRatioMethod.AUTO || m == RateRatioMethod.CLUSTER_ROBUST || m == RateRatioMethod.LOG_WALD,
        "requestedMethod",
        "the ratio of rate ratios offers auto, cluster-robust and log-Wald intervals, not %s (for a"
            + " bootstrap use DifferenceInDifferences)",
        m);
    DomainRuleException.require(
        treatedSums().isPresent() == comparisonSums().isPresent(),
        "treatedSums",
        "person-level sums must be given for both groups or for neither");
    DomainRuleException.require(
        m != RateRatioMethod.CLUSTER_ROBUST || treatedSums().isPresent(),
        "requestedMethod",
        "the cluster-robust interval needs person-level sums of both groups");
    treatedSums().ifPresent(s -> requireMatch(s, treatedBefore(), treatedAfter(), "treatedSums"));
    comparisonSums()
        .ifPresent(s -> requireMatch(s, comparisonBefore(), comparisonAfter(), "comparisonSums"));
    if (isDefined()) {
      DomainRuleException.require(
          Double.isFinite(estimate().getAsDouble()),
          "treatedAfter",
          "the ratio of rate ratios is beyond the range of a double");
    }
  }

  private static void requireMatch(PersonCountSums s, Rate before, Rate after, String field) {
    DomainRuleException.require(
        RateRatio.rateOf(s.eventsBefore(), s.daysBefore(), field, before.level()).equals(before)
            && RateRatio.rateOf(s.eventsAfter(), s.daysAfter(), field, after.level()).equals(after),
        field,
        "the rates %s and %s do not match the person sums %s",
        before,
        after,
        s);
  }

  /** Why the result is undefined, if it is. */
  @Value.Lazy
  public Optional<String> undefinedReason() {
    boolean anyZero =
        treatedBefore().events() == 0
            || treatedAfter().events() == 0
            || comparisonBefore().events() == 0
            || comparisonAfter().events() == 0;
    if (anyZero) {
      return Optional.of(
          method() == RateRatioMethod.LOG_WALD
              ? "a count is 0: the log-Wald ratio of rate ratios is undefined"
              : "a count is 0: the ratio of rate ratios is undefined on the log scale");
    }
    if (method() == RateRatioMethod.CLUSTER_ROBUST) {
      return clusteredUndefinedReason().map(r -> "the clustered interval is undefined: " + r);
    }
    return Optional.empty();
  }

  private Optional<String> clusteredUndefinedReason() {
    if (treatedSums().get().people() < 2 || comparisonSums().get().people() < 2) {
      return Optional.of("fewer than 2 young people in a group");
    }
    if (variance(treatedSums().get()) + variance(comparisonSums().get()) == 0) {
      return Optional.of("the person-level variance is 0 in both groups");
    }
    return Optional.empty();
  }

  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** The interval method used: never AUTO. */
  @Value.Lazy
  public RateRatioMethod method() {
    if (requestedMethod() != RateRatioMethod.AUTO) {
      return requestedMethod();
    }
    boolean counts =
        treatedBefore().events() > 0
            && treatedAfter().events() > 0
            && comparisonBefore().events() > 0
            && comparisonAfter().events() > 0;
    return treatedSums().isPresent() && (!counts || clusteredUndefinedReason().isEmpty())
        ? RateRatioMethod.CLUSTER_ROBUST
        : RateRatioMethod.LOG_WALD;
  }

  /** The method in words: {@link #CLUSTERED_METHOD} or {@link #METHOD}. */
  public String methodName() {
    return method() == RateRatioMethod.CLUSTER_ROBUST ? CLUSTERED_METHOD : METHOD;
  }

  /** Why {@link #method()} was used. */
  @Value.Lazy
  public String methodReason() {
    if (requestedMethod() != RateRatioMethod.AUTO) {
      return method().text() + ", requested by name"
          + (method().isPoisson() ? ": it assumes every event is independent" : "");
    }
    if (method() == RateRatioMethod.CLUSTER_ROBUST) {
      return "default with person-level data: each young person is a cluster, so the interval"
          + " holds when counts are overdispersed";
    }
    if (treatedSums().isPresent()) {
      return "the clustered interval is undefined (" + clusteredUndefinedReason().orElseThrow()
          + "), so the Poisson log-Wald interval is shown: it assumes no overdispersion";
    }
    return "only totals were given, so the Poisson log-Wald interval: it assumes every event is"
        + " independent";
  }

  /** {@code n/(n - 1) Σ u_i²} of one group. */
  private static double variance(PersonCountSums s) {
    double n = s.people();
    return s.sumOfSquaredInfluences() * n / (n - 1);
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

  private double logEstimate() {
    return logRatio(treatedBefore(), treatedAfter()) - logRatio(comparisonBefore(), comparisonAfter());
  }

  private static double logRatio(Rate before, Rate after) {
    return Math.log(after.events())
        - Math.log(after.personYears())
        - (Math.log(before.events()) - Math.log(before.personYears()));
  }

  /** {@code SE(ln RRR)}; empty when undefined. */
  @Value.Lazy
  public OptionalDouble logStandardError() {
    if (!isDefined()) {
      return OptionalDouble.empty();
    }
    if (method() == RateRatioMethod.CLUSTER_ROBUST) {
      return OptionalDouble.of(
          Math.sqrt(variance(treatedSums().get()) + variance(comparisonSums().get())));
    }
    return OptionalDouble.of(
        Math.sqrt(
            1.0 / treatedAfter().events()
                + 1.0 / treatedBefore().events()
                + 1.0 / comparisonAfter().events()
                + 1.0 / comparisonBefore().events()));
  }

  /** Welch-Satterthwaite degrees of freedom of the clustered interval; empty otherwise. */
  @Value.Lazy
  public OptionalDouble degreesOfFreedom() {
    if (!isDefined() || method() != RateRatioMethod.CLUSTER_ROBUST) {
      return OptionalDouble.empty();
    }
    double vt = variance(treatedSums().get());
    double vc = variance(comparisonSums().get());
    double nt = treatedSums().get().people();
    double nc = comparisonSums().get().people();
    return OptionalDouble.of((vt + vc) * (vt + vc) / (vt * vt / (nt - 1) + vc * vc / (nc - 1)));
  }

  private double quantile() {
    return degreesOfFreedom().isPresent()
        ? TDistribution.of(degreesOfFreedom().getAsDouble())
            .inverseCumulativeProbability(1 - level().alpha() / 2)
        : level().z();
  }

  @Value.Lazy
  public Optional<Interval> interval() {
    if (!isDefined()) {
      return Optional.empty();
    }
    double half = quantile() * logStandardError().getAsDouble();
    double rrr = estimate().getAsDouble();
    return Optional.of(Interval.of(rrr * Math.exp(-half), rrr * Math.exp(half)));
  }

  /** Two-sided p-value for "RRR = 1" (no difference in change), t- or z-test; empty when undefined. */
  @Value.Lazy
  public OptionalDouble pValue() {
    if (!isDefined()) {
      return OptionalDouble.empty();
    }
    double stat = Math.abs(logEstimate()) / logStandardError().getAsDouble();
    return OptionalDouble.of(
        2
            * (degreesOfFreedom().isPresent()
                ? TDistribution.of(degreesOfFreedom().getAsDouble()).survivalProbability(stat)
                : NormalDistribution.of(0, 1).survivalProbability(stat)));
  }

  /** Where coverage is known to fall short (at most one warning). */
  @Value.Lazy
  public List<String> warnings() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (isDefined() && method() == RateRatioMethod.LOG_WALD) {
      out.add(
          treatedSums().isPresent()
              ? "Poisson interval although person-level data were given: too narrow when counts are"
                  + " overdispersed"
              : "Poisson interval from cohort totals: too narrow when counts are overdispersed (the"
                  + " usual case); give person-level data");
    } else if (isDefined()) {
      long small = Math.min(treatedSums().get().people(), comparisonSums().get().people());
      if (small < RateRatio.SMALL_COHORT) {
        out.add("a group has only " + small + " young people (fewer than " + RateRatio.SMALL_COHORT
            + "): the clustered interval can cover less than " + level()
            + " when counts are strongly overdispersed (see the coverage study)");
      }
    }
    return out.build();
  }

  /** The method name; see {@link #methodName()}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RatioOfRateRatios{").append(headline()).append(", ")
        .append(method());
    for (String w : warnings()) {
      out.append("; warning: ").append(w);
    }
    return out.append('}').toString();
  }

  private String headline() {
    return isDefined()
        ? Fmt.num(estimate().getAsDouble()) + " " + level() + " CI " + interval().get() + ", p = "
            + Fmt.p(pValue().getAsDouble())
        : "undefined (" + undefinedReason().get() + ")";
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("ratio of rate ratios (treated vs comparison)")
            .value(headline())
            .formula(
                method() == RateRatioMethod.CLUSTER_ROBUST
                    ? "RRR = (rT_after/rT_before)/(rC_after/rC_before); SE(ln RRR) = sqrt(V_T + V_C),"
                        + " V = n/(n-1) sum u_i^2 per group (young people as clusters); CI = RRR"
                        + " exp(+-t_df SE), df Welch-Satterthwaite"
                    : "RRR = (rT_after/rT_before)/(rC_after/rC_before);"
                        + " CI = RRR exp(+-z sqrt(1/aT_after + 1/aT_before + 1/aC_after +"
                        + " 1/aC_before))")
            .putInputs("confidence level", level().toString())
            .putInputs("method", methodName())
            .putInputs("why this method", methodReason());
    treatedSums()
        .ifPresent(
            t ->
                out.putInputs(
                    "young people treated / comparison",
                    t.people() + " / " + comparisonSums().get().people()));
    logStandardError().ifPresent(se -> out.putInputs("SE(ln RRR)", Fmt.num(se)));
    degreesOfFreedom().ifPresent(df -> out.putInputs("degrees of freedom", Fmt.num(df)));
    for (String w : warnings()) {
      out.putInputs("warning", w);
    }
    return out.addSteps(
            treatedBefore().explanation(),
            treatedAfter().explanation(),
            comparisonBefore().explanation(),
            comparisonAfter().explanation())
        .build();
  }
}
