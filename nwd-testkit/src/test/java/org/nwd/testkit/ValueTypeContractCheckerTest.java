package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nwd.fidelity.FidelityAssessment;
import org.nwd.fidelity.FidelityRubric;
import org.nwd.fidelity.IndicatorSummary;
import org.nwd.model.Cohort;
import org.nwd.model.DatePeriod;
import org.nwd.model.Placement;
import org.nwd.model.YoungPerson;
import org.nwd.model.YoungPersonId;
import org.nwd.model.YoungPersonRecord;
import org.nwd.quality.DataIssue;
import org.nwd.quality.DataIssueAction;
import org.nwd.quality.DataIssueCategory;
import org.nwd.quality.DataIssueReport;
import org.nwd.stats.ConfidenceLevel;
import org.nwd.stats.Interval;
import org.nwd.stats.Proportion;

/**
 * The contract checker itself, on small inputs whose answers are known: it finds value types, walks
 * values, accepts types that keep the contract and reports each way of breaking it. (The scan over
 * every type, on real results, is {@link ValueTypeContractTest}.)
 */
class ValueTypeContractCheckerTest {

  @Test
  void valueTypesAreThePublicAbstractTypesWithAGeneratedImplementation() {
    List<Class<?>> types = ValueTypeContract.valueTypesIn("org.nwd.stats", getClass().getClassLoader());
    assertThat(types).contains(Interval.class, Proportion.class, ConfidenceLevel.class);
    assertThat(types).allSatisfy(t -> assertThat(t.getPackageName()).startsWith("org.nwd.stats"));
    assertThat(types).doesNotContain(ValueTypeContract.class);
    assertThat(types.stream().map(Class::getSimpleName)).noneMatch(n -> n.startsWith("Immutable"));
    assertThat(ValueTypeContract.isValueType(Interval.class)).isTrue();
    assertThat(ValueTypeContract.isValueType(String.class)).isFalse();
    assertThat(ValueTypeContract.isValueType(ValueTypeContract.class)).isFalse();
  }

  @Test
  void theWalkReachesRecordsAndTheirPartsThroughCollectionsAndOptionals() {
    Cohort cohort = Fixtures.referenceCohort();
    Map<Class<?>, List<Object>> samples = ValueTypeContract.samplesReachableFrom(cohort);
    assertThat(samples.get(Cohort.class)).containsExactly(cohort);
    // Records are in a list, identifiers inside records, periods inside optionals and lists.
    assertThat(samples.get(YoungPersonRecord.class)).hasSize(4);
    assertThat(samples.get(YoungPersonId.class)).isNotEmpty();
    assertThat(samples.get(DatePeriod.class)).isNotEmpty();
    assertThat(samples).doesNotContainKey(String.class);
  }

  @Test
  void aTypeThatKeepsTheContractHasNoProblems() {
    assertThat(
            ValueTypeContract.check(
                Interval.class, List.of(Interval.of(0.5, 1.5), Interval.of(1, 2)), null))
        .isEmpty();
    assertThat(
            ValueTypeContract.check(
                DatePeriod.class, List.of(DatePeriod.parse("2020-01-01/2021-01-01")), x -> x))
        .isEmpty();
    assertThat(
            ValueTypeContract.check(
                Proportion.class, List.of(Proportion.of(3, 10), Proportion.of(3, 10)), null))
        .isEmpty();
  }

  @Test
  void eachWayOfBreakingTheContractIsReported() {
    assertThat(ValueTypeContract.check(Interval.class, List.of(), null))
        .containsExactly("org.nwd.stats.Interval: no sample value (give one explicitly)");
    assertThat(
            ValueTypeContract.check(
                Interval.class, List.of(Interval.of(0, 1)), x -> Interval.of(0, 2)))
        .containsExactly("org.nwd.stats.Interval: a serialisation round trip is not equal to the value");
    assertThat(
            ValueTypeContract.check(
                Interval.class,
                List.of(Interval.of(0, 1)),
                x -> {
                  throw new IllegalStateException("boom");
                }))
        .containsExactly(
            "org.nwd.stats.Interval: a serialisation round trip threw IllegalStateException");
    assertThat(
            ValueTypeContract.check(
                Interval.class, List.of(Interval.of(0, 1)), x -> null))
        .containsExactly("org.nwd.stats.Interval: a serialisation round trip is not equal to the value");
  }

