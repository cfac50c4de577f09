package org.nwd.testkit.readme;

import static org.nwd.testkit.NwdAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nwd.model.Cohort;
import org.nwd.model.StandardMeasures;
import org.nwd.model.YoungPersonRecord;
import org.nwd.testkit.Fixture;
import org.nwd.testkit.FixtureName;
import org.nwd.testkit.Fixtures;
import org.nwd.testkit.GeneratedCohort;
import org.nwd.testkit.NwdExtension;

/**
 * The README's "vendor's first test", verbatim below the imports, in a package of its own so that it
 * sees only the testkit's public API: if this stops compiling or passing, the README is wrong.
 */
@ExtendWith(NwdExtension.class)
class FirstNwdTest {
  @Test
  void missingIncidentsFallAfterTheHubStarts(
      @GeneratedCohort(size = 200, seed = 42) Cohort cohort,
      @Fixture(FixtureName.EDGE_OF_CARE_REPEATEDLY_MISSING) YoungPersonRecord yp) {
    assertThat(cohort).hasYoungPeople(200);
    assertThat(yp).hasFewerEventsAfter(StandardMeasures.MISSING_INCIDENTS, Fixtures.EDGE_OF_CARE_HUB_START);
  }
}
