package org.nwd.testkit.coverage;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;
import org.nwd.stats.PersonCounts;
import org.nwd.stats.RateRatio;
import org.nwd.stats.RateRatioMethod;
import org.nwd.stats.RatioOfRateRatios;

/**
 * A coverage study of the rate-ratio intervals: for each {@link CountShape data shape} and cohort
 * size, {@link #simulations()} cohorts are simulated with a known rate ratio ({@link #rateRatio()})
 * and each interval method is asked for its interval; the share of intervals that contain the true
 * ratio is the observed coverage (nominal: {@link #level()}), reported with the mean width. With
 * {@link #ratioOfRateRatios()} it also simulates a comparison cohort of the same size and shape whose
 * rate ratio is {@link #comparisonRateRatio()}, and checks the ratio of rate ratios' intervals.
 *
 * <p>Seeded and reproducible: simulation {@code s} of a shape and size draws from {@code
 * RandomSource.XO_RO_SHI_RO_128_PP} seeded with a hash of {@code (seed, shape, size, s)}, whatever
 * else runs.
 * The Monte Carlo standard error of a coverage near 95% is about {@code sqrt(0.95 x 0.05 /
 * simulations)}, 0.5 percentage points at the default 2,000 simulations.
 *
 * <pre>{@code
 * CoverageTable table = CoverageStudy.builder().simulations(200).build().run();
 * System.out.println(table.render());
 * }</pre>
 */
// copy = true: with* methods (one per attribute, validated like build()) so a user varies a
// value without copying every setter; the generated WithCoverageStudy interface declares them.
@Value.Immutable(copy = true)
public abstract class CoverageStudy implements WithCoverageStudy {

  /** The interval methods compared by default: the default first, then by name. */
  public static final ImmutableList<RateRatioMethod> DEFAULT_METHODS =
      ImmutableList.of(
          RateRatioMethod.AUTO,
          RateRatioMethod.BOOTSTRAP_PERCENTILE,
          RateRatioMethod.BOOTSTRAP_BCA,
          RateRatioMethod.EXACT_CONDITIONAL,
          RateRatioMethod.LOG_WALD);

  /** The data shapes; all by default. */
  @Value.Default
  public List<CountShape> shapes() {
    return List.of(CountShape.values());
  }

  /** Young people per cohort; 30, 100 and 1,000 by default. */
  @Value.Default
  public List<Integer> sizes() {
    return List.of(30, 100, 1000);
  }

  /** Cohorts simulated per shape and size; 2,000 by default (Monte Carlo error 0.5 points). */
  @Value.Default
  public int simulations() {
    return 2000;
  }

  @Value.Default
  public long seed() {
    return 20240401L;
  }

  /** Bootstrap replicates per interval; 999 by default. */
  @Value.Default
  public int replicates() {
    return 999;
  }

  /** The true rate ratio after vs before; 0.5 by default (events halve). */
  @Value.Default
  public double rateRatio() {
    return 0.5;
  }

  /** Events (for days in runs: runs) per person-year before; 2 by default. */
  @Value.Default
  public double eventsPerYear() {
    return 2;
  }

  /** The interval methods of the rate ratio; {@link #DEFAULT_METHODS} by default. */
  @Value.Default
  public List<RateRatioMethod> methods() {
    return DEFAULT_METHODS;
  }

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /** Whether to study the ratio of rate ratios against a comparison cohort too; true by default. */
  @Value.Default
  public boolean ratioOfRateRatios() {
    return true;
  }

  /**
   * Whether to add the clustered interval without its small-sample corrections (HC0 variance, normal
   * quantile), the evidence for the corrections the default uses; true by default.
   */
  @Value.Default
  public boolean uncorrectedVariant() {
    return true;
  }

  /** The method label of {@link #uncorrectedVariant()}. */
  public static final String UNCORRECTED =
      "cluster-robust without n/(n-1) and t (HC0, normal; not offered)";

  /** The comparison cohort's true rate ratio; 0.8 by default (true ratio of ratios 0.625). */
  @Value.Default
  public double comparisonRateRatio() {
    return 0.8;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!shapes().isEmpty(), "shapes", "no data shapes given");
    DomainRuleException.require(!methods().isEmpty(), "methods", "no interval methods given");
    DomainRuleException.require(!sizes().isEmpty(), "sizes", "no cohort sizes given");
    for (int n : sizes()) {
      DomainRuleException.require(n >= 2, "sizes", "cohort size %s must be at least 2", n);
    }
    DomainRuleException.require(
        simulations() >= 1, "simulations", "simulations %s must be at least 1", simulations());
    DomainRuleException.require(
        replicates() >= 100, "replicates", "replicates %s must be at least 100", replicates());
    for (double r : new double[] {rateRatio(), comparisonRateRatio(), eventsPerYear()}) {
      DomainRuleException.require(
          Double.isFinite(r) && r > 0,
          "rateRatio",
          "rate ratios and events per year must be finite and above 0: %s",
          r);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoverageStudy}; every setting has a default. */
  public static final class Builder extends ImmutableCoverageStudy.Builder {}

