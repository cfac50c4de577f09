package org.nwd.model;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Who an adopter's No Wrong Door service is for, by age: an inclusive band {@code minAge..maxAge} in
 * completed years. Adopters change the band (North Yorkshire 12-25, Middlesbrough 11-18), so it is
 * configuration, not a fixed rule.
 */
@Value.Immutable
public abstract class EligibilityPolicy {

  /** The policy's name, e.g. "North Yorkshire". */
  public abstract String name();

  /** The youngest eligible age, inclusive. */
  public abstract int minAge();

  /** The oldest eligible age, inclusive. */
  public abstract int maxAge();

  @Value.Check
  void check() {
    Checks.requireNotBlank(name(), "name", "eligibility policy name");
    DomainRuleException.require(minAge() >= 0, "minAge", "minimum age %s is negative", minAge());
    DomainRuleException.require(
        minAge() <= maxAge(),
        "maxAge",
        "maximum age %s is below minimum age %s",
        maxAge(),
        minAge());
  }

  /** A policy for ages {@code minAge..maxAge} inclusive. */
  public static EligibilityPolicy of(String name, int minAge, int maxAge) {
    return builder().name(name).minAge(minAge).maxAge(maxAge).build();
  }

  /** North Yorkshire's band: ages 12 to 25 inclusive (nwd-model.md section 2.1). */
  public static EligibilityPolicy northYorkshire() {
    return of("North Yorkshire", 12, 25);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityPolicy}. */
  public static final class Builder extends ImmutableEligibilityPolicy.Builder {}

  /**
   * True when the person's age on {@code date} is within the band. A 25-year-old is eligible under
   * North Yorkshire's policy; on the day they turn 26 they are not. False for a date before birth.
   */
  public boolean isEligible(YoungPerson person, LocalDate date) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(date, "date");
    if (person.isBeforeBirth(date)) {
      return false;
    }
    int age = person.ageOn(date);
    return age >= minAge() && age <= maxAge();
  }
}
