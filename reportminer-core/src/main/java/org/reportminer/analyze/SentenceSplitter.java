package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits report text into sentences for per-sentence NLP, keeping offsets. A sentence ends after
 * 。！？；!?; (and any closing quotes or brackets right after them) or at a line break. A piece
 * longer than {@code maxLength} is cut further: at the last comma-like mark (，、,：:) or space
 * within the limit, else hard at the limit (never inside a surrogate pair). So no sentence is
 * longer than {@code maxLength}, which bounds the cost of HanLP's near-quadratic recognizers.
 *
 * <p>Leading and trailing whitespace is not part of a sentence; whitespace-only pieces are
 * dropped. Immutable and thread-safe.
 */
public final class SentenceSplitter {
  /** The default bound: long enough for any ordinary sentence, short enough for HanLP. */
  public static final int DEFAULT_MAX_LENGTH = 160;

  private final int maxLength;

  /** A splitter with {@link #DEFAULT_MAX_LENGTH}. */
  public SentenceSplitter() {
    this(DEFAULT_MAX_LENGTH);
  }

  /** A splitter cutting sentences at most {@code maxLength} chars long ({@code >= 8}). */
  public SentenceSplitter(int maxLength) {
    if (maxLength < 8) {
      throw new IllegalArgumentException("maxLength must be at least 8, was " + maxLength);
    }
    this.maxLength = maxLength;
  }

  /**
   * Runs of whole sentences of one paragraph, each at most {@code maxLength} characters: the unit
   * handed to HanLP. HanLP's per-call cost makes very short calls slow and its recognizers make
   * very long ones slow; packed sentences of up to a few hundred characters are the fast middle.
   * A sentence never spans two chunks and a chunk never spans a line break.
   */
  public List<Sentence> chunks(String text) {
    List<Sentence> sentences = split(text);
    List<Sentence> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Sentence s : sentences) {
      boolean sameLine = start >= 0 && !containsLineBreak(text, end, s.start());
      if (start >= 0 && sameLine && s.end() - start <= maxLength) {
        end = s.end();
        continue;
      }
      if (start >= 0) {
        out.add(new Sentence(text.substring(start, end), start, end));
      }
      start = s.start();
      end = s.end();
    }
    if (start >= 0) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
    return out;
  }

  private static boolean containsLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The sentences of {@code text}, in order, with offsets into it. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        emit(text, start, i, out);
        start = i + 1;
      } else if (isTerminal(c)) {
        int end = i + 1;
        while (end < n && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
          end++;
        }
        emit(text, start, end, out);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    emit(text, start, n, out);
    return out;
  }

  private void emit(String text, int start, int end, List<Sentence> out) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > maxLength) {
      int cut = cutPoint(text, start, start + maxLength);
      add(text, start, cut, out);
      start = cut;
      while (start < end && isSpace(text.charAt(start))) {
        start++;
      }
    }
    add(text, start, end, out);
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > start) {
      out.add(new Sentence(text.substring(start, e), start, e));
    }
  }

  /** Where to cut a piece that runs past {@code limit}: after a soft mark, else at the limit. */
  private static int cutPoint(String text, int start, int limit) {
    int min = start + (limit - start) / 2;
    for (int i = limit - 1; i >= min; i--) {
      char c = text.charAt(i);
      if (isSoft(c)) {
        return i + 1;
      }
    }
    int cut = limit;
    if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  private static boolean isTerminal(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
        || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》'
        || c == '"' || c == '\'';
  }

  private static boolean isSoft(char c) {
    return c == '，' || c == '、' || c == ',' || c == '：' || c == ':' || c == ' ' || c == '\u3000'
        || c == '\t';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n';
  }
}
