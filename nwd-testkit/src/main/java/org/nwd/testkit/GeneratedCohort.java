package org.nwd.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a seeded synthetic cohort with default {@link CohortSettings} into a test parameter, with
 * {@link NwdExtension}: {@code @GeneratedCohort(size = 200, seed = 42) Cohort cohort}. The parameter
 * may be a {@link org.nwd.model.Cohort}, a {@link CohortGenerator} (to stream) or the {@link
 * CohortSettings}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GeneratedCohort {
  /** Number of young people. */
  int size() default 200;

  /** Seed: the same seed always gives the same cohort. */
  long seed() default 1L;

  /** Share supported through outreach only; default 0.67 (nwd-model.md §2.3). */
  double outreachOnlyShare() default 0.67;

  /** Rate multiplier after the index date; default 0.5 (see {@link CohortSettings}). */
  double rateMultiplierAfterIndex() default 0.5;
}
