package org.reportminer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.reportminer.model.WordBounds;
import org.reportminer.nlp.Segmenter;

/**
 * The word-level analyzer of the index: {@link HanlpTokenizer} over a {@link Segmenter}, then
 * full-width/half-width folding ({@code ＡＢＣ１２３} is {@code abc123}) and lower case. Folding
 * happens after tokenization, so offsets always point into the original text.
 *
 * <p>Thread-safe like every Lucene analyzer (per-thread token stream reuse).
 */
public final class HanlpAnalyzer extends Analyzer {
  private final Segmenter segmenter;

  /** An analyzer segmenting with {@code segmenter} (thread-safe, shared by all streams). */
  public HanlpAnalyzer(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HanlpTokenizer(segmenter);
    TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
    return new TokenStreamComponents(tokenizer, stream);
  }

  /**
   * The tokens this analyzer would give for {@code text} if it segmented it into {@code words}
   * (offsets into {@code text}): the same filters over the given words instead of a new
   * segmentation. For one field value; the stream is not reused.
   */
  public TokenStream presegmented(String text, WordBounds words) {
    return new LowerCaseFilter(new CJKWidthFilter(new PresegmentedTokenStream(text, words)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
