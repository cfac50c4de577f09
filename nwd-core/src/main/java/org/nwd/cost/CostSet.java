package org.nwd.cost;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * The unit costs one appraisal actually uses. It rejects a headline row together with any of its
 * constituents (same value type), because constituents add up to their parent and using both would
 * count the saving twice (methods.md §3.7, "never both").
 */
@Value.Immutable
public abstract class CostSet {

  public abstract ImmutableList<UnitCost> costs();

  @Value.Check
  void check() {
    Set<String> keys = new HashSet<>();
    for (UnitCost c : costs()) {
      keys.add(c.key());
    }
    for (UnitCost c : costs()) {
      c.parentCode()
          .ifPresent(
              parent -> {
                String parentKey = parent + " (" + c.valueType() + ")";
                DomainRuleException.require(
                    !keys.contains(parentKey),
                    "costs",
                    "cost set uses headline %s together with its constituent %s: use one or the"
                        + " other, never both",
                    parentKey,
                    c.key());
              });
    }
  }

  public static CostSet of(Iterable<UnitCost> costs) {
    return builder().addAllCosts(costs).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostSet}. */
  public static final class Builder extends ImmutableCostSet.Builder {}
}
