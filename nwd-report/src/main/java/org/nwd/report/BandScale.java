package org.nwd.report;

/** Splits a pixel range into {@code n} equal bands, one per category, with padding inside each. */
final class BandScale {
  private final int n;
  private final double r0;
  private final double step;
  private final double padding;

  /** {@code padding} is the share of each band left empty, half on each side. */
  BandScale(int n, double r0, double r1, double padding) {
    if (n < 1) {
      throw new IllegalArgumentException("a band scale needs at least one category, got " + n);
    }
    this.n = n;
    this.r0 = r0;
    this.step = (r1 - r0) / n;
    this.padding = padding;
  }

  int size() {
    return n;
  }

  /** Where the mark of category {@code i} starts. */
  double start(int i) {
    return r0 + i * step + step * padding / 2;
  }

  /** The width of the mark in each band. */
  double width() {
    return step * (1 - padding);
  }

  /** The centre of band {@code i}. */
  double centre(int i) {
    return r0 + (i + 0.5) * step;
  }
}
