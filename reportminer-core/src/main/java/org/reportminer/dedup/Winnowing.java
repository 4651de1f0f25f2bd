package org.reportminer.dedup;

import java.util.Arrays;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): from the k-gram hashes of a text, keep
 * the minimum of every window of {@code window} consecutive hashes (the rightmost on ties), each
 * selected position once. Any passage of at least {@code window + k - 1} chars shared by two texts
 * yields at least one fingerprint that both select, at a density of about {@code 2/(window+1)}
 * fingerprints per char. Immutable and thread-safe.
 */
public final class Winnowing {
  private final int window;

  /** Winnowing over windows of {@code window} hashes. */
  public Winnowing(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    this.window = window;
  }

  /** The window size. */
  public int window() {
    return window;
  }

  /** Selected fingerprints: hash values and the k-gram start positions they were taken from. */
  public record Fingerprints(long[] hashes, int[] positions) {
    /** Number of fingerprints. */
    public int size() {
      return hashes.length;
    }
  }

  /** The fingerprints selected from {@code kgramHashes}. */
  public Fingerprints select(long[] kgramHashes) {
    int n = kgramHashes.length;
    if (n == 0) {
      return new Fingerprints(new long[0], new int[0]);
    }
    int w = Math.min(window, n);
    long[] hashes = new long[n];
    int[] positions = new int[n];
    int count = 0;
    int minPos = -1;
    for (int start = 0; start + w <= n; start++) {
      int end = start + w - 1;
      if (minPos < start) {
        // The previous minimum left the window: scan it again, rightmost minimum wins.
        minPos = end;
        for (int i = end - 1; i >= start; i--) {
          if (kgramHashes[i] < kgramHashes[minPos]) {
            minPos = i;
          }
        }
      } else if (kgramHashes[end] <= kgramHashes[minPos]) {
        minPos = end;
      } else {
        continue;
      }
      if (count == 0 || positions[count - 1] != minPos) {
        hashes[count] = kgramHashes[minPos];
        positions[count] = minPos;
        count++;
      }
    }
    return new Fingerprints(Arrays.copyOf(hashes, count), Arrays.copyOf(positions, count));
  }
}
