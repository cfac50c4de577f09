package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Proportion;
import org.nwd.stats.Rate;

/**
 * One indicator over a cohort: how many young people met it, did not, are unknown or to whom it does
 * not apply, and the cohort figures the indicator's counts give (see {@link #pooledShare()}, {@link
 * #pooledRate()}, {@link #medianValue()}, {@link #medianObservation()} and {@link
 * #meanContactsWhenInvolved()}). Built by {@link CohortFidelity#summary}; the builder is for code that
 * rebuilds one computed elsewhere.
 */
@Value.Immutable
public abstract class IndicatorSummary {

  public abstract FidelityIndicator indicator();

  public abstract double threshold();

  public abstract ConfidenceLevel level();

  public abstract long met();

  public abstract long notMet();

  public abstract long unknown();

  public abstract long notApplicable();

  /** The sum of the young people's numerators (applicable results). */
  public abstract long numeratorTotal();

  /** The sum of their denominators (applicable results). */
  public abstract long denominatorTotal();

  /** The values of the applicable results that have one, ascending. */
  public abstract ImmutableList<Double> values();

  /** All observations of applicable results (completed stay lengths), ascending. */
  public abstract ImmutableList<Long> observations();

  /**
   * For the specialist indicators: the recorded contacts of each young person involved with the
   * role whose contacts are recorded, ascending; empty for the other indicators.
   */
  public abstract ImmutableList<Double> contactsWhenInvolved();

  @Value.Check
  void check() {
    DomainRuleException.require(
        met() >= 0 && notMet() >= 0 && unknown() >= 0 && notApplicable() >= 0
            && numeratorTotal() >= 0 && denominatorTotal() >= 0,
        "met",
        "counts of %s must not be negative",
        indicator().code());
    requireAscending("values", values());
    requireAscending("observations", observations());
    requireAscending("contactsWhenInvolved", contactsWhenInvolved());
  }

