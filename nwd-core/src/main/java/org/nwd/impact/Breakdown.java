package org.nwd.impact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.model.MeasureKind;
import org.nwd.model.OutcomeMeasure;
import org.nwd.stats.Rate;

/**
 * One measure broken down by one {@link BreakdownDimension}, ready to publish: young people improved /
 * unchanged / worse per group, and for count and days measures the events before and after per group,
 * each a {@link SuppressedTable}. A group's rates are printed only when its events before and after
 * and its number of young people are all published and at least the threshold.
 */
@Value.Immutable
public abstract class Breakdown {

  public abstract BreakdownDimension dimension();

  public abstract OutcomeMeasure measure();

  /** Groups x (improved, unchanged, worse). */
  public abstract SuppressedTable changes();

  /** Groups x (before, after) events; count and days measures only. */
  public abstract Optional<SuppressedTable> events();

  /** Days at risk before, per group, in group order. */
  public abstract ImmutableList<Long> daysAtRiskBefore();

  /** Days at risk after, per group, in group order. */
  public abstract ImmutableList<Long> daysAtRiskAfter();

  /** A builder, for code that rebuilds a result computed elsewhere (for example nwd-json). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breakdown}; see {@link Breakdown#builder()}. */
  public static final class Builder extends ImmutableBreakdown.Builder {}

  @Value.Check
  void check() {
    int groups = changes().rows();
    DomainRuleException.require(
        changes().columns() == 3,
        "changes",
        "the changes table has %s columns; it needs improved, unchanged and worse",
        changes().columns());
    boolean rateKind =
        measure().kind() == MeasureKind.EVENT_COUNT || measure().kind() == MeasureKind.DAYS;
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
                    "the events table must have the changes table's groups and 2 columns (before,"
                        + " after)"));
    DomainRuleException.require(
        daysAtRiskBefore().size() == groups && daysAtRiskAfter().size() == groups,
        "daysAtRiskBefore",
        "days at risk before and after need one value per group (%s); %s and %s given",
        groups,
        daysAtRiskBefore().size(),
        daysAtRiskAfter().size());
    for (int g = 0; g < groups; g++) {
      DomainRuleException.require(
          daysAtRiskBefore().get(g) >= 0 && daysAtRiskAfter().get(g) >= 0,
          "daysAtRiskBefore",
          "days at risk of group %s are negative",
          g);
    }
  }

  /** The groups, in order. */
  public List<String> groups() {
    return changes().rowLabels();
  }

  /** Rate before and after for group {@code g} when publishable. */
  public Optional<double[]> publishableRates(int g) {
    if (events().isEmpty()) {
      return Optional.empty();
    }
    SuppressedTable e = events().get();
    OptionalLong people = changes().published(g, changes().columns());
    OptionalLong before = e.published(g, 0);
    OptionalLong after = e.published(g, 1);
    if (people.isEmpty()
        || people.getAsLong() < changes().threshold()
        || before.isEmpty()
        || after.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new double[] {
          before.getAsLong() / Rate.personYears(daysAtRiskBefore().get(g)),
          after.getAsLong() / Rate.personYears(daysAtRiskAfter().get(g))
        });
  }

  /** Both tables and the publishable rates as plain text. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(measure().code()).append(" by ").append(dimension().text()).append('\n');
    out.append(changes().render());
    events()
        .ifPresent(
            e -> {
              out.append(e.render());
              List<List<String>> rows = new ArrayList<>();
              for (int g = 0; g < groups().size(); g++) {
                Optional<double[]> r = publishableRates(g);
                Suppression s = changes().suppression(g, changes().columns())
                    .and(e.suppression(g, 0)).and(e.suppression(g, 1));
                String marker = (s == Suppression.SECONDARY ? s : Suppression.PRIMARY).marker();
                rows.add(
                    List.of(
                        groups().get(g),
                        r.map(x -> Tables.num(x[0])).orElse(marker),
                        r.map(x -> Tables.num(x[1])).orElse(marker)));
              }
              out.append(
                  Tables.render(List.of(dimension().text(), "rate before", "rate after"), rows));
            });
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
