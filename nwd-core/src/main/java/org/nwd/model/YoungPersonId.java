package org.nwd.model;

import org.immutables.value.Value;

/**
 * A young person's pseudonymous identifier, e.g. {@code YP-0001}.
 *
 * <p>Non-blank, 1-64 characters of {@code [A-Za-z0-9._:-]}. Identifiers are pseudonymous: they must
 * not be names or any other personal data. {@link #toString()} returns the raw id and {@link
 * #parse(String)} reverses it.
 */
@Value.Immutable
public abstract class YoungPersonId implements Comparable<YoungPersonId> {

  /** The raw identifier. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Checks.requireId(value(), "value", "young person id");
  }

  /** The identifier {@code value}. */
  public static YoungPersonId of(String value) {
    return ImmutableYoungPersonId.of(value);
  }

  /** Reverses {@link #toString()}: the same as {@link #of(String)}. */
  public static YoungPersonId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(YoungPersonId other) {
    return value().compareTo(other.value());
  }

  /** The raw identifier. */
  @Override
  public String toString() {
    return value();
  }
}
