package org.reportminer.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: {@code spark-submit --class org.reportminer.spark.IngestJob JAR --input PATHS
 * --out DIR [--jsonl] [--no-site-templates] [--max-bytes N]}.
 *
 * <p>Stages: the driver lists the input files ({@link InputFiles}); executors learn the site
 * template lines over all of them ({@link TemplatePass}), then extract and analyze every file
 * ({@link AnalysisPass}); the records and failures are written; near-duplicates are found over
 * the written records ({@link NearDuplicates}) and clustered on the driver ({@link Clusters}).
 *
 * <p>Output under DIR: {@code records} (Parquet: id, input, record = the JSON line of {@code
 * analyze --json}), {@code records.jsonl} with {@code --jsonl} (those JSON lines as text),
 * {@code failures} (Parquet: input, path, sha256, stage, reason), {@code links} (Parquet: a, b,
 * similarity) and {@code clusters} (Parquet: cluster, id; one row per member of a cluster of two
 * or more reports).
 */
public final class IngestJob {
  private final SparkSession spark;
  private final JobOptions options;

  /** A run of {@code options} on {@code spark}. */
  public IngestJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /** What a run did. */
  public record Summary(long files, long records, long failures, long links, Map<String, List<String>> clusters) {}

  /** Entry point for spark-submit. */
  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("reportminer-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("reportminer ingest").getOrCreate();
    try {
      Summary s = new IngestJob(spark, options).run();
      System.out.printf("%d files, %d reports, %d failures, %d near-duplicate links, %d clusters%n",
          s.files(), s.records(), s.failures(), s.links(), s.clusters().size());
    } finally {
      spark.stop();
    }
  }

  /** Runs the job. */
  public Summary run() throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> missing = new ArrayList<>();
    List<InputFile> files = InputFiles.list(options.inputs(), sc.hadoopConfiguration(), missing);
    int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    JavaRDD<InputFile> fileRdd = sc.parallelize(files, slices);

    HashMap<String, HashSet<String>> templates =
        options.siteTemplates() ? TemplatePass.learn(fileRdd, options.maxBytes()) : new HashMap<>();
    Broadcast<HashMap<String, HashSet<String>>> shared = sc.broadcast(templates);
    Dataset<Row> rows = spark.createDataFrame(AnalysisPass.run(fileRdd, options.maxBytes(), shared), AnalysisPass.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> records = rows.filter("kind = 'record'").select("id", "input", "record");
    records.write().mode(SaveMode.Overwrite).parquet(path("records"));
    if (options.jsonl()) {
      records.select("record").write().mode(SaveMode.Overwrite).text(path("records.jsonl"));
    }
    Dataset<Row> failures = rows.filter("kind = 'failure'").select("input", "path", "sha256", "stage", "reason")
        .union(missingRows(missing));
    failures.write().mode(SaveMode.Overwrite).parquet(path("failures"));
    long recordCount = records.count();
    long failureCount = failures.count();
    rows.unpersist();

    JavaRDD<String> written = spark.read().parquet(path("records")).select("record").as(Encoders.STRING()).javaRDD();
    List<Link> links = NearDuplicates.links(written).collect();
    Map<String, List<String>> clusters = Clusters.of(links);
    writeLinks(links);
    writeClusters(clusters);
    return new Summary(files.size(), recordCount, failureCount, links.size(), clusters);
  }

  private Dataset<Row> missingRows(List<String> missing) {
    List<Row> rows = new ArrayList<>();
    for (String m : missing) {
      rows.add(RowFactory.create(m, m, null, "read", "no such file or directory"));
    }
    StructType schema = new StructType()
        .add("input", DataTypes.StringType, false).add("path", DataTypes.StringType, true)
        .add("sha256", DataTypes.StringType, true).add("stage", DataTypes.StringType, true)
        .add("reason", DataTypes.StringType, true);
    return spark.createDataFrame(rows, schema);
  }

  private void writeLinks(List<Link> links) {
    List<Row> rows = new ArrayList<>();
    for (Link l : links) {
      rows.add(RowFactory.create(l.a(), l.b(), l.similarity()));
    }
    StructType schema = new StructType().add("a", DataTypes.StringType, false)
        .add("b", DataTypes.StringType, false).add("similarity", DataTypes.DoubleType, false);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path("links"));
  }

  private void writeClusters(Map<String, List<String>> clusters) {
    List<Row> rows = new ArrayList<>();
    clusters.forEach((cluster, members) -> members.forEach(id -> rows.add(RowFactory.create(cluster, id))));
    StructType schema = new StructType().add("cluster", DataTypes.StringType, false).add("id", DataTypes.StringType, false);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path("clusters"));
  }

  private String path(String name) {
    return options.out().replaceAll("/+$", "") + "/" + name;
  }
}
