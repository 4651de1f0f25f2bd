package org.reportminer.search;

/**
 * A keyword-in-context request: every place where {@code search}'s query matches a report's
 * text, with {@code width} characters of context on each side.
 *
 * @param search the query with its filters and dates (as in search; its paging, sort and
 *     snippets are ignored)
 * @param width characters of context on each side, 1 to {@link #MAX_WIDTH}
 * @param sort the order of the lines
 * @param page 1-based page of lines
 * @param limit lines per page, 1 to {@link #MAX_LIMIT}
 */
public record ConcordanceRequest(SearchRequest search, int width, ConcordanceSort sort, int page,
    int limit) {
  /** Widest context. */
  public static final int MAX_WIDTH = 200;
  /** Most lines per page. */
  public static final int MAX_LIMIT = 1000;
  /** Deepest line reachable by paging. */
  public static final int MAX_DEPTH = 100_000;

  public ConcordanceRequest {
    sort = sort == null ? ConcordanceSort.DATE : sort;
  }

  /** A request for {@code query}: 20 characters each side, by date, 50 lines per page. */
  public static ConcordanceRequest of(String query) {
    return new ConcordanceRequest(SearchRequest.of(query), 20, ConcordanceSort.DATE, 1, 50);
  }

  /** Checks the numbers; throws with a one-line message. */
  void validate() throws QueryException {
    if (search == null || !search.hasQuery()) {
      throw new QueryException("a concordance needs a query (the word or phrase to show in context)");
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw new QueryException("width must be between 1 and " + MAX_WIDTH + ", not " + width);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (page < 1) {
      throw new QueryException("page must be 1 or more, not " + page);
    }
    if ((long) page * limit > MAX_DEPTH) {
      throw new QueryException("page " + page + " is too deep: at " + limit
          + " lines per page the last page that can be shown is " + MAX_DEPTH / limit);
    }
    if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
      throw new QueryException("date range is empty: " + search.from() + " is after " + search.to());
    }
    for (String year : search.filters().getOrDefault(org.reportminer.index.Facet.YEAR, java.util.List.of())) {
      if (!year.matches("[0-9]{4}")) {
        throw new QueryException("year must be four digits such as 2023, not \""
            + (year.length() > 40 ? year.substring(0, 40) + "…" : year) + "\"");
      }
    }
  }
}
