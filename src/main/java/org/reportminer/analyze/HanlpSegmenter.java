package org.reportminer.analyze;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Segmenter} over HanLP's Viterbi segmenter with offsets. Whether HanLP's own named-entity
 * recognizers (HMM role tagging for persons, places, organizations) run is chosen at
 * construction: the raw-HanLP baseline turns them on; our pipeline uses them only as features.
 * Thread-safe: HanLP segments share read-only dictionaries and keep no per-call state in the
 * segment object.
 */
public final class HanlpSegmenter implements Segmenter {
  private final Segment segment;

  /** Plain segmentation with POS tags, no HanLP entity recognition. */
  public static HanlpSegmenter plain() {
    return new HanlpSegmenter(false);
  }

  /** Segmentation with HanLP's built-in person, place and organization recognizers on. */
  public static HanlpSegmenter withHanlpNer() {
    return new HanlpSegmenter(true);
  }

  private HanlpSegmenter(boolean hanlpNer) {
    HanlpRuntime.ensureConfigured();
    this.segment =
        HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(true)
            .enableNameRecognize(hanlpNer)
            .enablePlaceRecognize(hanlpNer)
            .enableOrganizationRecognize(hanlpNer);
  }

  @Override
  public List<Token> segment(String sentence, int baseOffset) {
    if (sentence.isEmpty()) {
      return List.of();
    }
    List<Term> terms = segment.seg(sentence);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String nature = t.nature == null ? "x" : t.nature.toString();
      out.add(new Token(t.word, nature, baseOffset + t.offset, baseOffset + t.offset + t.word.length()));
    }
    return out;
  }
}
