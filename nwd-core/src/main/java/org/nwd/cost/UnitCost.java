package org.nwd.cost;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * One unit cost with its provenance: what it is per, how much, in which price year, for which value
 * type and agency, how sure we are of it and how recent it is, and where it comes from. Amounts are as
 * the source gives them, not uprated.
 *
 * <p>The price year is kept exactly as the source states it ({@link #sourcePriceYear()}). If that is a
 * financial year ({@code 2013/14}) it is used directly; otherwise ({@code Aug 2012}, {@code c. 2016})
 * a {@link PriceYearMapping} reads it: the appraisal's (the standard mapping by default), or the
 * caller's fixed on the row ({@link #mappedPriceYear()}, via {@link UnitCostCatalogue#withPriceYears}).
 * A constituent row names its parent in {@link #parentCode()}: use the parent or its constituents,
 * never both.
 *
 * <p>Every fiscal cost names the agency that bears it; a fiscal cost whose agency is {@link
 * Agency#UNSPECIFIED} stays in the catalogue as the source gives it, but an appraisal refuses to use it
 * until the caller names the agency ({@link #withAgency}).
 */
@Value.Immutable
public abstract class UnitCost {

  /** UCD code (e.g. {@code CR7.0}) or local label ({@code L-...}). With the value type, the key. */
  public abstract String code();

  public abstract String description();

  public abstract CostUnit unit();

  /** The source's wording of the unit, e.g. "per resident week". */
  @Value.Default
  public String unitLabel() {
    return unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** The amount in the price year's prices. */
  public abstract Money amount();

  /** The price year exactly as the source gives it. */
  public abstract String sourcePriceYear();

  /** The caller's explicit financial year for a source label that is not one. */
  public abstract Optional<PriceYear> mappedPriceYear();

  /** How {@link #mappedPriceYear()} was read from the label, in words, if a mapping set it. */
  public abstract Optional<String> priceYearRule();

  public abstract ValueType valueType();

  public abstract Agency agency();

  /** UCD Red/Amber/Green rating; empty for non-UCD rows. */
  public abstract Optional<Rag> rag();

  /** How sure we are of the figure (primary, secondary, uncertain), if graded. */
  public abstract Optional<Confidence> confidence();

  /** Whether the figure is current or old, if stated. */
  public abstract Optional<Recency> recency();

  /** Where the figure comes from (a link or citation). */
  public abstract String source();

  /** The edition and table of the source, e.g. "PSSRU Unit Costs of Health and Social Care 2025, Table 6.1.1". */
  public abstract Optional<String> citation();

  @Value.Default
  public String notes() {
    return "";
  }

  /** For a constituent row, the code of the headline row it adds up to (same value type). */
  public abstract Optional<String> parentCode();

  /**
   * The cashable share of a fiscal saving, if the caller has assessed it (0 to 1). There is no default
   * (Verified (UCD) Guidance): left empty, the model treats it as not cashable and says so.
   */
  public abstract Optional<BigDecimal> cashableShare();

  /** A fiscal value that is a transfer payment (tax, social-security benefit): left out of the wider case. */
  @Value.Default
  public boolean transferPayment() {
    return false;
  }

  /** The financial year to uprate from, if the source label is one or the caller mapped it. */
  public Optional<PriceYear> priceYear() {
    if (PriceYear.isFinancialYear(sourcePriceYear())) {
      return Optional.of(PriceYear.parse(sourcePriceYear()));
    }
    return mappedPriceYear();
  }

  /** The financial price year, or a clear error naming the cost and its unmapped label. */
  public PriceYear requirePriceYear() {
    return priceYear()
        .orElseThrow(
            () ->
                new DomainRuleException(
                    "priceYear",
                    String.format(
                        "unit cost %s has price year '%s', which is not a financial year:"
                            + " supply a PriceYearMapping",
                        shownKey(), SafeText.bounded(sourcePriceYear()))));
  }

  /**
   * The grade uncertainty analysis varies this cost by: {@link Confidence#UNCERTAIN} for an {@link
   * Recency#OLD} figure or an ungraded one, otherwise its confidence.
   */
  public Confidence uncertaintyGrade() {
    if (recency().orElse(Recency.CURRENT) == Recency.OLD) {
      return Confidence.UNCERTAIN;
    }
    return confidence().orElse(Confidence.UNCERTAIN);
  }

  /** "code (VALUE_TYPE)", how errors and explanations name the row. */
  public String key() {
    return code() + " (" + valueType() + ")";
  }

  /** {@link #key()} as a message shows it: the code {@link SafeText#bounded bounded}. */
  String shownKey() {
    return SafeText.bounded(code()) + " (" + valueType() + ")";
  }

  /** Confidence and recency in words, e.g. "secondary, current" or "primary, old", for explanations. */
  public String grading() {
    return confidence().map(Confidence::word).orElse("not graded")
        + ", " + recency().map(Recency::word).orElse("recency not stated");
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!code().isBlank(), "code", "unit cost code is blank");
    DomainRuleException.require(
        !amount().isNegative(), "amount", "unit cost %s amount is %s: must not be negative", shownKey(),
        amount().toExactString());
    DomainRuleException.require(
        !(valueType() == ValueType.FISCAL && agency().equals(Agency.NOT_APPLICABLE)),
        "agency",
        "unit cost %s has agency '%s': a fiscal cost names the agency that bears it",
        shownKey(),
        agency());
    cashableShare().ifPresent(s -> Shares.require(s, "cashableShare", shownKey()));
    DomainRuleException.require(
        !parentCode().map(code()::equals).orElse(false),
        "parentCode",
        "unit cost %s names itself as its parent",
        shownKey());
    DomainRuleException.require(
        !(transferPayment() && valueType() != ValueType.FISCAL),
        "transferPayment",
        "unit cost %s is %s: only fiscal values can be transfer payments",
        shownKey(),
        valueType());
    mappedPriceYear()
        .ifPresent(
            y ->
                DomainRuleException.require(
                    !PriceYear.isFinancialYear(sourcePriceYear())
                        || PriceYear.parse(sourcePriceYear()).equals(y),
                    "mappedPriceYear",
                    "unit cost %s has financial price year %s: it cannot be mapped to %s",
                    shownKey(),
                    SafeText.bounded(sourcePriceYear()),
                    y));
  }

  private UnitCost copy(
      Agency agency,
      Optional<PriceYear> mapped,
      Optional<String> rule,
      Optional<BigDecimal> cashable,
      boolean transfer,
      Optional<Confidence> confidence,
      Optional<Recency> recency) {
    return builder()
        .code(code())
        .description(description())
        .unit(unit())
        .unitLabel(unitLabel())
        .amount(amount())
        .sourcePriceYear(sourcePriceYear())
        .mappedPriceYear(mapped)
        .priceYearRule(rule)
        .valueType(valueType())
        .agency(agency)
        .rag(rag())
        .confidence(confidence)
        .recency(recency)
        .source(source())
        .citation(citation())
        .notes(notes())
        .parentCode(parentCode())
        .cashableShare(cashable)
        .transferPayment(transfer)
        .build();
  }

  /** This cost with the caller's financial year for its non-financial price-year label. */
  public UnitCost withMappedPriceYear(PriceYear year) {
    return withMappedPriceYear(
        year, "'" + sourcePriceYear() + "' read as " + year + " by the caller");
  }

  /** This cost with a financial year for its label and how that year was read, in words. */
  UnitCost withMappedPriceYear(PriceYear year, String rule) {
    return copy(agency(), Optional.of(year), Optional.of(rule), cashableShare(), transferPayment(),
        confidence(), recency());
  }

  /** This cost flagged (or not) as a transfer payment. */
  public UnitCost withTransferPayment(boolean transfer) {
    return copy(agency(), mappedPriceYear(), priceYearRule(), cashableShare(), transfer,
        confidence(), recency());
  }

  /** This cost with the caller's assessed cashable share (0 to 1). */
  public UnitCost withCashableShare(BigDecimal share) {
    return copy(agency(), mappedPriceYear(), priceYearRule(), Optional.of(share),
        transferPayment(), confidence(), recency());
  }

  /** This cost borne by {@code agency} (e.g. naming the bearer of a cost the source leaves unspecified). */
  public UnitCost withAgency(Agency agency) {
    return copy(agency, mappedPriceYear(), priceYearRule(), cashableShare(), transferPayment(),
        confidence(), recency());
  }

  /** This cost with the caller's confidence grade. */
  public UnitCost withConfidence(Confidence confidence) {
    return copy(agency(), mappedPriceYear(), priceYearRule(), cashableShare(), transferPayment(),
        Optional.of(confidence), recency());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UnitCost}. A missing mandatory attribute is a {@link DomainRuleException} naming
   * it; a missing agency says what to give (the other missing attributes follow).
   */
  public static final class Builder extends ImmutableUnitCost.Builder {
    @Override
    public UnitCost build() {
      try {
        return super.build();
      } catch (DomainRuleException e) {
        java.util.regex.Matcher m = MISSING.matcher(e.getMessage());
        if (!m.find() || !java.util.Arrays.asList(m.group(1).split(", ")).contains("agency")) {
          throw e;
        }
        throw new DomainRuleException(
            "agency",
            "unit cost has no agency: every unit cost names the agency that bears it"
                + " (Agency.NOT_APPLICABLE for economic and social values)"
                + (m.group(1).equals("agency") ? "" : "; " + e.getMessage()));
      }
    }
  }

  /** The attributes a builder's missing-attribute message lists (DomainRuleException's wording). */
  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile("required attributes? (.+) (?:is|are) not set");
}