  /** Runs the study: one row per shape, size and method (and per ratio-of-ratios method). */
  public CoverageTable run() {
    ImmutableList.Builder<CoverageRow> rows = ImmutableList.builder();
    for (CountShape shape : shapes()) {
      for (int n : sizes()) {
        Tally[] rr = tallies(methods().size());
        Tally plainSandwich = new Tally();
        Tally[] rrr = tallies(2);
        for (int s = 0; s < simulations(); s++) {
          UniformRandomProvider rng =
              RandomSource.XO_RO_SHI_RO_128_PP.create(cellSeed(seed(), shape.ordinal(), n, s));
          PersonCounts treated = CohortSimulator.simulate(shape, n, eventsPerYear(), rateRatio(), rng);
          long bootstrapSeed = rng.nextLong();
          for (int m = 0; m < methods().size(); m++) {
            rr[m].add(rateRatioInterval(treated, methods().get(m), bootstrapSeed), rateRatio());
          }
          if (uncorrectedVariant()) {
            plainSandwich.add(uncorrected(treated), rateRatio());
          }
          if (ratioOfRateRatios()) {
            PersonCounts comparison =
                CohortSimulator.simulate(shape, n, eventsPerYear(), comparisonRateRatio(), rng);
            double truth = rateRatio() / comparisonRateRatio();
            rrr[0].add(ratioInterval(treated, comparison, RateRatioMethod.AUTO), truth);
            rrr[1].add(ratioInterval(treated, comparison, RateRatioMethod.LOG_WALD), truth);
          }
        }
        for (int m = 0; m < methods().size(); m++) {
          rows.add(rr[m].row(CoverageRow.RATE_RATIO, shape, n, methodLabel(methods().get(m))));
        }
        if (uncorrectedVariant()) {
          rows.add(plainSandwich.row(CoverageRow.RATE_RATIO, shape, n, UNCORRECTED));
        }
        if (ratioOfRateRatios()) {
          rows.add(rrr[0].row(CoverageRow.RATIO_OF_RATE_RATIOS, shape, n,
              methodLabel(RateRatioMethod.AUTO)));
          rows.add(rrr[1].row(CoverageRow.RATIO_OF_RATE_RATIOS, shape, n,
              methodLabel(RateRatioMethod.LOG_WALD)));
        }
      }
    }
    return CoverageTable.of(this, rows.build());
  }

  /**
   * One seed per simulation, mixed from the study seed, shape, size and index with the SplitMix64
   * finaliser, so that every simulation draws an unrelated stream (the generator expands a long seed
   * with SplitMix64 too).
   */
  static long cellSeed(long seed, int shape, int n, int simulation) {
    long h = mix(seed);
    h = mix(h ^ shape);
    h = mix(h ^ n);
    return mix(h ^ simulation);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** "default (cluster-robust)" for AUTO, else the method in words. */
  static String methodLabel(RateRatioMethod m) {
    return m == RateRatioMethod.AUTO ? "default (" + RateRatioMethod.CLUSTER_ROBUST.text() + ")" : m.text();
  }

  private Optional<Interval> rateRatioInterval(
      PersonCounts people, RateRatioMethod method, long bootstrapSeed) {
    RateRatio rr =
        method.isBootstrap()
            ? RateRatio.of(people, level(), method, bootstrapSeed, replicates())
            : RateRatio.of(people.sums(), level(), method);
    return rr.interval();
  }

  /**
   * The clustered interval without its small-sample corrections: the HC0 variance {@code Σ u_i²} and
   * the normal quantile, recovered from the default's standard error ({@code SE² (n - 1)/n}).
   */
  private Optional<Interval> uncorrected(PersonCounts people) {
    RateRatio rr = RateRatio.of(people.sums(), level(), RateRatioMethod.CLUSTER_ROBUST);
    if (!rr.isDefined()) {
      return Optional.empty();
    }
    double n = people.people();
    double half = level().z() * rr.logStandardError().getAsDouble() * Math.sqrt((n - 1) / n);
    double centre = Math.log(rr.estimate().getAsDouble());
    return Optional.of(Interval.of(Math.exp(centre - half), Math.exp(centre + half)));
  }

  private Optional<Interval> ratioInterval(
      PersonCounts treated, PersonCounts comparison, RateRatioMethod method) {
    return RatioOfRateRatios.of(treated.sums(), comparison.sums(), level(), method).interval();
  }

  private static Tally[] tallies(int n) {
    Tally[] out = new Tally[n];
    for (int i = 0; i < n; i++) {
      out[i] = new Tally();
    }
    return out;
  }

  /** Counts for one cell of the table. */
  private static final class Tally {
    long runs;
    long covered;
    long undefined;
    double widthSum;
    long widths;

    void add(Optional<Interval> interval, double truth) {
      runs++;
      if (interval.isEmpty()) {
        undefined++;
        return;
      }
      Interval i = interval.get();
      if (i.contains(truth)) {
        covered++;
      }
      widthSum += i.upper() - i.lower();
      widths++;
    }

    CoverageRow row(String estimand, CountShape shape, int n, String method) {
      return CoverageRow.builder()
          .estimand(estimand)
          .shape(shape)
          .people(n)
          .method(method)
          .simulations(runs)
          .covered(covered)
          .undefined(undefined)
          .meanWidth(widths == 0 ? Double.NaN : widthSum / widths)
          .build();
    }
  }
}
