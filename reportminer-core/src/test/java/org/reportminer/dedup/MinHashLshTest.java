package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The MinHash estimate tracks the real Jaccard similarity; signatures survive the index's doc values. */
class MinHashLshTest {
  private final MinHashLsh lsh = new MinHashLsh(40, 5);

  /** Hashes {@code 0 .. n-1} offset by {@code from}: two ranges overlap by a known share. */
  private static long[] range(int from, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = KGrams.mix(from + i + 1L);
    }
    return out;
  }

  @Test
  void estimateFollowsJaccard() {
    int[] a = lsh.signature(range(0, 1000));
    assertEquals(1.0, MinHashLsh.estimate(a, lsh.signature(range(0, 1000))));
    // [0,1000) and [500,1500): Jaccard 500/1500 = 0.333; [0,1000) and [200,1200): 800/1200 = 0.667
    assertEquals(1 / 3.0, MinHashLsh.estimate(a, lsh.signature(range(500, 1000))), 0.12);
    assertEquals(2 / 3.0, MinHashLsh.estimate(a, lsh.signature(range(200, 1000))), 0.12);
    assertTrue(MinHashLsh.estimate(a, lsh.signature(range(5000, 1000))) < 0.05);
    assertEquals(0.0, MinHashLsh.estimate(a, new int[0]));
  }

  @Test
  void signaturesRoundTripThroughBytes() {
    int[] sig = new Random(3).ints(200).toArray();
    assertArrayEquals(sig, DedupFields.decodeSignature(DedupFields.encodeSignature(sig)));
  }
}
