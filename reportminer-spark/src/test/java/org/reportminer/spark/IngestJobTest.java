package org.reportminer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.engine.Archive;
import org.reportminer.model.RecordJson;
import org.reportminer.solr.SameAnswers;
import org.reportminer.solr.SolrReports;

/**
 * The job in {@code local[2]} on corpus/, indexing into a MiniSolrCloudCluster (two nodes, two
 * shards × two replicas), against the single-machine engine on the same input: every record
 * equals the one {@code analyze --json} gives, the failures are the same inputs, the
 * near-duplicate clusters have the members of the embedded index's ({@code dups} after {@code
 * ingest}), and Solr answers the judged queries as the embedded index does (same reports, scores,
 * order ties aside, facet counts) with the cluster ids on its documents. A rerun over the same
 * output with one new file processes only that file and ends as one run over everything; a
 * changed file replaces its rows; a document Solr refuses is recorded and its batch goes in.
 * One class, so that the job's run, the embedded index and the cluster are made once.
 */
class IngestJobTest {
  private static final String COLLECTION = "reports";

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static MiniSolrCloudCluster cluster;
  private static Path indexDir;
  private static Archive archive;
  private static IngestJob.Summary summary;

  @BeforeAll
  static void runJobAndEmbeddedIngest() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("reportminer-test")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
    cluster = SameAnswers.startCluster(tmp.resolve("solr"), COLLECTION);
    summary = new IngestJob(spark, JobOptions.parse("--input", "corpus", "--out", out("out"), "--jsonl",
        "--solr", solrUrls(), "--collection", COLLECTION)).run();

