package org.nwd.cost;

import java.math.BigDecimal;
import org.nwd.DomainRuleException;

/** Checks for shares (fractions written 0 to 1, i.e. 0% to 100%). */
final class Shares {
  private Shares() {}

  static void require(BigDecimal share, String field, String item) {
    DomainRuleException.require(
        share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0,
        field,
        "%s for %s is %s: must be a share between 0 (0%) and 1 (100%)",
        field,
        item,
        share.toPlainString());
  }
}
