package org.reportminer.search;

import java.util.List;

/**
 * A keyword-in-context passage of a report with the matches inside it.
 *
 * @param start UTF-16 offset of the passage in the report text
 * @param end exclusive end offset of the passage
 * @param text the passage, {@code reportText.substring(start, end)}
 * @param hits the matches, ordered, non-overlapping, with offsets into the report text (not
 *     into {@code text})
 */
public record Snippet(int start, int end, String text, List<Span> hits) {
  public Snippet {
    hits = List.copyOf(hits);
  }
}
