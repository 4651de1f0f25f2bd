package org.reportminer.engine.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportminer.dedup.CopyDetector;
import org.reportminer.dedup.CopyReport;
import org.reportminer.dedup.CopyReportHtml;
import org.reportminer.dedup.DedupSettings;
import org.reportminer.dedup.Fingerprint;
import org.reportminer.dedup.Fingerprinter;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.engine.ArchiveStats;
import org.reportminer.engine.Backend;
import org.reportminer.engine.CopyCheck;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.search.FoundHits;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;

/**
 * A SolrCloud collection of reportminer records as a {@link Backend}: what {@code reportminer
 * search/serve/dups/stats --solr URL --collection NAME} read. The collection must use
 * reportminer-solr's configset with its plugin on every node; any node's URL will do ({@code
 * http://host:8983/solr}), the node routes requests to the shards.
 *
 * <p>Answers searches (query syntax, filters, facets, snippets, paging, date sort, partial
 * matches, collapsing of near-duplicates, similar reports), reports by id, near-duplicate
 * clusters, statistics, and copy checks when the loader indexed the reports' winnowing hashes
 * ({@link WinnowTerms}). The embedded index's research views (timeline, concordance, entity)
 * are not part of {@link Backend}. Example:
 *
 * <pre>{@code
 * try (Backend solr = SolrCollection.connect(URI.create("http://localhost:8983/solr"), "reports")) {
 *   SearchResult r = solr.search(SearchRequest.of("安全生产"));
 * }
 * }</pre>
 *
 * Thread-safe; nothing to close but kept {@link java.io.Closeable} like the embedded archive.
 */
public final class SolrCollection implements Backend {
  private final SolrHttp solr;
  private final String collection;
  private final SolrSearch search;
  private final SolrDuplicates duplicates;
  private final Fingerprinter fingerprinter;
  private final CopyDetector detector;

  private SolrCollection(SolrHttp solr, String collection, ReportSchema schema) {
    this.solr = solr;
    this.collection = collection;
    this.search = new SolrSearch(solr, new FoundHits(schema));
    this.duplicates = new SolrDuplicates(solr, DedupSettings.defaults());
    this.fingerprinter = new Fingerprinter(DedupSettings.defaults());
    this.detector = new CopyDetector(DedupSettings.defaults());
  }

  /**
   * The collection {@code collection} of the Solr node at {@code solrUrl}, checked to answer.
   *
   * @throws org.reportminer.engine.NoIndexException when the node has no such collection
   * @throws IOException when the node cannot be reached
   */
  public static SolrCollection connect(URI solrUrl, String collection) throws IOException {
    SolrCollection c = new SolrCollection(new SolrHttp(solrUrl, collection), collection,
        ReportSchema.withHanlp());
    try {
      c.solr.collection("select", new SolrParams().set("q", "*:*").set("defType", "lucene")
          .rows(0, 0, "id").map());
    } catch (QueryException e) {
      throw new IOException(c.describe() + " refused a query: " + e.getMessage(), e);
    }
    return c;
  }

  @Override
  public SearchResult search(SearchRequest request) throws QueryException, IOException {
    return search.search(request);
  }

  @Override
  public Optional<AnalyzedReport> report(String id) throws IOException {
    try {
      JsonNode doc = solr.collection("get", Map.of("id", List.of(id), "fl", List.of(SolrDocs.REPORT_FIELDS)))
          .path("doc");
      return doc.isObject() ? Optional.of(SolrDocs.analyzed(doc)) : Optional.empty();
    } catch (QueryException e) {
      throw new IOException(describe() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<DuplicateCluster> duplicates(double minSimilarity) throws IOException {
    try {
      return duplicates.clusters(minSimilarity);
    } catch (QueryException e) {
      throw new IOException(describe() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ArchiveStats stats() throws IOException {
    try {
      return SolrStats.of(solr, collection);
    } catch (QueryException e) {
      throw new IOException(describe() + ": " + e.getMessage(), e);
    }
  }

  /** True when the collection's reports carry winnowing hashes ({@link WinnowTerms}). */
  @Override
  public boolean canCheckCopies() throws IOException {
    try {
      return newCopySource().hasFingerprints();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Optional<CopyCheck> copyCheck(String id, boolean sideBySide) throws IOException {
    try {
      SolrCopySource source = newCopySource();
      Fingerprint query = source.fingerprint(id);
      return query == null ? Optional.empty() : Optional.of(check(query, source, sideBySide));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public List<CopyCheck> copyCheck(List<Report> reports, boolean sideBySide) throws IOException {
    try {
      SolrCopySource source = newCopySource();
      List<CopyCheck> out = new ArrayList<>();
      for (Report r : reports) {
        out.add(check(fingerprinter.fingerprint(r), source, sideBySide));
      }
      return out;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The check as {@code Archive} makes it: the detector, then the first sources' texts if asked. */
  private CopyCheck check(Fingerprint query, SolrCopySource source, boolean sideBySide) {
    List<Long> hashes = new ArrayList<>();
    for (long h : query.fingerprints().hashes()) {
      hashes.add(h);
    }
    source.prefetch(hashes);
    CopyReport report = detector.check(query, source);
    Map<String, String> texts = new HashMap<>();
    if (sideBySide) {
      report.sources().stream().limit(CopyReportHtml.SIDE_BY_SIDE).forEach(s -> {
        Fingerprint f = source.fingerprint(s.id());
        if (f != null) {
          texts.put(s.id(), f.report().text());
        }
      });
    }
    return new CopyCheck(report, texts);
  }

  private SolrCopySource newCopySource() {
    return new SolrCopySource(solr, fingerprinter);
  }

  /** Nothing to do: Solr's commits are visible to the next request. */
  @Override
  public void refresh() {}

  @Override
  public String describe() {
    return "collection " + collection + " (" + solr.nodeUrl() + ")";
  }

  @Override
  public void close() {}
}
