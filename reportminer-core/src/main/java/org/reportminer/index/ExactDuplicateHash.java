package org.reportminer.index;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.reportminer.model.ReportId;

/**
 * The exact-duplicate key of a report text: two reports are exact duplicates when their texts are
 * equal after normalization. Normalization applies NFKC (full-width and half-width forms become
 * one), lower-cases, turns every run of placeholder marks ({@code __}, {@code ××}, {@code ＿＿},
 * {@code □□}, {@code ○○}, {@code **}) into one placeholder, and drops everything that is not a
 * letter, digit or numeral (whitespace, punctuation of either width, symbols). Thread-safe, no
 * state.
 *
 * <p>Example: "2023年，__区举办“4·26”活动。" and "2023年, XX区…" differ (X is a letter), while
 * "2023年，__区" and "２０２３年, ××区" hash the same.
 */
public final class ExactDuplicateHash {
  /** What a run of placeholder marks becomes. */
  static final char PLACEHOLDER = '□';

  private ExactDuplicateHash() {}

  /** 16 hex digits of SHA-256 over the normalized text. */
  public static String of(String text) {
    return ReportId.sha256Hex(normalize(text).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** The normalized form that is hashed (exposed for tests and for the dedup stage). */
  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean inPlaceholder = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (isPlaceholderMark(cp)) {
        if (!inPlaceholder) {
          out.append(PLACEHOLDER);
          inPlaceholder = true;
        }
        continue;
      }
      if (WordChars.isWordChar(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
        inPlaceholder = false;
      }
      // anything else (space, punctuation, symbol) is dropped and does not end a placeholder run
    }
    return out.toString();
  }

  private static boolean isPlaceholderMark(int cp) {
    switch (cp) {
      case '_':
      case '×':
      case '□':
      case '○':
      case '*':
      case '＊':
        return true;
      default:
        return false;
    }
  }
}
