package org.reportminer.dedup;

import java.util.Arrays;

/**
 * An in-memory inverted index from 64-bit terms (LSH band keys, winnowing fingerprints) to the
 * ordinals of the documents that contain them, in insertion order. Open addressing with the
 * postings kept as linked entries in two int arrays, so that millions of postings cost a few
 * bytes each instead of a boxed map entry. Not thread-safe.
 */
public final class LongPostings {
  private long[] keys = new long[1024];
  /** Per slot: index + 1 of the newest entry for the key, 0 for an empty slot. */
  private int[] heads = new int[1024];
  /** Per slot: number of entries for the key. */
  private int[] counts = new int[1024];
  private int used;
  private int[] entryDoc = new int[1024];
  private int[] entryNext = new int[1024];
  private int entries;

  /** Adds one posting {@code key → doc}. */
  public void add(long key, int doc) {
    if ((used + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int slot = slot(key);
    if (heads[slot] == 0) {
      keys[slot] = key;
      used++;
    }
    if (entries == entryDoc.length) {
      entryDoc = Arrays.copyOf(entryDoc, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryDoc[entries] = doc;
    entryNext[entries] = heads[slot];
    entries++;
    heads[slot] = entries;
    counts[slot]++;
  }

  /** Number of postings of {@code key} (0 when it was never added). */
  public int count(long key) {
    int slot = slot(key);
    return heads[slot] == 0 ? 0 : counts[slot];
  }

  /** The documents of {@code key}, newest first (a document added twice appears twice). */
  public int[] postings(long key) {
    int slot = slot(key);
    int n = heads[slot] == 0 ? 0 : counts[slot];
    int[] out = new int[n];
    int e = heads[slot];
    for (int i = 0; i < n; i++) {
      out[i] = entryDoc[e - 1];
      e = entryNext[e - 1];
    }
    return out;
  }

  /** Calls {@code consumer} for each document of {@code key}, newest first; stops when it returns false. */
  public void forEach(long key, DocVisitor consumer) {
    int slot = slot(key);
    int e = heads[slot];
    while (e != 0) {
      if (!consumer.visit(entryDoc[e - 1])) {
        return;
      }
      e = entryNext[e - 1];
    }
  }

  /** Receives document ordinals; returns false to stop. */
  @FunctionalInterface
  public interface DocVisitor {
    /** Visits one document; returns whether to continue. */
    boolean visit(int doc);
  }

  /** Number of distinct keys. */
  public int keyCount() {
    return used;
  }

  /** Total number of postings. */
  public int postingCount() {
    return entries;
  }

  /** Approximate heap bytes used. */
  public long bytes() {
    return 12L * keys.length + 4L * keys.length + 8L * entryDoc.length;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) KGrams.mix(key) & mask;
    while (heads[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
