package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.YP2;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;
import static org.nwd.model.Fixtures.p;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ObservationTest {
  private static final OutcomeMeasure SDQ = StandardMeasures.SDQ_TOTAL_DIFFICULTIES;
  private static final OutcomeMeasure MISSING = StandardMeasures.MISSING_INCIDENTS;

  @Test
  void eventCountsAreNonNegativeAndOfEventMeasures() {
    assertThat(OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), 0).count()).isZero();
    assertThat(OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), 2).count()).isEqualTo(2);
    assertRule(
        () -> OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), -1),
        "count",
        "MISSING_INCIDENTS count -1 is negative");
    assertRule(
        () -> OutcomeEvent.of(YP1, SDQ, d("2024-03-02"), 1),
        "measure",
        "outcome event measure SDQ_TOTAL_DIFFICULTIES is of kind score, not event_count");
  }

  @Test
  void scoresLieWithinTheMeasureRange() {
    assertThat(ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 0).score()).isZero();
    assertThat(ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 40).score()).isEqualTo(40.0);
    assertRule(
        () -> ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 41),
        "score",
        "SDQ_TOTAL_DIFFICULTIES score 41 outside 0-40");
    assertRule(
        () -> ScoreObservation.of(YP1, SDQ, d("2024-03-02"), -0.5),
        "score",
        "SDQ_TOTAL_DIFFICULTIES score -0.5 outside 0-40");
    assertRule(
        () -> ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 40.25),
        "score",
        "SDQ_TOTAL_DIFFICULTIES score 40.25 outside 0-40");
    assertRule(
        () -> ScoreObservation.of(YP1, SDQ, d("2024-03-02"), Double.NaN),
        "score",
        "SDQ_TOTAL_DIFFICULTIES score NaN outside 0-40");
    assertRule(
        () -> ScoreObservation.of(YP1, MISSING, d("2024-03-02"), 1),
        "measure",
        "score observation measure MISSING_INCIDENTS is of kind event_count, not score");
  }

  @Test
  void statusPeriodsAreOfStatusMeasures() {
    StatusPeriod eet = StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2024-01-01/.."), true);
    assertThat(eet.inStatus()).isTrue();
    assertRule(
        () -> StatusPeriod.of(YP1, MISSING, p("2024-01-01/.."), true),
        "measure",
        "status period measure MISSING_INCIDENTS is of kind event_count, not status");
  }

  @Test
  void placementsAreExternalForPrivateOrVoluntaryProviders() {
    Placement.Builder base =
        Placement.builder().youngPersonId(YP1).period(p("2024-01-01/..")).type(PlacementType.U4);
    assertThat(placement(PlacementProvider.PR4, true).isExternal()).isTrue();
    assertThat(placement(PlacementProvider.PR5, true).isExternal()).isTrue();
    assertThat(placement(PlacementProvider.PR1, true).isExternal()).isFalse();
    assertThat(base.insideCouncilArea(false).build().isExternal()).isFalse();
    assertThat(placement(PlacementProvider.PR1, false).isOutOfArea()).isTrue();
    assertThat(placement(PlacementProvider.PR1, true).isOutOfArea()).isFalse();
    assertThat(placement(PlacementProvider.PR1, true).insideCouncilArea()).isTrue();
    assertThat(placement(PlacementProvider.PR1, false).insideCouncilArea()).isFalse();
    assertThat(placement(PlacementProvider.PR1, false).location()).isEqualTo(PlacementLocation.OUTSIDE);
  }

  @Test
  void aPlacementOfUnknownLocationIsNeitherInsideNorOutside() {
    Placement unknown =
        Placement.builder()
            .youngPersonId(YP1)
            .period(p("2024-01-01/.."))
            .type(PlacementType.U4)
            .location(PlacementLocation.UNKNOWN)
            .build();
    assertThat(unknown.insideCouncilArea()).isFalse();
    assertThat(unknown.isOutOfArea()).isFalse();
    assertThat(unknown.location()).isEqualTo(PlacementLocation.UNKNOWN);
  }

  @Test
  void temporaryPlacementsCarryNoProvider() {
    for (PlacementType type : PlacementType.values()) {
      Placement.Builder b =
          Placement.builder()
              .youngPersonId(YP1)
              .period(p("2024-01-01/2024-01-08"))
              .type(type)
              .provider(PlacementProvider.PR1)
              .insideCouncilArea(true);
      if (type.allowsProvider()) {
        assertThat(b.build().provider()).contains(PlacementProvider.PR1);
      } else {
        assertRule(
            b::build,
            "provider",
            "placement type " + type.code()
                + " carries no provider (SSDA903 rule 178), but PR1 was given");
      }
    }
    Placement holiday =
        Placement.builder()
            .youngPersonId(YP1)
            .period(p("2024-01-01/2024-01-08"))
            .type(PlacementType.T2)
            .insideCouncilArea(true)
            .build();
    assertThat(holiday.provider()).isEmpty();
    assertThat(holiday.isExternal()).isFalse();
  }

  private static Placement placement(PlacementProvider provider, boolean inside) {
    return Placement.builder()
        .youngPersonId(YP1)
        .period(p("2024-01-01/.."))
        .type(PlacementType.U4)
        .provider(provider)
        .insideCouncilArea(inside)
        .build();
  }

  private static ImpactStory story(String id, String text) {
    return ImpactStory.builder()
        .id(id)
        .youngPersonId(YP1)
        .consentDate(d("2024-05-01"))
        .addMeasures("MISSING_INCIDENTS")
        .text(text)
        .build();
  }

  @Test
  void impactStoryNeverPrintsItsText() {
    ImpactStory s = story("S-1", "Sam moved back home to Whitby.");
    assertThat(s)
        .hasToString(
            "ImpactStory{id=S-1, youngPersonId=YP-0001, consentDate=2024-05-01, measures=[MISSING_INCIDENTS]}");
    assertThat(s.toString()).doesNotContain("Sam").doesNotContain("Whitby");
    assertRule(() -> story("S-1", " "), "text", "impact story text is blank");
    assertRule(
        () -> story("S 1", "t"), "id", "impact story id (value withheld: 3 characters; character 2 is U+0020) is not 1-64 characters of [A-Za-z0-9._:-]");
    assertRule(
        () ->
            ImpactStory.builder().id("S").youngPersonId(YP1).consentDate(d("2024-05-01")).addMeasures(" ").text("t").build(),
        "measures",
        "measure code is blank");
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), 2), OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), 2))
        .addEqualityGroup(OutcomeEvent.of(YP1, MISSING, d("2024-03-02"), 1))
        .addEqualityGroup(OutcomeEvent.of(YP2, MISSING, d("2024-03-02"), 2))
        .addEqualityGroup(OutcomeEvent.of(YP1, StandardMeasures.ARRESTS, d("2024-03-02"), 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 18), ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 18))
        .addEqualityGroup(ScoreObservation.of(YP1, SDQ, d("2024-03-02"), 17))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2024-01-01/.."), true),
            StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2024-01-01/.."), true))
        .addEqualityGroup(StatusPeriod.of(YP1, StandardMeasures.IN_EET, p("2024-01-01/.."), false))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(placement(PlacementProvider.PR4, true), placement(PlacementProvider.PR4, true))
        .addEqualityGroup(placement(PlacementProvider.PR4, false))
        .addEqualityGroup(placement(PlacementProvider.PR5, true))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(story("S-1", "a"), story("S-1", "a"))
        .addEqualityGroup(story("S-1", "b"))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(OutcomeEvent.class);
    Fixtures.nullTester().testAllPublicStaticMethods(StatusPeriod.class);
    Fixtures.nullTester()
        .setDefault(OutcomeMeasure.class, SDQ)
        .testAllPublicStaticMethods(ScoreObservation.class);
  }
}
