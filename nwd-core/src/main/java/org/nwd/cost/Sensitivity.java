package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-way sensitivity: each uncertain input is set to its low and then its high value with everything
 * else central, and the NPV of the chosen case recomputed exactly. The inputs are each measure's
 * uncertain {@link Estimate}s, its lag and benefit horizon where a range is stated, and each unit cost
 * (times the low and high multiplier of its grade's range, {@link Appraisal#unitCostRanges()}). The
 * bars come back longest first (tornado order).
 */
public final class Sensitivity {
  private Sensitivity() {}

  /** Which case's NPV to report. */
  public enum Case {
    FINANCIAL,
    WIDER
  }

  public static ImmutableList<TornadoBar> oneWay(Appraisal appraisal, Case which) {
    Plan plan = Plan.compile(appraisal);
    List<TornadoBar> bars = new ArrayList<>();
    for (Plan.MeasurePlan m : plan.measures) {
      for (Assumption w : Assumption.ESTIMATES) {
        Estimate e = m.estimate(w);
        if (e.isFixed()) {
          continue;
        }
        bars.add(
            bar(m.code(), w, e.low(), e.high())
                .npvAtLow(npv(plan.evaluate(Plan.override(m.code(), w, e.low())), which))
                .npvAtHigh(npv(plan.evaluate(Plan.override(m.code(), w, e.high())), which))
                .build());
      }
      for (Assumption w : new Assumption[] {Assumption.LAG, Assumption.BENEFIT_YEARS}) {
        int[] r = m.years(w);
        if (r[0] == r[2]) {
          continue;
        }
        bars.add(
            bar(m.code(), w, BigDecimal.valueOf(r[0]), BigDecimal.valueOf(r[2]))
                .npvAtLow(npv(plan.evaluate(Plan.overrideYears(m.code(), w, r[0])), which))
                .npvAtHigh(npv(plan.evaluate(Plan.overrideYears(m.code(), w, r[2])), which))
                .build());
      }
    }
    for (Plan.UnitCostPlan c : plan.unitCosts) {
      if (c.range.isFixed()) {
        continue;
      }
      bars.add(
          bar(String.join(", ", c.measures), Assumption.UNIT_COST, c.range.low(), c.range.high())
              .unitCost(c.key())
              .npvAtLow(npv(plan.evaluate(Plan.overrideUnitCost(c.key(), c.range.low())), which))
              .npvAtHigh(npv(plan.evaluate(Plan.overrideUnitCost(c.key(), c.range.high())), which))
              .build());
    }
    bars.sort(Comparator.comparing(TornadoBar::swing).reversed());
    return ImmutableList.copyOf(bars);
  }

  private static TornadoBar.Builder bar(
      String measures, Assumption which, BigDecimal low, BigDecimal high) {
    return TornadoBar.builder().measureCode(measures).assumption(which).lowValue(low).highValue(high);
  }

  static Money npv(CostAvoidanceResult r, Case which) {
    return (which == Case.FINANCIAL ? r.financialCase() : r.widerCase()).netPresentValue();
  }
}
