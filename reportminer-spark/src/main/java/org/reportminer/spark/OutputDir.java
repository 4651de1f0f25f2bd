package org.reportminer.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job's output directory on a Hadoop file system: where each dataset lives, what a previous
 * run left there, and the two ways datasets change: rows appended (the records of new inputs) and
 * a dataset replaced as a whole (written beside it, then swapped in with a delete and a rename, so
 * a dataset may be rewritten from itself). Used on the driver only.
 */
final class OutputDir {
  static final String RECORDS = "records";
  static final String JSONL = "records.jsonl";
  static final String FAILURES = "failures";
  /** Every input file done: input, sha256 (what a rerun skips). */
  static final String INPUTS = "inputs";
  static final String TEMPLATES = "template-lines";
  static final String LINKS = "links";
  static final String CLUSTERS = "clusters";
  /** The records a SolrCloud collection holds: target, id, cluster. */
  static final String SOLR_SENT = "solr-sent";
  /** This run's records that SolrCloud refused: id, input, reason. */
  static final String SOLR_FAILURES = "solr-failures";

  private final SparkSession spark;
  private final String root;
  private final FileSystem fs;

  OutputDir(SparkSession spark, String root) throws IOException {
    this.spark = spark;
    this.root = root.replaceAll("/+$", "");
    this.fs = new Path(this.root).getFileSystem(spark.sparkContext().hadoopConfiguration());
    // a run killed between a swap's delete and its rename left the new dataset beside the gone one
    for (String name : List.of(RECORDS, JSONL, FAILURES, INPUTS, TEMPLATES, LINKS, CLUSTERS, SOLR_SENT, SOLR_FAILURES)) {
      Path pending = new Path(path(name) + ".new");
      if (!fs.exists(new Path(path(name))) && fs.exists(pending) && !fs.rename(pending, new Path(path(name)))) {
        throw new IOException("cannot rename " + pending + " to " + path(name));
      }
    }
  }

  /** The path of dataset {@code name}. */
  String path(String name) {
    return root + "/" + name;
  }

  /** Whether dataset {@code name} was written. */
  boolean exists(String name) throws IOException {
    return fs.exists(new Path(path(name)));
  }

  /** The Parquet dataset {@code name}. */
  Dataset<Row> read(String name) {
    return spark.read().parquet(path(name));
  }

  /** Input file → SHA-256 of the inputs a previous run finished; empty when there was none. */
  Map<String, String> doneInputs() throws IOException {
    Map<String, String> out = new HashMap<>();
    if (exists(INPUTS)) {
      for (Row r : read(INPUTS).collectAsList()) {
        out.put(r.getString(0), r.getString(1));
      }
    }
    return out;
  }

  /** Appends {@code rows} to the Parquet dataset {@code name} (created when missing). */
  void append(String name, Dataset<Row> rows) {
    rows.write().mode(SaveMode.Append).parquet(path(name));
  }

  /** Replaces the Parquet dataset {@code name} with {@code rows}, which may be read from it. */
  void replace(String name, Dataset<Row> rows) throws IOException {
    rows.write().mode(SaveMode.Overwrite).parquet(path(name) + ".new");
    swap(name);
  }

  /** Replaces the text dataset {@code name} with {@code lines} (one string column). */
  void replaceText(String name, Dataset<Row> lines) throws IOException {
    lines.write().mode(SaveMode.Overwrite).text(path(name) + ".new");
    swap(name);
  }

  /**
   * Drops the rows of Parquet dataset {@code name} whose {@code input} is one of {@code inputs}
   * (one column, "input"); nothing is rewritten when it has none. Returns whether it had some.
   */
  boolean dropInputs(String name, Dataset<Row> inputs) throws IOException {
    if (!exists(name)) {
      return false;
    }
    Dataset<Row> old = read(name);
    if (old.join(inputs, old.col("input").equalTo(inputs.col("input")), "left_semi").isEmpty()) {
      return false;
    }
    replace(name, old.join(inputs, old.col("input").equalTo(inputs.col("input")), "left_anti"));
    return true;
  }

  /** Deletes dataset {@code name} if it exists. */
  void delete(String name) throws IOException {
    fs.delete(new Path(path(name)), true);
  }

  private void swap(String name) throws IOException {
    Path target = new Path(path(name));
    fs.delete(target, true);
    if (!fs.rename(new Path(path(name) + ".new"), target)) {
      throw new IOException("cannot rename " + path(name) + ".new to " + target);
    }
  }
}
