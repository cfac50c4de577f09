package org.nwd.testkit;

import org.assertj.core.api.AbstractAssert;
import org.nwd.model.Cohort;
import org.nwd.model.YoungPersonId;

/** Assertions on a cohort, failing with messages in the domain's words. */
public final class CohortAssert extends AbstractAssert<CohortAssert, Cohort> {

  CohortAssert(Cohort actual) {
    super(actual, CohortAssert.class);
  }

  /** The cohort holds exactly this many young people. */
  public CohortAssert hasYoungPeople(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      failWithMessage(
          "Expected the cohort to have %s young people but it had %s", expected, actual.size());
    }
    return this;
  }

  /** The cohort has exactly this many hubs. */
  public CohortAssert hasHubs(int expected) {
    isNotNull();
    if (actual.hubs().size() != expected) {
      failWithMessage(
          "Expected the cohort to have %s hubs but it had %s", expected, actual.hubs().size());
    }
    return this;
  }

  /** The cohort holds the record of the young person with this pseudonymous id. */
  public CohortAssert containsYoungPerson(String id) {
    isNotNull();
    if (actual.record(YoungPersonId.of(id)).isEmpty()) {
      failWithMessage("Expected the cohort to contain young person %s but it did not", id);
    }
    return this;
  }
}
