package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.Explanation;
import org.nwd.SafeText;

/**
 * A GDP-deflator series: financial year to price index, used to move values between price years with
 * the GMCA Unit Cost Database formula {@code value_to = value_from × I[to] / I[from]} (methods.md §3.3).
 * Only ratios matter, so any base works; never chain two series with different bases.
 *
 * <p>Two series are shipped, by name ({@link #shipped(String)}):
 *
 * <ul>
 *   <li>{@code "hmt-2026-03"}, {@link #hmtMarch2026()}, <b>the default</b>: HM Treasury, <i>GDP
 *       deflators at market prices and money GDP, March 2026 (Quarterly National Accounts)</i>,
 *       financial years 2000/01 to 2030/31, 2024/25 = 100. Outturn to 2024/25 (ONS series L8GG, QNA of
 *       31 March 2026); 2025/26 to 2030/31 are forecasts (OBR, Spring Statement 3 March 2026). HMT
 *       publishes only a % change for forecast years, so their index values were chained from 2024/25 =
 *       100 with those changes (by the third party whose copy of the spreadsheet was read, 4 dp): they
 *       are flagged {@linkplain #derivedYears() derived}. Values: secondary, cross-checked (the domain
 *       reference's unit-costs-current.md §1).
 *   <li>{@code "gmca-ucd-v1.4"}, {@link #gmcaUcdV14()}: the HMT financial-year index (1989/90 = 100) from
 *       the GMCA UCD v1.4 Lookups sheet, March 2015 Budget vintage (Verified (UCD)); 2014/15 onward are
 *       forecasts. Use it to reproduce figures published with the UCD v1.4.
 * </ul>
 *
 * <p>Supply your own (e.g. a newer HMT release) with {@link #of}, the {@link #builder()} or {@link
 * #parseCsv} (the layout of the shipped files). Explanations name the series' vintage, publication,
 * base year and source, and say when a forecast or derived index was used.
 */
@Value.Immutable
public abstract class GdpDeflator {

  /** The name of the default shipped series. */
  public static final String HMT_MARCH_2026 = "hmt-2026-03";

  /** The name of the GMCA UCD v1.4 series. */
  public static final String GMCA_UCD_V14 = "gmca-ucd-v1.4";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Which release this is, e.g. "HM Treasury GDP deflators ..., March 2026 (QNA)". */
  public abstract String vintage();

  /** Index by financial year. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<PriceYear, BigDecimal> index();

  /** The month the release was published, if known. */
  public abstract Optional<YearMonth> published();

  /** The year whose index is 100 by definition, if stated. */
  public abstract Optional<PriceYear> baseYear();

  /** Where the figures come from (publisher, URL, how they were read), if stated. */
  public abstract Optional<String> source();

  /** Years whose index is a forecast, not outturn. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PriceYear> forecastYears();

  /** Years whose index was chained from published % changes rather than published as a level. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PriceYear> derivedYears();

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
                    value.toPlainString()));
    for (PriceYear y : forecastYears()) {
      DomainRuleException.require(
          index().containsKey(y), "forecastYears", "forecast year %s has no index in '%s'", y,
          vintage());
    }
    for (PriceYear y : derivedYears()) {
      DomainRuleException.require(
          index().containsKey(y), "derivedYears", "derived year %s has no index in '%s'", y,
          vintage());
    }
    baseYear()
        .ifPresent(
            b ->
                DomainRuleException.require(
                    index().containsKey(b) && index().get(b).compareTo(HUNDRED) == 0,
                    "baseYear",
                    "base year %s of '%s' must have index 100, has %s",
                    b,
                    vintage(),
                    index().containsKey(b) ? index().get(b).toPlainString() : "none"));
  }

  /** A caller-supplied series: outturn only, no metadata beyond its vintage. */
  public static GdpDeflator of(String vintage, Map<PriceYear, BigDecimal> index) {
    return builder().vintage(vintage).putAllIndex(index).build();
  }

