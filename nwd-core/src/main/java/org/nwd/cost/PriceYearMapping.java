package org.nwd.cost;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An explicit, caller-supplied mapping from price-year labels that are not financial years (such as
 * {@code "May 2019"}, {@code "c. 2016"} or {@code "2013"}) to the financial year to uprate them from.
 *
 * <p>The library never guesses such a mapping: which financial year a calendar date stands for is a
 * judgement for the analyst. Labels that already are financial years ({@code 2013/14}) need no entry.
 */
@Value.Immutable
public abstract class PriceYearMapping {

  /** Source label (exactly as in the unit-cost source) to financial year. */
  public abstract ImmutableMap<String, PriceYear> labels();

  /** The mapping with no entries: only financial-year labels resolve. */
  public static PriceYearMapping none() {
    return builder().build();
  }

  /** The financial year for {@code label}: itself if it is one, else the caller's entry, if any. */
  public Optional<PriceYear> resolve(String label) {
    if (PriceYear.isFinancialYear(label)) {
      return Optional.of(PriceYear.parse(label));
    }
    return Optional.ofNullable(labels().get(label));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceYearMapping}. */
  public static final class Builder extends ImmutablePriceYearMapping.Builder {}
}
