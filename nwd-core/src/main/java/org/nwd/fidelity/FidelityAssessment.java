package org.nwd.fidelity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.nwd.model.Cohort;
import org.nwd.model.YoungPersonRecord;
import org.nwd.stats.ConfidenceLevel;

/**
 * Applies a {@link FidelityRubric} to young people's records as of a date: the date the data run to
 * (exclusive), so nothing dated on or after it is seen and periods still open on it are measured to
 * it. Usually the end of the data coverage of the impact analysis.
 *
 * <pre>{@code
 * FidelityAssessment a = FidelityAssessment.of(FidelityRubric.proposedDefault(), LocalDate.of(2025, 4, 1));
 * FidelityProfile one = a.profile(record);      // each indicator met / not met / unknown, score, band
 * CohortFidelity all = a.assess(cohort);        // per indicator, per band, for the cohort
 * }</pre>
 */
@Value.Immutable
public abstract class FidelityAssessment {

  public abstract FidelityRubric rubric();

  /** The day after the data end: nothing on or after it is seen. */
  public abstract LocalDate asOf();

  /** The level of the cohort intervals; 95% by default. */
  @Value.Default
  public ConfidenceLevel level() {
    return ConfidenceLevel.NINETY_FIVE;
  }

  /** {@code rubric} as of {@code asOf}, 95% intervals. */
  public static FidelityAssessment of(FidelityRubric rubric, LocalDate asOf) {
    return builder().rubric(rubric).asOf(asOf).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FidelityAssessment}. */
  public static final class Builder extends ImmutableFidelityAssessment.Builder {}

  /** The fidelity profile of one young person. */
  public FidelityProfile profile(YoungPersonRecord record) {
    Objects.requireNonNull(record, "record");
    return FidelityProfile.of(record.id(), rubric(), Indicators.all(rubric(), record, asOf()));
  }

  /** The profiles of a cohort's young people, in record order, and the cohort figures. */
  public CohortFidelity assess(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return assess(cohort.records().stream());
  }

  /** The profiles of a stream of records, in stream order. */
  public CohortFidelity assess(Stream<YoungPersonRecord> records) {
    Objects.requireNonNull(records, "records");
    CohortFidelity.Builder out =
        CohortFidelity.builder().rubric(rubric()).asOf(asOf()).level(level());
    records.forEachOrdered(r -> out.addProfiles(profile(r)));
    return out.build();
  }

  @Override
  public String toString() {
    return "FidelityAssessment{" + rubric().name() + ", as of " + asOf() + ", " + level() + "}";
  }
}
