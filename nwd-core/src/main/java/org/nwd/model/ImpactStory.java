package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A young person's story of impact, told with consent, linked to the outcome measures it illustrates.
 * The text is free text and may be personal: it never appears in {@link #toString()} or in any message.
 */
@Value.Immutable
public abstract class ImpactStory {

  /** The story's id. */
  public abstract String id();

  /** Whose story. */
  public abstract YoungPersonId youngPersonId();

  /** When consent to use it was given. */
  public abstract LocalDate consentDate();

  /** The codes of the outcome measures it illustrates. */
  public abstract ImmutableList<String> measures();

  /** The story; personal free text. */
  public abstract String text();

  @Value.Check
  void check() {
    Checks.requireId(id(), "id", "impact story id");
    Checks.requireNotBlank(text(), "text", "impact story text");
    for (String code : measures()) {
      Checks.requireNotBlank(code, "measures", "measure code");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactStory}. */
  public static final class Builder extends ImmutableImpactStory.Builder {}

  /** The id, young person, consent date and measures: never the text. */
  @Override
  public String toString() {
    return "ImpactStory{id="
        + id()
        + ", youngPersonId="
        + youngPersonId()
        + ", consentDate="
        + consentDate()
        + ", measures="
        + measures()
        + "}";
  }
}
