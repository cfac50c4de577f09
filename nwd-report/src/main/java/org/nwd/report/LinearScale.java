package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Maps a numeric domain {@code [d0, d1]} linearly onto a pixel range {@code [r0, r1]} (which may run
 * backwards, as a y axis does), with "nice" ticks at 1, 2 or 5 times a power of ten.
 */
final class LinearScale {
  private final double d0;
  private final double d1;
  private final double r0;
  private final double r1;

  /** Exact domain ends and the step a nice scale was built with (null for a plain scale). */
  private final BigDecimal exactMin;

  private final BigDecimal exactMax;
  private final @Nullable BigDecimal niceStep;
  private final int niceCount;

  LinearScale(double d0, double d1, double r0, double r1) {
    this(d0, d1, r0, r1, BigDecimal.valueOf(d0), BigDecimal.valueOf(d1), null, 0);
  }

  private LinearScale(
      double d0,
      double d1,
      double r0,
      double r1,
      BigDecimal exactMin,
      BigDecimal exactMax,
      @Nullable BigDecimal niceStep,
      int niceCount) {
    this.exactMin = exactMin;
    this.exactMax = exactMax;
    this.niceStep = niceStep;
    this.niceCount = niceCount;
    if (!(d1 > d0)) {
      throw new IllegalArgumentException("scale domain [" + d0 + ", " + d1 + "] is empty");
    }
    this.d0 = d0;
    this.d1 = d1;
    this.r0 = r0;
    this.r1 = r1;
  }

  /**
   * A scale over the data extent {@code [lo, hi]} widened to whole tick steps for about {@code count}
   * ticks; a zero-width extent is widened to one unit first.
   */
  static LinearScale nice(double lo, double hi, int count, double r0, double r1) {
    if (hi <= lo) {
      hi = lo + 1;
    }
    BigDecimal step = step(lo, hi, count);
    BigDecimal niceLo = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal niceHi = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
    return new LinearScale(
        niceLo.doubleValue(), niceHi.doubleValue(), r0, r1, niceLo, niceHi, step, count);
  }

  /**
   * The tick step for about {@code count} ticks over {@code [lo, hi]}: 1, 2, 5 or 10 times a power of
   * ten, chosen as the one nearest (on a log scale) to {@code (hi - lo) / count}.
   */
  static BigDecimal step(double lo, double hi, int count) {
    double raw = (hi - lo) / count;
    int exponent = (int) Math.floor(Math.log10(raw));
    double error = raw / Math.pow(10, exponent);
    int mantissa;
    if (error >= Math.sqrt(50)) {
      mantissa = 10;
    } else if (error >= Math.sqrt(10)) {
      mantissa = 5;
    } else if (error >= Math.sqrt(2)) {
      mantissa = 2;
    } else {
      mantissa = 1;
    }
    return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
  }

  double domainMin() {
    return d0;
  }

  double domainMax() {
    return d1;
  }

  /** The pixel position of {@code x}. */
  double apply(double x) {
    return r0 + (x - d0) / (d1 - d0) * (r1 - r0);
  }

  /** Tick values inside the domain, exact decimals so their labels print without float noise. */
  ImmutableList<BigDecimal> ticks(int count) {
    // The exact ends and the nice step: the double ends can fall a hair inside the last tick when the
    // extent is tiny next to its offset, which would drop a tick.
    BigDecimal step = niceStep != null && count == niceCount ? niceStep : step(d0, d1, count);
    BigDecimal first = exactMin.divide(step, 0, RoundingMode.CEILING);
    BigDecimal last = exactMax.divide(step, 0, RoundingMode.FLOOR);
    ImmutableList.Builder<BigDecimal> out = ImmutableList.builder();
    for (BigDecimal i = first; i.compareTo(last) <= 0; i = i.add(BigDecimal.ONE)) {
      out.add(i.multiply(step));
    }
    return out.build();
  }
}
