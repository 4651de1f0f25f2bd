package org.reportminer.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the total and facet counts over all
 * hits. Immutable.
 *
 * @param request the request answered
 * @param totalHits exact number of reports matching the whole query
 * @param partialHits number of further reports matching only some of its words; counted only when
 *     the full matches do not reach the end of the requested page (else 0)
 * @param hits the requested page of hits: full matches, then partial ones
 * @param facets counts per facet over all reports matching the whole query, facets without
 *     values left out
 */
public record SearchResult(SearchRequest request, long totalHits, long partialHits, List<Hit> hits,
    List<FacetCounts> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** Number of pages of {@code request.limit()} hits, partial ones included (up to the depth limit). */
  public long pages() {
    long reachable = Math.min(totalHits + partialHits, SearchRequest.MAX_DEPTH);
    return (reachable + request.limit() - 1) / request.limit();
  }
}
