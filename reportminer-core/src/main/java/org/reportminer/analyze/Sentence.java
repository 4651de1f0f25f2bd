package org.reportminer.analyze;

/**
 * One sentence of a report: a span of the report text.
 *
 * @param text the sentence, equal to {@code reportText.substring(start, end)}
 * @param start UTF-16 start offset in the report text
 * @param end UTF-16 end offset (exclusive)
 */
public record Sentence(String text, int start, int end) {
  public Sentence {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
    }
  }
}
