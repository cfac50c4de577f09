package org.nwd.cost;

import java.math.BigDecimal;

/**
 * The cost model's arithmetic, written once and evaluated two ways: exactly in {@link BigDecimal}
 * ({@link #EXACT}, for {@link CostAvoidanceModel} and {@link Sensitivity}) and in doubles ({@link
 * #FAST}, for {@link MonteCarlo}), so the two cannot drift apart.
 */
final class Formula {
  private Formula() {}

  /** The few operations the formulas need. */
  interface Arithmetic<T> {
    T zero();

    T one();

    T minus(T a, T b);

    T times(T a, T b);

    T pow(T base, int exponent);
  }

  /** Exact: every product and power in BigDecimal, no rounding. */
  static final Arithmetic<BigDecimal> EXACT =
      new Arithmetic<>() {
        @Override
        public BigDecimal zero() {
          return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal one() {
          return BigDecimal.ONE;
        }

        @Override
        public BigDecimal minus(BigDecimal a, BigDecimal b) {
          return a.subtract(b);
        }

        @Override
        public BigDecimal times(BigDecimal a, BigDecimal b) {
          return a.multiply(b);
        }

        @Override
        public BigDecimal pow(BigDecimal base, int exponent) {
          return base.pow(exponent);
        }
      };

  /** Doubles, for simulation. */
  static final Arithmetic<Double> FAST =
      new Arithmetic<>() {
        @Override
        public Double zero() {
          return 0.0;
        }

        @Override
        public Double one() {
          return 1.0;
        }

        @Override
        public Double minus(Double a, Double b) {
          return a - b;
        }

        @Override
        public Double times(Double a, Double b) {
          return a * b;
        }

        @Override
        public Double pow(Double base, int exponent) {
          return Math.pow(base, exponent);
        }
      };

  /**
   * Additionality (methods.md §3.2): {@code A* = A × (1 - d) × (1 - disp) × (1 - att)}, applied in
   * that order; deadweight is skipped when the events come from a comparison group.
   */
  static <T> T netEvents(
      Arithmetic<T> x,
      T events,
      T deadweight,
      T displacement,
      T attribution,
      boolean skipDeadweight) {
    T keepD = skipDeadweight ? x.one() : x.minus(x.one(), deadweight);
    return x.times(
        x.times(x.times(events, keepD), x.minus(x.one(), displacement)),
        x.minus(x.one(), attribution));
  }

  /** The optimism-bias cut to benefits (methods.md §3.4): {@code 1 - OB}. */
  static <T> T keepAfterOptimismBias(Arithmetic<T> x, T optimismBias) {
    return x.minus(x.one(), optimismBias);
  }

  /**
   * Lag and drop-off (methods.md §3.5): the share of the first-year effect in benefit year {@code k},
   * 0 within the lag ({@code k <= L}), then {@code (1 - p)^(k - 1 - L)}.
   */
  static <T> T profile(Arithmetic<T> x, int k, int lag, T dropOff) {
    if (k <= lag) {
      return x.zero();
    }
    return x.pow(x.minus(x.one(), dropOff), k - 1 - lag);
  }
}
