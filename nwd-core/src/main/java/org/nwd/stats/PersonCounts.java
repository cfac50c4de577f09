package org.nwd.stats;

import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/**
 * Every young person's events and days at risk before and after, as primitive arrays in one order
 * (person {@code i} is index {@code i} of each), for the person-level bootstrap of a rate ratio. Only
 * the bootstrap needs these; the default clustered interval needs only {@link PersonCountSums}. Holds
 * no identifier. The arrays are copied in and out.
 */
@Value.Immutable
public abstract class PersonCounts {

  @Value.Parameter
  public abstract long[] eventsBefore();

  @Value.Parameter
  public abstract long[] daysBefore();

  @Value.Parameter
  public abstract long[] eventsAfter();

  @Value.Parameter
  public abstract long[] daysAfter();

  /** Person {@code i} has {@code eventsBefore[i]} events in {@code daysBefore[i]} days, and so on. */
  public static PersonCounts of(
      long[] eventsBefore, long[] daysBefore, long[] eventsAfter, long[] daysAfter) {
    return ImmutablePersonCounts.of(eventsBefore, daysBefore, eventsAfter, daysAfter);
  }

  @Value.Check
  void check() {
    long[] eb = eventsBefore();
    long[] db = daysBefore();
    long[] ea = eventsAfter();
    long[] da = daysAfter();
    DomainRuleException.require(
        db.length == eb.length && ea.length == eb.length && da.length == eb.length,
        "daysBefore",
        "the four arrays must have one value per person: %s, %s, %s and %s given",
        eb.length,
        db.length,
        ea.length,
        da.length);
    for (int i = 0; i < eb.length; i++) {
      DomainRuleException.require(
          eb[i] >= 0 && ea[i] >= 0 && db[i] > 0 && da[i] > 0,
          "people",
          "person %s: events must be at least 0 and days at risk at least 1 (%s in %s days before,"
              + " %s in %s days after)",
          i,
          eb[i],
          db[i],
          ea[i],
          da[i]);
    }
  }

  /** The number of young people. */
  public int people() {
    return eventsBefore().length;
  }

  /** The mergeable sums of these people. */
  @Value.Lazy
  public PersonCountSums sums() {
    long[] eb = eventsBefore();
    long[] db = daysBefore();
    long[] ea = eventsAfter();
    long[] da = daysAfter();
    PersonCountSums.Tally t = new PersonCountSums.Tally();
    for (int i = 0; i < eb.length; i++) {
      t.add(eb[i], db[i], ea[i], da[i]);
    }
    return t.toSums();
  }

  /** The count only: per-person values stay out of logs. */
  @Override
  public String toString() {
    return "PersonCounts{" + people() + " people}";
  }
}
