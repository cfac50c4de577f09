package org.nwd.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * Difference-in-differences of pooled rates per person-year, {@code DiD = (r_T,after - r_T,before) -
 * (r_C,after - r_C,before)}, where each group's rate is its total events over its total person-years.
 *
 * <p>Interval: percentile bootstrap resampling <b>people</b> with replacement, separately within the
 * treated and the comparison group, keeping each person's before and after together; {@link
 * #replicates()} resamples from {@code RandomSource.XO_RO_SHI_RO_128_PP} seeded with {@link
 * #seed()}, so the same inputs and seed always give the same interval. The bounds are the {@code
 * alpha/2} and {@code 1 - alpha/2} quantiles of the replicates, interpolated as R's default {@code
 * quantile(type = 7)}. Also offers the {@link #ratioOfRateRatios()}. Assumes parallel trends.
 */
@Value.Immutable
public abstract class DifferenceInDifferences {

  /** The default number of bootstrap replicates. */
  public static final int DEFAULT_REPLICATES = 2000;

  public abstract List<PersonPeriods> treated();

  public abstract List<PersonPeriods> comparison();

  /** The bootstrap seed. */
  public abstract long seed();

  @Value.Default
  public int replicates() {
    return DEFAULT_REPLICATES;
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!treated().isEmpty(), "treated", "the treated group is empty");
    DomainRuleException.require(
        !comparison().isEmpty(), "comparison", "the comparison group is empty");
    DomainRuleException.require(
        replicates() >= 100, "replicates", "replicates %s must be at least 100", replicates());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DifferenceInDifferences}; 2000 replicates and 95% unless set. */
  public static final class Builder extends ImmutableDifferenceInDifferences.Builder {}

  public Rate treatedBefore() {
    return rate(treated(), false);
  }

  public Rate treatedAfter() {
    return rate(treated(), true);
  }

  public Rate comparisonBefore() {
    return rate(comparison(), false);
  }

  public Rate comparisonAfter() {
    return rate(comparison(), true);
  }

  private Rate rate(List<PersonPeriods> group, boolean after) {
    long events = 0;
    double days = 0;
    for (PersonPeriods p : group) {
      events += after ? p.eventsAfter() : p.eventsBefore();
      days += after ? p.daysAtRiskAfter() : p.daysAtRiskBefore();
    }
    return Rate.ofDays(events, days, level());
  }

  /** The DiD point estimate in events per person-year. */
  @Value.Lazy
  public double estimate() {
    return treatedAfter().rate()
        - treatedBefore().rate()
        - (comparisonAfter().rate() - comparisonBefore().rate());
  }

  /** The sorted bootstrap replicates of the DiD. */
  @Value.Lazy
  double[] bootstrapReplicates() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed());
    double[] out = new double[replicates()];
    for (int r = 0; r < out.length; r++) {
      out[r] = resampledChange(treated(), rng) - resampledChange(comparison(), rng);
    }
    Arrays.sort(out);
    return out;
  }

  private static double resampledChange(List<PersonPeriods> group, UniformRandomProvider rng) {
    long eventsBefore = 0;
    long eventsAfter = 0;
    double daysBefore = 0;
    double daysAfter = 0;
    for (int i = 0; i < group.size(); i++) {
      PersonPeriods p = group.get(rng.nextInt(group.size()));
      eventsBefore += p.eventsBefore();
      eventsAfter += p.eventsAfter();
      daysBefore += p.daysAtRiskBefore();
      daysAfter += p.daysAtRiskAfter();
    }
    return (eventsAfter / daysAfter - eventsBefore / daysBefore) * Rate.DAYS_PER_YEAR;
  }

  /** The percentile bootstrap interval for the DiD. */
  @Value.Lazy
  public Interval interval() {
    double[] sorted = bootstrapReplicates();
    double alpha = level().alpha();
    return Interval.of(quantile(sorted, alpha / 2), quantile(sorted, 1 - alpha / 2));
  }

  /** R's type 7: {@code h = (n - 1) p}, linear between the order statistics around h. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The ratio of rate ratios with its default interval: clustered from the people's sums when their
   * days at risk are whole days (as in the impact analysis), log-Wald otherwise.
   */
  public RatioOfRateRatios ratioOfRateRatios() {
    return ratioOfRateRatios(RateRatioMethod.AUTO);
  }

  /** The ratio of rate ratios with the interval {@code method} (AUTO, CLUSTER_ROBUST or LOG_WALD). */
  public RatioOfRateRatios ratioOfRateRatios(RateRatioMethod method) {
    Optional<PersonCountSums> t = PersonCountSums.ofWholeDays(treated());
    Optional<PersonCountSums> c = PersonCountSums.ofWholeDays(comparison());
    RatioOfRateRatios.Builder out =
        RatioOfRateRatios.builder()
            .treatedBefore(treatedBefore())
            .treatedAfter(treatedAfter())
            .comparisonBefore(comparisonBefore())
            .comparisonAfter(comparisonAfter())
            .level(level())
            .requestedMethod(method);
    if (method != RateRatioMethod.LOG_WALD && t.isPresent() && c.isPresent()) {
      out.treatedSums(t.get()).comparisonSums(c.get());
    }
    return out.build();
  }

  /**
   * Fewer young people than this in a group: the percentile bootstrap of a difference-in-differences
   * is known to cover less than nominal, and the result says so.
   */
  public static final int SMALL_GROUP = 30;

  /** Where the bootstrap interval's coverage is known to fall short. */
  public List<String> warnings() {
    int small = Math.min(treated().size(), comparison().size());
    return small < SMALL_GROUP
        ? List.of("a group has only " + small + " young people (fewer than " + SMALL_GROUP
            + "): a percentile bootstrap over so few people covers less than " + level()
            + "; read the interval as too narrow")
        : List.of();
  }

  public String method() {
    return "difference-in-differences of pooled rates, percentile bootstrap over people ("
        + replicates()
        + " replicates, seed "
        + seed()
        + ")";
  }

  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label("difference-in-differences, events per person-year")
            .value(Fmt.num(estimate()) + " " + level() + " CI " + interval())
            .formula("(rT_after - rT_before) - (rC_after - rC_before); " + method())
            .putInputs("treated people", Integer.toString(treated().size()))
            .putInputs("comparison people", Integer.toString(comparison().size()))
            .putInputs("seed", Long.toString(seed()))
            .putInputs("replicates", Integer.toString(replicates()));
    for (String w : warnings()) {
      out.putInputs("warning", w);
    }
    return out
        .addSteps(
            treatedBefore().explanation(),
            treatedAfter().explanation(),
            comparisonBefore().explanation(),
            comparisonAfter().explanation())
        .build();
  }

  @Override
  public String toString() {
    return "DifferenceInDifferences{" + explanation().value()
        + (warnings().isEmpty() ? "" : "; warning: " + warnings().get(0)) + "}";
  }
}
