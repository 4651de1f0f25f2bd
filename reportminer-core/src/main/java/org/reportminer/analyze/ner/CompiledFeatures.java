package org.reportminer.analyze.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import org.reportminer.nlp.Token;

/**
 * A trained model's features compiled for decoding: the weights of the {@link CharFeatures}
 * templates looked up by what each is made of instead of by its string. A char's five unigram
 * features are one array row reached through the char itself; the four bigram templates of a pair
 * of chars are one row found with one table look-up per pair, not four; the character-type triple
 * is a direct index; a word's three nature and three word features (at each position in the word)
 * are one row found once per token. Only the trigram needs a look-up per char. That turns the 17
 * hash look-ups per char of a look-up by string into about three, which is most of the decoder's
 * work. The optional cluster templates (with a {@link CharClusters} table) are direct indexes: a
 * cluster symbol's five unigram features in one row, a pair of symbols' two features in one
 * table of symbol count² cells per template.
 *
 * <p>{@link #offsets} finds exactly the features the model's feature map gives the strings of
 * {@link CharFeatures#extract} (-1 where the model has no such feature), in the same order; a test
 * checks that on every gold sentence and on random text. Keys of other shapes in the map (HanLP's
 * transition features) are ignored. HanLP keys its map by the UTF-8 bytes of a feature, where a
 * surrogate char alone is not itself: a sentence holding a surrogate is looked up by the feature
 * strings, through the map. (HanLP's map fails on NUL; no model feature holds one, so here a
 * feature with NUL is simply absent.) Immutable once built; safe for concurrent use.
 */
final class CompiledFeatures {
  /** The character classes of {@link CharFeatures#type}, each at its index. */
  private static final String TYPES = "^$DNLWCPO";
  /** Positions in a word, each at its index; outside the sentence the key has BOS or EOS. */
  private static final String POSITIONS = "BMES";
  /** Per word: 3 templates (at i−1, i, i+1) × 4 positions. */
  private static final int WORD_ROW = 3 * POSITIONS.length();

  /** char → 1 + its row in {@link #unigrams}, 0 when the model has no unigram of it. */
  private final char[] charRow = new char[Character.MAX_VALUE + 1];
  /** Row × 5 templates (the char at i−2 … i+2) → offset in {@link #weights}. */
  private final int[] unigrams;
  /** Pair of chars → its row in {@link #bigrams}. */
  private final LongIdTable pairs;
  /** Row × 4 templates (the pair at i−2, i−1, i, i+1) → offset in {@link #weights}. */
  private final int[] bigrams;
  /** Triple of chars → offset in {@link #weights}. */
  private final LongIdTable trigrams;
  /** The three types' indexes in base 9 → offset in {@link #weights}. */
  private final int[] typeTriples;
  /** Nature → 12 offsets in {@link #weights}: template (at i−1, i, i+1) × position. */
  private final Map<String, int[]> natures;
  /** Word → 12 offsets in {@link #weights}: template (at i−1, i, i+1) × position. */
  private final Map<String, int[]> words;
  /** Template (l…q) × (BOS, EOS) → offset in {@link #weights}: a word feature beyond the ends. */
  private final int[] beyond = filled(12);
  /** The cluster table the cluster templates are read with ({@link CharClusters#NONE}: none). */
  private final CharClusters clusters;
  /** Features per char: {@link CharFeatures#count} of {@link #clusters}. */
  private final int count;
  /** Symbol × 5 templates (r … v, the symbol at i−2 … i+2) → offset in {@link #weights}. */
  private final int[] clusterUnigrams;
  /** Template (w, x) × symbol × symbol → offset in {@link #weights}. */
  private final int[] clusterPairs;
  /** The model's own look-up by string, -1 or any negative for a feature it lacks. */
  private final ToIntFunction<String> byString;
  private final int tagCount;
  /**
   * The weights of every compiled feature, {@code tagCount} per feature, laid out in the order of
   * the tables above (a char's unigrams side by side, a pair's bigrams, a word's features), so
   * that the features a char needs sit close together in memory.
   */
  private final float[] weights;
  /** Feature id → its offset in {@link #weights}, -1 when not compiled. */
  private final int[] offsetOfId;

  /**
   * Compiles the entries of a model's feature map with their weights.
   *
   * @param features feature string → id
   * @param byString the map's look-up by string
   * @param parameter the model's weights, {@code tagCount} per feature id
   * @param tagCount number of tags
   */
  CompiledFeatures(
      Iterable<Map.Entry<String, Integer>> features,
      ToIntFunction<String> byString,
      float[] parameter,
      int tagCount) {
    this(features, byString, parameter, tagCount, CharClusters.NONE);
  }

