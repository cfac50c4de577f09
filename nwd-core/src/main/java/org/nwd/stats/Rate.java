package org.nwd.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * Events per person-year at risk with the exact Garwood (Poisson) interval, for one measure in one
 * period: {@code rate = events / PY}, {@code PY = days at risk / 365.25}.
 *
 * <p>Interval (chi-square form): {@code lower = chi2_{alpha/2}(2x) / 2} (0 when x = 0), {@code upper =
 * chi2_{1-alpha/2}(2x + 2) / 2}, both divided by PY.
 */
@Value.Immutable
public abstract class Rate {

  /** Days in a person-year. */
  public static final double DAYS_PER_YEAR = 365.25;

  /** The method name recorded with each rate. */
  public static final String METHOD = "exact Poisson (Garwood, chi-square form)";

  /** The number of events, at least 0. */
  public abstract long events();

  /** Person-years at risk, finite and greater than 0. */
  public abstract double personYears();

  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  @Value.Check
  void check() {
    DomainRuleException.require(events() >= 0, "events", "events %s must be at least 0", events());
    DomainRuleException.require(
        Double.isFinite(personYears()) && personYears() > 0,
        "personYears",
        "person-years %s must be finite and greater than 0",
        personYears());
    DomainRuleException.require(
        Double.isFinite(events() / personYears()),
        "personYears",
        "%s events in %s person-years is a rate beyond the range of a double",
        events(),
        personYears());
  }

  public static Rate of(long events, double personYears) {
    return builder().events(events).personYears(personYears).build();
  }

  public static Rate of(long events, double personYears, ConfidenceLevel level) {
    return builder().events(events).personYears(personYears).level(level).build();
  }

  /** A rate from a count and the total days at risk (summed over people). */
  public static Rate ofDays(long events, double daysAtRisk, ConfidenceLevel level) {
    return of(events, personYears(daysAtRisk), level);
  }

  /** {@code days / 365.25}; days must be finite and at least 0. */
  public static double personYears(double daysAtRisk) {
    DomainRuleException.require(
        Double.isFinite(daysAtRisk) && daysAtRisk >= 0,
        "daysAtRisk",
        "days at risk %s must be finite and at least 0",
        daysAtRisk);
    return daysAtRisk / DAYS_PER_YEAR;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rate}; {@code level} defaults to 95%. */
  public static final class Builder extends ImmutableRate.Builder {}

  /** {@code events / personYears}. */
  @Value.Lazy
  public double rate() {
    return events() / personYears();
  }

  /** The Garwood interval for the expected count (not divided by person-years). */
  @Value.Lazy
  public Interval countInterval() {
    return garwood(events(), level());
  }

  /** The Garwood interval for the rate per person-year. */
  @Value.Lazy
  public Interval interval() {
    Interval count = countInterval();
    return Interval.of(count.lower() / personYears(), count.upper() / personYears());
  }

  public String method() {
    return METHOD;
  }

  /** Above this many events the chi-square quantiles use the Wilson-Hilferty form (see below). */
  static final long LARGE_COUNT = 100_000_000L;

  static Interval garwood(long x, ConfidenceLevel level) {
    double alpha = level.alpha();
    double lower = x == 0 ? 0 : chiSquareQuantile(2.0 * x, alpha / 2) / 2;
    double upper = chiSquareQuantile(2.0 * x + 2, 1 - alpha / 2) / 2;
    return Interval.of(lower, upper);
  }

  /**
   * The {@code p}-quantile of chi-square with {@code k} degrees of freedom. Beyond {@link
   * #LARGE_COUNT} events the library's root finder does not converge, so there it is the
   * Wilson-Hilferty cube {@code k (1 - 2/(9k) + z_p sqrt(2/(9k)))^3}, whose relative error at such
   * {@code k} is below 1e-12 (checked against R's {@code qchisq} in the tests).
   */
  static double chiSquareQuantile(double k, double p) {
    if (k <= 2.0 * LARGE_COUNT) {
      return ChiSquaredDistribution.of(k).inverseCumulativeProbability(p);
    }
    double v = 2 / (9 * k);
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(p);
    double c = 1 - v + z * Math.sqrt(v);
    return k * c * c * c;
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("rate per person-year")
        .value(Fmt.num(rate()) + " " + level() + " CI " + interval())
        .formula(
            "rate = events / PY; CI = [chi2_{a/2}(2x)/2, chi2_{1-a/2}(2x+2)/2] / PY ("
                + METHOD
                + ")")
        .putInputs("events", Long.toString(events()))
        .putInputs("person-years", Fmt.num(personYears()))
        .putInputs("confidence level", level().toString())
        .putInputs("count interval", countInterval().toString())
        .build();
  }

  @Override
  public String toString() {
    return "Rate{" + Fmt.num(rate()) + " per person-year, " + level() + " CI " + interval() + "}";
  }
}
