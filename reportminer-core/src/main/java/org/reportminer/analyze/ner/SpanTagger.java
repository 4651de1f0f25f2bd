package org.reportminer.analyze.ner;

import java.util.List;

/**
 * Finds the nr/ns/nt entity spans of one corpus sentence, with offsets relative to it: the common
 * shape of the recognizers {@link NerDevEvaluation} compares ({@link ModelSpanTagger} over our
 * model, {@link HanlpSpanTagger} over raw HanLP). Implementations are thread-safe.
 */
public interface SpanTagger {

  /** The entity spans of {@code sentence} (one corpus sentence, as written in the corpus). */
  List<TaggedSentence.Span> spans(String sentence);
}
