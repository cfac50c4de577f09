package org.nwd.cost;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.nwd.DomainRuleException;

/**
 * Seeded Monte Carlo over the assumption ranges and event counts of an appraisal. Each uncertain
 * {@link Estimate} is drawn from a triangular distribution (low, central, high), independently per
 * measure and iteration; fixed estimates stay fixed. Lag, horizon, unit costs and programme costs are
 * held at their stated values. The same seed gives the same answer (XO_RO_SHI_RO_128_PP generator).
 *
 * <p>The inner loop runs in doubles for speed; with every estimate fixed it reproduces the exact
 * deterministic result to floating-point accuracy.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /** Runs {@code iterations} draws with {@code seed}. */
  public static MonteCarloResult run(Appraisal appraisal, int iterations, long seed) {
    DomainRuleException.require(
        iterations >= 1, "iterations", "iterations is %s: must be at least 1", iterations);
    Plan plan = Plan.compile(appraisal);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int nm = plan.measures.size();
    int horizon = plan.horizon;
    int first = appraisal.firstBenefitYear();
    double[] df = new double[horizon + 1];
    for (int t = 0; t <= horizon; t++) {
      df[t] = plan.discountFactors[t].doubleValue();
    }
    double pvCosts = plan.costPresentValue.toDouble();
    // Per measure: cost per event summed over fiscal components and over wider-case components.
    double[] fiscalPerEvent = new double[nm];
    double[] widerPerEvent = new double[nm];
    boolean[] skipD = new boolean[nm];
    int[] lag = new int[nm];
    int[] years = new int[nm];
    ContinuousDistribution.Sampler[][] samplers =
        new ContinuousDistribution.Sampler[nm][Assumption.values().length];
    double[][] fixed = new double[nm][Assumption.values().length];
    for (int i = 0; i < nm; i++) {
      Plan.MeasurePlan m = plan.measures.get(i);
      for (Plan.Component c : m.components) {
        double v = c.costPerEvent.doubleValue();
        if (c.unitCost.valueType() == ValueType.FISCAL) {
          fiscalPerEvent[i] += v;
        }
        if (c.inWiderCase) {
          widerPerEvent[i] += v;
        }
      }
      skipD[i] = m.skipDeadweight;
      lag[i] = m.lag;
      years[i] = m.benefitYears;
      for (Assumption w : Assumption.values()) {
        Estimate e = m.estimate(w);
        fixed[i][w.ordinal()] = e.central().doubleValue();
        if (!e.isFixed()) {
          samplers[i][w.ordinal()] =
              TriangularDistribution.of(
                      e.low().doubleValue(), e.central().doubleValue(), e.high().doubleValue())
                  .createSampler(rng);
        }
      }
    }
    double[] finNpv = new double[iterations];
    double[] widNpv = new double[iterations];
    double[] finBcr = new double[iterations];
    double[] widBcr = new double[iterations];
    double[] v = new double[Assumption.values().length];
    for (int it = 0; it < iterations; it++) {
      double fin = 0;
      double wid = 0;
      for (int i = 0; i < nm; i++) {
        for (int w = 0; w < v.length; w++) {
          v[w] = samplers[i][w] == null ? fixed[i][w] : samplers[i][w].sample();
        }
        double keepD = skipD[i] ? 1 : 1 - v[Assumption.DEADWEIGHT.ordinal()];
        double base =
            v[Assumption.EVENTS.ordinal()]
                * keepD
                * (1 - v[Assumption.DISPLACEMENT.ordinal()])
                * (1 - v[Assumption.ATTRIBUTION.ordinal()])
                * (1 - v[Assumption.OPTIMISM_BIAS.ordinal()]);
        double keep = 1 - v[Assumption.DROP_OFF.ordinal()];
        double prof = 1;
        double discounted = 0;
        for (int k = lag[i] + 1; k <= years[i]; k++) {
          discounted += prof * df[first + k - 1];
          prof *= keep;
        }
        fin += base * fiscalPerEvent[i] * discounted;
        wid += base * widerPerEvent[i] * discounted;
      }
      finNpv[it] = fin - pvCosts;
      widNpv[it] = wid - pvCosts;
      finBcr[it] = fin / pvCosts;
      widBcr[it] = wid / pvCosts;
    }
    boolean hasCosts = pvCosts > 0;
    MonteCarloResult.Builder b =
        MonteCarloResult.builder()
            .iterations(iterations)
            .seed(seed)
            .financialNpv(summary(finNpv))
            .widerNpv(summary(widNpv));
    if (hasCosts) {
      b.financialBcr(summary(finBcr)).widerBcr(summary(widBcr));
    }
    return b.build();
  }

  private static Distribution summary(double[] values) {
    Arrays.sort(values);
    return Distribution.of(values);
  }

  /** The assumptions that vary (not fixed) in {@code appraisal}, for reporting. */
  public static List<String> uncertainInputs(Appraisal appraisal) {
    Plan plan = Plan.compile(appraisal);
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (Plan.MeasurePlan m : plan.measures) {
      for (Assumption w : Assumption.values()) {
        if (!m.estimate(w).isFixed()) {
          out.add(m.code() + " " + w);
        }
      }
    }
    return out;
  }
}
