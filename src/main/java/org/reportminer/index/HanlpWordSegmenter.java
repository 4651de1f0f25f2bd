package org.reportminer.index;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.analyze.HanlpRuntime;
import org.reportminer.analyze.Segmenter;
import org.reportminer.analyze.Token;

/**
 * The segmenter of the index: HanLP's Viterbi segmentation with part-of-speech tagging and entity
 * recognition off. Measured on the seed page and the corpus reports (697 sentences), the words
 * and offsets are identical to {@code analyze.HanlpSegmenter.plain()}, while segmentation runs
 * about ten times faster without the tagging the index does not need; see
 * {@code reportminer bench index}. Token natures are whatever HanLP leaves without tagging
 * (often "x" here); the index uses words and offsets only.
 *
 * <p>HanLP's global configuration is left to {@link HanlpRuntime}. Thread-safe (HanLP segments
 * keep no per-call state).
 */
public final class HanlpWordSegmenter implements Segmenter {
  private final Segment segment;

  /** A segmenter with HanLP's default dictionaries. */
  public HanlpWordSegmenter() {
    HanlpRuntime.ensureConfigured();
    this.segment =
        HanLP.newSegment()
            .enableOffset(true)
            .enablePartOfSpeechTagging(false)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
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
      int start = baseOffset + t.offset;
      out.add(new Token(t.word, nature, start, start + t.word.length()));
    }
    return out;
  }
}
