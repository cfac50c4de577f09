package org.nwd.cost;

/**
 * The deterministic, exact cost-avoidance calculation (methods.md §3): events avoided, additionality
 * ({@code × (1-d)(1-disp)(1-att)}, deadweight skipped for difference-in-differences), unit costs
 * uprated to the price base ({@code × I[B]/I[P]}) and converted per event, optimism bias
 * ({@code × (1-OB)}), lag and drop-off ({@code × (1-p)^(k-1-L)}), discounting ({@code × DF[t]}), then
 * the financial and wider cases. Every line carries an {@link org.nwd.Explanation}.
 */
public final class CostAvoidanceModel {
  private CostAvoidanceModel() {}

  /** Runs the appraisal at the central value of every assumption. */
  public static CostAvoidanceResult run(Appraisal appraisal) {
    return Plan.compile(appraisal).evaluate(Plan.CENTRAL);
  }
}
