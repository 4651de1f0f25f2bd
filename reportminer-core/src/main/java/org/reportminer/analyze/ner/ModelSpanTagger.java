package org.reportminer.analyze.ner;

import java.util.List;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;

/**
 * {@link SpanTagger} over a character-level {@link NerModel}, with exactly the input the trainer
 * gave it: the sentence after {@link NerText#normalize} (same length, so offsets carry over) and
 * HanLP's plain segmentation of that text as features. Thread-safe: the model is immutable and the
 * segmenter is thread-safe.
 */
public final class ModelSpanTagger implements SpanTagger {
  private final NerModel model;
  private final Segmenter segmenter = HanlpSegmenter.plain();

  /** A tagger over {@code model}. */
  public ModelSpanTagger(NerModel model) {
    this.model = model;
  }

  @Override
  public List<TaggedSentence.Span> spans(String sentence) {
    if (sentence.isEmpty()) {
      return List.of();
    }
    String text = NerText.normalize(sentence);
    return model.spans(text, segmenter.segment(text));
  }
}
