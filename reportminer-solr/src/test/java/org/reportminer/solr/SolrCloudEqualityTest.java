package org.reportminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
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
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.pipeline.ParallelIngest;

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

    cluster = SameAnswers.startCluster(tmp.resolve("solr"), COLLECTION);

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
    int compared = SameAnswers.assertJudgedQueriesAgree(archive, cluster.getSolrClient(), COLLECTION);
    assertTrue(compared > 20, "the judged queries find reports in corpus/: " + compared);
  }

  @Test
  @Order(2)
  void allReportsAndAFilterGiveTheSameFacetCounts() throws Exception {
    SameAnswers.assertFacetsAgreeWithFilter(archive, cluster.getSolrClient(), COLLECTION, reports);
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

  private static QueryResponse solr(SolrQuery q) throws Exception {
    return SameAnswers.query(cluster.getSolrClient(), COLLECTION, q);
  }

  private static SolrQuery all() {
    return SameAnswers.all();
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
