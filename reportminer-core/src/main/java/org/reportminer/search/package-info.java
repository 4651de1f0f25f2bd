/**
 * Searching the index: the engine behind {@code reportminer search} and the HTTP API.
 *
 * <p>{@link org.reportminer.search.SearchEngine#search} takes a {@link
 * org.reportminer.search.SearchRequest} (query, facet filters, date range, sort, page,
 * more-like-this id) and returns a {@link org.reportminer.search.SearchResult} (exact total, hits
 * with keyword-in-context {@link org.reportminer.search.Snippet}s whose match offsets point into
 * the report text, facet counts over all hits); user mistakes are {@link
 * org.reportminer.search.QueryException}s with a one-line message. Query syntax is described in
 * {@link org.reportminer.search.ReportQueryParser}. {@link org.reportminer.search.ResultFormat}
 * exports results as text, JSON Lines ({@link org.reportminer.search.SearchJson}) or CSV;
 * {@link org.reportminer.search.SimilarQuery} ranks the reports on the same topic as a report;
 * {@link org.reportminer.search.SearchEvaluation} measures quality against judged queries.
 */
package org.reportminer.search;
