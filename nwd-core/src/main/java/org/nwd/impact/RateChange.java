package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.PercentChange;
import org.nwd.stats.Rate;
import org.nwd.stats.RateRatio;
import org.nwd.stats.WilcoxonSignedRank;

/**
 * A count or days measure over a cohort: totals, rates per person-year before and after, the absolute
 * and percentage change, the rate ratio (exact conditional interval for small counts, log-Wald
 * otherwise: {@link RateRatio}), the Wilcoxon signed-rank test on the per-person rates and the events
 * avoided (before/after, Maryland SMS level 1).
 *
 * <p>For a days measure the "events" are days in the state; the Poisson intervals then treat days as
 * independent counts, which they are not (days come in runs), so read those intervals as too narrow.
 */
@Value.Immutable
public abstract class RateChange {

  public abstract long eventsBefore();

  public abstract long eventsAfter();

  /** Days at risk before, summed over people. */
  public abstract long daysAtRiskBefore();

  /** Days at risk after, summed over people. */
  public abstract long daysAtRiskAfter();

  /** The unit counted, from the measure. */
  public abstract String unit();

  /**
   * The test on per-person rates (events per person-year). Each person's change {@code r_after -
   * r_before} is computed exactly from their counts and days, {@code (a d_b - b d_a) / (d_a d_b) x
   * 365.25}, and given to the test paired with 0, so that equal changes tie exactly (floating-point
   * subtraction of the two rates would break ties and switch the p-value method).
   */
  public abstract WilcoxonSignedRank wilcoxon();

  public abstract ConfidenceLevel level();

  /**
   * A builder, for code that rebuilds a result computed elsewhere (for example nwd-json): the rates,
   * change, rate ratio and events avoided are derived from the totals given.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RateChange}; see {@link RateChange#builder()}. */
  public static final class Builder extends ImmutableRateChange.Builder {}

  @Value.Check
  void check() {
    DomainRuleException.require(
        eventsBefore() >= 0, "eventsBefore", "events before %s is negative", eventsBefore());
    DomainRuleException.require(
        eventsAfter() >= 0, "eventsAfter", "events after %s is negative", eventsAfter());
    DomainRuleException.require(
        daysAtRiskBefore() > 0,
        "daysAtRiskBefore",
        "days at risk before %s must be positive",
        daysAtRiskBefore());
    DomainRuleException.require(
        daysAtRiskAfter() > 0,
        "daysAtRiskAfter",
        "days at risk after %s must be positive",
        daysAtRiskAfter());
    DomainRuleException.require(!unit().isBlank(), "unit", "unit is blank");
  }

  @Value.Lazy
  public Rate before() {
    return Rate.ofDays(eventsBefore(), daysAtRiskBefore(), level());
  }

  @Value.Lazy
  public Rate after() {
    return Rate.ofDays(eventsAfter(), daysAtRiskAfter(), level());
  }

  /** {@code r_after - r_before}, per person-year. */
  public double absoluteChange() {
    return after().rate() - before().rate();
  }

  @Value.Lazy
  public PercentChange percentChange() {
    return PercentChange.of(before(), after());
  }

  @Value.Lazy
  public RateRatio rateRatio() {
    return RateRatio.builder().before(before()).after(after()).level(level()).build();
  }

  @Value.Lazy
  public EventsAvoided eventsAvoided() {
    return EventsAvoided.builder()
        .design(DesignLevel.PRE_POST)
        .rateBefore(before().rate())
        .rateAfter(after().rate())
        .personYearsAfter(after().personYears())
        .unit(unit())
        .build();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("change in rate per person-year (" + unit() + ")")
        .value(Tables.num(before().rate()) + " -> " + Tables.num(after().rate()))
        .formula("rate = total events / (total days at risk / 365.25); change = r_after - r_before")
        .putInputs("events before", Long.toString(eventsBefore()))
        .putInputs("days at risk before", Long.toString(daysAtRiskBefore()))
        .putInputs("events after", Long.toString(eventsAfter()))
        .putInputs("days at risk after", Long.toString(daysAtRiskAfter()))
        .putInputs("absolute change", Tables.num(absoluteChange()))
        .addSteps(
            before().explanation(),
            after().explanation(),
            percentChange().explanation(),
            rateRatio().explanation(),
            wilcoxon().explanation(),
            eventsAvoided().explanation())
        .build();
  }
}
