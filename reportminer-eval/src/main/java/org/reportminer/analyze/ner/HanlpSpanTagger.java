package org.reportminer.analyze.ner;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.analyze.HanlpRoleRecognizer;
import org.reportminer.analyze.Sentence;
import org.reportminer.analyze.SentenceSplitter;
import org.reportminer.model.Mention;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.Segmenter;

/**
 * {@link SpanTagger} over raw HanLP, the baseline: HanLP's segmentation with its person, place and
 * organization recognizers on ({@link HanlpSegmenter#withHanlpNer()}), and the words it tags
 * {@code nr*}, {@code ns*} or {@code nt*} read as nr/ns/nt spans ({@link HanlpRoleRecognizer}).
 * HanLP sees the sentence as written (no normalization of ours). A corpus sentence longer than
 * {@link SentenceSplitter#DEFAULT_MAX_LENGTH} chars is fed in chunks cut at sentence and comma
 * marks ({@link SentenceSplitter#chunks}), as the analysis stage feeds it, because HanLP's
 * recognizers are near-quadratic in input length; shorter sentences go in whole.
 * Thread-safe.
 */
public final class HanlpSpanTagger implements SpanTagger {
  private final Segmenter segmenter = HanlpSegmenter.withHanlpNer();
  private final HanlpRoleRecognizer roles = new HanlpRoleRecognizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public List<TaggedSentence.Span> spans(String sentence) {
    List<TaggedSentence.Span> out = new ArrayList<>();
    for (Sentence piece : splitter.chunks(sentence)) {
      List<Mention> mentions =
          roles.recognize(piece.text(), segmenter.segment(piece.text(), piece.start()), piece.start());
      for (Mention m : mentions) {
        out.add(new TaggedSentence.Span(m.start(), m.end(), NerLabel.of(m.type())));
      }
    }
    return out;
  }
}
