package org.reportminer.search;

import java.util.List;

/**
 * A page of concordance lines: the answer of {@link ConcordanceFinder}.
 *
 * @param request what was asked
 * @param totalLines every occurrence in the reports read
 * @param reports matching reports that were read (all of them unless {@code truncated})
 * @param truncated true when not every matching report was read: more than {@link
 *     ConcordanceFinder#MAX_REPORTS} matched, or the newest already held {@link
 *     ConcordanceFinder#MAX_LINES} lines
 * @param lines this page's lines
 */
public record Concordance(ConcordanceRequest request, long totalLines, long reports,
    boolean truncated, List<ConcordanceLine> lines) {
  public Concordance {
    lines = List.copyOf(lines);
  }

  /** Number of pages of lines (at least 1). */
  public long pages() {
    long p = (totalLines + request.limit() - 1) / request.limit();
    return Math.max(1, Math.min(p, ConcordanceRequest.MAX_DEPTH / request.limit()));
  }
}
