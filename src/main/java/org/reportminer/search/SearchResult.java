package org.reportminer.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the total and facet counts over all
 * hits. Immutable.
 *
 * @param request the request answered
 * @param totalHits exact number of matching reports
 * @param hits the requested page of hits
 * @param facets counts per facet over all matching reports, facets without values left out
 */
public record SearchResult(SearchRequest request, long totalHits, List<Hit> hits,
    List<FacetCounts> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** Number of pages of {@code request.limit()} hits (reachable ones, see the depth limit). */
  public long pages() {
    long reachable = Math.min(totalHits, SearchRequest.MAX_DEPTH);
    return (reachable + request.limit() - 1) / request.limit();
  }
}