  /** The shipped default: HM Treasury, March 2026 (QNA), 2024/25 = 100. */
  public static GdpDeflator hmtMarch2026() {
    return Holder.HMT;
  }

  /** The GMCA UCD v1.4 series (March 2015 Budget, 1989/90 = 100), to reproduce GMCA-era figures. */
  public static GdpDeflator gmcaUcdV14() {
    return Holder.GMCA;
  }

  /** The default series, {@link #hmtMarch2026()}. */
  public static GdpDeflator defaultSeries() {
    return hmtMarch2026();
  }

  /** A shipped series by name: {@value #HMT_MARCH_2026} or {@value #GMCA_UCD_V14}. */
  public static GdpDeflator shipped(String name) {
    switch (name) {
      case HMT_MARCH_2026:
        return hmtMarch2026();
      case GMCA_UCD_V14:
        return gmcaUcdV14();
      default:
        throw new DomainRuleException(
            "name",
            "no shipped GDP deflator named '" + SafeText.bounded(name) + "': shipped are "
                + shippedNames());
    }
  }

  /** The names {@link #shipped(String)} accepts. */
  public static List<String> shippedNames() {
    return ImmutableList.of(HMT_MARCH_2026, GMCA_UCD_V14);
  }

  private static final class Holder {
    static final GdpDeflator HMT =
        load(
            "gdp-deflator-hmt-2026-03.csv",
            builder()
                .vintage(
                    "HM Treasury GDP deflators at market prices and money GDP, March 2026"
                        + " (Quarterly National Accounts)")
                .published(YearMonth.of(2026, 3))
                .baseYear(PriceYear.of(2024))
                .source(
                    "https://www.gov.uk/government/statistics/gdp-deflators-at-market-prices-and"
                        + "-money-gdp-march-2026-quarterly-national-accounts ; outturn to 2024/25"
                        + " from ONS series L8GG (QNA, 31 March 2026); 2025/26 to 2030/31 OBR"
                        + " forecasts (Spring Statement, 3 March 2026), index chained from"
                        + " 2024/25 = 100 with HMT's published % changes (derived); read from a"
                        + " third-party copy of the HMT spreadsheet, 4 dp (secondary,"
                        + " cross-checked)"));
    static final GdpDeflator GMCA =
        load(
            "gdp-deflator.csv",
            builder()
                .vintage(
                    "HMT GDP deflator at market prices, March 2015 Budget, 1989/90 = 100"
                        + " (GMCA Unit Cost Database v1.4 Lookups sheet)")
                .published(YearMonth.of(2015, 3))
                .baseYear(PriceYear.of(1989))
                .source(
                    "https://www.greatermanchester-ca.gov.uk/what-we-do/research/research-cost"
                        + "-benefit-analysis ; GMCA UCD v1.4 Lookups sheet, growth rates from HMT"
                        + " GDP deflators, March 2015 (Budget 2015); 2014/15 onward forecasts"));

    private static GdpDeflator load(String resource, Builder b) {
      readRows(Csv.readResource(resource), b);
      return b.build();
    }
  }

  /**
   * A series from CSV text in the layout of the shipped files: a header, then one row per year with
   * the financial year ({@code 2024/25}) first and the index second; optional columns named {@code
   * forecast} and {@code derived} ({@code true}/{@code false}). Other columns are ignored.
   *
   * @throws DomainRuleException naming the row for a bad year, index or flag
   */
  public static GdpDeflator parseCsv(String vintage, String csv) {
    Builder b = builder().vintage(vintage);
    readRows(Csv.parse(csv), b);
    return b.build();
  }

