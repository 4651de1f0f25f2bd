package org.reportminer.analyze.ner;

/**
 * A map from non-zero {@code long} keys to non-negative {@code int} ids in one open-addressing
 * array: each slot holds the key and its id side by side (key 0 marks an empty slot), so a look-up
 * costs one memory access, not one per array. A bit set of about 16 bits per key, small enough to
 * stay in a core's cache, answers most look-ups of absent keys (most char triples of a text are
 * not features) before the table is touched. Filled once while a model loads, then only read:
 * safe for concurrent reads once published.
 */
final class LongIdTable {
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** key, id, key, id, … */
  private final long[] slots;
  private final int mask;
  /** One bit per hash value of the keys present: a clear bit means the key is absent. */
  private final long[] present;
  private final int presentShift;
  private int size;

  /** An empty table with room for {@code size} keys at a load factor of at most one half. */
  LongIdTable(int size) {
    int capacity = Integer.highestOneBit(Math.max(8, size) * 2 - 1) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    int bits = Integer.numberOfTrailingZeros(capacity) + 3; // 8 × capacity, 16 or more per key
    present = new long[Math.max(1, (1 << bits) >>> 6)];
    presentShift = 64 - bits;
  }

  /** Adds or replaces the id of {@code key}. */
  void put(long key, int id) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 marks an empty slot");
    }
    int slot = slot(key);
    if (slots[2 * slot] == 0 && ++size > mask) {
      throw new IllegalStateException("table full");
    }
    slots[2 * slot] = key;
    slots[2 * slot + 1] = id;
    int bit = (int) (key * MULTIPLIER >>> presentShift);
    present[bit >>> 6] |= 1L << bit;
  }

  /** The id of {@code key}, or -1. */
  int get(long key) {
    int bit = (int) (key * MULTIPLIER >>> presentShift);
    if ((present[bit >>> 6] & 1L << bit) == 0) {
      return -1;
    }
    int slot = slot(key);
    return slots[2 * slot] != 0 ? (int) slots[2 * slot + 1] : -1;
  }

  private int slot(long key) {
    long h = key * MULTIPLIER;
    int slot = (int) (h >>> 32) & mask;
    long k;
    while ((k = slots[2 * slot]) != 0 && k != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
