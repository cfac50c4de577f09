package org.nwd.testkit;

import java.util.function.Supplier;
import org.nwd.model.Cohort;
import org.nwd.model.Hub;
import org.nwd.model.YoungPersonRecord;

/** The named fixtures that {@link NwdExtension} can inject with {@link Fixture}. */
public enum FixtureName {
  /** {@link Fixtures#edgeOfCareRepeatedlyMissing()}. */
  EDGE_OF_CARE_REPEATEDLY_MISSING(YoungPersonRecord.class, Fixtures::edgeOfCareRepeatedlyMissing),
  /** {@link Fixtures#lookedAfterSteppingDown()}. */
  LOOKED_AFTER_STEPPING_DOWN(YoungPersonRecord.class, Fixtures::lookedAfterSteppingDown),
  /** {@link Fixtures#careLeaverMovingToIndependence()}. */
  CARE_LEAVER_MOVING_TO_INDEPENDENCE(
      YoungPersonRecord.class, Fixtures::careLeaverMovingToIndependence),
  /** {@link Fixtures#arrestsAndCrisisPresentations()}. */
  ARRESTS_AND_CRISIS_PRESENTATIONS(
      YoungPersonRecord.class, Fixtures::arrestsAndCrisisPresentations),
  /** {@link Fixtures#sdqBeforeAndAfter()}. */
  SDQ_BEFORE_AND_AFTER(YoungPersonRecord.class, Fixtures::sdqBeforeAndAfter),
  /** {@link Fixtures#scarboroughHub()}. */
  SCARBOROUGH_HUB(Hub.class, Fixtures::scarboroughHub),
  /** {@link Fixtures#harrogateHub()}. */
  HARROGATE_HUB(Hub.class, Fixtures::harrogateHub),
  /** {@link Fixtures#referenceCohort()}. */
  REFERENCE_COHORT(Cohort.class, Fixtures::referenceCohort);

  private final Class<?> type;
  private final Supplier<?> factory;

  FixtureName(Class<?> type, Supplier<?> factory) {
    this.type = type;
    this.factory = factory;
  }

  /** The type of the fixture's value. */
  public Class<?> type() {
    return type;
  }

  /** A fresh instance of the fixture. */
  public Object create() {
    return factory.get();
  }
}
