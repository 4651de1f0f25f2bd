package org.reportminer.search;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25 over words and bigrams, title weighted). */
  RELEVANCE,
  /** Newest publication date first; reports without a date last, ties by relevance. */
  DATE
}
