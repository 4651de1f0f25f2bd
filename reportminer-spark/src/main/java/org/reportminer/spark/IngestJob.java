package org.reportminer.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: {@code spark-submit --class org.reportminer.spark.IngestJob JAR --input PATHS
 * --out DIR [--jsonl] [--no-site-templates] [--max-bytes N] [--solr URLS --collection NAME]}.
 *
 * <p>Stages: the driver lists the input files ({@link InputFiles}) and executors hash them ({@link
 * InputHashes}); files whose path and hash a previous run into the same DIR finished are skipped,
 * and the rows of changed ones are dropped ({@link OutputDir}); executors collect the site
 * template candidates of the new files ({@link TemplatePass}), templates are learned over those of
 * every file done, then executors extract and analyze the new files ({@link AnalysisPass}); their
 * records and failures are appended; near-duplicates are found over all the records ({@link
 * NearDuplicates}) and clustered on the driver ({@link Clusters}); with {@code --solr}, records
 * go to SolrCloud with their clusters ({@link SolrIndexing}).
 *
 * <p>Output under DIR: {@code records} (Parquet: id, input, record = the JSON line of {@code
 * analyze --json}), {@code records.jsonl} with {@code --jsonl} (those JSON lines as text),
 * {@code failures} (Parquet: input, path, sha256, stage, reason), {@code inputs} (Parquet: input,
 * sha256; the files done), {@code template-lines} (Parquet: input, site, lines), {@code links}
 * (Parquet: a, b, similarity), {@code clusters} (Parquet: cluster, id; one row per member of a
 * cluster of two or more reports), and with {@code --solr} {@code solr-sent} and {@code
 * solr-failures}.
 */
public final class IngestJob {
  private final SparkSession spark;
  private final JobOptions options;

