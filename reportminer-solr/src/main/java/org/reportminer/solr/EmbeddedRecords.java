package org.reportminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.solr.common.SolrInputDocument;
import org.reportminer.dedup.DedupFields;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.engine.NoIndexException;
import org.reportminer.engine.solrcloud.WinnowTerms;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * The live reports of an embedded index as Solr documents ({@link SolrReports#document}), each
 * with its near-duplicate cluster as the index's dedup stage recorded it ({@value
 * SolrReports#CLUSTER}: the representative's id; a report in no cluster is its own) and its
 * winnowing hashes for copy checks ({@link WinnowTerms}). Reads the
 * stored fields only, in index order; not for an index an ingest run is writing (it reads the last
 * commit).
 */
public final class EmbeddedRecords {
  private EmbeddedRecords() {}

  /** Every live report of the index in {@code layout}, {@code batch} documents at a time. */
  public static void read(IndexLayout layout, int batch, BatchSink sink) throws IOException {
    if (!org.reportminer.engine.ArchiveStats.exists(layout)) {
      throw new NoIndexException(layout);
    }
    List<SolrInputDocument> out = new ArrayList<>(batch);
    Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
    try (FSDirectory dir = FSDirectory.open(layout.lucene());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        BinaryDocValues clusters = leaf.reader().getBinaryDocValues(DedupFields.CLUSTER);
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document d = leaf.reader().storedFields().document(i);
          AnalyzedReport a = ReportSchema.analyzedReport(d);
          SolrInputDocument doc = SolrReports.document(a, d.get(ReportSchema.INPUT_PATH), d.get(ReportSchema.INPUT_SHA256));
          String cluster = clusters != null && clusters.advanceExact(i)
              ? clusters.binaryValue().utf8ToString() : a.report().id();
          doc.setField(SolrReports.CLUSTER, cluster);
          SolrReports.addWinnowTerms(doc, a.report(), fingerprinter);
          out.add(doc);
          if (out.size() == batch) {
            sink.accept(out);
            out = new ArrayList<>(batch);
          }
        }
      }
    }
    if (!out.isEmpty()) {
      sink.accept(out);
    }
  }

  /** Every live report of the index in {@code layout}, in one list (small indexes and tests). */
  public static List<SolrInputDocument> all(IndexLayout layout) throws IOException {
    List<SolrInputDocument> out = new ArrayList<>();
    read(layout, 1000, out::addAll);
    return out;
  }

  /** Takes one batch of documents. */
  @FunctionalInterface
  public interface BatchSink {
    void accept(List<SolrInputDocument> docs) throws IOException;
  }
}
