package org.reportminer.search;

import java.util.List;
import org.reportminer.model.AnalyzedReport;

/**
 * One search hit.
 *
 * @param rank 1-based rank in the whole result (not the page)
 * @param score relevance score (also computed when sorting by date)
 * @param report the stored record (docs/ARCHITECTURE.md shape) with its full text
 * @param snippets keyword-in-context passages of the text, in text order
 * @param titleHits matches inside the title (offsets into the title)
 * @param partial true when the report matches only some of the query's words (it comes after
 *     all full matches; see {@link SearchRequest#partial()})
 */
public record Hit(int rank, float score, AnalyzedReport report, List<Snippet> snippets,
    List<Span> titleHits, boolean partial) {
  public Hit {
    snippets = List.copyOf(snippets);
    titleHits = List.copyOf(titleHits);
  }

  /** The report id. */
  public String id() {
    return report.report().id();
  }
}