  private static <T extends Comparable<T>> void requireAscending(String field, List<T> list) {
    for (int i = 1; i < list.size(); i++) {
      DomainRuleException.require(
          list.get(i).compareTo(list.get(i - 1)) >= 0, field, "%s must be ascending", field);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorSummary}. */
  public static final class Builder extends ImmutableIndicatorSummary.Builder {}

  /** The summary of {@code indicator} at {@code threshold} over {@code results}. */
  static IndicatorSummary of(
      FidelityIndicator indicator,
      double threshold,
      ConfidenceLevel level,
      List<IndicatorResult> results) {
    long[] counts = new long[IndicatorStatus.values().length];
    long numerator = 0;
    long denominator = 0;
    List<Double> values = new ArrayList<>();
    List<Long> observations = new ArrayList<>();
    List<Double> contacts = new ArrayList<>();
    boolean specialist = indicator.specialistRole().isPresent();
    for (IndicatorResult r : results) {
      counts[r.status().ordinal()]++;
      if (!r.status().isApplicable()) {
        continue;
      }
      numerator += r.numerator();
      denominator += r.denominator();
      r.value().ifPresent(values::add);
      observations.addAll(r.observations());
      if (specialist && r.numerator() > 0 && r.value().isPresent()) {
        contacts.add(r.value().getAsDouble());
      }
    }
    Collections.sort(values);
    Collections.sort(observations);
    Collections.sort(contacts);
    return builder()
        .indicator(indicator)
        .threshold(threshold)
        .level(level)
        .met(counts[IndicatorStatus.MET.ordinal()])
        .notMet(counts[IndicatorStatus.NOT_MET.ordinal()])
        .unknown(counts[IndicatorStatus.UNKNOWN.ordinal()])
        .notApplicable(counts[IndicatorStatus.NOT_APPLICABLE.ordinal()])
        .numeratorTotal(numerator)
        .denominatorTotal(denominator)
        .addAllValues(values)
        .addAllObservations(observations)
        .addAllContactsWhenInvolved(contacts)
        .build();
  }

  /** Young people to whom the indicator applies: met, not met or unknown. */
  public long applicable() {
    return met() + notMet() + unknown();
  }

  /**
   * The share met of those to whom it applies, unknown counted as not met (Wilson interval); empty
   * when it applies to nobody.
   */
  public Optional<Proportion> metShare() {
    return applicable() == 0
        ? Optional.empty()
        : Optional.of(Proportion.of(met(), applicable(), level()));
  }

  /** The share met of those whose status is known (met or not met); empty when none is. */
  public Optional<Proportion> metShareOfKnown() {
    long known = met() + notMet();
    return known == 0 ? Optional.empty() : Optional.of(Proportion.of(met(), known, level()));
  }

  /**
   * The pooled share, numerators over denominators, for the indicators counting items: young people
   * with a team involved with the specialist, bed stays longer than the threshold, hub endings in a
   * family or the community, decisions citing a provocation. Empty for the others or with no items.
   */
  public Optional<Proportion> pooledShare() {
    boolean items =
        indicator().specialistRole().isPresent()
            || indicator() == FidelityIndicator.SHORT_BED_STAYS
            || indicator() == FidelityIndicator.FAMILY_OR_COMMUNITY_AFTER_STAY
            || indicator() == FidelityIndicator.DECISIONS_CITING_PROVOCATION;
    return items && denominatorTotal() > 0
        ? Optional.of(Proportion.of(numeratorTotal(), denominatorTotal(), level()))
        : Optional.empty();
  }

  /**
   * Key-worker changes per person-year with a key worker, pooled (all changes over all time with a
   * key worker, exact Poisson interval); empty for other indicators or with no time.
   */
  public Optional<Rate> pooledRate() {
    return indicator() == FidelityIndicator.KEY_WORKER_CHANGES_PER_YEAR && denominatorTotal() > 0
        ? Optional.of(Rate.ofDays(numeratorTotal(), denominatorTotal(), level()))
        : Optional.empty();
  }

  /** The median of the young people's values (R's type 7); empty with none. */
  public OptionalDouble medianValue() {
    return median(values());
  }

  /** The median completed stay length in days (R's type 7), for the stay indicator; else empty. */
  public OptionalDouble medianObservation() {
    List<Double> x = new ArrayList<>();
    observations().forEach(o -> x.add((double) o));
    return median(x);
  }

  /** Mean recorded contacts per young person involved with the specialist (contacts recorded). */
  public OptionalDouble meanContactsWhenInvolved() {
    return contactsWhenInvolved().stream().mapToDouble(Double::doubleValue).average();
  }

  static OptionalDouble median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return OptionalDouble.empty();
    }
    double h = (sorted.size() - 1) * 0.5;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    return OptionalDouble.of(sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo)));
  }

  /** The cohort figure in words: the pooled share or rate, or the median, as the indicator has. */
  public String figure() {
    Optional<Proportion> share = pooledShare();
    if (share.isPresent()) {
      Proportion p = share.get();
      String base =
          p.successes() + " of " + p.trials() + " " + pooledItems() + " (" + Text.num(p.estimate())
              + ")";
      if (indicator() == FidelityIndicator.SHORT_BED_STAYS) {
        base += "; median completed stay " + num(medianObservation()) + " days";
      }
      if (indicator().specialistRole().isPresent()) {
        base += "; mean contacts when involved " + num(meanContactsWhenInvolved());
      }
      return base;
    }
    Optional<Rate> rate = pooledRate();
    if (rate.isPresent()) {
      return Text.num(rate.get().rate()) + " per person-year (" + numeratorTotal() + " changes)";
    }
    return "median " + num(medianValue()) + " " + indicator().unit();
  }

  private String pooledItems() {
    switch (indicator()) {
      case SHORT_BED_STAYS:
        return "bed stays longer than the threshold";
      case FAMILY_OR_COMMUNITY_AFTER_STAY:
        return "hub endings in a family or the community";
      case DECISIONS_CITING_PROVOCATION:
        return "decisions citing a provocation";
      default:
        return "young people with a team involved";
    }
  }

  private static String num(OptionalDouble x) {
    return x.isPresent() ? Text.num(x.getAsDouble()) : "-";
  }

  /** The counts, the shares with their intervals and the cohort figure. */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder out =
        Explanation.builder()
            .label(indicator().displayName() + ", cohort")
            .value(
                met() + " met of " + applicable() + " to whom it applies"
                    + metShare().map(p -> " (" + Text.num(p.estimate()) + ")").orElse(""))
            .formula(
                indicator().definition(threshold())
                    + "; share met = met / (met + not met + unknown)")
            .putInputs("met", Long.toString(met()))
            .putInputs("not met", Long.toString(notMet()))
            .putInputs("unknown", Long.toString(unknown()))
            .putInputs("not applicable", Long.toString(notApplicable()))
            .putInputs("cohort figure", figure());
    metShare().ifPresent(p -> out.addSteps(p.explanation()));
    pooledShare().ifPresent(p -> out.addSteps(p.explanation()));
    pooledRate().ifPresent(r -> out.addSteps(r.explanation()));
    return out.build();
  }

  @Override
  public String toString() {
    return "IndicatorSummary{" + indicator().code() + ": " + explanation().value() + "}";
  }
}
