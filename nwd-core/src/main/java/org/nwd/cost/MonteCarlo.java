package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.jspecify.annotations.Nullable;
import org.nwd.DomainRuleException;

/**
 * Seeded Monte Carlo over everything uncertain in an appraisal (methods.md §6): for each measure the
 * events avoided, deadweight, displacement, attribution, optimism bias and drop-off ({@link Estimate}s,
 * each drawn from a triangular distribution on (low, central, high)), the lag and the benefit horizon
 * (whole years, drawn from a triangular distribution on (low - 0.5, central, high + 0.5) and rounded
 * to the nearest year, so each year in the range can occur and the stated one is the most likely),
 * and each unit cost (times a multiplier drawn from a triangular distribution on its grade's range,
 * {@link Appraisal#unitCostRanges()}; one draw per unit cost per iteration, shared by every measure it
 * values). Fixed inputs stay fixed; programme costs are held at their stated values. Draws are
 * independent. The same seed gives the same answer (XO_RO_SHI_RO_128_PP generator).
 *
 * <p>The inner loop runs in doubles for speed with the same formulas as the exact model ({@link
 * Formula}); with every input fixed it reproduces the exact result to floating-point accuracy.
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
    int first = appraisal.firstBenefitYear();
    double[] df = new double[plan.maxHorizon + 1];
    for (int t = 0; t <= plan.maxHorizon; t++) {
      df[t] = plan.discountFactors[t].doubleValue();
    }
    double pvCosts = plan.costPresentValue.toDouble();
    int ne = Assumption.ESTIMATES.length;
    ContinuousDistribution.Sampler[][] samplers = new ContinuousDistribution.Sampler[nm][ne];
    double[][] fixed = new double[nm][ne];
    boolean[] skipDeadweight = new boolean[nm];
    ContinuousDistribution.Sampler[][] yearSamplers = new ContinuousDistribution.Sampler[nm][2];
    int[][][] yearRanges = new int[nm][2][];
    for (int i = 0; i < nm; i++) {
      Plan.MeasurePlan m = plan.measures.get(i);
      skipDeadweight[i] = m.skipDeadweight;
      for (int w = 0; w < ne; w++) {
        Estimate e = m.estimate(Assumption.ESTIMATES[w]);
        fixed[i][w] = e.central().doubleValue();
        samplers[i][w] = sampler(e, rng);
      }
      yearRanges[i][0] = m.lag;
      yearRanges[i][1] = m.benefitYears;
      for (int y = 0; y < 2; y++) {
        int[] r = yearRanges[i][y];
        if (r[0] != r[2]) {
          yearSamplers[i][y] =
              TriangularDistribution.of(r[0] - 0.5, r[1], r[2] + 0.5).createSampler(rng);
        }
      }
    }
    // Per measure and component: cost per event, unit-cost index, fiscal and wider-case flags.
    double[][] perEvent = new double[nm][];
    int[][] costIndex = new int[nm][];
    boolean[][] isFiscal = new boolean[nm][];
    boolean[][] inWider = new boolean[nm][];
    for (int i = 0; i < nm; i++) {
      List<Plan.Component> comps = plan.measures.get(i).components;
      perEvent[i] = new double[comps.size()];
      costIndex[i] = new int[comps.size()];
      isFiscal[i] = new boolean[comps.size()];
      inWider[i] = new boolean[comps.size()];
      for (int j = 0; j < comps.size(); j++) {
        Plan.Component c = comps.get(j);
        perEvent[i][j] = c.costPerEvent.doubleValue();
        costIndex[i][j] = c.cost.index;
        isFiscal[i][j] = c.unitCost().valueType() == ValueType.FISCAL;
        inWider[i][j] = c.inWiderCase;
      }
    }
    int nc = plan.unitCosts.size();
    ContinuousDistribution.Sampler[] costSamplers = new ContinuousDistribution.Sampler[nc];
    for (Plan.UnitCostPlan c : plan.unitCosts) {
      costSamplers[c.index] = sampler(c.range, rng);
    }
    double[] finNpv = new double[iterations];
    double[] widNpv = new double[iterations];
    double[] finBcr = new double[iterations];
    double[] widBcr = new double[iterations];
    double[] v = new double[ne];
    double[] factor = new double[nc];
    Formula.Arithmetic<Double> x = Formula.FAST;
    for (int it = 0; it < iterations; it++) {
      for (int c = 0; c < nc; c++) {
        factor[c] = costSamplers[c] == null ? 1.0 : costSamplers[c].sample();
      }
      double fin = 0;
      double wid = 0;
      for (int i = 0; i < nm; i++) {
        for (int w = 0; w < ne; w++) {
          v[w] = samplers[i][w] == null ? fixed[i][w] : samplers[i][w].sample();
        }
        int lag = years(yearSamplers[i][0], yearRanges[i][0]);
        int n = years(yearSamplers[i][1], yearRanges[i][1]);
        double base =
            Formula.netEvents(x, v[0], v[1], v[2], v[3], skipDeadweight[i])
                * Formula.keepAfterOptimismBias(x, v[4]);
        double discounted = 0;
        for (int k = 1; k <= n; k++) {
          discounted += Formula.profile(x, k, lag, v[5]) * df[first + k - 1];
        }
        double fiscalPerEvent = 0;
        double widerPerEvent = 0;
        for (int j = 0; j < perEvent[i].length; j++) {
          double cost = perEvent[i][j] * factor[costIndex[i][j]];
          if (isFiscal[i][j]) {
            fiscalPerEvent += cost;
          }
          if (inWider[i][j]) {
            widerPerEvent += cost;
          }
        }
        fin += base * fiscalPerEvent * discounted;
        wid += base * widerPerEvent * discounted;
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
            .widerNpv(summary(widNpv))
            .addAllVaried(varied(plan));
    if (hasCosts) {
      b.financialBcr(summary(finBcr)).widerBcr(summary(widBcr));
    }
    if (!widerCaseAdds(plan)) {
      b.widerCaseNote(
          "the unit costs used carry no economic or social values and no transfer payment is left"
              + " out, so the wider case repeats the financial case");
    }
    return b.build();
  }

  private static ContinuousDistribution.@Nullable Sampler sampler(Estimate e, UniformRandomProvider rng) {
    if (e.isFixed()) {
      return null;
    }
    return TriangularDistribution.of(
            e.low().doubleValue(), e.central().doubleValue(), e.high().doubleValue())
        .createSampler(rng);
  }

  /** A whole number of years: the stated one if fixed, else a rounded draw kept within the range. */
  private static int years(ContinuousDistribution.Sampler s, int[] range) {
    if (s == null) {
      return range[1];
    }
    long y = Math.round(s.sample());
    return (int) Math.max(range[0], Math.min(range[2], y));
  }

  private static boolean widerCaseAdds(Plan plan) {
    for (Plan.MeasurePlan m : plan.measures) {
      for (Plan.Component c : m.components) {
        if (c.unitCost().valueType() != ValueType.FISCAL || !c.inWiderCase) {
          return true;
        }
      }
    }
    return false;
  }

  private static Distribution summary(double[] values) {
    Arrays.sort(values);
    return Distribution.of(values);
  }

  /**
   * The inputs that vary (not fixed) in {@code appraisal}, for reporting: "ARRESTS EVENTS", "ARRESTS
   * LAG", "unit cost CR7.0 (FISCAL)".
   */
  public static List<String> uncertainInputs(Appraisal appraisal) {
    return varied(Plan.compile(appraisal));
  }

  static ImmutableList<String> varied(Plan plan) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Plan.MeasurePlan m : plan.measures) {
      for (Assumption w : Assumption.ESTIMATES) {
        if (!m.estimate(w).isFixed()) {
          out.add(m.code() + " " + w);
        }
      }
      for (Assumption w : new Assumption[] {Assumption.LAG, Assumption.BENEFIT_YEARS}) {
        int[] r = m.years(w);
        if (r[0] != r[2]) {
          out.add(m.code() + " " + w);
        }
      }
    }
    for (Plan.UnitCostPlan c : plan.unitCosts) {
      if (!c.range.isFixed()) {
        out.add("unit cost " + c.key());
      }
    }
    return out.build();
  }
}
