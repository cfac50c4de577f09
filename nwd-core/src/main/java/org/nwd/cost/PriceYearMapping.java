package org.nwd.cost;

import com.google.common.collect.ImmutableMap;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * How price-year labels that are not financial years (such as {@code "Aug 2012"}, {@code "2024"} or
 * {@code "c. 2016"}) are read as the financial year a cost is uprated from.
 *
 * <p>{@link #standard()} is the shipped default. Its rules, in order (the first that matches wins):
 *
 * <ol>
 *   <li>a financial year, {@code 2013/14} or {@code 1999/2000}: itself;
 *   <li>a financial year written with a hyphen, {@code 2023-24} or {@code 2023-2024} (the HM Treasury,
 *       NAO and PSSRU style): that financial year;
 *   <li>{@code year ending March 2017} (or {@code year ending 31 March 2017}): the financial year that
 *       ends then, 2016/17;
 *   <li>a month and year, {@code Aug 2012}, {@code August 2012}, {@code Oct-2021}: the financial year
 *       containing that month (April-December of Y in Y/Y+1, January-March in Y-1/Y), so Aug 2012 is
 *       2012/13 and Feb 2013 is 2012/13;
 *   <li>a bare calendar year, {@code 2024}, possibly followed by a note in brackets ({@code 2024
 *       (cash)}): the financial year starting in its April, 2024/25. That financial year holds nine of
 *       the calendar year's twelve months, including its middle (1 July), so it is the closest single
 *       financial year; the other candidate, 2023/24, shares only January to March;
 *   <li>an approximate year, {@code c. 2016}, {@code circa 2016}, {@code about 2009}: as rule 5, and the
 *       explanation says the year is approximate.
 * </ol>
 *
 * <p>Anything else ({@code "not stated"}) does not resolve: a cost with such a label cannot be used
 * until the caller says which year it is. The caller's own entries ({@link #with}) come before every
 * rule, so any reading can be overridden, e.g. when a source's edition year is not its price year.
 * {@link #none()} applies no rules: only financial years and the caller's entries resolve.
 *
 * <p>Which financial year a calendar date stands for is a judgement: these rules are the library's
 * documented convention, and every explanation that uses one names the rule it applied.
 */
@Value.Immutable
public abstract class PriceYearMapping {

  private static final Pattern HYPHEN = Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})");
  private static final Pattern YEAR_ENDING =
      Pattern.compile("year ending (?:31 )?march (\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH =
      Pattern.compile("([a-z]+)\\.?[ -](\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?: \\([^)]*\\))?");
  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "(?:c\\.|ca\\.|circa|about|approx\\.|approximately) ?(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };

  /** Source label (exactly as in the unit-cost source) to financial year, set by the caller. */
  public abstract ImmutableMap<String, PriceYear> labels();

  /** True to apply the standard rules (see the class comment) after the caller's entries. */
  @Value.Default
  public boolean standardRules() {
    return false;
  }

  /** The shipped default: the standard rules, no caller entries. */
  public static PriceYearMapping standard() {
    return builder().standardRules(true).build();
  }

  /** No rules: only financial-year labels and the caller's entries resolve. */
  public static PriceYearMapping none() {
    return builder().build();
  }

  /** This mapping with the caller's reading of {@code label} (replacing any earlier entry for it). */
  public PriceYearMapping with(String label, PriceYear year) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(year, "year");
    Map<String, PriceYear> entries = new LinkedHashMap<>(labels());
    entries.put(label, year);
    return builder().standardRules(standardRules()).putAllLabels(entries).build();
  }

  /**
   * "standard price-year mapping" or "price-year mapping without rules", with the number of caller
   * entries if any, for explanations.
   */
  public String name() {
    String base = standardRules() ? "standard price-year mapping" : "price-year mapping without rules";
    return labels().isEmpty() ? base : base + " with " + labels().size() + " caller entries";
  }

  /** The financial year for {@code label}, if the caller's entries or the rules resolve it. */
  public Optional<PriceYear> resolve(String label) {
    return reading(label).map(Reading::year);
  }

  /**
   * How {@code label} resolves, in words (e.g. {@code "'Aug 2012' is a month: the financial year
   * containing it, 2012/13 (standard price-year mapping)"}), if it does.
   */
  public Optional<String> rule(String label) {
    return reading(label).map(Reading::rule);
  }

  /** The financial year for {@code label}, or a clear error naming it and what would resolve it. */
  public PriceYear require(String label, String item) {
    return resolve(label)
        .orElseThrow(
            () ->
                new DomainRuleException(
                    "priceYear",
                    String.format(
                        "%s has price year '%s', which the %s does not resolve to a financial year:"
                            + " state it with PriceYearMapping.with(label, PriceYear.parse(\"YYYY/YY\"))",
                        item, SafeText.bounded(label), name())));
  }

  /** One resolved label. */
  private record Reading(PriceYear year, String rule) {}

  private Optional<Reading> reading(String label) {
    Objects.requireNonNull(label, "label");
    PriceYear own = labels().get(label);
    if (own != null) {
      return Optional.of(
          new Reading(own, "'" + label + "' read as " + own + " by the caller's entry"));
    }
    String text = label.trim();
    if (PriceYear.isFinancialYear(text)) {
      PriceYear y = PriceYear.parse(text);
      return Optional.of(new Reading(y, "'" + label + "' is a financial year"));
    }
    if (!standardRules()) {
      return Optional.empty();
    }
    return standardReading(text).map(r -> new Reading(r.year(), "'" + label + "' " + r.rule()
        + " (" + name() + ")"));
  }

  private static Optional<Reading> standardReading(String text) {
    Matcher m = HYPHEN.matcher(text);
    if (m.matches() && PriceYear.isFinancialYear(m.group(1) + "/" + m.group(2))) {
      PriceYear y = PriceYear.parse(m.group(1) + "/" + m.group(2));
      return Optional.of(new Reading(y, "is a financial year written with a hyphen: " + y));
    }
    m = YEAR_ENDING.matcher(text);
    if (m.matches()) {
      PriceYear y = PriceYear.of(Integer.parseInt(m.group(1)) - 1);
      return Optional.of(new Reading(y, "is a year ending in March: the financial year " + y));
    }
    m = MONTH.matcher(text);
    if (m.matches()) {
      int month = month(m.group(1));
      if (month > 0) {
        PriceYear y = PriceYear.containing(YearMonth.of(Integer.parseInt(m.group(2)), month));
        return Optional.of(
            new Reading(y, "is a month: the financial year containing it, " + y));
      }
    }
    m = CALENDAR.matcher(text);
    if (m.matches()) {
      PriceYear y = PriceYear.of(Integer.parseInt(m.group(1)));
      return Optional.of(
          new Reading(y, "is a calendar year: the financial year starting in its April, " + y));
    }
    m = APPROXIMATE.matcher(text);
    if (m.matches()) {
      PriceYear y = PriceYear.of(Integer.parseInt(m.group(1)));
      return Optional.of(
          new Reading(
              y,
              "is an approximate calendar year: the financial year starting in its April, " + y
                  + " (approximate)"));
    }
    return Optional.empty();
  }

  /** 1-12 for a month name or its abbreviation of at least three letters ("Aug", "Sept"), else 0. */
  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(w)) {
        return i + 1;
      }
    }
    return 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceYearMapping}. */
  public static final class Builder extends ImmutablePriceYearMapping.Builder {}
}
