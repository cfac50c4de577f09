package org.nwd.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a named fixture into a test parameter, with {@link NwdExtension}:
 * {@code @Fixture(FixtureName.REFERENCE_COHORT) Cohort cohort}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Fixture {
  /** Which fixture. */
  FixtureName value();
}
