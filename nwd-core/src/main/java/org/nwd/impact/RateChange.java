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
 * and percentage change, the rate ratio with its interval and p-value ({@link RateRatio}: by default
 * cluster-robust from the young people's sums, each young person a cluster, so it holds when a few
 * young people have many events and when days come in runs), the Wilcoxon signed-rank test on the
 * per-person rates and the events avoided. Before/after only: Maryland SMS level 1, which may
 * overstate the effect (regression to the mean; see {@link DesignLevel#caveat()}).
 *
 * <p>For a days measure the "events" are days in the state. The Poisson intervals (by name, or when
 * only totals are known) treat days as independent counts, which they are not (days come in runs), so
 * read those intervals as far too narrow.
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
    DomainRuleException.require(
        rateRatio().before().equals(before())
            && rateRatio().after().equals(after())
            && rateRatio().level().equals(level()),
        "rateRatio",
        "the rate ratio's rates %s and %s are not this change's %s and %s",
        rateRatio().before(),
        rateRatio().after(),
        before(),
        after());
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

  /**
   * The rate ratio after vs before. The impact analysis gives it with the young people's sums (the
   * clustered default, or the method the analysis names); built from totals alone it defaults to the
   * Poisson interval of {@link RateRatio#of(org.nwd.stats.Rate, org.nwd.stats.Rate)}, which says so.
   * Its rates must be this change's.
   */
  @Value.Default
  public RateRatio rateRatio() {
    // Bounded so that a broken total is reported by check() under its own name.
    return RateRatio.builder()
        .before(Rate.ofDays(Math.max(0, eventsBefore()), Math.max(1, daysAtRiskBefore()), level()))
        .after(Rate.ofDays(Math.max(0, eventsAfter()), Math.max(1, daysAtRiskAfter()), level()))
        .level(level())
        .build();
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
        .putInputs("rate ratio", rateRatio().explanation().value())
        .putInputs("interval method", rateRatio().method().text() + ": " + rateRatio().methodReason())
        .putInputs("design", DesignLevel.PRE_POST.caveat())
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
