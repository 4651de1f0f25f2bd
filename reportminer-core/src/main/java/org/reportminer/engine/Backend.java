package org.reportminer.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.reportminer.dedup.DuplicateCluster;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;
import org.reportminer.search.QueryException;
import org.reportminer.search.SearchRequest;
import org.reportminer.search.SearchResult;

/**
 * Where the commands and the HTTP server read reports from: the embedded Lucene index ({@link
 * Archive}) or a SolrCloud collection ({@code engine.solrcloud.SolrCollection}). Both answer the
 * same requests with the same records, so {@code search}, {@code serve}, {@code dups}, {@code
 * copycheck} and {@code stats} format either the same way. A backend that cannot answer a kind of
 * request says so with {@link UnsupportedOperationException} carrying a one-line message (for
 * example copy checks over SolrCloud). Implementations are thread-safe.
 */
public interface Backend extends Closeable {
  /** Answers a search (a query, filters, facets, snippets, paging). */
  SearchResult search(SearchRequest request) throws QueryException, IOException;

  /** The report with this id, with its analysis. */
  Optional<AnalyzedReport> report(String id) throws IOException;

  /** The near-duplicate clusters whose members are at least {@code minSimilarity} alike. */
  List<DuplicateCluster> duplicates(double minSimilarity) throws IOException;

  /** What the archive holds: reports, pages, inputs, exact and near duplicates, failures, size. */
  ArchiveStats stats() throws IOException;

  /** True when copy checks can run against this backend. */
  boolean canCheckCopies() throws IOException;

  /** The copy check of the report {@code id}; {@code sideBySide} also reads the sources' texts. */
  Optional<CopyCheck> copyCheck(String id, boolean sideBySide) throws IOException;

  /** The copy check of each of {@code reports} (not indexed, e.g. a file just extracted). */
  List<CopyCheck> copyCheck(List<Report> reports, boolean sideBySide) throws IOException;

  /** Sees the latest committed reports from now on (nothing to do where commits are visible). */
  void refresh() throws IOException;

  /** Where the reports are, for messages: an index folder or a collection's URL. */
  String describe();
}
