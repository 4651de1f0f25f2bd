package org.reportminer.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Small text helpers shared by the extract stage: whitespace normalization that knows the
 * ideographic space, counting "content" characters, CJK-aware line joining and a title-likeness
 * test. Stateless and thread-safe.
 */
public final class TextUtil {
  private TextUtil() {}

  /** Whitespace as found in Chinese web pages: ASCII, NBSP, ideographic space, zero-width chars. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B'
        || c == '\uFEFF' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202F';
  }

  /** Trims all kinds of whitespace and collapses inner runs to one ASCII space. */
  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c) || Character.getType(c) == Character.CONTROL) {
        pendingSpace = b.length() > 0;
      } else {
        if (pendingSpace) {
          b.append(' ');
          pendingSpace = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether {@code c} is a CJK ideograph (BMP blocks; surrogate pairs count via their high half). */
  public static boolean isCjk(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || Character.isHighSurrogate(c);
  }

  /** Letters, digits and ideographs: the characters that carry text (punctuation excluded). */
  public static int contentChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) || isCjk(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Sentence and clause punctuation of running Chinese (and English) prose. */
  public static int proseMarks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '，', '。', '；', '、', '！', '？', ',', ';' -> n++;
        default -> {}
      }
    }
    return n;
  }

  /** Whether a sentence ends inside the line (。！？ or ; as Chinese prose uses them). */
  public static boolean hasSentenceEnd(String s) {
    return s.indexOf('。') >= 0 || s.indexOf('！') >= 0 || s.indexOf('？') >= 0 || s.indexOf('；') >= 0;
  }

  /**
   * A line that can be a title: short, some content, no sentence punctuation inside or at its end.
   * Titles may contain 、 and full-width commas only rarely, so one comma is tolerated.
   */
  public static boolean titleLike(String s) {
    int len = s.length();
    if (len == 0 || len > 60 || contentChars(s) < 2 || hasSentenceEnd(s)) {
      return false;
    }
    int commas = 0;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c == '，' || c == ',') {
        commas++;
      }
    }
    char last = s.charAt(len - 1);
    return commas <= 1 && last != '：' && last != ':' && last != '，';
  }

  /**
   * Joins two visual lines of one paragraph (PDF): no space between CJK characters, one space
   * between Latin words, nothing inside a number broken over two lines.
   */
  public static String joinLines(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    char x = a.charAt(a.length() - 1);
    char y = b.charAt(0);
    // a space only between two Latin letters; a number broken over two lines is joined back
    boolean latin = isAsciiLetter(x) && isAsciiLetter(y);
    return latin ? a + " " + b : a + b;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Full-width digits and Latin letters to ASCII (for matching numbers and dates only). */
  public static String asciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - '\uFF10' + '0') : c);
    }
    return b.toString();
  }

  /**
   * Dice coefficient of the character-bigram sets of two strings (0..1); used to tell whether two
   * title lines name the same report.
   */
  public static double bigramDice(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return a.equals(b) ? 1.0 : 0.0;
    }
    int common = 0;
    for (String g : x) {
      if (y.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  private static Set<String> bigrams(String s) {
    String t = s.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }
}
