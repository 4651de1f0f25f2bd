package org.reportminer.dedup;

/**
 * Hashes of the character k-grams of a (normalized) text: one 64-bit hash per start position,
 * computed with a rolling polynomial and then mixed so that every bit is usable (the MinHash
 * buckets take the high bits, the values the low ones). Equal k-grams always hash alike; a
 * collision between different k-grams is possible but as rare as for any 64-bit hash.
 * Stateless and thread-safe.
 */
public final class KGrams {
  private static final long BASE = 0x9E3779B97F4A7C15L | 1L;

  private KGrams() {}

  /** The hash of every k-gram of {@code text}: {@code max(0, length - k + 1)} values. */
  public static long[] hashes(CharSequence text, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    int n = text.length() - k + 1;
    if (n <= 0) {
      return new long[0];
    }
    long top = 1;
    for (int i = 1; i < k; i++) {
      top *= BASE;
    }
    long[] out = new long[n];
    long h = 0;
    for (int i = 0; i < k; i++) {
      h = h * BASE + text.charAt(i) + 1;
    }
    out[0] = mix(h);
    for (int i = 1; i < n; i++) {
      h = (h - (text.charAt(i - 1) + 1) * top) * BASE + text.charAt(i + k - 1) + 1;
      out[i] = mix(h);
    }
    return out;
  }

  /** A strong 64-bit finalizer (the SplitMix64 mixing step): spreads every input bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
