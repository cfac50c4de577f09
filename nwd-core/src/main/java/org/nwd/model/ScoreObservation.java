package org.nwd.model;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;

/** A dated score of one {@link MeasureKind#SCORE score} measure, e.g. an SDQ total of 18. */
@Value.Immutable
public abstract class ScoreObservation {

  /** Whose score. */
  public abstract YoungPersonId youngPersonId();

  /** The score measure. */
  public abstract OutcomeMeasure measure();

  /** When it was scored. */
  public abstract LocalDate date();

  /** The score, within the measure's range. */
  public abstract double score();

  @Value.Check
  void check() {
    DomainRuleException.require(
        measure().kind() == MeasureKind.SCORE,
        "measure",
        "score observation measure %s is of kind %s, not score",
        measure().code(),
        measure().kind().code());
    DomainRuleException.require(
        measure().inRange(score()),
        "score",
        "%s score %s outside %s",
        measure().code(),
        Checks.number(score()),
        measure().range());
  }

  /** {@code score} on {@code measure} on {@code date}. */
  public static ScoreObservation of(
      YoungPersonId youngPersonId, OutcomeMeasure measure, LocalDate date, double score) {
    return builder().youngPersonId(youngPersonId).measure(measure).date(date).score(score).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreObservation}. */
  public static final class Builder extends ImmutableScoreObservation.Builder {}
}