  /**
   * Compiles the entries of a model's feature map with their weights, the cluster templates read
   * with {@code clusters}.
   *
   * @throws IllegalArgumentException when the map has cluster features and {@code clusters} is
   *     empty, or a cluster feature names a symbol the table does not have (the model was trained
   *     with another table)
   */
  CompiledFeatures(
      Iterable<Map.Entry<String, Integer>> features,
      ToIntFunction<String> byString,
      float[] parameter,
      int tagCount,
      CharClusters clusters) {
    this.byString = byString;
    this.tagCount = tagCount;
    this.clusters = clusters;
    this.count = CharFeatures.count(clusters);
    int symbols = clusters.isEmpty() ? 0 : clusters.symbolCount();
    int[] clusterUni = filled(5 * symbols);
    int[] clusterBi = filled(2 * symbols * symbols);
    int clusterKeys = 0;
    Map<Character, int[]> uni = new HashMap<>();
    Map<Long, int[]> bi = new HashMap<>();
    Map<Long, Integer> tri = new HashMap<>();
    int[] types = filled(TYPES.length() * TYPES.length() * TYPES.length());
    Map<String, int[]> natureRows = new HashMap<>();
    Map<String, int[]> wordRows = new HashMap<>();
    for (Map.Entry<String, Integer> e : features) {
      String key = e.getKey();
      int id = e.getValue();
      if (key.length() < 2) {
        continue;
      }
      char template = key.charAt(0);
      int len = key.length();
      if (template >= 'a' && template <= 'e' && len == 2) {
        uni.computeIfAbsent(key.charAt(1), c -> filled(5))[template - 'a'] = id;
      } else if (template >= 'f' && template <= 'i' && len == 3) {
        bi.computeIfAbsent(pairKey(key.charAt(1), key.charAt(2)), k -> filled(4))[template - 'f'] = id;
      } else if (template == 'j' && len == 4) {
        tri.put(tripleKey(key.charAt(1), key.charAt(2), key.charAt(3)), id);
      } else if (template == 'k' && len == 4) {
        int t = typeIndex(key.charAt(1), key.charAt(2), key.charAt(3));
        if (t >= 0) {
          types[t] = id;
        }
      } else if (template >= 'r' && template <= 'x' && isClusterKey(key)) {
        clusterKeys++;
        if (clusters.isEmpty()) {
          continue; // reported after the loop
        }
        int slash = key.indexOf('/');
        int a = Integer.parseInt(key, 1, slash < 0 ? len : slash, 10);
        int b = slash < 0 ? 0 : Integer.parseInt(key, slash + 1, len, 10);
        if (a >= symbols || b >= symbols) {
          throw new IllegalArgumentException(
              "the model's feature " + key + " names a cluster its table of " + clusters.size() + " lacks");
        }
        if (template <= 'v') {
          clusterUni[5 * a + template - 'r'] = id;
        } else {
          clusterBi[((template - 'w') * symbols + a) * symbols + b] = id;
        }
      } else if (template >= 'l' && template <= 'q') {
        boolean ofWord = template >= 'o';
        int offset = template - (ofWord ? 'o' : 'l');
        char position = key.charAt(1);
        if (len == 2 && (position == CharFeatures.BOS || position == CharFeatures.EOS)) {
          beyond[(template - 'l') * 2 + (position == CharFeatures.BOS ? 0 : 1)] = id;
        } else if (len > 2 && POSITIONS.indexOf(position) >= 0) {
          Map<String, int[]> rows = ofWord ? wordRows : natureRows;
          rows.computeIfAbsent(key.substring(2), k -> filled(WORD_ROW))[
              offset * POSITIONS.length() + POSITIONS.indexOf(position)] = id;
        }
      }
    }
    if (clusterKeys > 0 && clusters.isEmpty()) {
      throw new IllegalArgumentException(
          "the model has " + clusterKeys + " char-cluster features but no cluster table was given");
    }
    // the tables hold offsets into the compiled weights, not ids
    offsetOfId = filled(parameter.length / tagCount);
    int[] placed = {0};
    float[] compiled = new float[parameter.length];
    IntUnaryOperator place = id -> {
      if (id < 0) {
        return -1;
      }
      int offset = placed[0];
      System.arraycopy(parameter, id * tagCount, compiled, offset, tagCount);
      offsetOfId[id] = offset;
      placed[0] += tagCount;
      return offset;
    };
    unigrams = new int[5 * uni.size()];
    int row = 0;
    for (Map.Entry<Character, int[]> e : uni.entrySet()) {
      charRow[e.getKey()] = (char) (row + 1);
      for (int t = 0; t < 5; t++) {
        unigrams[5 * row + t] = place.applyAsInt(e.getValue()[t]);
      }
      row++;
    }
    pairs = new LongIdTable(bi.size());
    bigrams = new int[4 * bi.size()];
    row = 0;
    for (Map.Entry<Long, int[]> e : bi.entrySet()) {
      pairs.put(e.getKey(), row);
      for (int t = 0; t < 4; t++) {
        bigrams[4 * row + t] = place.applyAsInt(e.getValue()[t]);
      }
      row++;
    }
    trigrams = new LongIdTable(tri.size());
    tri.forEach((key, id) -> trigrams.put(key, place.applyAsInt(id)));
    typeTriples = placed(types, place);
    natureRows.replaceAll((k, ids) -> placed(ids, place));
    wordRows.replaceAll((k, ids) -> placed(ids, place));
    natures = Map.copyOf(natureRows);
    words = Map.copyOf(wordRows);
    placed(beyond, place);
    clusterUnigrams = placed(clusterUni, place);
    clusterPairs = placed(clusterBi, place);
    weights = Arrays.copyOf(compiled, placed[0]);
  }

