package org.reportminer.dedup;

/**
 * MinHash signatures of shingle sets and the LSH band keys made from them.
 *
 * <p>Signatures use one-permutation hashing with densification by rotation (Li, Owen and Zhang
 * 2012; Shrivastava and Li 2014): each shingle is hashed once, the high bits pick one of {@code
 * bands × rows} buckets and the low bits compete for that bucket's minimum; an empty bucket
 * borrows the next non-empty bucket's value to its right. Two texts agree in a bucket with
 * probability close to the Jaccard similarity of their shingle sets, at the cost of one hash per
 * shingle instead of one per shingle and hash function. This is the scheme of Lucene's {@code
 * MinHashFilter} (buckets with rotation); we compute it on the int arrays we already have instead
 * of running a token stream of string shingles per report, and add the banding that
 * MinHashFilter leaves to the caller.
 *
 * <p>Banding: the signature is cut into {@code bands} groups of {@code rows} values and each group
 * is hashed to one 64-bit key that also encodes the band number. Two reports with similarity
 * {@code s} share at least one key with probability {@code 1 - (1 - s^rows)^bands}; the keys are
 * terms that an inverted index looks up, so candidate generation is one look-up per band.
 * Immutable and thread-safe.
 */
public final class MinHashLsh {
  private final int bands;
  private final int rows;

  /** LSH with {@code bands} bands of {@code rows} rows each. */
  public MinHashLsh(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive: " + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  /** Number of bands (= band keys per report). */
  public int bands() {
    return bands;
  }

  /** Rows per band. */
  public int rows() {
    return rows;
  }

  /**
   * The signature of the set of the given k-gram hashes (duplicates allowed), or an empty array
   * when there are none (such a text has no near-duplicates, only exact ones).
   */
  public int[] signature(long[] kgramHashes) {
    int size = bands * rows;
    if (kgramHashes.length == 0) {
      return new int[0];
    }
    long[] min = new long[size];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long h : kgramHashes) {
      // Re-mix so that bucket choice is independent of the 32-bit shingle set values.
      long z = KGrams.mix(h ^ 0x5851F42D4C957F2DL);
      int bucket = (int) (((z >>> 32) * size) >>> 32);
      long value = z & 0xFFFFFFFFL;
      if (value < min[bucket]) {
        min[bucket] = value;
      }
    }
    int[] sig = new int[size];
    for (int b = 0; b < size; b++) {
      int j = b;
      int distance = 0;
      while (min[j] == Long.MAX_VALUE) {
        j = (j + 1) % size;
        distance++;
      }
      // Rotation: the borrowed value is offset by the distance so that two texts agree on an
      // empty bucket only when they borrow from the same place.
      sig[b] = (int) (min[j] + distance * 0x9E3779B9L);
    }
    return sig;
  }

  /** The band keys of a signature: one key per band, or none for an empty signature. */
  public long[] bandKeys(int[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, expected " + bands * rows);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = KGrams.mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = KGrams.mix(h ^ (signature[b * rows + r] & 0xFFFFFFFFL));
      }
      keys[b] = h;
    }
    return keys;
  }

  /**
   * The MinHash estimate of the Jaccard similarity of two texts: the share of positions where their
   * signatures agree (0 when either is empty or their lengths differ). With n values its standard
   * error is at most 0.5 / sqrt(n).
   */
  public static double estimate(int[] a, int[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** The probability that two texts of Jaccard similarity {@code s} share a band key. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
