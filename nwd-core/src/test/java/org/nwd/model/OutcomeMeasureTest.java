package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.assertRule;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class OutcomeMeasureTest {

  private static OutcomeMeasure.Builder measure(String code, MeasureKind kind) {
    return OutcomeMeasure.builder()
        .code(code)
        .name("n")
        .kind(kind)
        .unit("u")
        .direction(ImprovementDirection.LOWER_IS_BETTER);
  }

  @Test
  void standardCatalogueHasTheAgreedCodes() {
    OutcomeMeasureCatalogue standard = OutcomeMeasureCatalogue.standard();
    assertThat(standard.measures().stream().map(OutcomeMeasure::code))
        .containsExactly(
            "ENTRIES_TO_CARE", "RE_ENTRIES_TO_CARE", "PLACEMENT_MOVES", "EXTERNAL_PLACEMENT_DAYS",
            "OUT_OF_AREA_PLACEMENT_DAYS", "IN_EET", "ARRESTS", "POLICE_CALL_OUTS", "CONVICTIONS",
            "MISSING_INCIDENTS", "ABSENT_INCIDENTS", "CSE_CONCERNS", "CRISIS_PRESENTATIONS",
            "SUBSTANCE_MISUSE", "SDQ_TOTAL_DIFFICULTIES", "AWAY_FROM_PLACEMENT_INCIDENTS",
            "CONVICTED_OR_CAUTIONED", "SUITABLE_ACCOMMODATION");
    // SSDA903 items (data-standards.md sections 2.11, 2.12, 4): A is its own count, not "absent";
    // convicted or cautioned is an annual status; accommodation suitability a care leaver's status.
    assertThat(StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS.kind()).isEqualTo(MeasureKind.EVENT_COUNT);
    assertThat(StandardMeasures.AWAY_FROM_PLACEMENT_INCIDENTS).isNotEqualTo(StandardMeasures.ABSENT_INCIDENTS);
    assertThat(StandardMeasures.CONVICTED_OR_CAUTIONED.kind()).isEqualTo(MeasureKind.STATUS);
    assertThat(StandardMeasures.CONVICTED_OR_CAUTIONED.direction())
        .isEqualTo(ImprovementDirection.LOWER_IS_BETTER);
    assertThat(StandardMeasures.SUITABLE_ACCOMMODATION.kind()).isEqualTo(MeasureKind.STATUS);
    assertThat(StandardMeasures.SUITABLE_ACCOMMODATION.direction())
        .isEqualTo(ImprovementDirection.HIGHER_IS_BETTER);
    assertThat(standard.get("MISSING_INCIDENTS")).isSameAs(StandardMeasures.MISSING_INCIDENTS);
    assertThat(StandardMeasures.MISSING_INCIDENTS.kind()).isEqualTo(MeasureKind.EVENT_COUNT);
    assertThat(StandardMeasures.MISSING_INCIDENTS.unit()).isEqualTo("incidents");
    assertThat(StandardMeasures.IN_EET.kind()).isEqualTo(MeasureKind.STATUS);
    assertThat(StandardMeasures.IN_EET.direction()).isEqualTo(ImprovementDirection.HIGHER_IS_BETTER);
    assertThat(StandardMeasures.SUBSTANCE_MISUSE.kind()).isEqualTo(MeasureKind.STATUS);
    assertThat(StandardMeasures.SUBSTANCE_MISUSE.direction()).isEqualTo(ImprovementDirection.LOWER_IS_BETTER);
    assertThat(StandardMeasures.EXTERNAL_PLACEMENT_DAYS.kind()).isEqualTo(MeasureKind.DAYS);
    assertThat(StandardMeasures.CRISIS_PRESENTATIONS.name()).contains("A&E");
    assertThat(StandardMeasures.SDQ_TOTAL_DIFFICULTIES.scoreMin()).contains(0.0);
    assertThat(StandardMeasures.SDQ_TOTAL_DIFFICULTIES.scoreMax()).contains(40.0);
    assertThat(StandardMeasures.SDQ_TOTAL_DIFFICULTIES.unit()).isEqualTo("points");
    assertThat(StandardMeasures.SDQ_TOTAL_DIFFICULTIES).hasToString("SDQ_TOTAL_DIFFICULTIES");
  }

  @Test
  void catalogueLookupAndExtension() {
    OutcomeMeasureCatalogue standard = OutcomeMeasureCatalogue.standard();
    assertThat(standard.find("ARRESTS")).contains(StandardMeasures.ARRESTS);
    assertThat(standard.find("NOPE")).isEmpty();
    assertRule(() -> standard.get("NOPE"), "code", "unknown measure code \"NOPE\" in catalogue");
    OutcomeMeasure vendor = measure("SCHOOL_EXCLUSIONS", MeasureKind.EVENT_COUNT).build();
    OutcomeMeasureCatalogue extended = standard.with(vendor);
    assertThat(extended.get("SCHOOL_EXCLUSIONS")).isEqualTo(vendor);
    assertThat(extended.measures()).hasSize(19);
    assertThat(standard.find("SCHOOL_EXCLUSIONS")).isEmpty();
    assertRule(
        () -> standard.with(measure("ARRESTS", MeasureKind.EVENT_COUNT).build()),
        "measures",
        "duplicate measure code ARRESTS in catalogue");
    assertThat(OutcomeMeasureCatalogue.of(java.util.List.of(vendor)))
        .hasToString("OutcomeMeasureCatalogue[SCHOOL_EXCLUSIONS]");
  }

  @Test
  void measureRules() {
    assertRule(
        () -> measure("Missing", MeasureKind.EVENT_COUNT).build(),
        "code",
        "measure code \"Missing\" is not UPPER_SNAKE");
    assertRule(
        () -> measure("A__B", MeasureKind.EVENT_COUNT).build(), "code", "measure code \"A__B\" is not UPPER_SNAKE");
    assertThat(measure("A1_B2", MeasureKind.EVENT_COUNT).build().code()).isEqualTo("A1_B2");
    assertRule(
        () -> measure("SDQ", MeasureKind.SCORE).scoreMin(0.0).build(),
        "scoreMin",
        "SDQ of kind score: score range must be given exactly for scores");
    assertRule(
        () -> measure("SDQ", MeasureKind.SCORE).scoreMax(40.0).build(),
        "scoreMin",
        "SDQ of kind score: score range must be given exactly for scores");
    assertRule(
        () -> measure("ARRESTS", MeasureKind.EVENT_COUNT).scoreMin(0.0).scoreMax(1.0).build(),
        "scoreMin",
        "ARRESTS of kind event_count: score range must be given exactly for scores");
    assertRule(
        () -> measure("SDQ", MeasureKind.SCORE).scoreMin(40.0).scoreMax(40.0).build(),
        "scoreMax",
        "SDQ score range 40-40 is not finite with min below max");
    assertRule(
        () -> measure("SDQ", MeasureKind.SCORE).scoreMin(Double.NaN).scoreMax(40.0).build(),
        "scoreMax",
        "SDQ score range NaN-40 is not finite with min below max");
    assertRule(
        () -> measure("SDQ", MeasureKind.SCORE).scoreMin(0.0).scoreMax(Double.POSITIVE_INFINITY).build(),
        "scoreMax",
        "SDQ score range 0-Infinity is not finite with min below max");
    assertRule(
        () -> OutcomeMeasure.builder().code("X").name(" ").kind(MeasureKind.DAYS).unit("days")
            .direction(ImprovementDirection.LOWER_IS_BETTER).build(),
        "name",
        "measure name is blank");
    assertRule(
        () -> OutcomeMeasure.builder().code("X").name("x").kind(MeasureKind.DAYS).unit("")
            .direction(ImprovementDirection.LOWER_IS_BETTER).build(),
        "unit",
        "measure unit is blank");
    assertThat(measure("HALF", MeasureKind.SCORE).scoreMin(-0.5).scoreMax(0.5).build().range())
        .isEqualTo("-0.5-0.5");
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(measure("A", MeasureKind.DAYS).build(), measure("A", MeasureKind.DAYS).build())
        .addEqualityGroup(measure("B", MeasureKind.DAYS).build())
        .addEqualityGroup(measure("A", MeasureKind.EVENT_COUNT).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(OutcomeMeasureCatalogue.standard(), OutcomeMeasureCatalogue.standard())
        .addEqualityGroup(OutcomeMeasureCatalogue.of(java.util.List.of()))
        .testEquals();
    Fixtures.nullTester().testAllPublicStaticMethods(OutcomeMeasureCatalogue.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(OutcomeMeasureCatalogue.standard());
  }
}
