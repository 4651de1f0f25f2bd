package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportminer.index.Facet;
import org.reportminer.index.ReportSchema;
import org.reportminer.search.FacetCounts;
import org.reportminer.search.FoundHits;
import org.reportminer.search.Hit;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchEngine;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;

/**
 * A {@link SearchRequest} answered by a collection, step for step as {@code SearchEngine} answers
 * it: the full matches (total and facet counts over all of them), then, when they do not reach
 * the end of the page, the reports matching only some words (the plugin's relaxed query without
 * the full one), near-duplicates collapsed over the ranked ids by their {@code dedup.cluster}, and
 * the page's hits marked by {@link FoundHits}. Similar reports ({@code like}) are refused: their
 * ranking ({@code SimilarQuery}) reads the seed's statistics field by field from the index.
 * Thread-safe.
 */
final class SolrSearch {
  private final SolrHttp solr;
  private final FoundHits found;

  SolrSearch(SolrHttp solr, FoundHits found) {
    this.solr = solr;
    this.found = found;
  }

  /** One ranked report: its id, score and near-duplicate cluster. */
  private record Ranked(String id, float score, String cluster) {}

  /** A tier's ranked reports and how many match in all. */
  private record Tier(List<Ranked> ranked, long total) {}

  SearchResult search(SearchRequest request) throws QueryException, IOException {
    request.validate();
    int from = (request.page() - 1) * request.limit();
    int wanted = request.page() * request.limit();
    int depth = request.collapse() ? Math.min(SearchRequest.MAX_DEPTH * 4, wanted * 4) : wanted;
    SolrParams matching = SolrParams.matching(request);
    if (request.likeId() != null && !request.likeId().isBlank()) {
      throw new QueryException("similar reports (--like, /api/similar) are not"
          + " supported over SolrCloud yet: their ranking reads the seed report's index statistics"
          + " field by field (search.SimilarQuery); ask the embedded index");
    }

    JsonNode fullAnswer;
    List<Ranked> full;
    long total;
    if (request.collapse()) {
      fullAnswer = select(matching.copy().withFacets()
          .rows(0, depth, "id,score," + SolrDocs.CLUSTER));
      total = numFound(fullAnswer);
      full = ranked(fullAnswer);
    } else {
      // only the page's rows are needed: ranks before it are counted by numFound
      fullAnswer = select(matching.copy().withFacets()
          .rows(from, request.limit(), "id,score," + SolrDocs.REPORT_FIELDS));
      total = numFound(fullAnswer);
      full = null;
    }
    Set<String> clustersSeen = new HashSet<>();
    int fullLength;
    if (request.collapse()) {
      full = collapse(full, clustersSeen, wanted);
      fullLength = full.size();
    } else {
      fullLength = (int) Math.min(total, wanted);
    }

    Tier partial = new Tier(List.of(), 0);
    boolean partialTier = request.partial() && request.hasQuery() && fullLength < wanted
        && found.hasRelaxedForm(request);
    if (partialTier) {
      int n = (request.collapse() ? depth : wanted) - fullLength;
      int skip = request.collapse() ? 0 : Math.max(0, from - fullLength);
      SolrParams p = matching.copy().set(SolrParams.PARTIAL, "true");
      JsonNode answer = select(p.rows(skip, Math.max(0, n - skip), "id,score," + SolrDocs.CLUSTER));
      List<Ranked> ranked = ranked(answer);
      if (request.collapse()) {
        ranked = collapse(ranked, clustersSeen, wanted - fullLength);
      }
      partial = new Tier(ranked, numFound(answer));
    }

    List<Hit> hits = new ArrayList<>();
    if (request.collapse()) {
      hits.addAll(hits(request, slice(full, from), from + 1, false));
      int skip = Math.max(0, from - fullLength);
      hits.addAll(hits(request, slice(partial.ranked(), skip), fullLength + skip + 1, true));
    } else {
      List<FoundHits.Found> page = new ArrayList<>();
      for (JsonNode d : fullAnswer.path("response").path("docs")) {
        page.add(new FoundHits.Found(SolrDocs.analyzed(d), (float) d.path("score").asDouble()));
      }
      hits.addAll(found.hits(request, page, from + 1, false));
      int skip = Math.max(0, from - fullLength);
      hits.addAll(hits(request, partial.ranked(), fullLength + skip + 1, true));
    }
    return new SearchResult(request, total, partial.total(), hits, facets(fullAnswer));
  }

