package org.reportminer.dedup;

import java.util.Arrays;

/**
 * Text after {@link TextNormalizer}, with a map from every normalized char back to the UTF-16
 * range of the original text it came from. A span {@code [a, b)} of the normalized text covers
 * the original span {@code [originalStart(a), originalEnd(b))}; the mapping is monotone and never
 * splits a surrogate pair. Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    if (text.length() != starts.length || starts.length != ends.length) {
      throw new IllegalArgumentException("offset arrays must match the normalized text");
    }
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The text that was normalized. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Length of the normalized text. */
  public int length() {
    return text.length();
  }

  /** Original UTF-16 offset where normalized char {@code i} starts; {@code length()} maps to the end. */
  public int originalStart(int i) {
    if (i == starts.length) {
      return starts.length == 0 ? original.length() : ends[ends.length - 1];
    }
    return starts[i];
  }

  /**
   * Original UTF-16 offset (exclusive) where a normalized span ending before {@code end} ends;
   * {@code 0} maps to the start of the first normalized char.
   */
  public int originalEnd(int end) {
    if (end == 0) {
      return starts.length == 0 ? 0 : starts[0];
    }
    return ends[end - 1];
  }

  /**
   * The first normalized index whose original range ends after {@code originalOffset}: the
   * normalized position of an original offset (used to map section boundaries).
   */
  public int normalizedIndex(int originalOffset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedText n
        && n.original.equals(original)
        && n.text.equals(text)
        && Arrays.equals(n.starts, starts)
        && Arrays.equals(n.ends, ends);
  }

  @Override
  public int hashCode() {
    return original.hashCode() * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
