package org.nwd.impact;

import org.immutables.value.Value;

/**
 * How many young people improved, stayed the same or got worse on a measure, judged by its improvement
 * direction: per-person rates for counts and days, the latest scores for scores, the status at the
 * window ends for statuses.
 */
@Value.Immutable
public abstract class ChangeCounts {

  @Value.Parameter
  public abstract long improved();

  @Value.Parameter
  public abstract long unchanged();

  @Value.Parameter
  public abstract long worse();

  public static ChangeCounts of(long improved, long unchanged, long worse) {
    return ImmutableChangeCounts.of(improved, unchanged, worse);
  }

  /** Everyone counted. */
  public long total() {
    return improved() + unchanged() + worse();
  }

  @Override
  public String toString() {
    return improved() + " improved, " + unchanged() + " unchanged, " + worse() + " worse";
  }
}
