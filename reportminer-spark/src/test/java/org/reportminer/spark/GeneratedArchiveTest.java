package org.reportminer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.bench.SyntheticArchive;
import org.reportminer.engine.Archive;
import org.reportminer.solr.SameAnswers;

/**
 * The job's equality with the single-machine engine on a generated archive (the 2,000
 * documents): every record equals {@code analyze --json}'s, the clusters have the members of the
 * embedded index's ({@code dups} after {@code ingest}), and a MiniSolrCloudCluster (2 shards × 2
 * replicas) filled by the job answers the judged queries as the embedded index does.
 *
 * <p>The archive is the one {@code ./reportminer generate --docs 2000} writes (seed 1, the
 * corpus's site pages), written into a temporary folder inside the project folder; {@code
 * -Dreportminer.generated=DIR} runs the test on another archive instead. It takes about two
 * minutes of the CI on two cores (docs/SCALE.md has the measured times).
 */
class GeneratedArchiveTest {
  @TempDir static Path tmp;

  @Test
  void recordsClustersAndSolrAnswersEqualTheSingleMachineEngine() throws Exception {
    String archiveDir = System.getProperty("reportminer.generated", "");
    Path generated = null;
    if (archiveDir.isBlank()) {
      // inside the project folder, so that its ids are the ones the README's commands would give
      generated = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".spark-test-archive-");
      new SyntheticArchive(Path.of("corpus"), 1).write(generated, 2000, i -> { });
      archiveDir = Path.of("").toAbsolutePath().relativize(generated).toString();
    }
    assertTrue(Files.isDirectory(Path.of(archiveDir)), "no generated archive at " + archiveDir);
    String out = tmp.resolve("out").toString();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("reportminer-generated")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
    MiniSolrCloudCluster cluster = SameAnswers.startCluster(tmp.resolve("solr"), "reports");
    Path indexDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".spark-test-index-");
    try {
      long t0 = System.nanoTime();
      IngestJob.Summary job = new IngestJob(spark, JobOptions.parse("--input", archiveDir, "--out", out,
          "--solr", cluster.getJettySolrRunner(0).getBaseUrl() + "," + cluster.getJettySolrRunner(1).getBaseUrl(),
          "--collection", "reports")).run();
      long t1 = System.nanoTime();
      SingleMachine.Run expected = SingleMachine.analyze(List.of(archiveDir));
      long t2 = System.nanoTime();
      System.out.printf("generated archive: job %.1f s (%s), analyze %.1f s%n",
          (t1 - t0) / 1e9, job.line(), (t2 - t1) / 1e9);

      Map<String, JsonNode> actual = JobOutputs.records(spark, out);
      assertTrue(expected.records().size() >= 2000, "reports: " + expected.records().size());
      assertEquals(expected.records().keySet(), actual.keySet(), "the same reports, with the same ids");
      for (String id : expected.records().keySet()) {
        assertEquals(expected.records().get(id), actual.get(id), "record " + id);
      }
      assertEquals(0, job.solr().failed());
      assertEquals(job.records(), job.solr().sent());

      try (Archive archive = JobOutputs.ingest(indexDir, List.of(archiveDir))) {
        System.out.printf("generated archive: ingest %.1f s%n", (System.nanoTime() - t2) / 1e9);
        Set<Set<String>> embedded = JobOutputs.clusters(archive);
        assertTrue(embedded.size() > 10, "clusters: " + embedded.size());
        assertEquals(embedded, JobOutputs.members(job.clusters()));
        // ingest learns site templates from a sample of a large site's pages (TemplateSample),
        // analyze and the job from all of them: reports whose text differs are counted
        int differ = 0;
        for (Map.Entry<String, JsonNode> e : actual.entrySet()) {
          String text = archive.report(e.getKey()).map(a -> a.report().text()).orElse(null);
          if (!e.getValue().get("text").asText().equals(text)) {
            differ++;
          }
        }
        System.out.printf("generated archive: %d of %d reports have another text in the embedded index%n",
            differ, actual.size());
        List<String> differences = SameAnswers.topTenDifferences(archive, cluster.getSolrClient(), "reports", 1e-3);
        differences.forEach(d -> System.out.println("generated archive: " + d));
        assertEquals(List.of(), differences);
      }
    } finally {
      JobOutputs.deleteTree(indexDir);
      if (generated != null) {
        JobOutputs.deleteTree(generated);
      }
      cluster.shutdown();
      spark.stop();
    }
  }
}