  private static void readRows(List<List<String>> rows, Builder b) {
    DomainRuleException.require(rows.size() > 1, "csv", "GDP deflator CSV has no data rows");
    List<String> header = rows.get(0);
    int forecast = header.indexOf("forecast");
    int derived = header.indexOf("derived");
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String where = "GDP deflator CSV row " + (r + 1);
      DomainRuleException.require(
          row.size() >= 2, "csv", "%s has %s fields: needs the year and the index", where,
          row.size());
      PriceYear year;
      try {
        year = PriceYear.parse(row.get(0));
      } catch (DomainRuleException e) {
        throw new DomainRuleException("financial_year", where + ": " + e.getMessage());
      }
      BigDecimal value;
      try {
        value = new BigDecimal(row.get(1).trim());
      } catch (NumberFormatException e) {
        throw new DomainRuleException(
            "index", where + ": index '" + SafeText.bounded(row.get(1)) + "' is not a number");
      }
      b.putIndex(year, value);
      if (flag(row, forecast, where, "forecast")) {
        b.addForecastYears(year);
      }
      if (flag(row, derived, where, "derived")) {
        b.addDerivedYears(year);
      }
    }
  }

  private static boolean flag(List<String> row, int column, String where, String name) {
    if (column == -1 || column >= row.size()) {
      return false;
    }
    String v = row.get(column).trim().toLowerCase(Locale.ROOT);
    DomainRuleException.require(
        v.equals("true") || v.equals("false"), name, "%s: %s is '%s': must be true or false", where,
        name, SafeText.bounded(v));
    return v.equals("true");
  }

  /** The first year of the series. */
  public PriceYear firstYear() {
    return index().firstKey();
  }

  /** The last year of the series. */
  public PriceYear lastYear() {
    return index().lastKey();
  }

  /** True if the series has an index for {@code year}. */
  public boolean covers(PriceYear year) {
    return index().containsKey(year);
  }

  /** True if {@code year}'s index is a forecast. */
  public boolean isForecast(PriceYear year) {
    return forecastYears().contains(year);
  }

  /** True if {@code year}'s index was chained from published % changes. */
  public boolean isDerived(PriceYear year) {
    return derivedYears().contains(year);
  }

  /** The series in one line: vintage, base, publication, range and forecast years. */
  public String describe() {
    StringBuilder s = new StringBuilder(vintage());
    baseYear().ifPresent(b -> s.append("; ").append(b).append(" = 100"));
    published().ifPresent(p -> s.append("; published ").append(p));
    s.append("; ").append(firstYear()).append(" to ").append(lastYear());
    if (!forecastYears().isEmpty()) {
      s.append("; forecast from ").append(forecastYears().first());
    }
    return s.toString();
  }

  /** The index for {@code year}; a clear error naming the year if the series does not cover it. */
  public BigDecimal indexFor(PriceYear year) {
    BigDecimal value = index().get(year);
    if (value == null) {
      throw DomainRuleException.at(
          "priceYear",
          "priceYear",
          "GDP deflator '%s' has no index for %s (covers %s)",
          vintage(),
          year,
          coverage());
    }
    return value;
  }

  /** The years covered, e.g. "2000/01 to 2030/31" or "1989/90 to 2019/20, with gaps". */
  public String coverage() {
    boolean gaps = index().size() != lastYear().startYear() - firstYear().startYear() + 1;
    return firstYear() + " to " + lastYear() + (gaps ? ", with gaps" : "");
  }

  /**
   * {@code I[to] / I[from]} to {@link Money#DIVISION_CONTEXT} precision; exactly 1 for the same year
   * (no index needed).
   */
  public BigDecimal factor(PriceYear from, PriceYear to) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    return indexFor(to).divide(indexFor(from), Money.DIVISION_CONTEXT);
  }

  /**
   * {@code value × I[to] / I[from]}, the UCD workbook's column J formula: uprated when {@code to} is
   * later, deflated when it is earlier, and the value as it is when both are the same year (factor 1,
   * no index needed). The product is exact; the one division is to {@link Money#DIVISION_CONTEXT}.
   */
  public Money uprate(Money value, PriceYear from, PriceYear to) {
    if (from.equals(to)) {
      return value;
    }
    return value.times(indexFor(to)).dividedBy(indexFor(from), Money.DIVISION_CONTEXT);
  }

  /**
   * How {@link #uprate} produced its figure: the rule (same year, uprated or deflated), both indices,
   * the series' vintage, publication, base year and source, and whether either index is a forecast or
   * derived.
   */
  public Explanation explainUprate(Money value, PriceYear from, PriceYear to) {
    Explanation.Builder b = Explanation.builder().value(uprate(value, from, to).toString());
    if (from.equals(to)) {
      b.label("same price year " + to + ": used as it is")
          .formula("value × 1 (the cost is already in " + to + " prices; no index needed)")
          .putInputs("value", value.toString())
          .putInputs("price year", to.toString());
    } else {
      b.label((from.compareTo(to) < 0 ? "uprated" : "deflated (a later price year than the base)")
              + " from " + from + " to " + to + " prices")
          .formula("value × I[to] / I[from]")
          .putInputs("value", value.toString())
          .putInputs("from", from.toString())
          .putInputs("to", to.toString())
          .putInputs("I[" + from + "]", indexFor(from).toPlainString() + status(from))
          .putInputs("I[" + to + "]", indexFor(to).toPlainString() + status(to))
          .putInputs("factor I[to]/I[from]", factor(from, to).toPlainString());
    }
    b.putInputs("deflator", vintage());
    baseYear().ifPresent(y -> b.putInputs("deflator base", y + " = 100"));
    published().ifPresent(p -> b.putInputs("deflator published", p.toString()));
    source().ifPresent(s -> b.putInputs("deflator source", s));
    return b.build();
  }

  /** " (forecast)", " (forecast, derived)" or "" for the index of {@code year}. */
  String status(PriceYear year) {
    if (isForecast(year) && isDerived(year)) {
      return " (forecast, derived from published % changes)";
    }
    if (isForecast(year)) {
      return " (forecast)";
    }
    return isDerived(year) ? " (derived from published % changes)" : "";
  }

  /**
   * Nominal to real at a stated deflator rate, in one call: {@code real = nominal / (1 + rate)^years}
   * (Green Book, constant inflation), e.g. {@code toRealPrices(Money.ofPounds(110_250), 2, new
   * BigDecimal("0.05"))} is £100,000.00 in prices {@code years} earlier.
   *
   * @param nominal the amount in the prices of its own year
   * @param years how many years after the price base that year is (0 or more)
   * @param rate the annual GDP-deflator rate, e.g. 0.02 for 2% (above -1)
   */
  public static Money toRealPrices(Money nominal, int years, BigDecimal rate) {
    DomainRuleException.require(
        years >= 0, "years", "years after the price base is %s: must be 0 or more", years);
    DomainRuleException.require(
        rate.compareTo(BigDecimal.ONE.negate()) > 0,
        "rate",
        "deflator rate is %s: must be above -1 (-100%)",
        rate.toPlainString());
    return nominal.dividedBy(BigDecimal.ONE.add(rate).pow(years), Money.DIVISION_CONTEXT);
  }

  /** {@link #toRealPrices(Money, int, BigDecimal)} with the rate as typed, e.g. {@code 0.02}. */
  public static Money toRealPrices(Money nominal, int years, double rate) {
    return toRealPrices(nominal, years, Money.finite(rate, "rate"));
  }

  /** How {@link #toRealPrices(Money, int, BigDecimal)} produced its figure. */
  public static Explanation explainToRealPrices(Money nominal, int years, BigDecimal rate) {
    return Explanation.builder()
        .label("real value, " + years + " years after the price base")
        .value(toRealPrices(nominal, years, rate).toString())
        .formula("nominal / (1 + rate)^years")
        .putInputs("nominal", nominal.toString())
        .putInputs("years", Integer.toString(years))
        .putInputs("rate", rate.toPlainString())
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GdpDeflator}. */
  public static final class Builder extends ImmutableGdpDeflator.Builder {}
}
