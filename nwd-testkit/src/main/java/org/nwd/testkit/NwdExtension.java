package org.nwd.testkit;

import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.nwd.model.Cohort;

/**
 * A JUnit 5 extension that injects nwd fixtures and generated cohorts into test parameters:
 *
 * <pre>{@code
 * @ExtendWith(NwdExtension.class)
 * class MyTest {
 *   @Test
 *   void works(@GeneratedCohort(size = 200, seed = 42) Cohort cohort,
 *              @Fixture(FixtureName.EDGE_OF_CARE_REPEATEDLY_MISSING) YoungPersonRecord record) {...}
 * }
 * }</pre>
 *
 * <p>Each parameter gets a fresh value: fixtures and cohorts are immutable, and the same annotation
 * always gives an equal value.
 */
public final class NwdExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.isAnnotated(Fixture.class)
        || parameterContext.isAnnotated(GeneratedCohort.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    Parameter parameter = parameterContext.getParameter();
    Class<?> type = parameter.getType();
    Optional<Fixture> fixture = parameterContext.findAnnotation(Fixture.class);
    if (fixture.isPresent()) {
      FixtureName name = fixture.get().value();
      if (!type.isAssignableFrom(name.type())) {
        throw new ParameterResolutionException(
            String.format(
                "@Fixture(%s) is a %s and cannot be injected into parameter %s of type %s",
                name, name.type().getSimpleName(), parameter.getName(), type.getSimpleName()));
      }
      return name.create();
    }
    GeneratedCohort spec = parameterContext.findAnnotation(GeneratedCohort.class).orElseThrow();
    CohortSettings settings;
    try {
      settings =
          CohortSettings.builder()
              .size(spec.size())
              .seed(spec.seed())
              .outreachOnlyShare(spec.outreachOnlyShare())
              .rateMultiplierAfterIndex(spec.rateMultiplierAfterIndex())
              .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(
          "@GeneratedCohort on parameter " + parameter.getName() + ": " + e.getMessage(), e);
    }
    if (type == CohortSettings.class) {
      return settings;
    }
    if (type == CohortGenerator.class) {
      return CohortGenerator.of(settings);
    }
    if (type == Cohort.class) {
      return CohortGenerator.of(settings).generate();
    }
    throw new ParameterResolutionException(
        String.format(
            "@GeneratedCohort cannot be injected into parameter %s of type %s; use Cohort,"
                + " CohortGenerator or CohortSettings",
            parameter.getName(), type.getSimpleName()));
  }
}
