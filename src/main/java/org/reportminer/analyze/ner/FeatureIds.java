package org.reportminer.analyze.ner;

import java.util.Map;

/**
 * Feature ids of a trained model keyed by the 64-bit hash of the feature string ({@link
 * CharFeatures#hash}), in an open-addressing table: the inference path looks features up without
 * building a string per feature. Built once from HanLP's feature map; immutable afterwards and
 * safe for concurrent reads. A hash collision between two of the model's features is detected at
 * build time.
 */
final class FeatureIds {
  private final long[] keys;
  private final int[] values;
  private final boolean[] used;
  private final int mask;

  FeatureIds(Iterable<Map.Entry<String, Integer>> features, int size) {
    int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Integer> e : features) {
      long key = CharFeatures.hash(e.getKey());
      int slot = slot(key);
      if (used[slot]) {
        throw new IllegalStateException("feature hash collision: " + e.getKey());
      }
      used[slot] = true;
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  /** The id of the feature with this hash, or -1. */
  int get(long key) {
    int slot = slot(key);
    return used[slot] ? values[slot] : -1;
  }

  private int slot(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
