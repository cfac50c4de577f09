package org.nwd.model;

import org.immutables.value.Value;

/**
 * A worker's pseudonymous identifier, e.g. {@code W-017}.
 *
 * <p>Non-blank, 1-64 characters of {@code [A-Za-z0-9._:-]}. Identifiers are pseudonymous: they must
 * not be names or any other personal data. {@link #toString()} returns the raw id and {@link
 * #parse(String)} reverses it.
 */
@Value.Immutable
public abstract class WorkerId implements Comparable<WorkerId> {

  /** The raw identifier. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Checks.requireId(value(), "value", "worker id");
  }

  /** The identifier {@code value}. */
  public static WorkerId of(String value) {
    return ImmutableWorkerId.of(value);
  }

  /** Reverses {@link #toString()}: the same as {@link #of(String)}. */
  public static WorkerId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(WorkerId other) {
    return value().compareTo(other.value());
  }

  /** The raw identifier. */
  @Override
  public String toString() {
    return value();
  }
}
