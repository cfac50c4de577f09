package org.nwd.ssda903;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.model.DatePeriod;
import org.nwd.model.PlacementLocation;
import org.nwd.model.PlacementProvider;
import org.nwd.model.PlacementType;
import org.nwd.model.YoungPersonId;

/**
 * One SSDA903 episode of a child's stitched history, as kept after the rules ran (the latest return's
 * version, repairs applied). The domain record holds what the episodes mean (periods of care and
 * placements); this keeps the episode itself, with the return and line it came from, the placement
 * location and the distance the domain has no field for. Postcodes are not kept.
 */
@Value.Immutable
public abstract class Ssda903Episode {

  /** Whose episode. */
  public abstract YoungPersonId youngPersonId();

  /** The collection year of the return the kept version came from. */
  public abstract CollectionYear year();

  /** The file the kept version came from. */
  public abstract String file();

  /** Its line there. */
  public abstract long line();

  /** {@code DECOM} to {@code DEC} (exclusive); open when the episode had not ended. */
  public abstract DatePeriod period();

  /** {@code RNE}, when a known code. */
  public abstract Optional<String> reasonForNewEpisode();

  /** {@code LS}, as given. */
  public abstract Optional<String> legalStatus();

  /** {@code CIN}, as given. */
  public abstract Optional<String> categoryOfNeed();

  /** {@code PLACE}, when a known code. */
  public abstract Optional<PlacementType> placementType();

  /** {@code PLACE_PROVIDER}, when given and allowed. */
  public abstract Optional<PlacementProvider> provider();

  /** {@code REC}, when a known code on a closed episode. */
  public abstract Optional<String> reasonEpisodeCeased();

  /** {@code REASON_PLACE_CHANGE}, as given. */
  public abstract Optional<String> reasonPlaceChange();

  /** Inside or outside the council's area, from {@code PL_POST} and the postcode lookup. */
  public abstract PlacementLocation location();

  /**
   * Straight-line miles from {@code HOME_POST} to {@code PL_POST} (OS grid metres / 1000 / 1.6093,
   * rounded to 0.1 as the DfE guidance does), when both are in the lookup with grid references.
   */
  public abstract OptionalDouble distanceMiles();

  /** True when the episode was open at a year end and vanished from the next return. */
  public abstract boolean censored();

  /** True when the episode began before the first collection year of the data. */
  public abstract boolean leftCensored();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ssda903Episode}. */
  public static final class Builder extends ImmutableSsda903Episode.Builder {}

  @Override
  public String toString() {
    return "Ssda903Episode{" + youngPersonId() + " " + period() + " "
        + placementType().map(PlacementType::code).orElse("?") + " from " + year() + "}";
  }
}
