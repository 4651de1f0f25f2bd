package org.reportminer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Ingestion;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.IndexLayout;
import org.reportminer.model.Failure;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.pipeline.InputSources;
import org.reportminer.pipeline.ParallelIngest;

/**
 * The job in {@code local[2]} on corpus/ against the single-machine engine on the same input:
 * every record equals the one {@code analyze --json} gives (extraction with site templates
 * learned over the run, the shipped analysis), the failures are the same inputs, and the
 * near-duplicate clusters have the members of the embedded index's ({@code dups}).
 */
class IngestJobTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static IngestJob.Summary summary;

  @BeforeAll
  static void runJob() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("reportminer-test")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
    summary = new IngestJob(spark, JobOptions.parse("--input", "corpus", "--out", tmp.resolve("out").toString(), "--jsonl")).run();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyRecordEqualsTheSingleMachineAnalysis() throws Exception {
    List<Report> reports = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    new ExtractionRun(new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(JobOptions.DEFAULT_MAX_BYTES)),
        new ExtractionRun.Settings(Duration.ofSeconds(30), 2, true))
        .run(new InputSources(JobOptions.DEFAULT_MAX_BYTES).expand(List.of("corpus"), InputStream.nullInputStream()),
            reports::add, failures::add);
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults());
    Map<String, JsonNode> expected = new HashMap<>();
    for (Report r : reports) {
      expected.put(r.id(), RecordJson.mapper().readTree(RecordJson.line(RecordJson.toNode(analyzer.analyze(r)))));
    }
    assertTrue(expected.size() >= 34, "reports in corpus/: " + expected.size());

    Map<String, JsonNode> actual = new HashMap<>();
    for (Row row : spark.read().parquet(tmp.resolve("out/records").toString()).collectAsList()) {
      JsonNode record = RecordJson.mapper().readTree(row.getString(row.fieldIndex("record")));
      assertEquals(row.getString(row.fieldIndex("id")), record.get("id").asText());
      assertTrue(record.get("source").get("path").asText().startsWith(row.getString(row.fieldIndex("input"))));
      actual.put(record.get("id").asText(), record);
    }
    assertEquals(expected.keySet(), actual.keySet(), "the same reports, with the same ids");
    for (String id : expected.keySet()) {
      assertEquals(expected.get(id), actual.get(id), "record " + id);
    }
    assertEquals(expected.size(), summary.records());
    assertEquals(expected.size(), spark.read().text(tmp.resolve("out/records.jsonl").toString()).count());

    Set<String> failedPaths = new HashSet<>();
    failures.forEach(f -> failedPaths.add(f.path() + " " + f.stage().label()));
    Set<String> jobFailures = new HashSet<>();
    spark.read().parquet(tmp.resolve("out/failures").toString()).collectAsList()
        .forEach(r -> jobFailures.add(r.getString(r.fieldIndex("path")) + " " + r.getString(r.fieldIndex("stage"))));
    assertEquals(failedPaths, jobFailures);
  }

  @Test
  void clustersHaveTheMembersOfTheEmbeddedIndexClusters() throws Exception {
    // ids come from paths relative to the folder holding the index, and the job keys files
    // relative to the current folder: the embedded index sits in the project folder, as index/ does
    Path indexDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".spark-test-index-");
    Set<Set<String>> embedded = new HashSet<>();
    try {
      IndexLayout layout = new IndexLayout(indexDir);
      Ingestion ingestion = new Ingestion(layout, ParallelIngest.Settings.defaults(2), JobOptions.DEFAULT_MAX_BYTES, f -> {});
      ingestion.run(ingestion.job(List.of("corpus"), InputStream.nullInputStream()));
      try (Archive archive = Archive.open(layout)) {
        for (DuplicateCluster c : archive.duplicates(0.0)) {
          Set<String> ids = new HashSet<>();
          c.members().forEach(m -> ids.add(m.id()));
          embedded.add(ids);
        }
      }
    } finally {
      try (var files = Files.walk(indexDir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    assertFalse(embedded.isEmpty(), "corpus/ has near-duplicates");
    Set<Set<String>> job = new HashSet<>();
    summary.clusters().values().forEach(members -> job.add(new HashSet<>(members)));
    assertEquals(embedded, job);

    Map<String, Set<String>> written = new HashMap<>();
    spark.read().parquet(tmp.resolve("out/clusters").toString()).collectAsList()
        .forEach(r -> written.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1)));
    assertEquals(job, new HashSet<>(written.values()));
  }
}
