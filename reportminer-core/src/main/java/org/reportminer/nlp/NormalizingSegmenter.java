package org.reportminer.nlp;

import java.util.List;

/**
 * A {@link Segmenter} that segments the NER model's normalized form of each sentence ({@link
 * NerText#normalize}: full-width ASCII to ASCII, other spaces to a space, one char for one char).
 * Token offsets therefore still point into the original text, while words and the segmentation
 * itself are what the perceptron model was trained on. Thread-safe when its delegate is.
 */
public final class NormalizingSegmenter implements Segmenter {
  private final Segmenter delegate;

  /** Normalizes, then segments with {@code delegate}. */
  public NormalizingSegmenter(Segmenter delegate) {
    this.delegate = delegate;
  }

  /**
   * The segmenter of the default analysis: HanLP's plain segmenter with {@code lexicon} over the
   * NER model's normalized text. The index segments titles and queries with it too ({@code
   * index.ReportSchema#withHanlp}), which is what lets it reuse the words a record hands on.
   */
  public static Segmenter forWords(DomainLexicon lexicon) {
    return new NormalizingSegmenter(HanlpSegmenter.withLexicon(lexicon, false));
  }

  @Override
  public List<Token> segment(String sentence, int baseOffset) {
    return delegate.segment(NerText.normalize(sentence), baseOffset);
  }
}
