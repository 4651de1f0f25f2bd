package org.reportminer.analyze;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Configuration of the analysis stage.
 *
 * @param userDictionary a dictionary file in HanLP's custom-dictionary format ({@code word nature
 *     frequency} lines) added to the shipped domain dictionary ({@code --dict FILE}), or empty
 */
public record AnalysisOptions(Optional<Path> userDictionary) {

  /** No user dictionary. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(Optional.empty());
  }
}
