package org.nwd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** nwd-core is the bottom layer: it depends on no other module, no Jackson, and never prints. */
@AnalyzeClasses(packages = "org.nwd", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.nwd.json..", "org.nwd.testkit..", "org.nwd.report..", "org.nwd.examples..",
              "org.nwd.benchmarks..", "org.nwd.ssda903..");

  @ArchTest
  static final ArchRule coreHasNoJackson =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule coreNeverPrints = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule coreLogsThroughSlf4jOnly = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule generatedImplementationsStayHidden =
      classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic();
}
