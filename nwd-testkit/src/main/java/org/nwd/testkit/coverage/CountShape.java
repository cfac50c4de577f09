package org.nwd.testkit.coverage;

/**
 * How a simulated cohort's person-level counts look. Every shape keeps each young person's before and
 * after together; the heterogeneous shapes give each young person a frailty per window, gamma with
 * mean 1 and variance {@link #dispersion()}, the two windows' frailties correlated 0.5 (a shared gamma
 * component), so a window's counts are negative binomial with {@code Var = mu + dispersion x mu²}
 * (gamma-Poisson) and a young person who goes missing often before tends to go missing often after.
 */
public enum CountShape {
  /** Every young person has the same rate: Poisson counts, the Poisson intervals' own model. */
  POISSON("pure Poisson", 0, false),
  /** Gamma-Poisson, dispersion 1 (variance = mean + mean²). */
  GAMMA_POISSON_1("gamma-Poisson, dispersion 1", 1, false),
  /** Gamma-Poisson, dispersion 2. */
  GAMMA_POISSON_2("gamma-Poisson, dispersion 2", 2, false),
  /** Gamma-Poisson, dispersion 5: most young people have few events, a handful dozens. */
  GAMMA_POISSON_5("gamma-Poisson, dispersion 5", 5, false),
  /**
   * Days in a state that come in runs: runs start as gamma-Poisson events (dispersion 1) and each run
   * lasts 1 + Geometric days (mean 10), clipped to the days at risk; the measure counts days.
   */
  DAYS_IN_RUNS("days in runs (mean run 10 days, dispersion 1)", 1, true);

  /** Mean length of a run in {@link #DAYS_IN_RUNS}, in days. */
  public static final double MEAN_RUN_DAYS = 10;

  private final String text;
  private final double dispersion;
  private final boolean daysInRuns;

  CountShape(String text, double dispersion, boolean daysInRuns) {
    this.text = text;
    this.dispersion = dispersion;
    this.daysInRuns = daysInRuns;
  }

  /** The shape in words, for tables. */
  public String text() {
    return text;
  }

  /** The variance of the gamma frailty (0: none, pure Poisson). */
  public double dispersion() {
    return dispersion;
  }

  /** True when the counts are days in runs rather than events. */
  public boolean daysInRuns() {
    return daysInRuns;
  }
}
