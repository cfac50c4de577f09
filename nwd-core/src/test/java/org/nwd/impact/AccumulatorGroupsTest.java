package org.nwd.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.impact.People.yp;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nwd.model.Sex;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;

/** Breakdown groups are made only by people with a value, and merged parts equal one pass. */
class AccumulatorGroupsTest {

  private final ImpactAnalysis analysis =
      ImpactAnalysis.builder()
          .name("groups")
          .dataCoverage(People.COVERAGE)
          .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, StandardMeasures.ARRESTS)
          .suppressionThreshold(1)
          .build();

  /** Included, but no SDQ score: a value for ARRESTS (0 and 0), none for SDQ. */
  private final YoungPersonRecord noScore = yp("G-1").sex(Sex.MALE).accepted("2023-01-01").build();

  /** Included with SDQ 20 before and 15 after (improved), no arrests. */
  private final YoungPersonRecord scored =
      yp("G-2")
          .sex(Sex.FEMALE)
          .accepted("2023-01-01")
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2022-06-01", 20)
          .score(StandardMeasures.SDQ_TOTAL_DIFFICULTIES, "2023-06-01", 15)
          .event(StandardMeasures.ARRESTS, "2022-03-01", 2)
          .build();

  @Test
  void aGroupAppearsInEveryMeasuresBreakdownWithZerosWhereItHasNoValue() {
    ImpactResult r = analysis.run(List.of(noScore, scored).stream());
    Breakdown sdq = r.breakdown(BreakdownDimension.SEX, StandardMeasures.SDQ_TOTAL_DIFFICULTIES);
    // Groups come from every measure: male made one through ARRESTS only.
    assertThat(sdq.groups()).containsExactly("female", "male");
    // female: improved 1; male: no SDQ value, so 0 in every column.
    assertThat(sdq.changes().value(0, 0)).isEqualTo(1);
    assertThat(sdq.changes().value(1, 0) + sdq.changes().value(1, 1) + sdq.changes().value(1, 2))
        .isZero();
    Breakdown arrests = r.breakdown(BreakdownDimension.SEX, StandardMeasures.ARRESTS);
    // female 2 arrests before, 0 after: improved; male 0 and 0: unchanged.
    assertThat(arrests.changes().value(0, 0)).isEqualTo(1);
    assertThat(arrests.changes().value(1, 1)).isEqualTo(1);
    assertThat(arrests.events().orElseThrow().value(0, 0)).isEqualTo(2);
    assertThat(arrests.events().orElseThrow().value(1, 0)).isZero();
  }

  @Test
  void aPersonWithNoValueForAnyMeasureMakesNoGroup() {
    ImpactAnalysis sdqOnly =
        ImpactAnalysis.builder()
            .name("sdq")
            .dataCoverage(People.COVERAGE)
            .addMeasures(StandardMeasures.SDQ_TOTAL_DIFFICULTIES)
            .build();
    ImpactResult r = sdqOnly.run(List.of(noScore).stream());
    assertThat(r.peopleIncluded()).isEqualTo(1);
    assertThat(r.breakdowns()).isEmpty();
    ImpactResult both = sdqOnly.run(List.of(noScore, scored).stream());
    assertThat(
            both.breakdown(BreakdownDimension.SEX, StandardMeasures.SDQ_TOTAL_DIFFICULTIES).groups())
        .containsExactly("female");
  }

  @Test
  void mergedPartsEqualOnePass() {
    ImpactAccumulator a = analysis.accumulator().add(noScore);
    ImpactAccumulator b = analysis.accumulator().add(scored);
    ImpactResult merged = b.merge(a).result();
    assertThat(merged).isEqualTo(analysis.run(List.of(noScore, scored).stream()));
    assertThat(analysis.accumulator().merge(analysis.accumulator().add(scored)).result())
        .isEqualTo(analysis.run(List.of(scored).stream()));
  }
}
