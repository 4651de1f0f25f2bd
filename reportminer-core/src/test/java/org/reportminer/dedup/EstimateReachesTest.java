package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place, early-exit MinHash check decides exactly as comparing the decoded estimate. */
class EstimateReachesTest {

  @Test
  void agreesWithTheDecodedEstimateOnRandomPairsAndThresholds() {
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      int n = 1 + random.nextInt(200);
      int[] a = new int[n];
      int[] b = new int[n];
      double share = random.nextDouble();
      for (int i = 0; i < n; i++) {
        a[i] = random.nextInt();
        b[i] = random.nextDouble() < share ? a[i] : random.nextInt();
      }
      double threshold = random.nextInt(4) == 0 ? (double) random.nextInt(n + 1) / n : random.nextDouble();
      boolean expected = MinHashLsh.estimate(a, b) >= threshold;
      assertEquals(expected, IndexedDuplicates.estimateReaches(a, DedupFields.encodeSignature(b), threshold),
          "n=" + n + " threshold=" + threshold);
    }
  }

  @Test
  void aSignatureOfAnotherLengthNeverReaches() {
    assertEquals(false, IndexedDuplicates.estimateReaches(new int[] {1, 2}, DedupFields.encodeSignature(new int[] {1}), 0.5));
  }
}