  /** A run of {@code options} on {@code spark}. */
  public IngestJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * What a run did.
   *
   * @param files input files listed
   * @param processed files extracted and analyzed by this run (new or changed)
   * @param records records in the output (this run's and earlier runs')
   * @param failures failures in the output
   * @param links near-duplicate links over all records
   * @param clusters near-duplicate clusters over all records: representative → members
   * @param solr what went to SolrCloud, or null without {@code --solr}
   */
  public record Summary(long files, long processed, long records, long failures, long links,
      Map<String, List<String>> clusters, SolrIndexing.Result solr) {
    /** The line the job prints at the end. */
    public String line() {
      String out = String.format("%d files (%d new or changed, %d skipped), %d reports, %d failures, "
          + "%d near-duplicate links, %d clusters", files, processed, files - processed, records, failures, links,
          clusters.size());
      if (solr != null) {
        out += String.format("; SolrCloud: %d sent, %d refused, %d deleted", solr.sent(), solr.failed(), solr.deleted());
      }
      return out;
    }
  }

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
      System.out.println(new IngestJob(spark, options).run().line());
    } finally {
      spark.stop();
    }
  }

  /** Runs the job. */
  public Summary run() throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    OutputDir dir = new OutputDir(spark, options.out());
    List<String> missing = new ArrayList<>();
    List<InputFile> files = InputHashes.of(sc, InputFiles.list(options.inputs(), sc.hadoopConfiguration(), missing));
    Map<String, String> done = dir.doneInputs();
    List<InputFile> todo = new ArrayList<>();
    for (InputFile f : files) {
      if (f.sha256() == null || !f.sha256().equals(done.get(f.shown()))) {
        todo.add(f);
      }
    }
    // the rows of inputs processed again (changed, or cut short by a killed run) and of missing
    // arguments reported again are replaced
    Set<String> replaced = new TreeSet<>(missing);
    todo.forEach(f -> replaced.add(f.shown()));
    Dataset<Row> replacedInputs = spark.createDataset(new ArrayList<>(replaced), Encoders.STRING()).toDF("input");
    List<String> idsBefore = options.solr() != null && dir.exists(OutputDir.RECORDS)
        ? ids(dir.read(OutputDir.RECORDS), replacedInputs) : List.of();
    boolean dropped = false;
    for (String name : List.of(OutputDir.RECORDS, OutputDir.FAILURES, OutputDir.TEMPLATES)) {
      dropped |= dir.dropInputs(name, replacedInputs);
    }

    int slices = Math.max(1, Math.min(todo.size(), sc.defaultParallelism() * 4));
    JavaRDD<InputFile> fileRdd = sc.parallelize(todo, slices);
    HashMap<String, HashSet<String>> templates = new HashMap<>();
    if (options.siteTemplates()) {
      dir.append(OutputDir.TEMPLATES, spark.createDataFrame(TemplatePass.candidates(fileRdd, options.maxBytes()),
          TemplatePass.SCHEMA));
      templates = TemplatePass.learn(dir.read(OutputDir.TEMPLATES));
    }
    Broadcast<HashMap<String, HashSet<String>>> shared = sc.broadcast(templates);
    Dataset<Row> rows = spark.createDataFrame(AnalysisPass.run(fileRdd, options.maxBytes(), shared), AnalysisPass.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    dir.append(OutputDir.RECORDS, rows.filter("kind = 'record'").select("id", "input", "record"));
    dir.append(OutputDir.FAILURES, rows.filter("kind = 'failure'").select("input", "path", "sha256", "stage", "reason")
        .union(missingRows(missing)));
    rows.unpersist();
    dir.replace(OutputDir.INPUTS, doneInputs(done, replaced, todo));
    Dataset<Row> records = dir.read(OutputDir.RECORDS);
    if (options.jsonl() || dir.exists(OutputDir.JSONL)) {
      // kept in step with the records once asked for
      if (dropped || !todo.isEmpty() || !dir.exists(OutputDir.JSONL)) {
        dir.replaceText(OutputDir.JSONL, records.select("record"));
      }
    }
    long recordCount = records.count();
    long failureCount = dir.read(OutputDir.FAILURES).count();

    JavaRDD<String> written = records.select("record").as(Encoders.STRING()).javaRDD();
    List<Link> links = NearDuplicates.links(written).collect();
    Map<String, List<String>> clusters = Clusters.of(links);
    writeLinks(dir, links);
    writeClusters(dir, clusters);

    SolrIndexing.Result solr = null;
    if (options.solr() != null) {
      Set<String> gone = new TreeSet<>(idsBefore);
      gone.removeAll(ids(dir.read(OutputDir.RECORDS), replacedInputs));
      Map<String, String> clusterOf = new HashMap<>();
      clusters.forEach((rep, members) -> members.forEach(id -> clusterOf.put(id, rep)));
      solr = SolrIndexing.run(spark, dir, options.solr(), clusterOf, replacedInputs, new ArrayList<>(gone));
    }
    return new Summary(files.size(), todo.size(), recordCount, failureCount, links.size(), clusters, solr);
  }

  /** The ids of the records of {@code inputs}. */
  private static List<String> ids(Dataset<Row> records, Dataset<Row> inputs) {
    return records.join(inputs, records.col("input").equalTo(inputs.col("input")), "left_semi")
        .select("id").as(Encoders.STRING()).collectAsList();
  }

  /** The inputs done after this run: those done before that were not replaced, and this run's. */
  private Dataset<Row> doneInputs(Map<String, String> before, Set<String> replaced, List<InputFile> todo) {
    List<Row> rows = new ArrayList<>();
    before.forEach((input, sha) -> {
      if (!replaced.contains(input)) {
        rows.add(RowFactory.create(input, sha));
      }
    });
    for (InputFile f : todo) {
      if (f.sha256() != null) {
        rows.add(RowFactory.create(f.shown(), f.sha256()));
      }
    }
    StructType schema = new StructType().add("input", DataTypes.StringType, false).add("sha256", DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema).coalesce(1);
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

  private void writeLinks(OutputDir dir, List<Link> links) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Link l : links) {
      rows.add(RowFactory.create(l.a(), l.b(), l.similarity()));
    }
    StructType schema = new StructType().add("a", DataTypes.StringType, false)
        .add("b", DataTypes.StringType, false).add("similarity", DataTypes.DoubleType, false);
    dir.replace(OutputDir.LINKS, spark.createDataFrame(rows, schema).coalesce(1));
  }

  private void writeClusters(OutputDir dir, Map<String, List<String>> clusters) throws IOException {
    List<Row> rows = new ArrayList<>();
    clusters.forEach((cluster, members) -> members.forEach(id -> rows.add(RowFactory.create(cluster, id))));
    StructType schema = new StructType().add("cluster", DataTypes.StringType, false).add("id", DataTypes.StringType, false);
    dir.replace(OutputDir.CLUSTERS, spark.createDataFrame(rows, schema).coalesce(1));
  }
}
