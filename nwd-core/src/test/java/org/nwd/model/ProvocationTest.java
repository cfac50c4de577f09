package org.nwd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nwd.model.Fixtures.YP1;
import static org.nwd.model.Fixtures.assertRule;
import static org.nwd.model.Fixtures.d;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ProvocationTest {

  private static Provocation provocation(String id, String adopter) {
    return Provocation.builder()
        .id(id)
        .text("Would this be good enough for my child?")
        .adopter(adopter)
        .effectiveFrom(d("2020-01-01"))
        .source("minutes 2020-01")
        .build();
  }

  @Test
  void northYorkshireExampleHoldsTheFiveTextsOfTheModelNotes() {
    ProvocationCatalogue ny = ProvocationCatalogue.northYorkshireExample();
    assertThat(ny.adopter()).isEqualTo("North Yorkshire");
    assertThat(ny.provocations()).hasSize(5);
    assertThat(ny.provocations().stream().map(Provocation::text))
        .containsExactly(
            "Would this be good enough for my child?",
            "Are we managing risk for the organisation or risk to the young person?",
            "Is there a shared approach to parenting the young person from across partner agencies?",
            "What kind of adult do we want them to be at 20, 35, 50?",
            "Young people cared for in family-based setting");
    assertThat(ny.find("risk_for_whom").map(Provocation::source))
        .contains("https://themj.co.uk/One-door-to-a-brighter-future/216080");
    assertThat(ny.find("nope")).isEmpty();
  }

  @Test
  void catalogueRules() {
    assertRule(
        () ->
            ProvocationCatalogue.builder()
                .adopter("Warrington")
                .addProvocations(provocation("p1", "Warrington"), provocation("p1", "Warrington"))
                .build(),
        "provocations",
        "duplicate provocation id p1 in catalogue");
    assertRule(
        () ->
            ProvocationCatalogue.builder()
                .adopter("Warrington")
                .addProvocations(provocation("p1", "Middlesbrough"))
                .build(),
        "provocations",
        "provocation p1 belongs to adopter Middlesbrough, not Warrington");
    assertRule(
        () -> ProvocationCatalogue.builder().adopter(" ").build(), "adopter", "adopter is blank");
  }

  @Test
  void provocationRules() {
    assertRule(
        () -> provocation("two words", "W"),
        "id",
        "provocation id (value withheld: 9 characters; character 4 is U+0020) is not 1-64 characters of [A-Za-z0-9._:-]");
    assertRule(
        () ->
            Provocation.builder().id("p").text(" ").adopter("W").effectiveFrom(d("2020-01-01")).source("s").build(),
        "text",
        "provocation text is blank");
    assertRule(() -> provocation("p", ""), "adopter", "adopter is blank");
    assertRule(
        () ->
            Provocation.builder().id("p").text("t").adopter("W").effectiveFrom(d("2020-01-01")).source("").build(),
        "source",
        "provocation source is blank");
  }

  @Test
  void toStringLeavesOutTheText() {
    assertThat(provocation("p1", "Warrington"))
        .hasToString("Provocation{id=p1, adopter=Warrington, effectiveFrom=2020-01-01}");
  }

  @Test
  void decisionRecords() {
    DecisionRecord d1 =
        DecisionRecord.builder()
            .date(d("2024-02-01"))
            .youngPersonId(YP1)
            .category(DecisionCategory.MISSING_RESPONSE)
            .addProvocationsConsidered("risk_for_whom")
            .riskManagedFor(RiskOwner.YOUNG_PERSON)
            .build();
    assertThat(d1.provocationsConsidered()).containsExactly("risk_for_whom");
    assertRule(
        () ->
            DecisionRecord.builder()
                .date(d("2024-02-01"))
                .youngPersonId(YP1)
                .category(DecisionCategory.OTHER)
                .addProvocationsConsidered("")
                .riskManagedFor(RiskOwner.ORGANISATION)
                .build(),
        "provocationsConsidered",
        "provocation id (value withheld: 0 characters) is not 1-64 characters of [A-Za-z0-9._:-]");
    new EqualsTester()
        .addEqualityGroup(provocation("p1", "W"), provocation("p1", "W"))
        .addEqualityGroup(provocation("p2", "W"))
        .testEquals();
    Fixtures.nullTester().testAllPublicInstanceMethods(ProvocationCatalogue.northYorkshireExample());
  }
}