  /**
   * The emission scores of every char of {@code text}: {@code tagCount} per char, each the sum of
   * the weights of the char's features in the order of {@link CharFeatures#extract}.
   *
   * @param text the normalized sentence
   * @param tokens HanLP's segmentation of exactly that text, offsets relative to it
   */
  double[] emissions(String text, List<Token> tokens) {
    int[] offsets = offsets(text, tokens);
    if (tagCount == 13) {
      return emissions13(offsets, text.length());
    }
    double[] out = new double[text.length() * tagCount];
    int k = count;
    for (int i = 0; i < text.length(); i++) {
      int base = i * tagCount;
      for (int f = i * k; f < (i + 1) * k; f++) {
        int offset = offsets[f];
        if (offset >= 0) {
          for (int tag = 0; tag < tagCount; tag++) {
            out[base + tag] += weights[offset + tag];
          }
        }
      }
    }
    return out;
  }

  /**
   * {@link #emissions} for a model of 13 tags (every model of ours: O and B/M/E/S of three
   * labels): with the count fixed, a char's 13 sums stay in registers instead of being read and
   * written back for every feature, which made the whole decode about 12% faster. Same sums, same
   * order.
   */
  private double[] emissions13(int[] offsets, int n) {
    double[] out = new double[n * 13];
    float[] w = weights;
    int k = count;
    for (int i = 0; i < n; i++) {
      double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0;
      for (int f = i * k; f < (i + 1) * k; f++) {
        int o = offsets[f];
        if (o >= 0) {
          a0 += w[o]; a1 += w[o + 1]; a2 += w[o + 2]; a3 += w[o + 3]; a4 += w[o + 4]; a5 += w[o + 5];
          a6 += w[o + 6]; a7 += w[o + 7]; a8 += w[o + 8]; a9 += w[o + 9]; a10 += w[o + 10];
          a11 += w[o + 11]; a12 += w[o + 12];
        }
      }
      int b = i * 13;
      out[b] = a0; out[b + 1] = a1; out[b + 2] = a2; out[b + 3] = a3; out[b + 4] = a4; out[b + 5] = a5;
      out[b + 6] = a6; out[b + 7] = a7; out[b + 8] = a8; out[b + 9] = a9; out[b + 10] = a10;
      out[b + 11] = a11; out[b + 12] = a12;
    }
    return out;
  }

  /** Where the weights of feature {@code id} start in the compiled weights, -1 if nowhere. */
  int offsetOf(int id) {
    return id < 0 || id >= offsetOfId.length ? -1 : offsetOfId[id];
  }

  /** Features per char ({@link CharFeatures#count} of the model's cluster table). */
  int count() {
    return count;
  }

