package org.nwd.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The noncentral t distribution {@code T = (Z + delta) / sqrt(V / df)}, {@code Z ~ N(0, 1)}, {@code V
 * ~ chi^2(df)}, and the inversion of its CDF in {@code delta} (confidence limits for a
 * noncentrality). Apache Commons Statistics has no noncentral t, so it is here.
 *
 * <p>CDF: for {@code delta^2 / 2 <=} {@link #SERIES_LIMIT}, the Poisson-weighted incomplete-beta
 * series of Lenth (AS 243) summed outward from the Poisson mode with the recurrences of Benton and
 * Krishnamoorthy (2003, Comput. Stat. Data Anal. 43, 249-267), as R's {@code pt(t, df, ncp)} for
 * {@code |ncp| <= 37.62}. For larger {@code |delta|}, where the series needs too many terms, the
 * defining integral {@code P(T <= t) = integral phi(z) P(V >= df ((z + delta) / t)^2) dz} by
 * adaptive Simpson quadrature (R switches to a normal approximation there instead).
 */
final class NoncentralT {
  /** Largest {@code lambda = delta^2 / 2} summed by the series (|delta| about 141). */
  static final double SERIES_LIMIT = 1e4;

  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  private static final double EPS = 1e-16;

  private NoncentralT() {}

  /** {@code P(T <= t)} for {@code T} noncentral t with {@code df > 0} and noncentrality {@code delta}. */
  static double cdf(double t, double df, double delta) {
    if (t < 0) {
      return 1 - cdf(-t, df, -delta);
    }
    if (t == 0) {
      return STANDARD.cumulativeProbability(-delta);
    }
    double p =
        delta * delta / 2 <= SERIES_LIMIT ? series(t, df, delta) : integral(t, df, delta);
    return Math.min(1, Math.max(0, p));
  }

  /** AS 243 / Benton-Krishnamoorthy for {@code t > 0}. */
  private static double series(double t, double df, double delta) {
    double x = t * t / (t * t + df);
    double logX = Math.log(t * t) - Math.log(t * t + df);
    double log1mX = Math.log(df) - Math.log(t * t + df);
    double b = df / 2;
    double lambda = delta * delta / 2;
    double c = delta / Math.sqrt(2);
    int k = (int) Math.floor(lambda);
    // Poisson weights P_j = e^-l l^j / j! and Q_j = e^-l l^j / Gamma(j + 3/2) at the mode;
    // Q_k = P_k Gamma(k + 1) / Gamma(k + 3/2) = P_k B(k + 1, 1/2) / sqrt(pi).
    double logPk = lambda == 0 ? 0 : PoissonDistribution.of(lambda).logProbability(k);
    double pk = Math.exp(logPk);
    double qk = Math.exp(logPk + logBeta(k + 1.0, 0.5) - 0.5 * Math.log(Math.PI));
    double ipk = BetaDistribution.of(k + 0.5, b).cumulativeProbability(x);
    double iqk = BetaDistribution.of(k + 1.0, b).cumulativeProbability(x);
    double sum = pk * ipk + c * qk * iqk;
    double poissonSum = pk;
    // g(a) = x^a (1 - x)^b Gamma(a + b) / (Gamma(a + 1) Gamma(b)): I(a + 1) = I(a) - g(a).
    double gpk = Math.exp(logG(k + 0.5, b, logX, log1mX));
    double gqk = Math.exp(logG(k + 1.0, b, logX, log1mX));
    // Forward from the mode.
    double p = pk;
    double q = qk;
    double ip = ipk;
    double iq = iqk;
    double gp = gpk;
    double gq = gqk;
    for (int j = k + 1; ; j++) {
      ip -= gp;
      iq -= gq;
      gp *= x * (j - 0.5 + b) / (j + 0.5);
      gq *= x * (j + b) / (j + 1.0);
      p *= lambda / j;
      q *= lambda / (j + 0.5);
      double term = p * ip + c * q * iq;
      sum += term;
      poissonSum += p;
      if (j > lambda && (1 - poissonSum) * (1 + Math.abs(c)) < EPS
          || j > lambda && p < EPS * 1e-3 && Math.abs(term) < EPS * 1e-3) {
        break;
      }
    }
    // Backward from the mode.
    p = pk;
    q = qk;
    ip = ipk;
    iq = iqk;
    // g at a - 1 from g at a: g(a - 1) = g(a) a / (x (a - 1 + b)).
    gp = gpk;
    gq = gqk;
    for (int j = k - 1; j >= 0; j--) {
      gp *= (j + 1.5) / (x * (j + 0.5 + b));
      gq *= (j + 2.0) / (x * (j + 1.0 + b));
      ip += gp;
      iq += gq;
      p *= (j + 1) / lambda;
      q *= (j + 1.5) / lambda;
      double term = p * ip + c * q * iq;
      sum += term;
      if (p < EPS * 1e-3 && Math.abs(term) < EPS * 1e-3) {
        break;
      }
    }
    return STANDARD.cumulativeProbability(-delta) + sum / 2;
  }

  /** {@code ln g(a) = a ln x + b ln(1 - x) - ln a - ln B(a, b)}. */
  private static double logG(double a, double b, double logX, double log1mX) {
    return a * logX + b * log1mX - Math.log(a) - logBeta(a, b);
  }

  /** {@code ln B(a, b)} from the Beta(a, b) log density at its mean, where it is well scaled. */
  static double logBeta(double a, double b) {
    double x0 = a / (a + b);
    return (a - 1) * Math.log(x0)
        + (b - 1) * Math.log1p(-x0)
        - BetaDistribution.of(a, b).logDensity(x0);
  }

  /** The defining integral over Z for {@code t > 0}, adaptive Simpson on [-40, 40]. */
  private static double integral(double t, double df, double delta) {
    ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
    java.util.function.DoubleUnaryOperator f =
        z -> {
          double s = (z + delta) / t;
          double tail = s <= 0 ? 1 : chi.survivalProbability(df * s * s);
          return STANDARD.density(z) * tail;
        };
    double lo = -40;
    double hi = 40;
    // Split where the integrand changes fast (z = -delta) and integrate each piece adaptively.
    double cut = Math.max(lo, Math.min(hi, -delta));
    return simpson(f, lo, cut, 1e-15) + simpson(f, cut, hi, 1e-15);
  }

  private static double simpson(
      java.util.function.DoubleUnaryOperator f, double a, double b, double tolerance) {
    if (b <= a) {
      return 0;
    }
    // Start from 64 panels so narrow features are seen, then refine each adaptively.
    int panels = 64;
    double h = (b - a) / panels;
    double total = 0;
    for (int i = 0; i < panels; i++) {
      double x0 = a + i * h;
      double x1 = x0 + h;
      double fa = f.applyAsDouble(x0);
      double fb = f.applyAsDouble(x1);
      double fm = f.applyAsDouble((x0 + x1) / 2);
      total += adapt(f, x0, x1, fa, fm, fb, simpsonRule(x0, x1, fa, fm, fb), tolerance / panels, 40);
    }
    return total;
  }

  private static double simpsonRule(double a, double b, double fa, double fm, double fb) {
    return (b - a) / 6 * (fa + 4 * fm + fb);
  }

  private static double adapt(
      java.util.function.DoubleUnaryOperator f,
      double a,
      double b,
      double fa,
      double fm,
      double fb,
      double whole,
      double tolerance,
      int depth) {
    double m = (a + b) / 2;
    double lm = (a + m) / 2;
    double rm = (m + b) / 2;
    double flm = f.applyAsDouble(lm);
    double frm = f.applyAsDouble(rm);
    double left = simpsonRule(a, m, fa, flm, fm);
    double right = simpsonRule(m, b, fm, frm, fb);
    if (depth <= 0 || Math.abs(left + right - whole) <= 15 * tolerance) {
      return left + right + (left + right - whole) / 15;
    }
    return adapt(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1)
        + adapt(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
  }

  /**
   * The noncentrality {@code delta} with {@code P(T <= t | delta) = p}; the CDF falls as {@code
   * delta} rises, so the lower confidence limit of delta is {@code p = 1 - alpha/2} and the upper
   * {@code p = alpha/2}. Bracketed by expansion, then bisection to full double precision.
   */
  static double noncentrality(double t, double df, double p) {
    double lo = t - 1;
    double hi = t + 1;
    double step = 1 + Math.abs(t);
    while (cdf(t, df, lo) < p) {
      lo -= step;
      step *= 2;
    }
    step = 1 + Math.abs(t);
    while (cdf(t, df, hi) > p) {
      hi += step;
      step *= 2;
    }
    for (int i = 0; i < 200; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (cdf(t, df, mid) > p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo + (hi - lo) / 2;
  }
}
