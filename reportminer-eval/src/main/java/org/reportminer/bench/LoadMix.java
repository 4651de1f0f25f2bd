package org.reportminer.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reportminer.engine.Archive;
import org.reportminer.search.Hit;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchRequest;

/**
 * The fixed request mix of a load test: the query set of {@code bench index} on
 * {@code /api/search} (default facets and snippets), and report ids taken from the index for
 * {@code /api/similar/ID} and {@code /api/copycheck/ID}. Request {@code k} is always the same path.
 *
 * @param weights how often each route comes
 * @param queries the search queries, taken in turn
 * @param ids report ids of the index, taken in turn
 */
public record LoadMix(LoadSettings.Mix weights, List<String> queries, List<String> ids) {

  /** Queries in the set, as in {@code bench index}. */
  public static final int QUERIES = 300;

  /** Seed of the query set, as {@code bench index} uses it. */
  public static final long QUERY_SEED = 42;

  /** Checks there is something to send for every route with a weight. */
  public LoadMix {
    queries = List.copyOf(queries);
    ids = List.copyOf(ids);
    if (weights.search() > 0 && queries.isEmpty()) {
      throw new IllegalArgumentException("no search queries");
    }
    if ((weights.similar() > 0 || weights.copycheck() > 0) && ids.isEmpty()) {
      throw new IllegalArgumentException("the index has no report the queries find: no ids for similar and copy check");
    }
  }

  /**
   * The mix for {@code archive}: the 300 queries of {@code bench index}, and up to {@code maxIds}
   * distinct ids from their first hits (so the ids are spread over the index).
   */
  public static LoadMix of(Archive archive, LoadSettings.Mix weights, int maxIds)
      throws IOException, QueryException {
    List<String> queries = IndexBenchmark.queryMix(QUERIES, QUERY_SEED);
    Set<String> ids = new LinkedHashSet<>();
    for (String q : queries) {
      for (Hit hit : archive.search(SearchRequest.of(q).withSnippets(0)).hits()) {
        if (ids.size() < maxIds && ids.add(hit.id())) {
          break;
        }
      }
    }
    if (ids.isEmpty()) {
      for (Hit hit : archive.search(SearchRequest.of("总结").withSnippets(0)).hits()) {
        ids.add(hit.id());
      }
    }
    return new LoadMix(weights, queries, new ArrayList<>(ids));
  }

  /** The route of request {@code k}. */
  public LoadRoute route(long k) {
    return weights.route(k);
  }

  /** The path and query of request {@code k}. */
  public String path(long k) {
    return switch (route(k)) {
      case SEARCH -> "/api/search?q=" + URLEncoder.encode(queries.get((int) (k % queries.size())), StandardCharsets.UTF_8);
      case SIMILAR -> "/api/similar/" + ids.get((int) (k % ids.size()));
      case COPYCHECK -> "/api/copycheck/" + ids.get((int) ((k / 2) % ids.size()));
    };
  }
}
