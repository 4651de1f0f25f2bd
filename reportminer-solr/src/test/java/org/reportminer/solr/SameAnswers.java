package org.reportminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.reportminer.engine.Archive;
import org.reportminer.index.Facet;
import org.reportminer.search.FacetCounts;
import org.reportminer.search.Hit;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;
import org.reportminer.search.SortOrder;

/**
 * The checks that a SolrCloud collection answers as an embedded index does, shared by the tests
 * that fill a collection in different ways ({@link SolrCloudEqualityTest} from an embedded
 * index's records, reportminer-spark's job test from the job's records): a two-node cluster with
 * the configset and one collection of two shards × two replicas, the judged queries of the
 * relevance set (same reports, same BM25 scores within 1e-4, hence the same ranking ties aside,
 * and the same top-10 facet counts), and one query with and without a year filter. Test code, not
 * shipped in the plugin jar.
 */
public final class SameAnswers {
  /** The judged queries of the relevance set. */
  public static final Path QUERIES = Path.of("reportminer-eval/src/test/resources/relevance/queries.json");
  /** The configset the tests deploy. */
  public static final Path CONFIGSET = Path.of("reportminer-solr/src/main/resources/configsets/reportminer/conf");

  private SameAnswers() {}

  /** A two-node cluster under {@code dir} with a collection of 2 shards × 2 replicas, active. */
  public static MiniSolrCloudCluster startCluster(Path dir, String collection) throws Exception {
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir)
        .addConfig("reportminer", CONFIGSET)
        .build();
    CollectionAdminRequest.createCollection(collection, "reportminer", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 2, 4);
    return cluster;
  }

  /**
   * Every judged query finds the same reports in Solr as in {@code archive}, with the same scores
   * and in the same order (ties aside), and the same facet counts; returns the hits compared.
   */
  public static int assertJudgedQueriesAgree(Archive archive, SolrClient solr, String collection) throws Exception {
    int compared = 0;
    for (String query : judgedQueries()) {
      SearchResult embedded = archive.search(request(query));
      QueryResponse answer = query(solr, collection, new SolrQuery(query));
      assertEquals(embedded.totalHits(), answer.getResults().getNumFound(), query);
      Map<String, Float> scores = new LinkedHashMap<>();
      for (Hit h : embedded.hits()) {
        scores.put(h.id(), h.score());
      }
      float previous = Float.MAX_VALUE;
      for (SolrDocument d : answer.getResults()) {
        String id = (String) d.getFirstValue("id");
        float score = (Float) d.getFirstValue("score");
        assertTrue(scores.containsKey(id), query + ": Solr found " + id + ", the embedded index did not");
        assertEquals(scores.get(id), score, 1e-4f * Math.max(1f, score), query + " " + id);
        // Solr's order is the embedded order, ties aside
        assertTrue(scores.get(id) <= previous + 1e-4f, query + ": rank of " + id);
        previous = scores.get(id);
      }
      assertEquals(facets(embedded), facets(answer), query);
      compared += answer.getResults().size();
    }
    return compared;
  }

  /**
   * The judged queries' differences between Solr and {@code archive} in what the issue asks to be
   * the same: the number of hits, the top 10 (ties aside: a report may trade places with one whose
   * embedded score is within {@code tieTolerance}, relative, of the tenth's) and the top-10 facet
   * counts. One line per difference; empty when they agree.
   */
  public static List<String> topTenDifferences(Archive archive, SolrClient solr, String collection, double tieTolerance)
      throws Exception {
    List<String> out = new ArrayList<>();
    for (String query : judgedQueries()) {
      SearchResult embedded = archive.search(request(query));
      QueryResponse answer = query(solr, collection, new SolrQuery(query));
      if (embedded.totalHits() != answer.getResults().getNumFound()) {
        out.add(query + ": " + embedded.totalHits() + " hits embedded, " + answer.getResults().getNumFound() + " in Solr");
      }
      Map<String, Float> scores = new LinkedHashMap<>();
      for (Hit h : embedded.hits()) {
        scores.put(h.id(), h.score());
      }
      List<String> top = new ArrayList<>(scores.keySet()).subList(0, Math.min(10, scores.size()));
      float tenth = top.isEmpty() ? 0 : scores.get(top.get(top.size() - 1));
      List<String> solrTop = new ArrayList<>();
      for (SolrDocument d : answer.getResults()) {
        if (solrTop.size() < 10) {
          solrTop.add((String) d.getFirstValue("id"));
        }
      }
      for (String id : solrTop) {
        Float score = scores.get(id);
        boolean tie = score != null && Math.abs(score - tenth) <= tieTolerance * Math.max(1f, tenth);
        if (!top.contains(id) && !tie) {
          out.add(query + ": " + id + " in Solr's top 10, not in the embedded top 10");
        }
      }
      if (!facets(embedded).equals(facets(answer))) {
        out.add(query + ": facets " + facets(embedded) + " embedded, " + facets(answer) + " in Solr");
      }
    }
    return out;
  }

  /**
   * A query over most reports gives the same facet counts, and so does its first year as a
   * filter, with and without the query; {@code reports} is the number of reports indexed.
   */
  public static void assertFacetsAgreeWithFilter(Archive archive, SolrClient solr, String collection, long reports)
      throws Exception {
    SearchResult all = archive.search(request("工作"));
    QueryResponse solrAll = query(solr, collection, new SolrQuery("工作"));
    assertEquals(all.totalHits(), solrAll.getResults().getNumFound());
    assertEquals(facets(all), facets(solrAll));
    FacetCounts years = all.facets().stream().filter(f -> f.dim().equals("year")).findFirst().orElseThrow();
    String year = years.values().get(0).value();
    for (String q : new String[] {"工作", null}) {
      SearchResult filtered = archive.search(request(q).withFilter(Facet.YEAR, year));
      QueryResponse solrFiltered = query(solr, collection, (q == null ? all() : new SolrQuery(q))
          .addFilterQuery("{!term f=year}" + year));
      assertEquals(filtered.totalHits(), solrFiltered.getResults().getNumFound());
      assertTrue(filtered.totalHits() > 0 && filtered.totalHits() < reports, year + ": " + filtered.totalHits());
      assertEquals(facets(filtered), facets(solrFiltered), q + " in " + year);
    }
  }

  /** Every report (local params in q are ignored under another defType). */
  public static SolrQuery all() {
    SolrQuery q = new SolrQuery("*:*");
    q.set("defType", "lucene");
    return q;
  }

  /** The embedded search request of {@code query}: relevance order, up to 1,000 hits. */
  public static SearchRequest request(String query) {
    return new SearchRequest(query, null, Map.of(), null, null, SortOrder.RELEVANCE, 1000, 1, 1, false);
  }

  /**
   * {@code q} with up to 1,000 rows of id and score, and the counts of every facet value: all of
   * them, because a distributed top 10 is approximate where many values tie at the cut (a value
   * counted once on each shard may be in neither shard's candidates); {@link
   * #facets(QueryResponse)} takes the top 10.
   */
  public static QueryResponse query(SolrClient solr, String collection, SolrQuery q) throws Exception {
    q.setRows(1000);
    q.setFields("id", "score");
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    for (Facet f : Facet.values()) {
      q.addFacetField(f.dim());
    }
    return solr.query(collection, q);
  }

  /** The facet counts of an embedded search, "value=count" per facet, in order. */
  public static Map<String, List<String>> facets(SearchResult r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> values = new ArrayList<>();
      r.facets().stream().filter(c -> c.dim().equals(f.dim())).findFirst()
          .ifPresent(c -> c.values().forEach(v -> values.add(v.value() + "=" + v.count())));
      out.put(f.dim(), values);
    }
    return out;
  }

  /** The top-10 facet counts of a Solr answer (by count, then value), as {@link #facets(SearchResult)}. */
  public static Map<String, List<String>> facets(QueryResponse r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> values = new ArrayList<>();
      FacetField field = r.getFacetField(f.dim());
      if (field != null) {
        field.getValues().stream()
            .sorted(Comparator.comparingLong(FacetField.Count::getCount).reversed()
                .thenComparing(FacetField.Count::getName))
            .limit(10)
            .forEach(c -> values.add(c.getName() + "=" + c.getCount()));
      }
      out.put(f.dim(), values);
    }
    return out;
  }

  /** The query strings of the relevance set (at least ten). */
  public static List<String> judgedQueries() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readString(QUERIES));
    List<String> out = new ArrayList<>();
    root.get("queries").forEach(q -> out.add(q.get("query").asText()));
    assertTrue(out.size() >= 10, "judged queries: " + out.size());
    return out;
  }
}
