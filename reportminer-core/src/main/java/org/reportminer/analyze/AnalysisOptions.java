package org.reportminer.analyze;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration of the analysis stage.
 *
 * @param userDictionary a dictionary file in HanLP's custom-dictionary format ({@code word nature
 *     frequency} lines) added to the shipped domain dictionary ({@code --dict FILE}), or empty
 * @param recognizer which entity recognizer our rules sit on
 * @param rules what the rules may change in the recognizer's mentions ({@link RuleFamily})
 */
public record AnalysisOptions(Optional<Path> userDictionary, Recognizer recognizer, Set<RuleFamily> rules) {

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
    rules = Set.copyOf(rules);
  }

  /**
   * A user dictionary and a recognizer with its default rules: the measured {@link
   * RuleFamily#defaults()} over the perceptron model; every rule over HanLP's recognizers, whose
   * raw mentions the rules were written to filter.
   */
  public AnalysisOptions(Optional<Path> userDictionary, Recognizer recognizer) {
    this(userDictionary, recognizer, recognizer == Recognizer.HANLP ? RuleFamily.all() : RuleFamily.defaults());
  }

  /** The same options with only {@code families} of rules on. */
  public AnalysisOptions withRules(Set<RuleFamily> families) {
    return new AnalysisOptions(userDictionary, recognizer, families);
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
