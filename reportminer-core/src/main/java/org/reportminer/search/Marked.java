package org.reportminer.search;

import java.util.List;

/**
 * Snippets and titles as plain text with the hits between marks ({@code 【…】} by default), for
 * people and spreadsheets. Hits that touch are marked as one. Thread-safe, no state.
 */
public final class Marked {
  /** Opening and closing hit marks of the text and CSV formats. */
  public static final String OPEN = "【";
  /** Closing hit mark. */
  public static final String CLOSE = "】";

  private Marked() {}

  /** {@code text} with {@code hits} (offsets into it, shifted by {@code base}) marked. */
  public static String mark(String text, int base, List<Span> hits) {
    StringBuilder sb = new StringBuilder(text.length() + 8 * hits.size());
    int pos = 0;
    int i = 0;
    while (i < hits.size()) {
      int start = hits.get(i).start() - base;
      int end = hits.get(i).end() - base;
      while (i + 1 < hits.size() && hits.get(i + 1).start() - base <= end) {
        end = Math.max(end, hits.get(++i).end() - base);
      }
      i++;
      sb.append(text, pos, start).append(OPEN).append(text, start, end).append(CLOSE);
      pos = end;
    }
    return sb.append(text, pos, text.length()).toString();
  }

  /** A snippet on one line, hits marked, "…" where the report text goes on. */
  public static String snippet(Snippet s, int textLength) {
    String body = mark(s.text(), s.start(), s.hits()).replaceAll("\\s*\\n\\s*", " ").strip();
    return (s.start() > 0 ? "…" : "") + body + (s.end() < textLength ? "…" : "");
  }
}