  private List<Hit> hits(SearchRequest request, List<Ranked> ranked, int firstRank, boolean partial)
      throws QueryException, IOException {
    if (ranked.isEmpty()) {
      return List.of();
    }
    Map<String, JsonNode> docs = fetch(ranked);
    List<FoundHits.Found> page = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      JsonNode d = docs.get(r.id());
      if (d == null) {
        throw new IOException("report " + r.id() + " left " + solr.url() + " during the search");
      }
      page.add(new FoundHits.Found(SolrDocs.analyzed(d), r.score()));
    }
    return found.hits(request, page, firstRank, partial);
  }

  /** The stored records of {@code ranked}, by id (one request). */
  private Map<String, JsonNode> fetch(List<Ranked> ranked) throws QueryException, IOException {
    List<String> ids = ranked.stream().map(Ranked::id).toList();
    SolrParams p = new SolrParams().set("q", "*:*").set("defType", "lucene")
        .add("fq", "{!terms f=" + ReportSchema.ID + " separator=\"\u001f\"}" + String.join("\u001f", ids))
        .rows(0, ids.size(), SolrDocs.REPORT_FIELDS);
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode d : select(p).path("response").path("docs")) {
      out.put(SolrDocs.first(d, ReportSchema.ID), d);
    }
    return out;
  }

  /** The first {@code max} of {@code ranked} whose cluster was not seen yet (a report without one is its own). */
  private static List<Ranked> collapse(List<Ranked> ranked, Set<String> seen, int max) {
    List<Ranked> kept = new ArrayList<>();
    for (Ranked r : ranked) {
      if (kept.size() >= max) {
        break;
      }
      if (seen.add(r.cluster() == null ? "id:" + r.id() : r.cluster())) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static List<Ranked> slice(List<Ranked> ranked, int from) {
    return from >= ranked.size() ? List.of() : ranked.subList(from, ranked.size());
  }

  private static List<Ranked> ranked(JsonNode answer) {
    List<Ranked> out = new ArrayList<>();
    for (JsonNode d : answer.path("response").path("docs")) {
      out.add(new Ranked(SolrDocs.first(d, ReportSchema.ID), (float) d.path("score").asDouble(),
          SolrDocs.first(d, SolrDocs.CLUSTER)));
    }
    return out;
  }

  private static long numFound(JsonNode answer) {
    return answer.path("response").path("numFound").asLong();
  }

  /**
   * The top {@link SearchEngine#FACET_VALUES} values of each facet in {@link Facet} order, facets
   * without values left out: most reports first, ties by label in UTF-8 byte order (the embedded
   * index's ordinal order).
   */
  private static List<FacetCounts> facets(JsonNode answer) {
    JsonNode fields = answer.path("facet_counts").path("facet_fields");
    List<FacetCounts> out = new ArrayList<>();
    for (Facet f : Facet.values()) {
      JsonNode pairs = fields.path(f.dim()); // [value, count, value, count, …]
      List<FacetCounts.Value> values = new ArrayList<>();
      for (int i = 0; i + 1 < pairs.size(); i += 2) {
        values.add(new FacetCounts.Value(pairs.get(i).asText(), pairs.get(i + 1).asLong()));
      }
      values.sort(Comparator.comparingLong((FacetCounts.Value v) -> -v.count())
          .thenComparing(v -> v.value().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
      if (!values.isEmpty()) {
        out.add(new FacetCounts(f.dim(), values.subList(0, Math.min(values.size(), SearchEngine.FACET_VALUES))));
      }
    }
    return out;
  }

  private JsonNode select(SolrParams p) throws QueryException, IOException {
    return solr.collection("select", p.map());
  }
}
