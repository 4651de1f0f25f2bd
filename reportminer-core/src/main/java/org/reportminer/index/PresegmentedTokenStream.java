package org.reportminer.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.reportminer.model.WordBounds;

/**
 * The words of a text as the analysis already segmented it ({@link WordBounds}), as a Lucene token
 * stream: the index's word field without a second HanLP pass. It follows {@link HanlpTokenizer}'s
 * conventions: the term is the text at the word's offsets, words without any letter, digit or
 * numeral are dropped, and a dropped word or a stretch of text no word covers (a line break)
 * leaves a position gap of one, so phrases do not match across punctuation.
 *
 * <p>Single use, like any token stream made for one field value; not thread-safe.
 */
final class PresegmentedTokenStream extends TokenStream {
  private final String text;
  private final WordBounds words;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  private int next;
  private int lastEnd;
  private boolean gap;
  private boolean emitted;

  /** The words {@code words} of {@code text} (offsets into it). */
  PresegmentedTokenStream(String text, WordBounds words) {
    this.text = text;
    this.words = words;
  }

  @Override
  public boolean incrementToken() {
    while (next < words.size()) {
      int start = words.start(next);
      int end = words.end(next);
      next++;
      if (start < lastEnd || end > text.length()) {
        continue; // bounds that do not fit this text are skipped, never trusted
      }
      if (start > lastEnd) {
        gap = true;
      }
      lastEnd = end;
      if (!WordChars.anyWordChar(text, start, end)) {
        gap = true;
        continue;
      }
      clearAttributes();
      termAtt.setEmpty().append(text, start, end);
      offsetAtt.setOffset(start, end);
      posIncAtt.setPositionIncrement(gap && emitted ? 2 : 1);
      gap = false;
      emitted = true;
      return true;
    }
    return false;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offsetAtt.setOffset(text.length(), text.length());
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    lastEnd = 0;
    gap = false;
    emitted = false;
  }
}
