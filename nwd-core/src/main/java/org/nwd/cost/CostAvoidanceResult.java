package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link CostAvoidanceModel#run}: every benefit line (year × measure × unit cost, hence
 * agency and value type), every cost line (year × paying agency), the financial and wider cases, the
 * price basis, and the list of defaults the model applied because the caller did not state them.
 *
 * <p>The two cases mean different things only where the unit costs carry economic or social values
 * (or transfer payments are left out of the wider case). {@link #widerCaseAddsToFinancialCase()} says
 * whether they do and {@link #widerCaseStatement()} says it in words, naming the measures valued
 * fiscally only, so a report need not show the financial case twice as "wider".
 */
@Value.Immutable
public abstract class CostAvoidanceResult {

  public abstract ImmutableList<BenefitLine> benefitLines();

  public abstract ImmutableList<CostLine> costLines();

  /** Fiscal values only, with cashable and non-cashable parts. */
  public abstract CaseSummary financialCase();

  /** Fiscal, economic and social values, without transfer payments if flagged. */
  public abstract CaseSummary widerCase();

  /** Last appraisal year with a benefit or a cost. */
  public abstract int horizon();

  /** Each default applied in place of a caller judgement, in words; empty if the caller stated all. */
  public abstract ImmutableList<String> defaultsApplied();

  /**
   * The prices the figures are in: price base, deflator vintage, forecast years used, price-year
   * readings and old unit costs (always present in results from {@link CostAvoidanceModel}; absent
   * only in documents written before it was kept).
   */
  public abstract Optional<PriceBasis> priceBasis();

  /** Measures valued with at least one economic or social unit cost. */
  public ImmutableSortedSet<String> measuresWithEconomicOrSocialValues() {
    return benefitLines().stream()
        .filter(l -> l.valueType() != ValueType.FISCAL)
        .map(BenefitLine::measureCode)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Measures valued with fiscal unit costs only. */
  public ImmutableSortedSet<String> measuresWithFiscalValuesOnly() {
    ImmutableSortedSet<String> wider = measuresWithEconomicOrSocialValues();
    return benefitLines().stream()
        .map(BenefitLine::measureCode)
        .filter(m -> !wider.contains(m))
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * True if the wider case differs from the financial case by construction: some measure carries an
   * economic or social value, or a transfer payment is left out of the wider case.
   */
  public boolean widerCaseAddsToFinancialCase() {
    // Each case's explanation has one step per benefit or cost line it holds: fewer in the wider
    // case means transfer payments were left out of it.
    return !measuresWithEconomicOrSocialValues().isEmpty()
        || widerCase().explanation().steps().size() != financialCase().explanation().steps().size();
  }

  /** What the wider case holds, in one sentence, for reports. */
  public String widerCaseStatement() {
    if (!widerCaseAddsToFinancialCase()) {
      return "Wider case: the unit costs used carry no economic or social values, so the wider case"
          + " adds nothing to the financial case and is not shown separately.";
    }
    String with = String.join(", ", measuresWithEconomicOrSocialValues());
    String without = String.join(", ", measuresWithFiscalValuesOnly());
    return "Wider case: adds economic and social values for "
        + (with.isEmpty() ? "no measure (it leaves out transfer payments)" : with)
        + (without.isEmpty() ? "" : "; valued fiscally only (no economic or social values in the"
            + " catalogue): " + without)
        + ".";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostAvoidanceResult}. */
  public static final class Builder extends ImmutableCostAvoidanceResult.Builder {}
}
