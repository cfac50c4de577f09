package org.nwd.model;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nwd.DomainRuleException;
import org.nwd.SafeText;

/**
 * An outcome the service tracks, such as missing incidents or the SDQ total difficulties score: its
 * code, what it records, its unit and which way is better. A {@link MeasureKind#SCORE score} measure
 * has a range; no other kind has one.
 */
// Prehashed: a measure is the key of most maps in an analysis, looked up several times per person.
@Value.Immutable(prehash = true, copy = false)
public abstract class OutcomeMeasure {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The UPPER_SNAKE code, e.g. {@code MISSING_INCIDENTS}. */
  public abstract String code();

  /** A readable name, e.g. "missing incidents". */
  public abstract String name();

  /** What is recorded. */
  public abstract MeasureKind kind();

  /** The unit, e.g. "incidents", "days", "young people", "points". */
  public abstract String unit();

  /** Which way is better. */
  public abstract ImprovementDirection direction();

  /** The lowest possible score; present exactly for scores. */
  public abstract Optional<Double> scoreMin();

  /** The highest possible score; present exactly for scores. */
  public abstract Optional<Double> scoreMax();

  @Value.Check
  void check() {
    DomainRuleException.require(
        CODE.matcher(code()).matches(), "code", "measure code \"%s\" is not UPPER_SNAKE",
        SafeText.bounded(code()));
    Checks.requireNotBlank(name(), "name", "measure name");
    Checks.requireNotBlank(unit(), "unit", "measure unit");
    boolean score = kind() == MeasureKind.SCORE;
    DomainRuleException.require(
        score == scoreMin().isPresent() && score == scoreMax().isPresent(),
        "scoreMin",
        "%s of kind %s: score range must be given exactly for scores",
        code(),
        kind().code());
    if (score) {
      double min = scoreMin().get();
      double max = scoreMax().get();
      DomainRuleException.require(
          Double.isFinite(min) && Double.isFinite(max) && min < max,
          "scoreMax",
          "%s score range %s-%s is not finite with min below max",
          code(),
          Checks.number(min),
          Checks.number(max));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeMeasure}. */
  public static final class Builder extends ImmutableOutcomeMeasure.Builder {}

  /** True when {@code score} lies within this score measure's range (inclusive). */
  boolean inRange(double score) {
    return score >= scoreMin().orElseThrow() && score <= scoreMax().orElseThrow();
  }

  /** The range as printed in messages, e.g. {@code 0-40}. */
  String range() {
    return Checks.number(scoreMin().orElseThrow()) + "-" + Checks.number(scoreMax().orElseThrow());
  }

  /** The code. */
  @Override
  public String toString() {
    return code();
  }
}
