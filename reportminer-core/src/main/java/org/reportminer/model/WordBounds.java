package org.reportminer.model;

import java.util.Arrays;

/**
 * Where the words of a report's text are, as the analysis segmented it (start and end offset of
 * each word, in text order). The index reads its word field from these bounds instead of
 * segmenting the text a second time. Immutable; two ints per word.
 */
public final class WordBounds {
  private static final WordBounds EMPTY = new WordBounds(new int[0]);

  private final int[] bounds;

  private WordBounds(int[] bounds) {
    this.bounds = bounds;
  }

  /** No words. */
  public static WordBounds empty() {
    return EMPTY;
  }

  /** Number of words. */
  public int size() {
    return bounds.length / 2;
  }

  /** Start offset (UTF-16, inclusive) of word {@code i}. */
  public int start(int i) {
    return bounds[2 * i];
  }

  /** End offset (UTF-16, exclusive) of word {@code i}. */
  public int end(int i) {
    return bounds[2 * i + 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordBounds w && Arrays.equals(bounds, w.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    return "WordBounds[" + size() + " words]";
  }

  /** Collects word bounds in text order. Not thread-safe. */
  public static final class Builder {
    private int[] bounds = new int[64];
    private int n;

    /**
     * Adds a word from {@code start} (inclusive) to {@code end} (exclusive); words must come in
     * order and not overlap.
     */
    public Builder add(int start, int end) {
      if (start < 0 || end <= start || (n > 0 && start < bounds[n - 1])) {
        throw new IllegalArgumentException(
            "word [" + start + ", " + end + ") out of order or empty after " + (n > 0 ? bounds[n - 1] : 0));
      }
      if (n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[n++] = start;
      bounds[n++] = end;
      return this;
    }

    /** The bounds added so far. */
    public WordBounds build() {
      return n == 0 ? EMPTY : new WordBounds(Arrays.copyOf(bounds, n));
    }
  }
}
