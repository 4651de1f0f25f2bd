package org.reportminer.analyze;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of the analysis stage.
 *
 * @param userDictionary a dictionary file in HanLP's custom-dictionary format ({@code word nature
 *     frequency} lines) added to the shipped domain dictionary ({@code --dict FILE}), or empty
 * @param recognizer which entity recognizer our rules sit on
 */
public record AnalysisOptions(Optional<Path> userDictionary, Recognizer recognizer) {

  /** The entity recognizers the analysis can use. */
  public enum Recognizer {
    /** The character-level perceptron model trained by {@code train-ner} (the default). */
    PERCEPTRON,
    /** HanLP's own HMM role tagging (the raw-library baseline, faster to load, less accurate). */
    HANLP
  }

  public AnalysisOptions {
    Objects.requireNonNull(userDictionary);
    Objects.requireNonNull(recognizer);
  }

  /** A user dictionary with the default recognizer. */
  public AnalysisOptions(Optional<Path> userDictionary) {
    this(userDictionary, Recognizer.PERCEPTRON);
  }

  /** No user dictionary, the perceptron recognizer. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(Optional.empty(), Recognizer.PERCEPTRON);
  }
}
