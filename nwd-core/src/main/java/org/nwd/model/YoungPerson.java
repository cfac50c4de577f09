package org.nwd.model;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * A young person served (or considered) by No Wrong Door, held pseudonymously: an id, the birth month
 * (not the date of birth), the responsible local authority, the recorded sex and the care-status
 * history.
 *
 * <p>Care-status periods are sorted by start and never overlap; anything else is rejected. {@link
 * #toString()} shows only the id and the local authority: never the birth month.
 */
@Value.Immutable
public abstract class YoungPerson {

  /** The pseudonymous id. */
  public abstract YoungPersonId id();

  /** The month of birth; personal data, never printed. */
  public abstract YearMonth birthMonth();

  /** The responsible local authority's code, e.g. an ONS code such as {@code E10000023}. */
  public abstract String localAuthority();

  /**
   * The recorded sex; empty when none was recorded, {@link Sex#UNKNOWN} when it was recorded as
   * unknown (SSDA903 {@code U}).
   */
  public abstract Optional<Sex> sex();

  /** The care-status history, sorted by start, non-overlapping. */
  public abstract ImmutableList<CareStatusPeriod> careStatusPeriods();

  @Value.Check
  void check() {
    Checks.requireNotBlank(localAuthority(), "localAuthority", "local authority");
    for (int i = 1; i < careStatusPeriods().size(); i++) {
      CareStatusPeriod previous = careStatusPeriods().get(i - 1);
      CareStatusPeriod current = careStatusPeriods().get(i);
      if (current.period().start().isBefore(previous.period().start())) {
        throw DomainRuleException.at(
            "careStatusPeriods",
            "careStatusPeriods/" + i + "/period",
            "care status period %s starts before the previous one %s; periods must be sorted by start",
            current,
            previous);
      }
      if (current.period().overlaps(previous.period())) {
        throw DomainRuleException.at(
            "careStatusPeriods",
            "careStatusPeriods/" + i + "/period",
            "care status periods %s and %s overlap",
            previous,
            current);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YoungPerson}. */
  public static final class Builder extends ImmutableYoungPerson.Builder {}

  /** The date counted as the birthday: the first day of the birth month. */
  private LocalDate assumedBirthday() {
    return birthMonth().atDay(1);
  }

  /** True when {@code date} falls before the birth month. */
  boolean isBeforeBirth(LocalDate date) {
    return date.isBefore(assumedBirthday());
  }

  /**
   * Age in completed years on {@code date}, taking the 1st of the birth month as the birthday (only the
   * month is held): born 2010-03, the person is 13 on 2024-02-29 and 14 on 2024-03-01.
   *
   * @throws DomainRuleException when {@code date} is before the birth month
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DomainRuleException.require(
        !isBeforeBirth(date), "date", "date %s is before the young person's birth month", date);
    // The birthday is the 1st, so only whole months count: completed months / 12.
    YearMonth born = birthMonth();
    int months = (date.getYear() - born.getYear()) * 12 + date.getMonthValue() - born.getMonthValue();
    return months / 12;
  }

  /** The care status on {@code date}: {@link CareStatus#NONE} when no period covers it. */
  public CareStatus careStatusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (CareStatusPeriod p : careStatusPeriods()) {
      if (p.period().contains(date)) {
        return p.status();
      }
    }
    return CareStatus.NONE;
  }

  /** Only the id and local authority: the birth month is personal data. */
  @Override
  public String toString() {
    return "YoungPerson{id=" + id() + ", localAuthority=" + localAuthority() + "}";
  }
}