    // ids come from paths relative to the folder holding the index, and the job keys files
    // relative to the current folder: the embedded index sits in the project folder, as index/ does
    indexDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".spark-test-index-");
    archive = JobOutputs.ingest(indexDir, List.of("corpus"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (archive != null) {
      archive.close();
    }
    if (indexDir != null) {
      JobOutputs.deleteTree(indexDir);
    }
    if (cluster != null) {
      cluster.shutdown();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyRecordEqualsTheSingleMachineAnalysis() throws Exception {
    SingleMachine.Run expected = SingleMachine.analyze(List.of("corpus"));
    assertTrue(expected.records().size() >= 34, "reports in corpus/: " + expected.records().size());
    Map<String, JsonNode> actual = records(out("out"));
    assertEquals(expected.records().keySet(), actual.keySet(), "the same reports, with the same ids");
    for (String id : expected.records().keySet()) {
      assertEquals(expected.records().get(id), actual.get(id), "record " + id);
    }
    assertEquals(expected.records().size(), summary.records());
    assertEquals(expected.records().size(), spark.read().text(out("out/records.jsonl")).count());

    Set<String> failedPaths = new HashSet<>();
    expected.failures().forEach(f -> failedPaths.add(f.path() + " " + f.stage().label()));
    assertEquals(failedPaths, failures(out("out")));
  }

  @Test
  void clustersHaveTheMembersOfTheEmbeddedIndexClusters() throws Exception {
    Set<Set<String>> embedded = embeddedClusters();
    assertFalse(embedded.isEmpty(), "corpus/ has near-duplicates");
    assertEquals(embedded, members(summary.clusters()));
    assertEquals(embedded, members(writtenClusters(out("out"))));
  }

  @Test
  void solrAnswersTheJudgedQueriesAsTheEmbeddedIndex() throws Exception {
    assertEquals(summary.records(), summary.solr().sent());
    assertEquals(0, summary.solr().failed());
    assertEquals(summary.records(), SameAnswers.query(cluster.getSolrClient(), COLLECTION, SameAnswers.all())
        .getResults().getNumFound());
    int compared = SameAnswers.assertJudgedQueriesAgree(archive, cluster.getSolrClient(), COLLECTION);
    assertTrue(compared > 20, "the judged queries find reports in corpus/: " + compared);
    SameAnswers.assertFacetsAgreeWithFilter(archive, cluster.getSolrClient(), COLLECTION, summary.records());
  }

  @Test
  void solrDocumentsCarryTheirClusters() throws Exception {
    SolrQuery q = SameAnswers.all();
    q.setRows(10_000);
    q.setFields("id", SolrReports.CLUSTER);
    Map<String, Set<String>> byCluster = new HashMap<>();
    for (SolrDocument d : cluster.getSolrClient().query(COLLECTION, q).getResults()) {
      byCluster.computeIfAbsent((String) d.getFirstValue(SolrReports.CLUSTER), k -> new HashSet<>())
          .add((String) d.getFirstValue("id"));
    }
    Set<Set<String>> clustered = new HashSet<>();
    byCluster.forEach((rep, ids) -> {
      assertTrue(ids.contains(rep), "a cluster is named by one of its members: " + rep);
      if (ids.size() > 1) {
        clustered.add(ids);
      }
    });
    assertEquals(embeddedClusters(), clustered, "the embedded index's clusters, from dedup.cluster in Solr");
  }

  @Test
  void aRerunProcessesOnlyTheNewFileAndEndsAsOneRunOverAll() throws Exception {
    Path newDir = Files.createDirectories(tmp.resolve("new"));
    Path copy = newDir.resolve("tushuguan-copy.txt");
    String original = Files.readString(Path.of("corpus/txt/report-gb18030-crlf-tushuguan.txt"), Charset.forName("GB18030"));
    String edited = original.replace("2800", "2900");
    assertFalse(edited.equals(original));
    Files.writeString(copy, edited, StandardCharsets.UTF_8);
    JobOutputs.copyTree(tmp.resolve("out"), tmp.resolve("rerun"));

    IngestJob.Summary rerun = new IngestJob(spark,
        JobOptions.parse("--input", "corpus," + copy, "--out", out("rerun"), "--jsonl")).run();
    IngestJob.Summary once = new IngestJob(spark,
        JobOptions.parse("--input", "corpus," + copy, "--out", out("once"), "--jsonl")).run();
    assertEquals(1, rerun.processed(), "only the new file");
    assertEquals(once.files(), rerun.files());
    assertEquals(once.files(), once.processed());
    assertEquals(summary.records() + 1, rerun.records(), "the previous records are kept");
    assertEquals(records(out("once")), records(out("rerun")));
    assertEquals(failures(out("once")), failures(out("rerun")));
    assertEquals(members(once.clusters()), members(rerun.clusters()));
    assertEquals(members(writtenClusters(out("once"))), members(writtenClusters(out("rerun"))));
    assertEquals(rerun.records(), spark.read().text(out("rerun/records.jsonl")).count());
    Set<String> newIds = new HashSet<>(records(out("rerun")).keySet());
    newIds.removeAll(records(out("out")).keySet());
    assertEquals(1, newIds.size());
    String newId = newIds.iterator().next();
    assertTrue(members(rerun.clusters()).stream().anyMatch(m -> m.contains(newId) && m.size() > 1),
        "the new report joins a cluster of old ones");

    // nothing new: nothing processed, the same output
    IngestJob.Summary again = new IngestJob(spark,
        JobOptions.parse("--input", "corpus," + copy, "--out", out("rerun"))).run();
    assertEquals(0, again.processed());
    assertEquals(rerun.records(), again.records());
    assertEquals(members(rerun.clusters()), members(again.clusters()));

    // a changed file: processed again, its record replaced
    Files.writeString(copy, edited + "\n本次活动圆满结束。\n", StandardCharsets.UTF_8);
    IngestJob.Summary changed = new IngestJob(spark,
        JobOptions.parse("--input", "corpus," + copy, "--out", out("rerun"))).run();
    assertEquals(1, changed.processed());
    assertEquals(rerun.records(), changed.records());
    long withNewText = records(out("rerun")).values().stream()
        .filter(r -> r.get("text").asText().contains("本次活动圆满结束")).count();
    assertEquals(1, withNewText);
    assertEquals(rerun.records(), spark.read().text(out("rerun/records.jsonl")).count(),
        "records.jsonl stays in step once asked for");
  }

  @Test
  void aDocumentSolrRefusesIsRecordedAndItsBatchGoesIn() throws Exception {
    String collection = "refusals";
    CollectionAdminRequest.createCollection(collection, "reportminer", 1, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 1, 1);
    // three records of the corpus run, one whose path (an indexed string) is longer than Lucene's term limit
    List<Row> three = spark.read().parquet(out("out/records")).limit(3).collectAsList();
    List<Row> rows = new ArrayList<>();
    String refusedId = three.get(0).getString(0);
    for (Row r : three) {
      String record = r.getString(2);
      if (r.getString(0).equals(refusedId)) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) RecordJson.mapper().readTree(record);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("source")).put("path", "x/".repeat(20_000));
        record = RecordJson.line(node);
      }
      rows.add(RowFactory.create(r.getString(0), r.getString(1), record));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType, false)
        .add("input", DataTypes.StringType, false).add("record", DataTypes.StringType, false);
    OutputDir dir = new OutputDir(spark, out("refusals"));
    dir.append(OutputDir.RECORDS, spark.createDataFrame(rows, schema));
    SolrTarget target = new SolrTarget(List.of(solrUrls().split(",")), collection);
    SolrIndexing.Result result = SolrIndexing.run(spark, dir, target, Map.of(),
        dir.read(OutputDir.RECORDS).select("input").distinct(), List.of());

    assertEquals(2, result.sent());
    assertEquals(1, result.failed());
    List<Row> refused = dir.read(OutputDir.SOLR_FAILURES).collectAsList();
    assertEquals(1, refused.size());
    assertEquals(refusedId, refused.get(0).getString(0));
    Set<String> held = new HashSet<>();
    SolrClient solr = cluster.getSolrClient();
    SolrQuery q = SameAnswers.all();
    q.setFields("id");
    solr.query(collection, q).getResults().forEach(d -> held.add((String) d.getFirstValue("id")));
    Set<String> expected = new HashSet<>();
    three.forEach(r -> expected.add(r.getString(0)));
    expected.remove(refusedId);
    assertEquals(expected, held);
    Set<String> sent = new HashSet<>();
    dir.read(OutputDir.SOLR_SENT).collectAsList().forEach(r -> sent.add(r.getString(1)));
    assertEquals(expected, sent, "a refused record is not remembered as sent, so a rerun sends it again");
  }

  private static String out(String name) {
    return tmp.resolve(name).toString();
  }

  private static String solrUrls() {
    return cluster.getJettySolrRunner(0).getBaseUrl() + "," + cluster.getJettySolrRunner(1).getBaseUrl();
  }

  private static Set<Set<String>> embeddedClusters() throws IOException {
    return JobOutputs.clusters(archive);
  }

  private static Map<String, JsonNode> records(String dir) throws IOException {
    return JobOutputs.records(spark, dir);
  }

  private static Set<String> failures(String dir) {
    return JobOutputs.failures(spark, dir);
  }

  private static Map<String, List<String>> writtenClusters(String dir) {
    return JobOutputs.clusters(spark, dir);
  }

  private static Set<Set<String>> members(Map<String, List<String>> clusters) {
    return JobOutputs.members(clusters);
  }
}
