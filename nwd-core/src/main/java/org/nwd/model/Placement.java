package org.nwd.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A care placement as the SSDA903 records it: type ({@code PLACE}), provider ({@code PLACE_PROVIDER})
 * and where it is relative to the council's area ({@link PlacementLocation}: inside, outside or
 * unknown).
 *
 * <p>Rule (V903 rule 178): a placement whose type never carries a provider ({@link
 * PlacementType#allowsProvider()}: the temporary types {@code T0}-{@code T3}, {@code Z1} and {@code
 * Z11}-{@code Z14}) has none.
 */
@Value.Immutable
public abstract class Placement {

  /** Who was placed. */
  public abstract YoungPersonId youngPersonId();

  /** When. */
  public abstract DatePeriod period();

  /** The SSDA903 placement type. */
  public abstract PlacementType type();

  /** The SSDA903 provider; absent where the return leaves it blank. */
  public abstract Optional<PlacementProvider> provider();

  /** Inside or outside the responsible council's area, or unknown. */
  public abstract PlacementLocation location();

  @Value.Check
  void check() {
    DomainRuleException.require(
        provider().isEmpty() || type().allowsProvider(),
        "provider",
        "placement type %s carries no provider (SSDA903 rule 178), but %s was given",
        type().code(),
        provider().map(PlacementProvider::code).orElse(""));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Placement}. */
  public static final class Builder extends ImmutablePlacement.Builder {
    /** Sets the {@link #location location}: inside ({@code true}) or outside the council's area. */
    public Builder insideCouncilArea(boolean inside) {
      return location(inside ? PlacementLocation.INSIDE : PlacementLocation.OUTSIDE);
    }
  }

  /** True for private or voluntary provision ({@link PlacementProvider#isExternal()}). */
  public boolean isExternal() {
    return provider().map(PlacementProvider::isExternal).orElse(false);
  }

  /** True when the placement is known to be inside the council's area. */
  public boolean insideCouncilArea() {
    return location() == PlacementLocation.INSIDE;
  }

  /** True when the placement is known to be outside the council's area (unknown is not). */
  public boolean isOutOfArea() {
    return location() == PlacementLocation.OUTSIDE;
  }
}
