package org.reportminer.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;
import org.reportminer.solr.SolrReports;

/**
 * Indexing the job's records into a SolrCloud collection with SolrJ from executors: each record
 * becomes the document {@link SolrReports#document} builds (as the embedded index builds its
 * Lucene document, the input path and hash being the document's) with its near-duplicate cluster
 * in {@link SolrReports#CLUSTER} (the representative's id, its own id when it has no duplicate, as
 * the embedded index stores it). Documents go in batches of {@value #BATCH}; a batch that Solr
 * refuses is sent again one document at a time, and a document refused alone is recorded (not
 * fatal); a batch that cannot reach Solr is recorded whole. The driver commits once at the end.
 *
 * <p>What the collection holds is remembered in the output ({@link OutputDir#SOLR_SENT}: target,
 * id, cluster), so a rerun sends only the records of inputs it processed, records whose cluster
 * changed, and records not sent before (refused ones included).
 */
final class SolrIndexing {
  /** Documents per update request. */
  static final int BATCH = 500;

  private static final StructType RESULT = new StructType()
      .add("target", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("cluster", DataTypes.StringType, false)
      .add("input", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, true);

  private static final StructType SENT = new StructType()
      .add("target", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("cluster", DataTypes.StringType, false);

  private SolrIndexing() {}

  /**
   * What a run sent.
   *
   * @param sent documents Solr accepted
   * @param failed documents it refused or that did not reach it
   * @param deleted reports of changed inputs that are gone (deleted from the collection)
   */
  record Result(long sent, long failed, long deleted) {}

  /**
   * Sends the records of {@code dir} that the collection does not hold as they are now: those of
   * {@code processed} (one column, "input"), and those whose (id, cluster) it was not sent with;
   * deletes {@code gone} (ids of reports that changed inputs no longer have); commits.
   */
  static Result run(SparkSession spark, OutputDir dir, SolrTarget target, Map<String, String> clusterOf,
      Dataset<Row> processed, List<String> gone) throws IOException {
    String key = target.key();
    List<Row> clusterRows = new ArrayList<>();
    clusterOf.forEach((id, cluster) -> clusterRows.add(RowFactory.create(id, cluster)));
    Dataset<Row> clusters = spark.createDataFrame(clusterRows,
        new StructType().add("id", DataTypes.StringType, false).add("cluster", DataTypes.StringType, false));
    Dataset<Row> records = dir.read(OutputDir.RECORDS).join(clusters, "id", "left")
        .withColumn("cluster", functions.coalesce(functions.col("cluster"), functions.col("id")))
        .select("id", "input", "record", "cluster");
    Dataset<Row> sentBefore = dir.exists(OutputDir.SOLR_SENT)
        ? dir.read(OutputDir.SOLR_SENT)
        : spark.createDataFrame(List.<Row>of(), SENT);
    Dataset<Row> held = sentBefore.filter(functions.col("target").equalTo(key)).select("id", "cluster");
    Dataset<Row> toSend = records.join(processed, records.col("input").equalTo(processed.col("input")), "left_semi")
        .union(records.join(held, records.col("id").equalTo(held.col("id"))
            .and(records.col("cluster").equalTo(held.col("cluster"))), "left_anti"))
        .dropDuplicates("id");

    try (SolrClient client = client(target)) {
      if (!gone.isEmpty()) {
        client.deleteById(target.collection(), gone);
      }
      Dataset<Row> results = spark.createDataFrame(
          toSend.javaRDD().mapPartitions(rows -> send(rows, target)), RESULT).persist(StorageLevel.MEMORY_AND_DISK());
      results.count(); // sends: the commit must come after
      client.commit(target.collection());
      Dataset<Row> ok = results.filter(functions.col("reason").isNull());
      Dataset<Row> refused = results.filter(functions.col("reason").isNotNull());
      long sent = ok.count();
      long failed = refused.count();
      // what the collection holds now: the rows of other targets, this target's untouched
      // records, and the records it just accepted (a refused record keeps no row: sent again later)
      Dataset<Row> touched = toSend.select("id").union(idsOf(spark, gone));
      Dataset<Row> kept = sentBefore.join(touched, sentBefore.col("target").equalTo(key)
          .and(sentBefore.col("id").equalTo(touched.col("id"))), "left_anti");
      dir.replace(OutputDir.SOLR_SENT, kept.union(ok.select("target", "id", "cluster")));
      dir.replace(OutputDir.SOLR_FAILURES, refused.select("id", "input", "reason"));
      results.unpersist();
      return new Result(sent, failed, gone.size());
    } catch (SolrServerException e) {
      throw new IOException("SolrCloud at " + target.urls() + ": " + e.getMessage(), e);
    }
  }

  private static Dataset<Row> idsOf(SparkSession spark, List<String> ids) {
    List<Row> rows = new ArrayList<>();
    ids.forEach(id -> rows.add(RowFactory.create(id)));
    return spark.createDataFrame(rows, new StructType().add("id", DataTypes.StringType, false));
  }

  static SolrClient client(SolrTarget target) {
    return new CloudHttp2SolrClient.Builder(target.urls()).build();
  }

  /** Sends rows (id, input, record, cluster) in batches; one result row per document. */
  private static Iterator<Row> send(Iterator<Row> rows, SolrTarget target) throws IOException {
    List<Row> out = new ArrayList<>();
    List<SolrInputDocument> docs = new ArrayList<>();
    List<Row> batch = new ArrayList<>();
    Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
    try (SolrClient client = client(target)) {
      while (rows.hasNext()) {
        Row r = rows.next();
        String id = r.getString(0);
        String input = r.getString(1);
        String cluster = r.getString(3);
        try {
          AnalyzedReport a = RecordJson.analyzed(r.getString(2));
          SolrInputDocument doc = SolrReports.document(a, a.report().source().path(), a.report().source().sha256());
          doc.setField(SolrReports.CLUSTER, cluster);
          SolrReports.addWinnowTerms(doc, a.report(), fingerprinter);
          docs.add(doc);
          batch.add(r);
        } catch (RuntimeException e) {
          out.add(result(target, id, cluster, input, "record: " + oneLine(e)));
        }
        if (docs.size() >= BATCH) {
          flush(client, target, docs, batch, out);
        }
      }
      flush(client, target, docs, batch, out);
    }
    return out.iterator();
  }

  private static void flush(SolrClient client, SolrTarget target, List<SolrInputDocument> docs, List<Row> batch,
      List<Row> out) {
    if (docs.isEmpty()) {
      return;
    }
    boolean refused = false;
    String unreachable = null;
    try {
      client.add(target.collection(), docs);
    } catch (SolrException e) {
      refused = true; // Solr refused something: find which documents, one at a time
    } catch (SolrServerException | IOException e) {
      unreachable = "unreachable: " + oneLine(e);
    }
    for (int i = 0; i < docs.size(); i++) {
      Row r = batch.get(i);
      String reason = unreachable != null ? unreachable : refused ? sendOne(client, target, docs.get(i)) : null;
      out.add(result(target, r.getString(0), r.getString(3), r.getString(1), reason));
    }
    docs.clear();
    batch.clear();
  }

  /** Null when Solr accepted the document, else why not. */
  private static String sendOne(SolrClient client, SolrTarget target, SolrInputDocument doc) {
    try {
      client.add(target.collection(), doc);
      return null;
    } catch (SolrException | SolrServerException | IOException e) {
      return oneLine(e);
    }
  }

  private static String oneLine(Exception e) {
    return String.valueOf(e.getMessage()).replace('\n', ' ');
  }

  private static Row result(SolrTarget target, String id, String cluster, String input, String reason) {
    return RowFactory.create(target.key(), id, cluster, input, reason);
  }
}
