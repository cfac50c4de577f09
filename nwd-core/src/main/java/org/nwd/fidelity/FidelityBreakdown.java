package org.nwd.fidelity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.impact.MeasureResult;
import org.nwd.impact.SuppressedTable;
import org.nwd.impact.Suppression;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.Interval;
import org.nwd.stats.Rate;

/**
 * One measure broken down by fidelity band, published as an impact {@link
 * org.nwd.impact.Breakdown} is: young people improved / unchanged / worse per band and, for count
 * and days measures, events before and after per band, each a {@link SuppressedTable} with the
 * analysis' threshold; a band's rates are printed only when its events and its number of young people
 * are published and at least the threshold. Beyond a breakdown it holds each band's own {@link
 * MeasureResult} (the analysis run on the band's young people: rate ratio, interval and tests), which
 * {@link #publishableResult} gives only for bands whose young people are published and at least the
 * threshold.
 */
@Value.Immutable
public abstract class FidelityBreakdown {

  public abstract OutcomeMeasure measure();

  /** Bands x (improved, unchanged, worse). */
  public abstract SuppressedTable changes();

  /** Bands x (before, after) events; count and days measures only. */
  public abstract Optional<SuppressedTable> events();

  /** Days at risk before, per band, in band order. */
  public abstract ImmutableList<Long> daysAtRiskBefore();

  /** Days at risk after, per band, in band order. */
  public abstract ImmutableList<Long> daysAtRiskAfter();

  /** Each band's measure result, for bands with anyone in the analysis; not for publication. */
  public abstract ImmutableMap<String, MeasureResult> bandResults();

  @Value.Check
  void check() {
    int groups = changes().rows();
    DomainRuleException.require(
        changes().columns() == 3,
        "changes",
        "the changes table has %s columns; it needs improved, unchanged and worse",
        changes().columns());
    boolean rateKind = isRateKind(measure());
    DomainRuleException.require(
        events().isPresent() == rateKind,
        "events",
        "an events table is given exactly for count and days measures; %s is of kind %s",
        measure().code(),
        measure().kind().code());
    events()
        .ifPresent(
            e ->
                DomainRuleException.require(
                    e.rowLabels().equals(changes().rowLabels()) && e.columns() == 2,
                    "events",
                    "the events table must have the changes table's bands and 2 columns"));
    DomainRuleException.require(
        daysAtRiskBefore().size() == groups && daysAtRiskAfter().size() == groups,
        "daysAtRiskBefore",
        "days at risk need one value per band (%s); %s and %s given",
        groups,
        daysAtRiskBefore().size(),
        daysAtRiskAfter().size());
    for (String band : bandResults().keySet()) {
      DomainRuleException.require(
          changes().rowLabels().contains(band),
          "bandResults",
          "a result for %s, which is not a band of the table",
          band);
    }
  }

  static boolean isRateKind(OutcomeMeasure m) {
    return m.kind() == MeasureKind.EVENT_COUNT || m.kind() == MeasureKind.DAYS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityBreakdown}. */
  public static final class Builder extends ImmutableFidelityBreakdown.Builder {}

  /** The bands, in order. */
  public List<String> bands() {
    return changes().rowLabels();
  }

  /** True when band {@code g}'s number of young people is published and at least the threshold. */
  public boolean isPublishable(int g) {
    OptionalLong people = changes().published(g, changes().columns());
    return people.isPresent() && people.getAsLong() >= changes().threshold();
  }

  /** Rates per person-year before and after for band {@code g}, when publishable. */
  public Optional<double[]> publishableRates(int g) {
    if (events().isEmpty() || !isPublishable(g)) {
      return Optional.empty();
    }
    OptionalLong before = events().get().published(g, 0);
    OptionalLong after = events().get().published(g, 1);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new double[] {
          before.getAsLong() / Rate.personYears(daysAtRiskBefore().get(g)),
          after.getAsLong() / Rate.personYears(daysAtRiskAfter().get(g))
        });
  }

  /**
   * Band {@code g}'s own measure result when its young people are published and at least the
   * threshold and, for count and days measures, its events are published.
   */
  public Optional<MeasureResult> publishableResult(int g) {
    if (!isPublishable(g) || (events().isPresent() && publishableRates(g).isEmpty())) {
      return Optional.empty();
    }
    return Optional.ofNullable(bandResults().get(bands().get(g)));
  }

  /** The tables and, per publishable band, the rates and the rate ratio or mean change. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(measure().code()).append(" by fidelity band\n");
    out.append(changes().render());
    events().ifPresent(e -> out.append(e.render()));
    List<List<String>> rows = new ArrayList<>();
    for (int g = 0; g < bands().size(); g++) {
      Optional<double[]> r = publishableRates(g);
      Optional<MeasureResult> m = publishableResult(g);
      String marker = withheld(g).marker();
      rows.add(
          List.of(
              bands().get(g),
              r.map(x -> Text.num(x[0])).orElse(marker),
              r.map(x -> Text.num(x[1])).orElse(marker),
              m.map(FidelityBreakdown::headline).orElse(marker)));
    }
    out.append(Text.table(List.of("fidelity band", "rate before", "rate after", "estimate"), rows));
    return out.toString();
  }

  /**
   * Why band {@code g}'s figures are withheld: secondary when only cells hidden to protect others stand
   * behind them, otherwise primary (a small count of young people or events, or a figure from one).
   */
  private Suppression withheld(int g) {
    Suppression s = changes().suppression(g, changes().columns());
    if (events().isPresent()) {
      s = s.and(events().get().suppression(g, 0)).and(events().get().suppression(g, 1));
    }
    return s == Suppression.SECONDARY ? s : Suppression.PRIMARY;
  }

  /** A band result's headline: rate ratio with interval, or the mean change in score. */
  static String headline(MeasureResult m) {
    if (m.rates().isPresent()) {
      var rr = m.rates().get().rateRatio();
      return "rate ratio "
          + (rr.estimate().isPresent() ? Text.num(rr.estimate().getAsDouble()) : "undefined")
          + rr.interval().map(FidelityBreakdown::interval).orElse("");
    }
    if (m.scores().isPresent()) {
      var c = m.scores().get().meanChange();
      return "mean change " + Text.num(c.meanChange()) + interval(c.interval());
    }
    if (m.statuses().isPresent()) {
      var s = m.statuses().get();
      return "in status " + Text.num(s.before().estimate()) + " -> "
          + Text.num(s.after().estimate());
    }
    return m.undefinedReason().map(r -> "undefined").orElse("-");
  }

  private static String interval(Interval i) {
    return " [" + Text.num(i.lower()) + ", " + Text.num(i.upper()) + "]";
  }

  @Override
  public String toString() {
    return render();
  }
}
