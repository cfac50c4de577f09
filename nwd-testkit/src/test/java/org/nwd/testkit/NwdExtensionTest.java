package org.nwd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

@ExtendWith(NwdExtension.class)
class NwdExtensionTest {

  @Test
  void injectsAGeneratedCohortEqualToTheGeneratorsOwn(
      @GeneratedCohort(size = 200, seed = 42) Cohort cohort,
      @GeneratedCohort(size = 200, seed = 42) CohortGenerator generator,
      @GeneratedCohort(size = 30, seed = 5, outreachOnlyShare = 1, rateMultiplierAfterIndex = 1)
          CohortSettings settings) {
    NwdAssertions.assertThat(cohort).hasYoungPeople(200);
    assertThat(cohort).isEqualTo(CohortGenerator.of(200, 42).generate());
    assertThat(generator.settings()).isEqualTo(CohortSettings.of(200, 42));
    assertThat(settings.size()).isEqualTo(30);
    assertThat(settings.seed()).isEqualTo(5);
    assertThat(settings.outreachOnlyShare()).isEqualTo(1.0);
    assertThat(settings.rateMultiplierAfterIndex()).isEqualTo(1.0);
  }

  @Test
  void injectsNamedFixtures(
      @Fixture(FixtureName.EDGE_OF_CARE_REPEATEDLY_MISSING) YoungPersonRecord edge,
      @Fixture(FixtureName.LOOKED_AFTER_STEPPING_DOWN) YoungPersonRecord stepDown,
      @Fixture(FixtureName.CARE_LEAVER_MOVING_TO_INDEPENDENCE) YoungPersonRecord leaver,
      @Fixture(FixtureName.ARRESTS_AND_CRISIS_PRESENTATIONS) YoungPersonRecord arrests,
      @Fixture(FixtureName.SDQ_BEFORE_AND_AFTER) YoungPersonRecord sdq,
      @Fixture(FixtureName.SCARBOROUGH_HUB) Hub scarborough,
      @Fixture(FixtureName.HARROGATE_HUB) Hub harrogate,
      @Fixture(FixtureName.REFERENCE_COHORT) Cohort reference,
      @Fixture(FixtureName.REFERENCE_COHORT) Object anyType) {
    assertThat(List.of(edge, stepDown, leaver, arrests, sdq)).isEqualTo(Fixtures.youngPeople());
    assertThat(scarborough).isEqualTo(Fixtures.scarboroughHub());
    assertThat(harrogate).isEqualTo(Fixtures.harrogateHub());
    assertThat(reference).isEqualTo(Fixtures.referenceCohort()).isEqualTo(anyType);
  }

  @Test
  void fixtureNamesKnowTheirTypes() {
    for (FixtureName name : FixtureName.values()) {
      assertThat(name.create()).isInstanceOf(name.type());
    }
    assertThat(FixtureName.SCARBOROUGH_HUB.type()).isEqualTo(Hub.class);
  }

  // -------------------------------------------------- misuse, run through the JUnit launcher

  /** The misuse classes run only from {@link #failureOf}, never on their own. */
  private static final String MISUSE = "nwd.testkit.misuse";

  @ExtendWith(NwdExtension.class)
  @EnabledIfSystemProperty(named = MISUSE, matches = "true")
  static class WrongFixtureType {
    @Test
    void wrong(@Fixture(FixtureName.SCARBOROUGH_HUB) Cohort cohort) {}
  }

  @ExtendWith(NwdExtension.class)
  @EnabledIfSystemProperty(named = MISUSE, matches = "true")
  static class WrongCohortType {
    @Test
    void wrong(@GeneratedCohort(size = 3) String cohort) {}
  }

  @ExtendWith(NwdExtension.class)
  @EnabledIfSystemProperty(named = MISUSE, matches = "true")
  static class BadSettings {
    @Test
    void wrong(@GeneratedCohort(size = -1) Cohort cohort) {}
  }

  @ExtendWith(NwdExtension.class)
  @EnabledIfSystemProperty(named = MISUSE, matches = "true")
  static class NotAnnotated {
    @Test
    void wrong(Cohort cohort) {}
  }

  private static String failureOf(Class<?> testClass) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    System.setProperty(MISUSE, "true");
    try {
      launcher.execute(request, listener);
    } finally {
      System.clearProperty(MISUSE);
    }
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTotalFailureCount()).isEqualTo(1);
    return summary.getFailures().get(0).getException().getMessage();
  }

  @Test
  void misuseFailsWithAClearMessage() {
    assertThat(failureOf(WrongFixtureType.class))
        .isEqualTo("@Fixture(SCARBOROUGH_HUB) is a Hub and cannot be injected into parameter"
            + " cohort of type Cohort");
    assertThat(failureOf(WrongCohortType.class))
        .isEqualTo("@GeneratedCohort cannot be injected into parameter cohort of type String; use"
            + " Cohort, CohortGenerator or CohortSettings");
    assertThat(failureOf(BadSettings.class))
        .isEqualTo("@GeneratedCohort on parameter cohort: size -1 is negative; a cohort has zero"
            + " or more young people");
    assertThat(failureOf(NotAnnotated.class))
        .startsWith("No ParameterResolver registered for parameter [org.nwd.model.Cohort cohort]");
  }
}
