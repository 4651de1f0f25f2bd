package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.analyze.ner.NerModel;
import org.reportminer.analyze.ner.PerceptronEntityRecognizer;
import org.reportminer.analyze.ner.TaggedSentence;
import org.reportminer.model.Mention;
import org.reportminer.nlp.EntityRecognizer;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Token;

/**
 * The perceptron model of {@code analyze.ner} as an {@link EntityRecognizer} that decodes on the
 * pipeline's own tokens instead of segmenting the sentence a second time. It needs tokens from
 * a {@link NormalizingSegmenter} over HanLP's plain segmentation (no HanLP recognizers), which is
 * how the model was trained; the pipeline's segmenter adds our domain and user dictionaries to
 * that, which changes the segmentation feature of the few words they hold (measured on the gold:
 * no loss, see docs/QUALITY.md). One segmentation per run of sentences then serves the model, the
 * rules and the keywords.
 *
 * <p>Not the same as {@link PerceptronEntityRecognizer}, which segments by itself and ignores the
 * caller's tokens. Thread-safe: the model is immutable.
 */
public final class PerceptronTokensRecognizer implements EntityRecognizer {
  private final NerModel model;

  /** Over the shipped model. */
  public PerceptronTokensRecognizer() {
    this(PerceptronEntityRecognizer.shippedModel());
  }

  /** Over {@code model}. */
  public PerceptronTokensRecognizer(NerModel model) {
    this.model = model;
  }

  @Override
  public List<Mention> recognize(String sentence, List<Token> tokens, int baseOffset) {
    if (sentence.isEmpty()) {
      return List.of();
    }
    List<Token> local = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      local.add(new Token(t.word(), t.nature(), t.start() - baseOffset, t.end() - baseOffset));
    }
    List<Mention> out = new ArrayList<>();
    for (TaggedSentence.Span s : model.spans(NerText.normalize(sentence), local)) {
      addPieces(out, s, sentence, baseOffset);
    }
    return out;
  }

  /**
   * Characters that never stand inside a name: sentence and clause punctuation, line breaks and
   * the ideographic space. The model was trained on single sentences; on a run of them it now and
   * then carries a name over the full stop ("福寿康养中心。公司"). An ASCII space does not cut: names
   * mixing Latin and Chinese words are written with one ("OpenTiny 开源社区", "RISC-V 国际基金会";
   * measured: real-report dev organizations F1 +0.016, no public dev split changed).
   */
  static final String NEVER_INSIDE = "。！？；，、：!?;,:\t\n\u3000";

  /**
   * The span cut at every {@link #NEVER_INSIDE} character. Single-character pieces stay: the
   * public corpora annotate abbreviations such as 京, 沪 and 美 as places (dropping them cost MSRA
   * dev 0.08 place F1); whether a report's facets want them is the rule layer's decision.
   */
  static void addPieces(List<Mention> out, TaggedSentence.Span s, String sentence, int baseOffset) {
    int from = s.start();
    for (int i = s.start(); i <= s.end(); i++) {
      if (i == s.end() || NEVER_INSIDE.indexOf(sentence.charAt(i)) >= 0) {
        if (i > from) {
          out.add(new Mention(s.label().type(), sentence.substring(from, i), baseOffset + from, baseOffset + i));
        }
        from = i + 1;
      }
    }
  }
}
