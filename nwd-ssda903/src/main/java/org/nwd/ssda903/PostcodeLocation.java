package org.nwd.ssda903;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Where a postcode is, as a caller's postcode lookup gives it: the code of the upper-tier council
 * whose area holds it (compared with the importing council's code to tell inside from outside; use
 * {@code SCO}, {@code WAL} or {@code NIR} outside England) and, when known, its OS grid reference in
 * metres (easting, northing) for distances.
 */
@Value.Immutable
public abstract class PostcodeLocation {

  /** The council code, e.g. {@code E10000023}. */
  public abstract String council();

  /** OS grid easting in metres, when known. */
  public abstract OptionalDouble easting();

  /** OS grid northing in metres, when known. */
  public abstract OptionalDouble northing();

  @Value.Check
  void check() {
    DomainRuleException.require(
        !council().isBlank(), "council", "the council of a postcode location is blank");
    DomainRuleException.require(
        easting().isPresent() == northing().isPresent(),
        "northing",
        "a grid reference needs both easting and northing");
    easting().ifPresent(e -> finite(e, "easting"));
    northing().ifPresent(n -> finite(n, "northing"));
  }

  private static void finite(double v, String field) {
    DomainRuleException.require(Double.isFinite(v), field, "%s %s is not finite", field, v);
  }

  /** A location in {@code council} with no grid reference. */
  public static PostcodeLocation of(String council) {
    return builder().council(council).build();
  }

  /** A location in {@code council} at the OS grid reference {@code easting}, {@code northing}. */
  public static PostcodeLocation of(String council, double easting, double northing) {
    return builder().council(council).easting(easting).northing(northing).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostcodeLocation}. */
  public static final class Builder extends ImmutablePostcodeLocation.Builder {}

  /** True when the grid reference is known. */
  public boolean hasGridReference() {
    return easting().isPresent();
  }
}
