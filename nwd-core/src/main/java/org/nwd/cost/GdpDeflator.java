package org.nwd.cost;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;

/**
 * A GDP-deflator series: financial year to price index, used to move values between price years with
 * the GMCA Unit Cost Database formula {@code value_to = value_from × I[to] / I[from]}.
 *
 * <p>{@link #gmcaUcdV14()} is the shipped default: the HMT financial-year index (1989/90 = 100) from the
 * UCD v1.4 Lookups sheet, March 2015 Budget vintage (Verified (UCD)); 2014/15 onward are forecasts.
 * Callers can supply any newer {@code year -> index} series with {@link #of}. Never chain two series with
 * different bases.
 */
@Value.Immutable
public abstract class GdpDeflator {

  /** Where the series comes from, e.g. "HMT GDP deflator, March 2015 Budget (GMCA UCD v1.4)". */
  public abstract String vintage();

  /** Index by financial year. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<PriceYear, BigDecimal> index();

  @Value.Check
  void check() {
    DomainRuleException.require(!index().isEmpty(), "index", "GDP deflator series is empty");
    index()
        .forEach(
            (year, value) ->
                DomainRuleException.require(
                    value.signum() > 0,
                    "index",
                    "GDP deflator index for %s is %s: must be positive",
                    year,
                    value));
  }

  /** A caller-supplied series. */
  public static GdpDeflator of(String vintage, java.util.Map<PriceYear, BigDecimal> index) {
    return builder().vintage(vintage).putAllIndex(index).build();
  }

  /** The shipped default, loaded from the copy of gdp-deflator.csv in the resources. */
  public static GdpDeflator gmcaUcdV14() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final GdpDeflator DEFAULT = load();

    private static GdpDeflator load() {
      Builder b =
          builder()
              .vintage(
                  "HMT GDP deflator at market prices, March 2015 Budget, 1989/90 = 100"
                      + " (GMCA Unit Cost Database v1.4 Lookups sheet)");
      List<List<String>> rows = Csv.readResource("gdp-deflator.csv");
      for (List<String> row : rows.subList(1, rows.size())) {
        b.putIndex(PriceYear.parse(row.get(0)), new BigDecimal(row.get(1)));
      }
      return b.build();
    }
  }

  /** The index for {@code year}; a clear error naming the year if the series does not cover it. */
  public BigDecimal indexFor(PriceYear year) {
    BigDecimal value = index().get(year);
    DomainRuleException.require(
        value != null,
        "priceYear",
        "GDP deflator '%s' has no index for %s (covers %s to %s, with gaps)",
        vintage(),
        year,
        index().firstKey(),
        index().lastKey());
    return value;
  }

  /** {@code I[to] / I[from]} to {@link Money#DIVISION_CONTEXT} precision. */
  public BigDecimal factor(PriceYear from, PriceYear to) {
    return indexFor(to).divide(indexFor(from), Money.DIVISION_CONTEXT);
  }

  /**
   * {@code value × I[to] / I[from]}, the UCD workbook's column J formula. The product is exact; the one
   * division is to {@link Money#DIVISION_CONTEXT}.
   */
  public Money uprate(Money value, PriceYear from, PriceYear to) {
    return value.times(indexFor(to)).dividedBy(indexFor(from), Money.DIVISION_CONTEXT);
  }

  /** How {@link #uprate} produced its figure. */
  public Explanation explainUprate(Money value, PriceYear from, PriceYear to) {
    return Explanation.builder()
        .label("uprated to " + to + " prices")
        .value(uprate(value, from, to).toString())
        .formula("value × I[to] / I[from]")
        .putInputs("value", value.toString())
        .putInputs("from", from.toString())
        .putInputs("to", to.toString())
        .putInputs("I[" + from + "]", indexFor(from).toPlainString())
        .putInputs("I[" + to + "]", indexFor(to).toPlainString())
        .putInputs("deflator", vintage())
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GdpDeflator}. */
  public static final class Builder extends ImmutableGdpDeflator.Builder {}
}
