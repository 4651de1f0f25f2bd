package org.reportminer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Ingestion;
import org.reportminer.index.IndexLayout;
import org.reportminer.model.RecordJson;
import org.reportminer.pipeline.ParallelIngest;

/**
 * Reading what the job wrote and what the embedded engine gives, for the job's tests: records by
 * id, failures, clusters as sets of members, an embedded index ingested as {@code ingest} does.
 */
final class JobOutputs {
  private JobOutputs() {}

  /** The job's records under {@code dir} by id, checking each row's id and input. */
  static Map<String, JsonNode> records(SparkSession spark, String dir) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (Row row : spark.read().parquet(dir + "/records").collectAsList()) {
      JsonNode record = RecordJson.mapper().readTree(row.getString(row.fieldIndex("record")));
      assertEquals(row.getString(row.fieldIndex("id")), record.get("id").asText());
      assertTrue(record.get("source").get("path").asText().startsWith(row.getString(row.fieldIndex("input"))));
      assertEquals(null, out.put(record.get("id").asText(), record), "one row per record");
    }
    return out;
  }

  /** "path stage" of each failure under {@code dir}. */
  static Set<String> failures(SparkSession spark, String dir) {
    Set<String> out = new HashSet<>();
    spark.read().parquet(dir + "/failures").collectAsList()
        .forEach(r -> out.add(r.getString(r.fieldIndex("path")) + " " + r.getString(r.fieldIndex("stage"))));
    return out;
  }

  /** The clusters dataset under {@code dir}: representative → members. */
  static Map<String, List<String>> clusters(SparkSession spark, String dir) {
    Map<String, List<String>> out = new HashMap<>();
    spark.read().parquet(dir + "/clusters").collectAsList()
        .forEach(r -> out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1)));
    return out;
  }

  /** The member sets of {@code clusters}. */
  static Set<Set<String>> members(Map<String, List<String>> clusters) {
    Set<Set<String>> out = new HashSet<>();
    clusters.values().forEach(m -> out.add(new HashSet<>(m)));
    return out;
  }

  /**
   * {@code inputs} ingested into an embedded index at {@code dir}, opened. Ids come from paths
   * relative to the folder holding the index and the job keys files relative to the current
   * folder: put {@code dir} in the project folder, as index/ is.
   */
  static Archive ingest(Path dir, List<String> inputs) throws Exception {
    IndexLayout layout = new IndexLayout(dir);
    Ingestion ingestion = new Ingestion(layout, ParallelIngest.Settings.defaults(2), JobOptions.DEFAULT_MAX_BYTES, f -> {});
    ingestion.run(ingestion.job(inputs, InputStream.nullInputStream()));
    return Archive.open(layout);
  }

  /** The member sets of the embedded index's clusters ({@code dups}). */
  static Set<Set<String>> clusters(Archive archive) throws IOException {
    Set<Set<String>> out = new HashSet<>();
    for (DuplicateCluster c : archive.duplicates(0.0)) {
      Set<String> ids = new HashSet<>();
      c.members().forEach(m -> ids.add(m.id()));
      out.add(ids);
    }
    return out;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
