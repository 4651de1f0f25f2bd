package org.reportminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Ingestion;
import org.reportminer.index.Facet;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.pipeline.ParallelIngest;
import org.reportminer.search.FacetCounts;
import org.reportminer.search.Hit;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;
import org.reportminer.search.SortOrder;

/**
 * corpus/ ingested into the embedded index and its records indexed into a SolrCloud collection
 * (two nodes, two shards, two replicas of each) with the reportminer configset: the judged queries
 * of the relevance set find the same reports with the same scores, hence the same ranking ties
 * aside, and the same facet counts; with one node stopped the replicas still answer everything,
 * and a report added meanwhile reaches both replicas of its shard when the node is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudEqualityTest {
  private static final String COLLECTION = "reports";
  private static final Path QUERIES = Path.of("reportminer-eval/src/test/resources/relevance/queries.json");

  @TempDir static Path tmp;
  private static MiniSolrCloudCluster cluster;
  private static Archive archive;
  private static int reports;
  private static SolrInputDocument spare;

  @BeforeAll
  static void embeddedIndexAndCluster() throws Exception {
    IndexLayout layout = new IndexLayout(tmp.resolve("index"));
    Ingestion ingestion = new Ingestion(layout, ParallelIngest.Settings.defaults(2), 64L << 20, f -> {});
    ingestion.run(ingestion.job(List.of("corpus"), InputStream.nullInputStream()));
    archive = Archive.open(layout);

    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr"))
        .addConfig("reportminer", Path.of("reportminer-solr/src/main/resources/configsets/reportminer/conf"))
        .build();
    CollectionAdminRequest.createCollection(COLLECTION, "reportminer", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);

    List<SolrInputDocument> docs = embeddedRecords(layout);
    reports = docs.size();
    spare = docs.get(0).deepCopy();
    spare.setField(ReportSchema.ID, "spare-" + spare.getFieldValue(ReportSchema.ID));
    cluster.getSolrClient().add(COLLECTION, docs);
    cluster.getSolrClient().commit(COLLECTION);
  }

  @AfterAll
  static void close() throws Exception {
    if (archive != null) {
      archive.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  @Order(1)
  void judgedQueriesFindTheSameReportsWithTheSameScores() throws Exception {
    assertTrue(reports >= 34, "corpus/ gives at least one report per file: " + reports);
    int compared = 0;
    for (String query : judgedQueries()) {
      SearchResult embedded = archive.search(request(query));
      QueryResponse solr = solr(new SolrQuery(query));
      assertEquals(embedded.totalHits(), solr.getResults().getNumFound(), query);
      Map<String, Float> scores = new LinkedHashMap<>();
      for (Hit h : embedded.hits()) {
        scores.put(h.id(), h.score());
      }
      float previous = Float.MAX_VALUE;
      for (SolrDocument d : solr.getResults()) {
        String id = (String) d.getFirstValue("id");
        float score = (Float) d.getFirstValue("score");
        assertTrue(scores.containsKey(id), query + ": Solr found " + id + ", the embedded index did not");
        assertEquals(scores.get(id), score, 1e-4f * Math.max(1f, score), query + " " + id);
        // Solr's order is the embedded order, ties aside
        assertTrue(scores.get(id) <= previous + 1e-4f, query + ": rank of " + id);
        previous = scores.get(id);
      }
      assertEquals(facets(embedded), facets(solr), query);
      compared += solr.getResults().size();
    }
    assertTrue(compared > 20, "the judged queries find reports in corpus/: " + compared);
  }

  @Test
  @Order(2)
  void allReportsAndAFilterGiveTheSameFacetCounts() throws Exception {
    SearchResult all = archive.search(request("工作"));
    QueryResponse solrAll = solr(new SolrQuery("工作"));
    assertEquals(all.totalHits(), solrAll.getResults().getNumFound());
    assertEquals(facets(all), facets(solrAll));
    FacetCounts years = all.facets().stream().filter(f -> f.dim().equals("year")).findFirst().orElseThrow();
    String year = years.values().get(0).value();
    for (String query : new String[] {"工作", null}) {
      SearchResult filtered = archive.search(request(query).withFilter(Facet.YEAR, year));
      QueryResponse solrFiltered = solr((query == null ? all() : new SolrQuery(query))
          .addFilterQuery("{!term f=year}" + year));
      assertEquals(filtered.totalHits(), solrFiltered.getResults().getNumFound());
      assertTrue(filtered.totalHits() > 0 && filtered.totalHits() < reports, year + ": " + filtered.totalHits());
      assertEquals(facets(filtered), facets(solrFiltered), query + " in " + year);
    }
  }

  @Test
  @Order(3)
  void aStoppedNodeLosesNothing() throws Exception {
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);
    assertEquals(reports, solr(all()).getResults().getNumFound(),
        "the other node's replicas answer for every shard");
    cluster.getSolrClient().add(COLLECTION, spare);
    cluster.getSolrClient().commit(COLLECTION);

    cluster.startJettySolrRunner(stopped);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    cluster.getSolrClient().commit(COLLECTION);
    assertEquals(reports + 1, solr(all()).getResults().getNumFound());
    DocCollection coll = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    long total = 0;
    for (Slice slice : coll.getSlices()) {
      List<Long> counts = new ArrayList<>();
      for (Replica replica : slice.getReplicas()) {
        try (SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
          SolrQuery q = all();
          q.set("distrib", false);
          counts.add(core.query(replica.getCoreName(), q).getResults().getNumFound());
        }
      }
      assertEquals(2, counts.size());
      assertEquals(counts.get(0), counts.get(1), "both replicas of " + slice.getName() + " hold the same reports");
      total += counts.get(0);
    }
    assertEquals(reports + 1, total);
  }

  /** Every report (local params in q are ignored under another defType). */
  private static SolrQuery all() {
    SolrQuery q = new SolrQuery("*:*");
    q.set("defType", "lucene");
    return q;
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, null, Map.of(), null, null, SortOrder.RELEVANCE, 1000, 1, 1, false);
  }

  private static QueryResponse solr(SolrQuery q) throws Exception {
    q.setRows(1000);
    q.setFields("id", "score");
    q.setFacet(true);
    q.setFacetLimit(10);
    q.setFacetMinCount(1);
    for (Facet f : Facet.values()) {
      q.addFacetField(f.dim());
    }
    return cluster.getSolrClient().query(COLLECTION, q);
  }

  private static Map<String, List<String>> facets(SearchResult r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> values = new ArrayList<>();
      r.facets().stream().filter(c -> c.dim().equals(f.dim())).findFirst()
          .ifPresent(c -> c.values().forEach(v -> values.add(v.value() + "=" + v.count())));
      out.put(f.dim(), values);
    }
    return out;
  }

  private static Map<String, List<String>> facets(QueryResponse r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<String> values = new ArrayList<>();
      FacetField field = r.getFacetField(f.dim());
      if (field != null) {
        field.getValues().forEach(c -> values.add(c.getName() + "=" + c.getCount()));
      }
      out.put(f.dim(), values);
    }
    return out;
  }

  private static List<String> judgedQueries() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Files.readString(QUERIES));
    List<String> out = new ArrayList<>();
    root.get("queries").forEach(q -> out.add(q.get("query").asText()));
    assertTrue(out.size() >= 10, "judged queries: " + out.size());
    return out;
  }

  /** Every live report of the embedded index as a Solr document of the same record. */
  private static List<SolrInputDocument> embeddedRecords(IndexLayout layout) throws Exception {
    List<SolrInputDocument> out = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(layout.lucene());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = leaf.reader().storedFields().document(i);
          AnalyzedReport a = ReportSchema.analyzedReport(d);
          out.add(SolrReports.document(a, d.get(ReportSchema.INPUT_PATH), d.get(ReportSchema.INPUT_SHA256)));
        }
      }
    }
    return out;
  }
}
