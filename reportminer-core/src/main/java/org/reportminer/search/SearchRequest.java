package org.reportminer.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportminer.index.Facet;

/**
 * What to search for: the input of {@link SearchEngine#search}. Immutable; build one with {@link
 * #of(String)} and the {@code with…} methods.
 *
 * @param query the user's query (syntax in {@link ReportQueryParser}), or null/blank when
 *     browsing by {@code likeId} or filters only
 * @param likeId "more like this": find reports similar to the report with this id (null: off)
 * @param filters facet values every hit must have; several values of one facet must all be
 *     present ({@code --person A --person B} finds reports naming both)
 * @param from first publication day (inclusive), or null
 * @param to last publication day (inclusive), or null; with a date bound, reports without a
 *     publication date are left out
 * @param sort relevance or date
 * @param limit hits per page, 1 to {@link #MAX_LIMIT}
 * @param page 1-based page number; {@code page * limit} at most {@link #MAX_DEPTH}
 * @param snippets keyword-in-context snippets per hit, 0 to 5
 * @param partial when the reports matching the whole query do not fill the page, follow them with
 *     reports matching only some of its words ({@link ReportQueryParser#parseRelaxed}), marked as
 *     partial hits
 */
public record SearchRequest(
    String query,
    String likeId,
    Map<Facet, List<String>> filters,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int limit,
    int page,
    int snippets,
    boolean partial,
    boolean collapse) {

  /** Largest page size. */
  public static final int MAX_LIMIT = 1000;
  /** Deepest hit reachable by paging. */
  public static final int MAX_DEPTH = 10_000;
  /** Most snippets per hit. */
  public static final int MAX_SNIPPETS = 5;

  public SearchRequest {
    EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach((f, values) -> {
        if (values != null && !values.isEmpty()) {
          copy.put(f, List.copyOf(values));
        }
      });
    }
    filters = Map.copyOf(copy);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request without duplicate collapsing. */
  public SearchRequest(
      String query, String likeId, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int limit, int page, int snippets, boolean partial) {
    this(query, likeId, filters, from, to, sort, limit, page, snippets, partial, false);
  }

  /**
   * A request for {@code query}: first 10 hits by relevance, two snippets each, no filters,
   * partial matches after the full ones.
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, Map.of(), null, null, SortOrder.RELEVANCE, 10, 1, 2, true);
  }

  /** This request with an extra required facet value. */
  public SearchRequest withFilter(Facet facet, String value) {
    EnumMap<Facet, List<String>> f = new EnumMap<>(Facet.class);
    f.putAll(filters);
    f.merge(facet, List.of(value), (a, b) -> {
      List<String> both = new java.util.ArrayList<>(a);
      both.addAll(b);
      return both;
    });
    return new SearchRequest(query, likeId, f, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request restricted to publication dates in [{@code from}, {@code to}] (nulls: open). */
  public SearchRequest withDates(LocalDate from, LocalDate to) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request sorted by {@code sort}. */
  public SearchRequest withSort(SortOrder sort) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request for page {@code page} of {@code limit} hits. */
  public SearchRequest withPage(int page, int limit) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request with {@code snippets} snippets per hit. */
  public SearchRequest withSnippets(int snippets) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request with partial matches on or off. */
  public SearchRequest withPartial(boolean partial) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** This request also (or only, with a blank query) asking for reports like {@code id}. */
  public SearchRequest withLike(String id) {
    return new SearchRequest(query, id, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /**
   * This request with near-duplicates collapsed: one hit per cluster of near-duplicate reports
   * (the best-ranked one), as the dedup stage recorded the clusters in the index.
   */
  public SearchRequest withCollapse(boolean collapse) {
    return new SearchRequest(query, likeId, filters, from, to, sort, limit, page, snippets, partial, collapse);
  }

  /** True when the request has a non-blank query. */
  public boolean hasQuery() {
    return query != null && !query.isBlank();
  }

  /** Checks the user-controlled numbers and dates; throws with a one-line message. */
  public void validate() throws QueryException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (page < 1) {
      throw new QueryException("page must be 1 or more, not " + page);
    }
    if ((long) page * limit > MAX_DEPTH) {
      int last = MAX_DEPTH / limit;
      throw new QueryException("page " + page + " is too deep: at " + limit
          + (limit == 1 ? " hit" : " hits") + " per page the last page that can be shown is " + last
          + " (only the first " + MAX_DEPTH + " hits are paged)");
    }
    if (snippets < 0 || snippets > MAX_SNIPPETS) {
      throw new QueryException("snippets must be between 0 and " + MAX_SNIPPETS);
    }
    for (String year : filters.getOrDefault(Facet.YEAR, List.of())) {
      if (!year.matches("[0-9]{4}")) {
        throw new QueryException("year must be four digits such as 2023, not \""
            + (year.length() > 40 ? year.substring(0, 40) + "…" : year) + "\"");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new QueryException("date range is empty: " + from + " is after " + to);
    }
    if (!hasQuery() && (likeId == null || likeId.isBlank()) && filters.isEmpty()
        && from == null && to == null) {
      throw new QueryException("empty query");
    }
  }
}
