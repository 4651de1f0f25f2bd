package org.reportminer.analyze.ner;

import java.util.List;
import org.reportminer.nlp.Token;

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
 *       word (B/M/E/S) with the word's nature, and the position with the word itself;
 *   <li>only with a non-empty {@link CharClusters} table: the cluster of the char at i−2 … i+2
 *       (templates r … v, e.g. {@code r17}) and the cluster pairs (i−1,i) and (i,i+1) (templates w,
 *       x, e.g. {@code w17/203}); {@link #COUNT} + {@link #CLUSTER_COUNT} features per char then.
 * </ul>
 *
 * Every feature starts with a template letter so that templates never collide. The features are
 * produced as strings (HanLP's feature map is keyed by strings); inference looks the same features
 * up without building the strings, through {@link CompiledFeatures}, which is checked against
 * them. Stateless and thread-safe.
 */
public final class CharFeatures {
  /** Number of features per character without clusters. */
  public static final int COUNT = 17;
  /** Number of cluster features per character with a cluster table. */
  public static final int CLUSTER_COUNT = 7;

  /** Stands for a char before the sentence's start. */
  static final char BOS = '\u0002';
  /** Stands for a char after the sentence's end. */
  static final char EOS = '\u0003';
  private static final String CHINESE_NUMERALS = "零〇一二三四五六七八九十百千万亿两";

  private CharFeatures() {}

  /** Receives features one at a time: {@code begin}, some {@code add}s, {@code end}. */
  interface Sink {
    void begin(char template);

    void add(char c);

    void add(String s);

    void end();
  }

  /** HanLP's segmentation of a sentence, seen per char. */
  private record Words(char[] position, String[] nature, String[] word) {
    static Words of(String text, List<Token> tokens) {
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
      return new Words(position, nature, word);
    }
  }

  /**
   * The features of every char of {@code text} as strings (for training).
   *
   * @param text the normalized sentence ({@link NerText#normalize})
   * @param tokens HanLP's segmentation of exactly that text, offsets relative to it
   * @return one array of {@link #COUNT} feature strings per char
   */
  public static String[][] extract(String text, List<Token> tokens) {
    return extract(text, tokens, CharClusters.NONE);
  }

  /**
   * The features of every char of {@code text} as strings (for training), with the cluster
   * templates when {@code clusters} is not empty.
   *
   * @param text the normalized sentence ({@link NerText#normalize})
   * @param tokens HanLP's segmentation of exactly that text, offsets relative to it
   * @param clusters the model's char clusters ({@link CharClusters#NONE} for none)
   * @return one array of {@link #count} feature strings per char
   */
  public static String[][] extract(String text, List<Token> tokens, CharClusters clusters) {
    Words words = Words.of(text, tokens);
    String[][] out = new String[text.length()][];
    StringSink sink = new StringSink(count(clusters));
    for (int i = 0; i < text.length(); i++) {
      sink.start();
      features(text, words, i, sink);
      if (!clusters.isEmpty()) {
        clusterFeatures(text, clusters, i, sink);
      }
      out[i] = sink.features;
    }
    return out;
  }

  /** Number of features per char with {@code clusters}. */
  public static int count(CharClusters clusters) {
    return clusters.isEmpty() ? COUNT : COUNT + CLUSTER_COUNT;
  }

  private static void clusterFeatures(String text, CharClusters clusters, int i, Sink sink) {
    for (int d = -2; d <= 2; d++) {
      sink.begin((char) ('r' + d + 2));
      sink.add(Integer.toString(clusters.symbol(text, i + d)));
      sink.end();
    }
    for (int d = -1; d <= 0; d++) {
      sink.begin((char) ('w' + d + 1));
      sink.add(Integer.toString(clusters.symbol(text, i + d)));
      sink.add('/');
      sink.add(Integer.toString(clusters.symbol(text, i + d + 1)));
      sink.end();
    }
  }

  private static void features(String text, Words w, int i, Sink sink) {
    char c2 = ch(text, i - 2);
    char c1 = ch(text, i - 1);
    char c0 = ch(text, i);
    char n1 = ch(text, i + 1);
    char n2 = ch(text, i + 2);
    one(sink, 'a', c2);
    one(sink, 'b', c1);
    one(sink, 'c', c0);
    one(sink, 'd', n1);
    one(sink, 'e', n2);
    two(sink, 'f', c2, c1);
    two(sink, 'g', c1, c0);
    two(sink, 'h', c0, n1);
    two(sink, 'i', n1, n2);
    sink.begin('j');
    sink.add(c1);
    sink.add(c0);
    sink.add(n1);
    sink.end();
    sink.begin('k');
    sink.add(type(text, i - 1));
    sink.add(type(text, i));
    sink.add(type(text, i + 1));
    sink.end();
    int n = text.length();
    for (int d = -1; d <= 1; d++) {
      int j = i + d;
      boolean inside = j >= 0 && j < n;
      char pos = inside ? w.position()[j] : (j < 0 ? BOS : EOS);
      sink.begin((char) ('l' + d + 1));
      sink.add(pos);
      if (inside) {
        sink.add(w.nature()[j]);
      }
      sink.end();
      sink.begin((char) ('o' + d + 1));
      sink.add(pos);
      if (inside) {
        sink.add(w.word()[j]);
      }
      sink.end();
    }
  }

  private static void one(Sink sink, char template, char c) {
    sink.begin(template);
    sink.add(c);
    sink.end();
  }

  private static void two(Sink sink, char template, char a, char b) {
    sink.begin(template);
    sink.add(a);
    sink.add(b);
    sink.end();
  }

  private static char ch(String text, int i) {
    if (i < 0) {
      return BOS;
    }
    if (i >= text.length()) {
      return EOS;
    }
    return text.charAt(i);
  }

  /** A one-letter character class. */
  static char type(String text, int i) {
    if (i < 0) {
      return '^';
    }
    if (i >= text.length()) {
      return '$';
    }
    return (char) TYPE_OF[text.charAt(i)];
  }

  /** The class of every char, computed once: {@link Character.UnicodeScript#of} searches. */
  private static final byte[] TYPE_OF = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      TYPE_OF[c] = (byte) classOf((char) c);
    }
  }

  private static char classOf(char c) {
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

  /** Collects features as strings. */
  private static final class StringSink implements Sink {
    final StringBuilder sb = new StringBuilder(16);
    final int count;
    String[] features;
    int k;

    StringSink(int count) {
      this.count = count;
    }

    void start() {
      features = new String[count];
      k = 0;
    }

    @Override
    public void begin(char template) {
      sb.setLength(0);
      sb.append(template);
    }

    @Override
    public void add(char c) {
      sb.append(c);
    }

    @Override
    public void add(String s) {
      sb.append(s);
    }

    @Override
    public void end() {
      features[k++] = sb.toString();
    }
  }
}
