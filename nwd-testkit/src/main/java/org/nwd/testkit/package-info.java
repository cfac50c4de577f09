/**
 * Test support for code built on nwd: named fixtures of young people and hubs whose journeys a
 * practitioner would recognise ({@link org.nwd.testkit.Fixtures}), a seeded synthetic cohort generator
 * that scales to a million young people ({@link org.nwd.testkit.CohortGenerator} configured by {@link
 * org.nwd.testkit.CohortSettings}), AssertJ assertions with domain-worded failure messages ({@link
 * org.nwd.testkit.NwdAssertions}) and a JUnit 5 extension that injects fixtures and generated cohorts
 * into test parameters ({@link org.nwd.testkit.NwdExtension}).
 *
 * <p>Everything here is synthetic: identifiers are pseudonymous, birth dates are month and year only,
 * and the only free text is clearly marked synthetic impact-story text. Add this module at test scope.
 */
@NwdStyle
@NullMarked
package org.nwd.testkit;

import org.jspecify.annotations.NullMarked;
import org.nwd.NwdStyle;
