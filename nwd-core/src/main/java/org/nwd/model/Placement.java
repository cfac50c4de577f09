package org.nwd.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A care placement as the SSDA903 records it: type ({@code PLACE}), provider ({@code PLACE_PROVIDER},
 * absent for temporary placements) and whether it is inside the council's own area.
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

  /** True when the placement is inside the responsible council's area. */
  public abstract boolean insideCouncilArea();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Placement}. */
  public static final class Builder extends ImmutablePlacement.Builder {}

  /** True for private or voluntary provision ({@link PlacementProvider#isExternal()}). */
  public boolean isExternal() {
    return provider().map(PlacementProvider::isExternal).orElse(false);
  }

  /** True when the placement is outside the council's area. */
  public boolean isOutOfArea() {
    return !insideCouncilArea();
  }
}
