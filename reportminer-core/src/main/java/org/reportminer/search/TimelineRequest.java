package org.reportminer.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What to count on a timeline: one series per query (none: one series of every report the
 * filters let through), all under the same filters and date range, per {@link DateBucket}.
 *
 * @param queries the queries to compare (search syntax), at most {@link #MAX_QUERIES}
 * @param filters filters and dates as in search; its query, paging and sort are ignored
 * @param by the bucket width
 */
public record TimelineRequest(List<String> queries, SearchRequest filters, DateBucket by) {
  /** Most series on one timeline. */
  public static final int MAX_QUERIES = 8;

  public TimelineRequest {
    List<String> kept = new ArrayList<>();
    for (String q : queries == null ? List.<String>of() : queries) {
      if (q != null && !q.isBlank()) {
        kept.add(q.strip());
      }
    }
    queries = List.copyOf(kept);
    filters = filters == null ? SearchRequest.of(null) : filters;
    by = by == null ? DateBucket.YEAR : by;
  }

  /** The request of series {@code query} (null: the filters alone). */
  SearchRequest series(String query) {
    return new SearchRequest(query, null, filters.filters(), filters.from(), filters.to(),
        SortOrder.RELEVANCE, 1, 1, 0, false);
  }

  /** Checks the number of series and the date range; throws with a one-line message. */
  void validate() throws QueryException {
    if (queries.size() > MAX_QUERIES) {
      throw new QueryException("at most " + MAX_QUERIES + " queries on one timeline, not "
          + queries.size());
    }
    if (filters.from() != null && filters.to() != null && filters.from().isAfter(filters.to())) {
      throw new QueryException("date range is empty: " + filters.from() + " is after "
          + filters.to());
    }
  }
}
