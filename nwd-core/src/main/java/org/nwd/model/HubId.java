package org.nwd.model;

import org.immutables.value.Value;

/**
 * A hub's identifier, e.g. {@code HUB-SCARBOROUGH}.
 *
 * <p>Non-blank, 1-64 characters of {@code [A-Za-z0-9._:-]}. Identifiers are pseudonymous: they must
 * not be names or any other personal data. {@link #toString()} returns the raw id and {@link
 * #parse(String)} reverses it.
 */
@Value.Immutable
public abstract class HubId implements Comparable<HubId> {

  /** The raw identifier. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Checks.requireId(value(), "value", "hub id");
  }

  /** The identifier {@code value}. */
  public static HubId of(String value) {
    return ImmutableHubId.of(value);
  }

  /** Reverses {@link #toString()}: the same as {@link #of(String)}. */
  public static HubId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(HubId other) {
    return value().compareTo(other.value());
  }

  /** The raw identifier. */
  @Override
  public String toString() {
    return value();
  }
}
