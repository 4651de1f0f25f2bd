package org.reportminer.index;

import java.nio.CharBuffer;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * A Lucene tokenizer that emits the words of a {@link Segmenter} (HanLP in production) with exact
 * character offsets into the original text.
 *
 * <p>Lucene's {@link SegmentingTokenizerBase} reads the input in bounded buffers and hands over
 * one sentence at a time, so the segmenter never sees more than one sentence (at most 1024
 * characters) per call, whatever the document length. Offsets are the segmenter's sentence
 * offsets plus the sentence start, passed through {@link #correctOffset(int)}, so char filters in
 * front of this tokenizer keep highlights exact. The term text is copied from the input buffer at
 * those offsets, so a term is always exactly the text its offsets point to.
 *
 * <p>Tokens without any letter, digit or numeral (punctuation, spaces, "__" placeholders) are dropped and
 * leave a position gap of one, so phrase queries do not match across punctuation or sentence ends.
 * The token type is the segmenter's part-of-speech tag.
 *
 * <p>Not thread-safe (no Lucene tokenizer is); analyzers create one per thread.
 */
public final class HanlpTokenizer extends SegmentingTokenizerBase {
  private final Segmenter segmenter;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private List<Token> sentenceTokens = List.of();
  private int nextToken;
  private int sentenceStart;
  private int sentenceLength;
  private boolean gap;
  private boolean emitted;

  /** A tokenizer over {@code segmenter}, which must be thread-safe and is shared, not copied. */
  public HanlpTokenizer(Segmenter segmenter) {
    super(BreakIterator.getSentenceInstance(Locale.ROOT));
    this.segmenter = segmenter;
  }

  @Override
  protected void setNextSentence(int start, int end) {
    sentenceStart = start;
    sentenceLength = end - start;
    sentenceTokens = segmenter.segment(new String(buffer, start, sentenceLength));
    nextToken = 0;
    // a sentence end is a phrase boundary, like punctuation
    gap = true;
  }

  @Override
  protected boolean incrementWord() {
    while (nextToken < sentenceTokens.size()) {
      Token t = sentenceTokens.get(nextToken++);
      // Trust only offsets that lie inside the sentence; the term text is taken from the buffer,
      // so offsets and term can never disagree.
      if (t.start() < 0 || t.end() > sentenceLength || t.start() >= t.end()) {
        continue;
      }
      int start = sentenceStart + t.start();
      int end = sentenceStart + t.end();
      if (!WordChars.anyWordChar(CharBuffer.wrap(buffer), start, end)) {
        gap = true;
        continue;
      }
      clearAttributes();
      termAtt.copyBuffer(buffer, start, end - start);
      offsetAtt.setOffset(correctOffset(offset + start), correctOffset(offset + end));
      posIncAtt.setPositionIncrement(gap && emitted ? 2 : 1);
      typeAtt.setType(t.nature());
      gap = false;
      emitted = true;
      return true;
    }
    return false;
  }

  /**
   * Buffer refills stop after a line break (Lucene's default) or a sentence-final mark, so a long
   * paragraph is cut between sentences rather than inside a word.
   */
  @Override
  protected boolean isSafeEnd(char ch) {
    switch (ch) {
      case '。':
      case '！':
      case '？':
      case '；':
      case '!':
      case '?':
        return true;
      default:
        return super.isSafeEnd(ch);
    }
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    sentenceTokens = List.of();
    nextToken = 0;
    sentenceStart = 0;
    sentenceLength = 0;
    gap = false;
    emitted = false;
  }
}
