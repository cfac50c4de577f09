package org.nwd.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Maps a numeric domain {@code [d0, d1]} linearly onto a pixel range {@code [r0, r1]} (which may run
 * backwards, as a y axis does), with "nice" ticks at 1, 2 or 5 times a power of ten.
 */
final class LinearScale {
  private final double d0;
  private final double d1;
  private final double r0;
  private final double r1;

  LinearScale(double d0, double d1, double r0, double r1) {
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
    return new LinearScale(niceLo.doubleValue(), niceHi.doubleValue(), r0, r1);
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
    BigDecimal step = step(d0, d1, count);
    BigDecimal first = BigDecimal.valueOf(d0).divide(step, 0, RoundingMode.CEILING);
    BigDecimal last = BigDecimal.valueOf(d1).divide(step, 0, RoundingMode.FLOOR);
    ImmutableList.Builder<BigDecimal> out = ImmutableList.builder();
    for (BigDecimal i = first; i.compareTo(last) <= 0; i = i.add(BigDecimal.ONE)) {
      out.add(i.multiply(step));
    }
    return out.build();
  }
}
