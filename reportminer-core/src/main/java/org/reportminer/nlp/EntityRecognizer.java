package org.reportminer.nlp;

import java.util.List;
import org.reportminer.model.Mention;

/**
 * Finds person, place and organization mentions in one sentence. Implementations are
 * thread-safe and see one sentence per call (never a whole document).
 */
public interface EntityRecognizer {

  /**
   * Recognizes entities in {@code sentence}.
   *
   * @param sentence one sentence of report text
   * @param tokens the sentence's segmentation by the pipeline's {@link Segmenter}, with offsets
   *     already shifted by {@code baseOffset}; recognizers may use it as features or ignore it
   * @param baseOffset offset of the sentence in the report text; returned mentions carry
   *     report-level offsets ({@code baseOffset} plus the offset inside the sentence)
   */
  List<Mention> recognize(String sentence, List<Token> tokens, int baseOffset);
}