  /**
   * Where the weights of every char's features start in {@link #weights}: {@link #count()} per
   * char, in the order of {@link CharFeatures#extract}, -1 for a feature the model lacks.
   */
  int[] offsets(String text, List<Token> tokens) {
    if (needsStrings(text)) {
      return offsetsByString(text, tokens);
    }
    int n = text.length();
    int[] position = new int[n];
    int[][] nature = new int[n][];
    int[][] word = new int[n][];
    Arrays.fill(position, -1);
    for (Token t : tokens) {
      int len = t.end() - t.start();
      int[] natureRow = natures.get(t.nature());
      int[] wordRow = words.get(t.word());
      for (int i = Math.max(0, t.start()); i < Math.min(n, t.end()); i++) {
        position[i] = len == 1 ? 3 : i == t.start() ? 0 : i == t.end() - 1 ? 2 : 1;
        nature[i] = natureRow;
        word[i] = wordRow;
      }
    }
    for (int i = 0; i < n; i++) {
      if (position[i] < 0) { // as CharFeatures: a char no token covers is a word of its own
        position[i] = 3;
        nature[i] = natures.get("x");
        word[i] = words.get(String.valueOf(text.charAt(i)));
      }
    }
    // the pairs starting at -2 … n, the types at -1 … n
    int[] pairRow = new int[n + 3];
    for (int p = -2; p <= n; p++) {
      pairRow[p + 2] = pairs.get(pairKey(ch(text, p), ch(text, p + 1)));
    }
    int[] type = new int[n + 2];
    for (int j = -1; j <= n; j++) {
      type[j + 1] = TYPES.indexOf(CharFeatures.type(text, j));
    }
    int k = count;
    int[] out = new int[n * k];
    if (!clusters.isEmpty()) {
      clusterOffsets(text, out);
    }
    for (int i = 0; i < n; i++) {
      int o = i * k;
      for (int d = -2; d <= 2; d++) {
        int r = charRow[ch(text, i + d)];
        out[o + d + 2] = r == 0 ? -1 : unigrams[5 * (r - 1) + d + 2];
      }
      for (int d = -2; d <= 1; d++) {
        int r = pairRow[i + d + 2];
        out[o + 7 + d] = r < 0 ? -1 : bigrams[4 * r + d + 2];
      }
      out[o + 9] = trigrams.get(tripleKey(ch(text, i - 1), ch(text, i), ch(text, i + 1)));
      out[o + 10] = typeTriples[(type[i] * TYPES.length() + type[i + 1]) * TYPES.length() + type[i + 2]];
      for (int d = -1; d <= 1; d++) {
        int j = i + d;
        int f = o + 11 + 2 * (d + 1);
        if (j < 0 || j >= n) {
          int end = j < 0 ? 0 : 1;
          out[f] = beyond[(d + 1) * 2 + end];
          out[f + 1] = beyond[(d + 4) * 2 + end];
        } else {
          int at = (d + 1) * POSITIONS.length() + position[j];
          out[f] = nature[j] == null ? -1 : nature[j][at];
          out[f + 1] = word[j] == null ? -1 : word[j][at];
        }
      }
    }
    return out;
  }

  /** Fills the cluster features (the last {@link CharFeatures#CLUSTER_COUNT} of each char). */
  private void clusterOffsets(String text, int[] out) {
    int n = text.length();
    int s = clusters.symbolCount();
    int[] symbol = new int[n + 4]; // the symbols at -2 … n+1
    for (int j = -2; j <= n + 1; j++) {
      symbol[j + 2] = clusters.symbol(text, j);
    }
    for (int i = 0; i < n; i++) {
      int o = i * count + CharFeatures.COUNT;
      for (int d = 0; d < 5; d++) {
        out[o + d] = clusterUnigrams[5 * symbol[i + d] + d];
      }
      out[o + 5] = clusterPairs[symbol[i + 1] * s + symbol[i + 2]];
      out[o + 6] = clusterPairs[(s + symbol[i + 2]) * s + symbol[i + 3]];
    }
  }

  /** A key of the cluster templates: {@code r}…{@code v} and digits, or {@code w}/{@code x}, digits, slash, digits. */
  private static boolean isClusterKey(String key) {
    int len = key.length();
    int slash = key.indexOf('/');
    boolean pair = key.charAt(0) >= 'w';
    if (pair ? slash < 2 || slash == len - 1 : slash >= 0) {
      return false;
    }
    for (int i = 1; i < len; i++) {
      char c = key.charAt(i);
      if (!(c >= '0' && c <= '9') && i != slash) {
        return false;
      }
    }
    return len <= 12;
  }

  private static boolean needsStrings(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private int[] offsetsByString(String text, List<Token> tokens) {
    String[][] strings = CharFeatures.extract(text, tokens, clusters);
    int k = count;
    int[] out = new int[strings.length * k];
    for (int i = 0; i < strings.length; i++) {
      for (int f = 0; f < k; f++) {
        String feature = strings[i][f];
        int id = feature.indexOf('\u0000') >= 0 ? -1 : byString.applyAsInt(feature);
        out[i * k + f] = offsetOf(id);
      }
    }
    return out;
  }

  private static char ch(String text, int i) {
    return i < 0 ? CharFeatures.BOS : i >= text.length() ? CharFeatures.EOS : text.charAt(i);
  }

  private static long pairKey(char a, char b) {
    return 1L << 32 | (long) a << 16 | b;
  }

  private static long tripleKey(char a, char b, char c) {
    return 1L << 48 | (long) a << 32 | (long) b << 16 | c;
  }

  private static int typeIndex(char a, char b, char c) {
    int x = TYPES.indexOf(a);
    int y = TYPES.indexOf(b);
    int z = TYPES.indexOf(c);
    return x < 0 || y < 0 || z < 0 ? -1 : (x * TYPES.length() + y) * TYPES.length() + z;
  }

  private static int[] placed(int[] ids, IntUnaryOperator place) {
    for (int i = 0; i < ids.length; i++) {
      ids[i] = place.applyAsInt(ids[i]);
    }
    return ids;
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }
}
