package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;

/**
 * Reads the documents of a reportminer collection as Solr's JSON API returns them: the stored
 * record (without its text) and the body make the analyzed report, as the embedded index's
 * stored fields do ({@link ReportSchema#analyzedReport}).
 */
final class SolrDocs {
  /** The fields a hit needs. */
  static final String REPORT_FIELDS = ReportSchema.ID + "," + ReportSchema.RECORD + "," + ReportSchema.BODY;
  /** The near-duplicate cluster field ({@code dedup.cluster}). */
  static final String CLUSTER = "dedup.cluster";

  private SolrDocs() {}

  /** The analyzed report of a document fetched with {@link #REPORT_FIELDS}. */
  static AnalyzedReport analyzed(JsonNode doc) throws IOException {
    String id = first(doc, ReportSchema.ID);
    String record = first(doc, ReportSchema.RECORD);
    if (record == null) {
      throw new IOException("Solr document " + id + " has no stored record (not loaded by reportminer?)");
    }
    JsonNode node = RecordJson.mapper().readTree(record);
    String body = first(doc, ReportSchema.BODY);
    ((ObjectNode) node).put("text", body == null ? "" : body);
    return RecordJson.analyzed(node);
  }

  /** The first value of {@code field} (Solr returns multi-valued stored fields as arrays). */
  static String first(JsonNode doc, String field) {
    JsonNode v = doc.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : v.get(0).asText();
    }
    return v.asText();
  }
}
