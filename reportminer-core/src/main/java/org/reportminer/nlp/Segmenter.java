package org.reportminer.nlp;

import java.util.List;

/**
 * Splits one sentence of Chinese into words with part-of-speech tags. Implementations are
 * thread-safe. Callers pass one sentence at a time: HanLP's recognizers are near-quadratic in the
 * input length, so whole documents must never reach a single call.
 */
public interface Segmenter {

  /**
   * Segments {@code sentence}; token offsets are {@code baseOffset} plus the offset inside the
   * sentence, so callers can pass report-level offsets straight through.
   */
  List<Token> segment(String sentence, int baseOffset);

  /** Segments {@code sentence} with offsets relative to it. */
  default List<Token> segment(String sentence) {
    return segment(sentence, 0);
  }
}
