package org.reportminer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the engine, kept by the build: the core imports no face (command line, HTTP,
 * evaluation) and no library of one; its packages form no cycle (each package is its own slice,
 * so {@code analyze} and {@code analyze.ner} may not import each other); HanLP is reached only
 * from the language layer and the analysis, Lucene only from the index, search, dedup and engine
 * stages.
 */
class CoreArchitectureTest {
  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.reportminer");

  @Test
  void coreImportsNoFace() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.reportminer.cli..", "org.reportminer.server..", "org.reportminer.eval..",
            "org.reportminer.bench..", "picocli..", "com.sun.net.httpserver..", "org.openjdk.jmh..")
        .check(CORE);
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("org.reportminer.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void hanlpIsReachedOnlyFromTheLanguageLayerAndTheAnalysis() {
    noClasses().that().resideOutsideOfPackages("org.reportminer.nlp", "org.reportminer.analyze..")
        .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
        .check(CORE);
  }

  @Test
  void luceneIsReachedOnlyFromTheIndexingStages() {
    noClasses().that().resideOutsideOfPackages("org.reportminer.index", "org.reportminer.search",
            "org.reportminer.dedup", "org.reportminer.engine")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(CORE);
  }
}
