package org.reportminer.dedup;

import java.util.Arrays;

/**
 * The set of character shingles (k-grams) of a normalized text, as sorted distinct 32-bit hashes:
 * compact enough to keep for every report, and what near-duplicate candidates are verified with
 * (their real Jaccard similarity, not the MinHash estimate). With a few thousand shingles per
 * report, 32-bit hash collisions change a similarity by far less than 0.001. Immutable.
 */
public final class ShingleSet {
  private static final ShingleSet EMPTY = new ShingleSet(new int[0]);
  private final int[] hashes;

  private ShingleSet(int[] sortedDistinct) {
    this.hashes = sortedDistinct;
  }

  /** The shingles of {@code normalizedText} of length {@code k}. */
  public static ShingleSet of(CharSequence normalizedText, int k) {
    return fromKGramHashes(KGrams.hashes(normalizedText, k));
  }

  /** The set of the given k-gram hashes (duplicates allowed). */
  public static ShingleSet fromKGramHashes(long[] kgramHashes) {
    if (kgramHashes.length == 0) {
      return EMPTY;
    }
    int[] h = new int[kgramHashes.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = (int) (kgramHashes[i] >>> 32);
    }
    Arrays.sort(h);
    int n = 1;
    for (int i = 1; i < h.length; i++) {
      if (h[i] != h[n - 1]) {
        h[n++] = h[i];
      }
    }
    return new ShingleSet(n == h.length ? h : Arrays.copyOf(h, n));
  }

  /** Number of distinct shingles. */
  public int size() {
    return hashes.length;
  }

  /** Size of the intersection with {@code other}. */
  public int intersection(ShingleSet other) {
    int[] a = hashes;
    int[] b = other.hashes;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** Jaccard similarity |A∩B| / |A∪B|; 0 when both are empty. */
  public double jaccard(ShingleSet other) {
    int common = intersection(other);
    int union = size() + other.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Containment |A∩B| / |A| of this set in {@code other}; 0 when this set is empty. */
  public double containmentIn(ShingleSet other) {
    return size() == 0 ? 0 : (double) intersection(other) / size();
  }

  /**
   * An upper bound of the Jaccard similarity from the sizes alone (min/max): pairs whose sizes
   * differ too much can be skipped without comparing them.
   */
  public double jaccardUpperBound(ShingleSet other) {
    int max = Math.max(size(), other.size());
    return max == 0 ? 0 : (double) Math.min(size(), other.size()) / max;
  }

  /** Approximate heap bytes used by this set. */
  public long bytes() {
    return 16L + 16L + 4L * hashes.length;
  }
}
