package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-way sensitivity: each uncertain assumption of each measure is set to its low and then its high
 * value with everything else central, and the NPV of the chosen case recomputed exactly. The bars come
 * back longest first (tornado order).
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
      for (Assumption w : Assumption.values()) {
        Estimate e = m.estimate(w);
        if (e.isFixed()) {
          continue;
        }
        bars.add(
            TornadoBar.builder()
                .measureCode(m.code())
                .assumption(w)
                .lowValue(e.low())
                .highValue(e.high())
                .npvAtLow(npv(plan.evaluate(Plan.override(m.code(), w, e.low())), which))
                .npvAtHigh(npv(plan.evaluate(Plan.override(m.code(), w, e.high())), which))
                .build());
      }
    }
    bars.sort(Comparator.comparing(TornadoBar::swing).reversed());
    return ImmutableList.copyOf(bars);
  }

  static Money npv(CostAvoidanceResult r, Case which) {
    return (which == Case.FINANCIAL ? r.financialCase() : r.widerCase()).netPresentValue();
  }
}
