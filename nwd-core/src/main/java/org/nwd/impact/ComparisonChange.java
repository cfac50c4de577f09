package org.nwd.impact;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.DifferenceInDifferences;
import org.nwd.stats.Interval;
import org.nwd.stats.RatioOfRateRatios;

/**
 * A count or days measure against a comparison cohort (Maryland SMS level 3; assumes parallel
 * trends): the ratio of rate ratios, by default with the clustered interval from both cohorts'
 * person-level sums (each young person a cluster, the two cohorts' variances added), the
 * difference-in-differences of pooled rates with a seeded people-bootstrap interval ({@link
 * DifferenceInDifferences}), and events avoided from the DiD. This is the adjustment for regression to
 * the mean that a before/after result lacks.
 */
@Value.Immutable
public abstract class ComparisonChange {

  public abstract DifferenceInDifferences differenceInDifferences();

  public abstract String unit();

  /**
   * The ratio of rate ratios; by default {@link DifferenceInDifferences#ratioOfRateRatios()} (clustered
   * from the young people's counts). Its rates must be the difference-in-differences' rates.
   */
  @Value.Default
  public RatioOfRateRatios ratioOfRateRatios() {
    return differenceInDifferences().ratioOfRateRatios();
  }

  /** The comparison of {@code did}, events counted in {@code unit}; the rest is derived. */
  public static ComparisonChange of(DifferenceInDifferences did, String unit) {
    return builder().differenceInDifferences(did).unit(unit).build();
  }

  /** A builder, for a ratio of rate ratios computed elsewhere (the analysis, nwd-json). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComparisonChange}. */
  public static final class Builder extends ImmutableComparisonChange.Builder {}

  @Value.Check
  void check() {
    DifferenceInDifferences did = differenceInDifferences();
    RatioOfRateRatios r = ratioOfRateRatios();
    DomainRuleException.require(
        r.treatedBefore().equals(did.treatedBefore())
            && r.treatedAfter().equals(did.treatedAfter())
            && r.comparisonBefore().equals(did.comparisonBefore())
            && r.comparisonAfter().equals(did.comparisonAfter())
            && r.level().equals(did.level()),
        "ratioOfRateRatios",
        "the ratio of rate ratios' rates are not those of the difference-in-differences");
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
        .putInputs("design", DesignLevel.DIFFERENCE_IN_DIFFERENCES.caveat())
        .putInputs("ratio of rate ratios", ratioOfRateRatios().explanation().value())
        .addSteps(
            differenceInDifferences().explanation(),
            ratioOfRateRatios().explanation(),
            eventsAvoided().explanation())
        .build();
  }
}
