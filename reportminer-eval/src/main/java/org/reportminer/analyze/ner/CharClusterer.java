package org.reportminer.analyze.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Learns a {@link CharClusters} table from unlabelled text: every char seen at least {@code
 * minCount} times gets a context vector, the positive pointwise mutual information (PPMI) of the
 * chars at offsets −2, −1, +1 and +2 from it (the {@value #CONTEXT_CHARS} most frequent chars each
 * their own context, any other char one shared context, the sentence's ends one more), and the
 * vectors, scaled to length 1, are grouped by spherical k-means (cosine similarity; centres
 * started by k-means++ from a fixed seed, at most {@value #ROUNDS} rounds). Chars in similar
 * contexts land together: surnames, place suffixes, digits, month names.
 *
 * <p>Deterministic: the same text, {@code k}, {@code minCount} and seed give the same table (chars
 * are taken in order of frequency, then code). Takes about a minute for the 2.5 million chars of
 * the training corpora on this machine, and about 100 MB while it runs. Not thread-safe; one run
 * per call.
 */
public final class CharClusterer {
  /** Chars that are a context of their own; the rarer ones share one. */
  static final int CONTEXT_CHARS = 1000;
  /** Most k-means rounds (it stops earlier when no char changes cluster). */
  static final int ROUNDS = 40;
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  private CharClusterer() {}

  /**
   * Clusters the chars of {@code texts}.
   *
   * @param texts normalized sentences ({@link org.reportminer.nlp.NerText#normalize}), labels
   *     stripped: never development or test sentences
   * @param k number of clusters ({@code 2 …} 4,000)
   * @param minCount chars seen fewer times stay out of the table (unknown to the model)
   * @param seed seed of the k-means++ start
   */
  public static CharClusters learn(List<String> texts, int k, int minCount, long seed) {
    if (k < 2 || k > 4000 || minCount < 1) {
      throw new IllegalArgumentException("need 2 <= k <= 4000 and minCount >= 1");
    }
    long[] freq = new long[Character.MAX_VALUE + 1];
    for (String t : texts) {
      for (int i = 0; i < t.length(); i++) {
        freq[t.charAt(i)]++;
      }
    }
    List<Character> byFrequency = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (freq[c] > 0 && CharClusters.inFileForm((char) c) && !Character.isWhitespace(c)) {
        byFrequency.add((char) c);
      }
    }
    byFrequency.sort(Comparator.<Character>comparingLong(c -> -freq[c]).thenComparing(c -> c));
    // row of each clustered char; context column of each char
    int[] row = new int[Character.MAX_VALUE + 1];
    Arrays.fill(row, -1);
    List<Character> vocab = new ArrayList<>();
    for (char c : byFrequency) {
      if (freq[c] >= minCount) {
        row[c] = vocab.size();
        vocab.add(c);
      }
    }
    if (vocab.size() < k) {
      throw new IllegalArgumentException("only " + vocab.size() + " chars seen " + minCount + "+ times, fewer than k = " + k);
    }
    int other = CONTEXT_CHARS;
    int boundary = CONTEXT_CHARS + 1;
    int block = CONTEXT_CHARS + 2;
    int[] context = new int[Character.MAX_VALUE + 1];
    Arrays.fill(context, other);
    for (int i = 0; i < Math.min(CONTEXT_CHARS, byFrequency.size()); i++) {
      context[byFrequency.get(i)] = i;
    }
    int dims = OFFSETS.length * block;
    int v = vocab.size();
    int[] counts = new int[v * dims];
    for (String t : texts) {
      for (int i = 0; i < t.length(); i++) {
        int r = row[t.charAt(i)];
        if (r < 0) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          int col = j < 0 || j >= t.length() ? boundary : context[t.charAt(j)];
          counts[r * dims + o * block + col]++;
        }
      }
    }
    float[][] rows = ppmiRows(counts, v, dims);
    int[] assignment = sphericalKMeans(rows, dims, k, new Random(seed));
    short[] ids = new short[Character.MAX_VALUE + 1];
    Arrays.fill(ids, (short) -1);
    for (int r = 0; r < v; r++) {
      ids[vocab.get(r)] = (short) assignment[r];
    }
    return CharClusters.of(ids, k);
  }

  /** Dense PPMI rows scaled to length 1 (a row with no positive value stays all zero). */
  private static float[][] ppmiRows(int[] counts, int v, int dims) {
    double total = 0;
    double[] rowSum = new double[v];
    double[] colSum = new double[dims];
    for (int r = 0; r < v; r++) {
      for (int d = 0; d < dims; d++) {
        int c = counts[r * dims + d];
        rowSum[r] += c;
        colSum[d] += c;
        total += c;
      }
    }
    float[][] rows = new float[v][dims];
    for (int r = 0; r < v; r++) {
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        int c = counts[r * dims + d];
        if (c > 0) {
          double pmi = Math.log(c * total / (rowSum[r] * colSum[d]));
          if (pmi > 0) {
            rows[r][d] = (float) pmi;
            norm += pmi * pmi;
          }
        }
      }
      if (norm > 0) {
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          rows[r][d] *= scale;
        }
      }
    }
    return rows;
  }

  /** The cluster of every row: spherical k-means, k-means++ start. */
  static int[] sphericalKMeans(float[][] rows, int dims, int k, Random random) {
    int v = rows.length;
    Sparse[] sparse = new Sparse[v];
    for (int r = 0; r < v; r++) {
      sparse[r] = Sparse.of(rows[r]);
    }
    float[][] centres = new float[k][];
    // k-means++: each next centre drawn with probability proportional to its distance (1 − cos)
    // to the nearest centre so far
    centres[0] = rows[random.nextInt(v)].clone();
    double[] nearest = new double[v];
    Arrays.fill(nearest, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double sum = 0;
      for (int r = 0; r < v; r++) {
        nearest[r] = Math.min(nearest[r], Math.max(0, 1 - sparse[r].dot(centres[c - 1])));
        sum += nearest[r];
      }
      double pick = random.nextDouble() * sum;
      int chosen = v - 1;
      for (int r = 0; r < v; r++) {
        pick -= nearest[r];
        if (pick <= 0) {
          chosen = r;
          break;
        }
      }
      centres[c] = rows[chosen].clone();
    }
    int[] assignment = new int[v];
    Arrays.fill(assignment, -1);
    double[] best = new double[v];
    for (int round = 0; round < ROUNDS; round++) {
      int moved = 0;
      for (int r = 0; r < v; r++) {
        int arg = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double s = sparse[r].dot(centres[c]);
          if (s > max) {
            max = s;
            arg = c;
          }
        }
        best[r] = max;
        if (assignment[r] != arg) {
          assignment[r] = arg;
          moved++;
        }
      }
      if (moved == 0) {
        break;
      }
      // new centres: the normalized sum of their rows; an empty cluster takes the row that fits
      // its own centre worst
      int[] size = new int[k];
      for (int c = 0; c < k; c++) {
        Arrays.fill(centres[c], 0);
      }
      for (int r = 0; r < v; r++) {
        sparse[r].addTo(centres[assignment[r]]);
        size[assignment[r]]++;
      }
      for (int c = 0; c < k; c++) {
        if (size[c] == 0) {
          int worst = 0;
          for (int r = 1; r < v; r++) {
            if (best[r] < best[worst]) {
              worst = r;
            }
          }
          best[worst] = Double.MAX_VALUE; // not taken twice
          centres[c] = rows[worst].clone();
        }
        normalize(centres[c]);
      }
    }
    return assignment;
  }

  private static void normalize(float[] x) {
    double norm = 0;
    for (float f : x) {
      norm += f * f;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < x.length; i++) {
        x[i] *= scale;
      }
    }
  }

  /** A row's non-zero entries. */
  private record Sparse(int[] index, float[] value) {
    static Sparse of(float[] dense) {
      int n = 0;
      for (float f : dense) {
        n += f != 0 ? 1 : 0;
      }
      int[] index = new int[n];
      float[] value = new float[n];
      int j = 0;
      for (int i = 0; i < dense.length; i++) {
        if (dense[i] != 0) {
          index[j] = i;
          value[j++] = dense[i];
        }
      }
      return new Sparse(index, value);
    }

    double dot(float[] dense) {
      double s = 0;
      for (int i = 0; i < index.length; i++) {
        s += value[i] * dense[index[i]];
      }
      return s;
    }

    void addTo(float[] dense) {
      for (int i = 0; i < index.length; i++) {
        dense[index[i]] += value[i];
      }
    }
  }
}
