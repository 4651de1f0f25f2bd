package org.reportminer.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.engine.solrcloud.WinnowTerms;
import org.reportminer.index.ExactDuplicateHash;
import org.reportminer.index.Facet;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;

/**
 * Analyzed reports as documents of the {@code reportminer} configset, field for field as {@link
 * ReportSchema#document} builds the embedded index's: the same names for the text fields (the
 * bigram fields are copy fields in the schema), the stored record without its text, the
 * facets as string fields named by {@link Facet#dim()} with the same labels, and the publication
 * date as its first and last epoch day ({@value #PUBLISHED_LAST}; the first day is {@link
 * ReportSchema#PUBLISHED_ORDER}, which also sorts).
 */
public final class SolrReports {
  /** Epoch day of the last day the publication date covers. */
  public static final String PUBLISHED_LAST = "published.last";
  /** The near-duplicate cluster id, when a duplicate stage set one. */
  public static final String CLUSTER = "dedup.cluster";

  private SolrReports() {}

  /**
   * Adds {@code report}'s winnowing hashes ({@link WinnowTerms#FIELD}), which copy checks over
   * SolrCloud look up; a collection loaded without them cannot be copy-checked.
   */
  public static void addWinnowTerms(SolrInputDocument doc, Report report, Fingerprinter fingerprinter) {
    for (String term : WinnowTerms.of(report, fingerprinter)) {
      doc.addField(WinnowTerms.FIELD, term);
    }
  }

  /** The Solr document of {@code analyzed}, read from {@code inputPath} with bytes {@code inputSha256}. */
  public static SolrInputDocument document(AnalyzedReport analyzed, String inputPath, String inputSha256) {
    Report r = analyzed.report();
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ReportSchema.ID, r.id());
    doc.addField(ReportSchema.TITLE, r.title() == null ? "" : r.title());
    doc.addField(ReportSchema.BODY, r.text());
    ObjectNode record = RecordJson.toNode(analyzed);
    record.remove("text");
    doc.addField(ReportSchema.RECORD, RecordJson.line(record));
    ReportSchema.DayRange.parse(r.published()).ifPresent(d -> {
      doc.addField(ReportSchema.PUBLISHED_ORDER, d.first());
      doc.addField(PUBLISHED_LAST, d.last());
    });
    doc.addField(ReportSchema.EXACT_HASH, ExactDuplicateHash.of(r.text()));
    doc.addField(ReportSchema.SOURCE_KEY, r.source().key());
    doc.addField(ReportSchema.INPUT_PATH, inputPath);
    doc.addField(ReportSchema.INPUT_SHA256, inputSha256);
    addFacet(doc, Facet.ORGANIZATION, analyzed.organizations());
    addFacet(doc, Facet.PLACE, analyzed.places());
    addFacet(doc, Facet.PERSON, analyzed.persons());
    addFacet(doc, Facet.CATEGORY, r.category());
    addFacet(doc, Facet.THEME, analyzed.themes());
    ReportSchema.year(analyzed).ifPresent(y -> addFacet(doc, Facet.YEAR, List.of(y)));
    return doc;
  }

  /** The analyzed report stored in a Solr document fetched with its record and body. */
  public static AnalyzedReport analyzed(SolrDocument stored) {
    Object record = stored.getFirstValue(ReportSchema.RECORD);
    if (record == null) {
      throw new IllegalArgumentException("document has no stored record: " + stored.getFirstValue(ReportSchema.ID));
    }
    try {
      JsonNode node = RecordJson.mapper().readTree(record.toString());
      ((ObjectNode) node).put("text", (String) stored.getFirstValue(ReportSchema.BODY));
      return RecordJson.analyzed(node);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt stored record for " + stored.getFirstValue(ReportSchema.ID), e);
    }
  }

  private static void addFacet(SolrInputDocument doc, Facet facet, List<String> values) {
    for (String label : ReportSchema.facetLabels(values)) {
      doc.addField(facet.dim(), label);
    }
  }
}
