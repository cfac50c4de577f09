package org.nwd.cost;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * A discount-rate schedule by year band, applied cumulatively: {@code DF[0] = 1} and
 * {@code DF[t] = Π_{k=1..t} 1 / (1 + r[k])}, where {@code r[k]} is the rate of the band year {@code k}
 * falls in (methods.md §3.6). This is the form the Green Book's published discount factors follow.
 *
 * <p>{@link #greenBook()} is the Green Book declining schedule (Verified, 2003 text): 3.5% for years
 * 1-30, 3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200, 1.5% for 201-300, 1.0% beyond. The schedule
 * is under review in 2026 (bands beyond 75 years unverified); callers can supply their own with
 * {@link #of} or a flat rate with {@link #flat}.
 */
@Value.Immutable
public abstract class DiscountSchedule {

  /** A short name for explanations, e.g. "Green Book declining schedule". */
  public abstract String name();

  /** First year of each band to its annual rate (e.g. 0.035). The first band starts in year 1. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, BigDecimal> bands();

  @Value.Check
  void check() {
    DomainRuleException.require(
        !bands().isEmpty() && bands().firstKey() == 1,
        "bands",
        "discount schedule '%s' must have a band starting in year 1, has %s",
        name(),
        bands().keySet());
    for (Map.Entry<Integer, BigDecimal> e : bands().entrySet()) {
      DomainRuleException.require(
          e.getValue().signum() >= 0 && e.getValue().compareTo(BigDecimal.ONE) < 0,
          "bands",
          "discount rate %s from year %s is outside 0-100%",
          e.getValue().toPlainString(),
          e.getKey());
    }
  }

  /** The Green Book declining schedule with cumulative bands. */
  public static DiscountSchedule greenBook() {
    return builder()
        .name("HM Treasury Green Book declining schedule")
        .putBands(1, new BigDecimal("0.035"))
        .putBands(31, new BigDecimal("0.030"))
        .putBands(76, new BigDecimal("0.025"))
        .putBands(126, new BigDecimal("0.020"))
        .putBands(201, new BigDecimal("0.015"))
        .putBands(301, new BigDecimal("0.010"))
        .build();
  }

  /** One rate for every year. */
  public static DiscountSchedule flat(BigDecimal rate) {
    return builder().name("flat " + rate.toPlainString()).putBands(1, rate).build();
  }

  /**
   * One rate for every year as typed, e.g. {@code DiscountSchedule.flat(0.035)}: the decimal the
   * literal reads as ({@link BigDecimal#valueOf(double)} semantics, so 0.035 is exactly 0.035).
   *
   * @throws org.nwd.DomainRuleException if the rate is NaN, infinite or outside 0-100%
   */
  public static DiscountSchedule flat(double rate) {
    return flat(Money.finite(rate, "rate"));
  }

  /** A caller's schedule: first year of each band to its rate. */
  public static DiscountSchedule of(String name, Map<Integer, BigDecimal> bands) {
    return builder().name(name).putAllBands(bands).build();
  }

  /** The rate for year {@code year} (1 or later). */
  public BigDecimal rate(int year) {
    DomainRuleException.require(year >= 1, "year", "discount rate asked for year %s: years start at 1", year);
    // check() makes year 1 a band, so every year from 1 has a floor band.
    return Objects.requireNonNull(bands().floorEntry(year)).getValue();
  }

  /** {@code DF[t]}: 1 for {@code t = 0}; the exact product of {@code 1+r[k]}, divided once. */
  public BigDecimal factor(int t) {
    DomainRuleException.require(t >= 0, "year", "discount factor asked for year %s: must be 0 or later", t);
    BigDecimal product = BigDecimal.ONE;
    for (int k = 1; k <= t; k++) {
      product = product.multiply(BigDecimal.ONE.add(rate(k)));
    }
    return BigDecimal.ONE.divide(product, Money.DIVISION_CONTEXT);
  }

  /**
   * The mid-year factor {@code DF(t - 1/2) = DF[t] × sqrt(1 + r[t])} for {@code t >= 1} (flows in the
   * middle of year t, half a year less discounting); 1 for year 0.
   */
  public BigDecimal midYearFactor(int t) {
    if (t == 0) {
      return BigDecimal.ONE;
    }
    return factor(t)
        .multiply(BigDecimal.ONE.add(rate(t)).sqrt(Money.DIVISION_CONTEXT), Money.DIVISION_CONTEXT);
  }

  /** The factor for year t under the stated convention. */
  public BigDecimal factor(int t, boolean midYear) {
    return midYear ? midYearFactor(t) : factor(t);
  }

  /** How the factor for year t was obtained. */
  public Explanation explainFactor(int t, boolean midYear) {
    Explanation.Builder b =
        Explanation.builder()
            .label("discount factor, year " + t)
            .value(factor(t, midYear).toPlainString())
            .formula(
                midYear
                    ? "DF[t] × sqrt(1 + r[t]), DF[t] = Π_{k=1..t} 1/(1 + r[k]) (mid-year)"
                    : "Π_{k=1..t} 1/(1 + r[k]); DF[0] = 1")
            .putInputs("schedule", name())
            .putInputs("t", Integer.toString(t));
    if (t >= 1) {
      b.putInputs("r[t]", rate(t).toPlainString());
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiscountSchedule}. */
  public static final class Builder extends ImmutableDiscountSchedule.Builder {}
}
