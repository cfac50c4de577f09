package org.nwd.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.nwd.model.EndReason;
import org.nwd.model.OutcomeMeasure;
import org.nwd.model.Role;
import org.nwd.model.YoungPersonId;

/**
 * One young person's evaluation as plain fields and arrays, reused from person to person by an
 * {@link ImpactAccumulator} so that folding a record in allocates next to nothing. {@link
 * ImpactAnalysis#evaluate} turns it into the public {@link PersonResult}; {@link #from} reads one
 * back. A value of {@code NaN} means "no value" (an empty {@link OptionalDouble}).
 */
final class PersonEvaluation {

  static final BreakdownDimension[] DIMENSIONS = BreakdownDimension.values();

  @Nullable YoungPersonId id;
  /** Why excluded; null when included. */
  @Nullable ExclusionReason exclusion;
  /** The index date; null when there is none. */
  @Nullable LocalDate indexDate;
  /** The windows; set when included. */
  @Nullable Span before;

  /** The first day of the before window and the day after the after window; set when included. */
  @Nullable LocalDate beforeStartDate;

  @Nullable LocalDate afterEndDate;


  @Nullable Span after;
  /** Per measure of the analysis, in its order: the values before and after, NaN for none. */
  final double[] beforeValues;

  final double[] afterValues;
  /** The group in each of {@link #DIMENSIONS}; set when included. */
  final @Nullable String[] groups = new String[DIMENSIONS.length];

  // What the young person contributes to the NWD indicators.
  IndicatorFacts.@Nullable EdgeOfCare edgeOfCare;
  long[] completedStayLengths = new long[4];
  int completedStays;
  final List<EndReason> destinations = new ArrayList<>();
  int residentialStays;
  int staysBeyondThreshold;
  /** Key-worker changes, -1 when the young person has no team. */
  int keyWorkerChanges;

  final EnumSet<Role> specialistRoles = EnumSet.noneOf(Role.class);

  PersonEvaluation(int measures) {
    beforeValues = new double[measures];
    afterValues = new double[measures];
  }

  /** Clears everything for the next young person. */
  void reset(YoungPersonId youngPersonId) {
    id = youngPersonId;
    exclusion = null;
    indexDate = null;
    before = null;
    after = null;
    beforeStartDate = null;
    afterEndDate = null;
    Arrays.fill(beforeValues, Double.NaN);
    Arrays.fill(afterValues, Double.NaN);
    Arrays.fill(groups, null);
    edgeOfCare = IndicatorFacts.EdgeOfCare.NOT_APPLICABLE;
    completedStays = 0;
    destinations.clear();
    residentialStays = 0;
    staysBeyondThreshold = 0;
    keyWorkerChanges = -1;
    specialistRoles.clear();
  }

  void addCompletedStay(long lengthInDays, EndReason destination) {
    addStayLength(lengthInDays);
    destinations.add(destination);
  }

  private void addStayLength(long lengthInDays) {
    if (completedStays == completedStayLengths.length) {
      completedStayLengths = Arrays.copyOf(completedStayLengths, completedStays * 2);
    }
    completedStayLengths[completedStays++] = lengthInDays;
  }

  /** Excludes the young person for {@code reason}. */
  PersonEvaluation exclude(ExclusionReason reason) {
    exclusion = reason;
    return this;
  }

  /** The indicator facts as the public result holds them. */
  IndicatorFacts facts() {
    IndicatorFacts.Builder out =
        IndicatorFacts.builder()
            .edgeOfCare(Objects.requireNonNull(edgeOfCare))
            .residentialStays(residentialStays)
            .staysBeyondThreshold(staysBeyondThreshold)
            .addAllDestinations(destinations)
            .addAllSpecialistRoles(specialistRoles);
    for (int i = 0; i < completedStays; i++) {
      out.addCompletedStayLengths(completedStayLengths[i]);
    }
    if (keyWorkerChanges >= 0) {
      out.keyWorkerChanges(keyWorkerChanges);
    }
    return out.build();
  }

  /** The public form, for {@code analysis}. */
  PersonResult toResult(ImpactAnalysis analysis) {
    PersonResult.Builder out =
        PersonResult.builder().youngPersonId(Objects.requireNonNull(id)).facts(facts());
    if (indexDate != null) {
      out.indexDate(indexDate);
    }
    if (exclusion != null) {
      return out.exclusion(exclusion).build();
    }
    out.before(Objects.requireNonNull(before).toWindow())
        .after(Objects.requireNonNull(after).toWindow());
    List<OutcomeMeasure> measures = analysis.measures();
    for (int i = 0; i < measures.size(); i++) {
      OutcomeMeasure m = measures.get(i);
      out.putValues(m, WindowValues.of(optional(beforeValues[i]), optional(afterValues[i])));
      out.putDerivations(m, analysis.derivation(m).description());
    }
    for (int d = 0; d < DIMENSIONS.length; d++) {
      out.putGroups(DIMENSIONS[d], groups[d]);
    }
    return out.build();
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Reads {@code person} (a result of {@code analysis}) into this evaluation. */
  PersonEvaluation from(PersonResult person, List<OutcomeMeasure> measures) {
    reset(person.youngPersonId());
    indexDate = person.indexDate().orElse(null);
    Optional<ExclusionReason> excluded = person.exclusion();
    if (excluded.isPresent()) {
      exclusion = excluded.get();
    } else {
      before = person.before().orElseThrow().span();
      after = person.after().orElseThrow().span();
      beforeStartDate = person.before().get().start();
      afterEndDate = person.after().get().end();
      for (int i = 0; i < measures.size(); i++) {
        WindowValues v = person.values().get(measures.get(i));
        if (v != null) {
          beforeValues[i] = v.before().orElse(Double.NaN);
          afterValues[i] = v.after().orElse(Double.NaN);
        }
      }
      for (int d = 0; d < DIMENSIONS.length; d++) {
        groups[d] = person.groups().get(DIMENSIONS[d]);
      }
    }
    IndicatorFacts f = person.facts();
    edgeOfCare = f.edgeOfCare();
    for (long length : f.completedStayLengths()) {
      addStayLength(length);
    }
    destinations.addAll(f.destinations());
    residentialStays = f.residentialStays();
    staysBeyondThreshold = f.staysBeyondThreshold();
    keyWorkerChanges = f.keyWorkerChanges().orElse(-1);
    specialistRoles.addAll(f.specialistRoles());
    return this;
  }
}
