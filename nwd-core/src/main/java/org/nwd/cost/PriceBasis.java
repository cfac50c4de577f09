package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The prices a cost-avoidance result is in, and what they rest on: the price base, the GDP deflator
 * (vintage, publication, base year, source), the years whose index is a forecast or was derived from
 * published % changes, how non-financial price-year labels were read, and which old unit costs were
 * used because no current figure was found. {@link #statement()} says it in words for a report.
 */
@Value.Immutable
public abstract class PriceBasis {

  /** The price base year all values are in. */
  public abstract PriceYear priceBase();

  /** The deflator's vintage, e.g. "HM Treasury GDP deflators ..., March 2026 (QNA)". */
  public abstract String deflatorVintage();

  public abstract Optional<YearMonth> deflatorPublished();

  public abstract Optional<PriceYear> deflatorBaseYear();

  public abstract Optional<String> deflatorSource();

  /** Years whose forecast index the result uses (the price base and unit-cost price years). */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PriceYear> forecastYearsUsed();

  /** Years whose index, used here, was chained from published % changes. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PriceYear> derivedYearsUsed();

  /** Each non-financial price-year label read, e.g. "L-UOP-MISSING-MIN (FISCAL): 'Aug 2012' is a month: ...". */
  public abstract ImmutableList<String> priceYearReadings();

  /** Old unit costs used because no current figure was found, e.g. "CR7.0 (FISCAL), 2006/07". */
  public abstract ImmutableList<String> oldUnitCosts();

  /** True if the price base itself is a forecast year of the deflator. */
  public boolean priceBaseIsForecast() {
    return forecastYearsUsed().contains(priceBase());
  }

  /** The price basis in a few sentences, for the top of a report or a printed table. */
  public String statement() {
    StringBuilder s = new StringBuilder("Prices: real " + priceBase() + " prices");
    s.append(priceBaseIsForecast() ? " (a forecast year of the deflator). " : ". ");
    s.append("Deflator: ").append(deflatorVintage());
    deflatorBaseYear().ifPresent(b -> s.append(", ").append(b).append(" = 100"));
    deflatorPublished().ifPresent(p -> s.append(", published ").append(p));
    s.append(". Forecast years used: ");
    s.append(
        forecastYearsUsed().isEmpty()
            ? "none"
            : forecastYearsUsed().stream().map(PriceYear::toString).collect(Collectors.joining(", ")));
    if (!derivedYearsUsed().isEmpty()) {
      s.append(" (index derived from published % changes: ")
          .append(
              derivedYearsUsed().stream().map(PriceYear::toString).collect(Collectors.joining(", ")))
          .append(")");
    }
    s.append(".");
    if (!oldUnitCosts().isEmpty()) {
      s.append(" Old unit costs used (no current figure found): ")
          .append(String.join("; ", oldUnitCosts()))
          .append(".");
    }
    return s.toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceBasis}. */
  public static final class Builder extends ImmutablePriceBasis.Builder {}
}
