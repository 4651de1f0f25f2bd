package org.reportminer.analyze.ner;

import java.util.Map;

/**
 * Feature ids of a trained model keyed by the 64-bit hash of the feature string ({@link
 * CharFeatures#hash}), in an open-addressing table: the inference path looks features up without
 * building a string per feature. Each slot holds the key and its id side by side in one array
 * (key 0 marks an empty slot), so a look-up costs one memory access, not one per array; decoding
 * is bound by these look-ups. Built once from HanLP's feature map; immutable afterwards and safe
 * for concurrent reads. A hash collision between two of the model's features, or a feature
 * hashing to 0, is detected at build time.
 */
final class FeatureIds {
  /** key, id, key, id, … */
  private final long[] slots;
  private final int mask;

  FeatureIds(Iterable<Map.Entry<String, Integer>> features, int size) {
    int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Integer> e : features) {
      long key = CharFeatures.hash(e.getKey());
      if (key == 0) {
        throw new IllegalStateException("feature hashes to the empty-slot key: " + e.getKey());
      }
      int slot = slot(key);
      if (slots[2 * slot] != 0) {
        throw new IllegalStateException("feature hash collision: " + e.getKey());
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = e.getValue();
    }
  }

  /** The id of the feature with this hash, or -1. */
  int get(long key) {
    int slot = slot(key);
    return slots[2 * slot] != 0 ? (int) slots[2 * slot + 1] : -1;
  }

  private int slot(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    long k;
    while ((k = slots[2 * slot]) != 0 && k != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
