package org.nwd.ssda903;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * nwd-ssda903 sits on nwd-core alone: no other nwd module, no Jackson, never prints; its parsing
 * stays inside (no other module's code reaches in, and nwd-core never depends on it).
 */
@AnalyzeClasses(packages = "org.nwd", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule dependsOnCoreOnly =
      noClasses()
          .that()
          .resideInAPackage("org.nwd.ssda903..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.nwd.json..", "org.nwd.testkit..", "org.nwd.report..", "org.nwd.examples..",
              "org.nwd.benchmarks..", "com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule coreDoesNotDependOnTheImport =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.nwd.ssda903..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.nwd.ssda903..");

  @ArchTest
  static final ArchRule neverPrints = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule logsThroughSlf4jOnly = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule generatedImplementationsStayHidden =
      classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic();
}
