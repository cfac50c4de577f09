package org.nwd.cost;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * What one agency pays for the programme in one appraisal year, in real price-base prices: the cost
 * side of "who pays, who saves" ({@link CaseSummary#netPositionByAgency()}).
 */
@Value.Immutable
public abstract class ProgrammeCost {

  /** Appraisal year (0 = the base year). */
  public abstract int year();

  /** The agency that pays. */
  public abstract Agency agency();

  /** The amount, zero or more. */
  public abstract Money amount();

  /** What the money buys, e.g. "hub staff"; may be empty. */
  @Value.Default
  public String description() {
    return "";
  }

  @Value.Check
  void check() {
    DomainRuleException.require(
        year() >= 0, "year", "programme cost year %s: years start at 0", year());
    DomainRuleException.require(
        !amount().isNegative(),
        "amount",
        "programme cost in year %s paid by %s is %s: must not be negative",
        year(),
        agency(),
        amount().toExactString());
    DomainRuleException.require(
        !agency().equals(Agency.NOT_APPLICABLE),
        "agency",
        "programme cost in year %s has agency '%s': name the agency that pays it",
        year(),
        agency());
  }

  /** {@code amount} paid by {@code agency} in appraisal year {@code year}. */
  public static ProgrammeCost of(int year, Agency agency, Money amount) {
    return builder().year(year).agency(agency).amount(amount).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeCost}. */
  public static final class Builder extends ImmutableProgrammeCost.Builder {}
}
