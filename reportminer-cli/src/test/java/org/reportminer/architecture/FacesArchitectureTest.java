package org.reportminer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The faces stay thin: the command line and the HTTP server reach the index and the language
 * tools only through the engine API ({@code org.reportminer.engine}) and the stages' records, never
 * Lucene or HanLP themselves; the server knows nothing of the command line.
 */
class FacesArchitectureTest {
  static final JavaClasses FACES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.reportminer.cli", "org.reportminer.server");

  @Test
  void facesImportNeitherLuceneNorHanlp() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.hankcs..")
        .check(FACES);
  }

  @Test
  void theServerKnowsNothingOfTheCommandLine() {
    noClasses().that().resideInAPackage("org.reportminer.server..")
        .should().dependOnClassesThat().resideInAnyPackage("org.reportminer.cli..", "picocli..")
        .check(FACES);
  }
}
