package org.nwd.cost;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * One unit cost with its provenance: what it is per, how much, in which price year, for which value
 * type and agency, how robust, and where it comes from. Amounts are as the source gives them, not
 * uprated.
 *
 * <p>The price year is kept exactly as the source states it ({@link #sourcePriceYear()}). If that is a
 * financial year ({@code 2013/14}) it is used directly; otherwise ({@code May 2019}, {@code c. 2016}) the
 * caller must map it ({@link #mappedPriceYear()}, usually via {@link UnitCostCatalogue#withPriceYears})
 * before the cost can be uprated. A constituent row names its parent in {@link #parentCode()}: use the
 * parent or its constituents, never both.
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

  public abstract ValueType valueType();

  public abstract Agency agency();

  /** UCD Red/Amber/Green rating; empty for non-UCD rows. */
  public abstract Optional<Rag> rag();

  /** Where the figure comes from (a link or citation). */
  public abstract String source();

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
                        "unit cost %s (%s) has price year '%s', which is not a financial year:"
                            + " supply a PriceYearMapping",
                        SafeText.bounded(code()), valueType(), SafeText.bounded(sourcePriceYear()))));
  }

  /** "code (VALUE_TYPE)", how errors and explanations name the row. */
  public String key() {
    return code() + " (" + valueType() + ")";
  }

  @Value.Check
  void check() {
    DomainRuleException.require(!code().isBlank(), "code", "unit cost code is blank");
    DomainRuleException.require(
        !amount().isNegative(), "amount", "unit cost %s amount is %s: must not be negative", key(),
        amount());
    cashableShare().ifPresent(s -> Shares.require(s, "cashableShare", key()));
    DomainRuleException.require(
        !parentCode().map(code()::equals).orElse(false),
        "parentCode",
        "unit cost %s names itself as its parent",
        key());
    DomainRuleException.require(
        !(transferPayment() && valueType() != ValueType.FISCAL),
        "transferPayment",
        "unit cost %s is %s: only fiscal values can be transfer payments",
        key(),
        valueType());
    mappedPriceYear()
        .ifPresent(
            y ->
                DomainRuleException.require(
                    !PriceYear.isFinancialYear(sourcePriceYear())
                        || PriceYear.parse(sourcePriceYear()).equals(y),
                    "mappedPriceYear",
                    "unit cost %s has financial price year %s: it cannot be mapped to %s",
                    key(),
                    sourcePriceYear(),
                    y));
  }

  private Builder base() {
    Builder b = builder();
    b.code(code())
        .description(description())
        .unit(unit())
        .unitLabel(unitLabel())
        .amount(amount())
        .sourcePriceYear(sourcePriceYear())
        .valueType(valueType())
        .agency(agency())
        .rag(rag())
        .source(source())
        .notes(notes())
        .parentCode(parentCode());
    return b;
  }

  /** This cost with the caller's financial year for its non-financial price-year label. */
  public UnitCost withMappedPriceYear(PriceYear year) {
    Builder b = base();
    b.mappedPriceYear(year).cashableShare(cashableShare()).transferPayment(transferPayment());
    return b.build();
  }

  /** This cost flagged (or not) as a transfer payment. */
  public UnitCost withTransferPayment(boolean transfer) {
    Builder b = base();
    b.mappedPriceYear(mappedPriceYear()).cashableShare(cashableShare()).transferPayment(transfer);
    return b.build();
  }

  /** This cost with the caller's assessed cashable share (0 to 1). */
  public UnitCost withCashableShare(BigDecimal share) {
    Builder b = base();
    b.mappedPriceYear(mappedPriceYear()).cashableShare(share).transferPayment(transferPayment());
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitCost}. */
  public static final class Builder extends ImmutableUnitCost.Builder {}
}