  @Test
  void attributesAreWhatTheGeneratedBuilderSetsNotConveniencesOrDerivedValues() {
    assertThat(ValueTypeContract.attributes(YoungPersonRecord.class).keySet())
        .contains("youngPerson", "referrals", "hubEpisodes", "events", "team")
        .doesNotContain("id", "latestDate");
    // insideCouncilArea(boolean) is a hand-written builder convenience for the location attribute.
    assertThat(ValueTypeContract.attributes(Placement.class).keySet())
        .containsExactlyInAnyOrder("youngPersonId", "period", "type", "provider", "location");
    assertThat(ValueTypeContract.attributes(DataIssueReport.class).keySet())
        .containsExactlyInAnyOrder("issues", "rowsRead");
    assertThat(ValueTypeContract.attributes(String.class)).isEmpty();
  }

  @Test
  void aValueIsRebuiltThroughItsBuilderWithListsMapsAndOptionals() {
    YoungPersonRecord r = Fixtures.edgeOfCareRepeatedlyMissing();
    assertThat(ValueTypeContract.rebuilt(YoungPersonRecord.class, r)).contains(r);
    YoungPerson person = r.youngPerson();
    assertThat(person.sex()).isPresent();
    assertThat(ValueTypeContract.rebuilt(YoungPerson.class, person)).contains(person);
    DataIssueReport report =
        DataIssueReport.of(
            List.of(
                DataIssue.builder()
                    .table("episodes")
                    .file("2023-24/episodes.csv")
                    .line(3)
                    .youngPersonId(YoungPersonId.of("YP-1"))
                    .category(DataIssueCategory.INVALID_DATE)
                    .rule("DECOM is not a date")
                    .action(DataIssueAction.REJECTED)
                    .build()),
            Map.of("episodes", 12L, "header", 4L));
    assertThat(ValueTypeContract.rebuilt(DataIssueReport.class, report)).contains(report);
    assertThat(ValueTypeContract.rebuilt(String.class, "x")).isEmpty();
  }

  @Test
  void aValueWithoutABuilderIsMadeAgainByItsOfFactory() {
    Interval i = Interval.of(0.25, 4);
    assertThat(ValueTypeContract.rebuiltByOf(Interval.class, i)).contains(i);
    Proportion p = Proportion.of(3, 10);
    assertThat(ValueTypeContract.rebuiltByOf(Proportion.class, p)).contains(p);
    assertThat(ValueTypeContract.rebuiltByOf(String.class, "x")).isEmpty();
  }

  @Test
  void theWalkFollowsMapsDerivedValuesAndKeepsAFewDistinctSamplesPerType() {
    Map<Class<?>, List<Object>> fromMap =
        ValueTypeContract.samplesReachableFrom(
            Map.of(YoungPersonId.of("YP-9"), DatePeriod.parse("2020-01-01/2021-01-01")));
    assertThat(fromMap.get(YoungPersonId.class)).containsExactly(YoungPersonId.of("YP-9"));
    assertThat(fromMap.get(DatePeriod.class))
        .containsExactly(DatePeriod.parse("2020-01-01/2021-01-01"));
    // The reference cohort holds many distinct periods; four are kept, none twice.
    List<Object> periods =
        ValueTypeContract.samplesReachableFrom(Fixtures.referenceCohort()).get(DatePeriod.class);
    assertThat(periods).hasSize(4).doesNotHaveDuplicates();
    // Indicator summaries are derived (CohortFidelity.summaries()), not attributes.
    assertThat(
            ValueTypeContract.samplesReachableFrom(
                    FidelityAssessment.of(FidelityRubric.proposedDefault(), FidelityFixtures.AS_OF)
                        .assess(FidelityFixtures.fidelityCohort()))
                .get(IndicatorSummary.class))
        .isNotEmpty();
  }

  @Test
  void typesWithoutSamplesAreListed() {
    Map<Class<?>, List<Object>> samples =
        Map.of(Interval.class, List.of(Interval.of(0, 1)), Proportion.class, List.of());
    assertThat(
            ValueTypeContract.withoutSamples(
                List.of(Interval.class, Proportion.class, ConfidenceLevel.class), samples))
        .containsExactly(Proportion.class, ConfidenceLevel.class);
  }
}
