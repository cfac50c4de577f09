package org.nwd.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A provocation: a short cultural question that guides everyday decisions ("Would this be good enough
 * for my child?"). Provocations are adopter data, versioned by the date they take effect, with their
 * source.
 */
@Value.Immutable
public abstract class Provocation {

  /** The provocation's id within its adopter's catalogue, e.g. {@code good_enough_for_my_child}. */
  public abstract String id();

  /** The wording. Public policy text, not personal data, but kept out of {@link #toString()}. */
  public abstract String text();

  /** Whose provocation it is, e.g. "North Yorkshire". */
  public abstract String adopter();

  /** The date this wording took effect. */
  public abstract LocalDate effectiveFrom();

  /** Where the wording comes from (a URL or document reference). */
  public abstract String source();

  @Value.Check
  void check() {
    Checks.requireId(id(), "id", "provocation id");
    Checks.requireNotBlank(text(), "text", "provocation text");
    Checks.requireNotBlank(adopter(), "adopter", "adopter");
    Checks.requireNotBlank(source(), "source", "provocation source");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provocation}. */
  public static final class Builder extends ImmutableProvocation.Builder {}

  @Override
  public String toString() {
    return "Provocation{id=" + id() + ", adopter=" + adopter() + ", effectiveFrom=" + effectiveFrom() + "}";
  }
}
