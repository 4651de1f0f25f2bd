package org.reportminer.analyze.ner;

import java.util.List;
import org.reportminer.analyze.Token;

/**
 * The feature templates of the character-level NER model, used unchanged by training and
 * inference. For the character at position i:
 *
 * <ul>
 *   <li>character unigrams at i−2 … i+2, bigrams (i−2,i−1) (i−1,i) (i,i+1) (i+1,i+2), the trigram
 *       (i−1,i,i+1);
 *   <li>the character-type triple at i−1, i, i+1 (digit, Chinese numeral, Latin, Han, punctuation,
 *       space, other);
 *   <li>HanLP's segmentation of the sentence at i−1, i and i+1: the character's position in its
 *       word (B/M/E/S) with the word's nature, and the position with the word itself.
 * </ul>
 *
 * Every feature string starts with a template letter so that templates never collide. Stateless
 * and thread-safe.
 */
public final class CharFeatures {
  /** Number of features per character. */
  public static final int COUNT = 17;

  private static final String BOS = "\u0002";
  private static final String EOS = "\u0003";
  private static final String CHINESE_NUMERALS = "零〇一二三四五六七八九十百千万亿两";

  private CharFeatures() {}

  /**
   * The features of every char of {@code text}.
   *
   * @param text the normalized sentence ({@link NerText#normalize})
   * @param tokens HanLP's segmentation of exactly that text, offsets relative to it
   * @return one array of {@link #COUNT} feature strings per char
   */
  public static String[][] extract(String text, List<Token> tokens) {
    int n = text.length();
    char[] position = new char[n];
    String[] nature = new String[n];
    String[] word = new String[n];
    for (Token t : tokens) {
      for (int i = Math.max(0, t.start()); i < Math.min(n, t.end()); i++) {
        int len = t.end() - t.start();
        position[i] = len == 1 ? 'S' : i == t.start() ? 'B' : i == t.end() - 1 ? 'E' : 'M';
        nature[i] = t.nature();
        word[i] = t.word();
      }
    }
    for (int i = 0; i < n; i++) {
      if (position[i] == 0) { // not covered by any token (never expected; stay robust)
        position[i] = 'S';
        nature[i] = "x";
        word[i] = String.valueOf(text.charAt(i));
      }
    }
    String[][] out = new String[n][];
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < n; i++) {
      String c2 = ch(text, i - 2);
      String c1 = ch(text, i - 1);
      String c0 = ch(text, i);
      String n1 = ch(text, i + 1);
      String n2 = ch(text, i + 2);
      String[] f = new String[COUNT];
      f[0] = "a" + c2;
      f[1] = "b" + c1;
      f[2] = "c" + c0;
      f[3] = "d" + n1;
      f[4] = "e" + n2;
      f[5] = "f" + c2 + c1;
      f[6] = "g" + c1 + c0;
      f[7] = "h" + c0 + n1;
      f[8] = "i" + n1 + n2;
      f[9] = "j" + c1 + c0 + n1;
      sb.setLength(0);
      f[10] = sb.append('k').append(type(text, i - 1)).append(type(text, i)).append(type(text, i + 1)).toString();
      int k = 11;
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        boolean inside = j >= 0 && j < n;
        String pos = inside ? String.valueOf(position[j]) : (j < 0 ? BOS : EOS);
        f[k++] = (char) ('l' + d + 1) + pos + (inside ? nature[j] : "");
        f[k++] = (char) ('o' + d + 1) + pos + (inside ? word[j] : "");
      }
      out[i] = f;
    }
    return out;
  }

  private static String ch(String text, int i) {
    if (i < 0) {
      return BOS;
    }
    if (i >= text.length()) {
      return EOS;
    }
    return String.valueOf(text.charAt(i));
  }

  /** A one-letter character class. */
  static char type(String text, int i) {
    if (i < 0) {
      return '^';
    }
    if (i >= text.length()) {
      return '$';
    }
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if (CHINESE_NUMERALS.indexOf(c) >= 0) {
      return 'N';
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return 'L';
    }
    if (Character.isWhitespace(c)) {
      return 'W';
    }
    if (Character.isSurrogate(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
      return 'C';
    }
    int t = Character.getType(c);
    if (t >= Character.DASH_PUNCTUATION && t <= Character.OTHER_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.MATH_SYMBOL
        || t == Character.OTHER_SYMBOL) {
      return 'P';
    }
    return 'O';
  }
}
