package org.reportminer.analyze;

import java.util.List;
import org.reportminer.analyze.ner.NerText;

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

  @Override
  public List<Token> segment(String sentence, int baseOffset) {
    return delegate.segment(NerText.normalize(sentence), baseOffset);
  }
}
