package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.Explanation;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.Interval;
import org.nwd.stats.RatioOfRateRatios;

/**
 * A count or days measure against a comparison cohort: the difference-in-differences of pooled rates
 * with a seeded people-bootstrap interval ({@link DifferenceInDifferences}), the ratio of rate ratios,
 * and events avoided from the DiD (Maryland SMS level 3). Assumes parallel trends.
 */
@Value.Immutable
public abstract class ComparisonChange {

  @Value.Parameter
  public abstract DifferenceInDifferences differenceInDifferences();

  @Value.Parameter
  public abstract String unit();

  /** The comparison of {@code did}, events counted in {@code unit}; the rest is derived. */
  public static ComparisonChange of(DifferenceInDifferences did, String unit) {
    return ImmutableComparisonChange.of(did, unit);
  }

  public RatioOfRateRatios ratioOfRateRatios() {
    return differenceInDifferences().ratioOfRateRatios();
  }

  /** {@code A = -DiD x PY_T,after}, interval the DiD interval scaled and negated. */
  @Value.Lazy
  public EventsAvoided eventsAvoided() {
    DifferenceInDifferences did = differenceInDifferences();
    double py = did.treatedAfter().personYears();
    Interval i = did.interval();
    return EventsAvoided.builder()
        .design(DesignLevel.DIFFERENCE_IN_DIFFERENCES)
        .rateBefore(did.treatedBefore().rate())
        .rateAfter(did.treatedAfter().rate())
        .personYearsAfter(py)
        .comparisonReduction(did.comparisonBefore().rate() - did.comparisonAfter().rate())
        .interval(Interval.of(-i.upper() * py, -i.lower() * py))
        .unit(unit())
        .build();
  }

  @Value.Lazy
  public Explanation explanation() {
    return Explanation.builder()
        .label("against the comparison group")
        .value(Tables.num(differenceInDifferences().estimate()))
        .addSteps(
            differenceInDifferences().explanation(),
            ratioOfRateRatios().explanation(),
            eventsAvoided().explanation())
        .build();
  }
}
