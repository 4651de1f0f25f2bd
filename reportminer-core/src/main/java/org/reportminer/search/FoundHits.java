package org.reportminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * Turns reports another engine found (a SolrCloud collection) into the {@link Hit}s the embedded
 * {@link SearchEngine} gives them: the same snippets and title hits, because the page's reports
 * are indexed in memory with the same schema and marked by the same {@link SnippetHighlighter}
 * with the same query (the highlighter's passage scores depend on the document only, not on
 * collection statistics). The scores are the other engine's. Not a search engine: it sees only
 * the reports it is given. Thread-safe (each call builds its own in-memory index).
 */
public final class FoundHits {
  private final ReportSchema schema;
  private final ReportQueryParser parser;

  /** Hits as an index built with {@code schema} gives them. */
  public FoundHits(ReportSchema schema) {
    this.schema = schema;
    this.parser = new ReportQueryParser(schema);
  }

  /**
   * One report found, with its score.
   *
   * @param report the stored record with its text
   * @param score the finding engine's score
   */
  public record Found(AnalyzedReport report, float score) {}

  /**
   * True when the request's query has a relaxed form, so reports matching only some of its words
   * can follow the full matches ({@link ReportQueryParser#parseRelaxed}).
   */
  public boolean hasRelaxedForm(SearchRequest request) throws QueryException {
    return request.hasQuery() && parser.parseRelaxed(request.query()) != null;
  }

  /**
   * The hits for {@code found} (in rank order) of {@code request}, the first ranked {@code
   * firstRank}; {@code partial} marks them as matching only some words (highlighted with the
   * relaxed query, as the embedded search does).
   */
  public List<Hit> hits(SearchRequest request, List<Found> found, int firstRank, boolean partial)
      throws QueryException, IOException {
    if (found.isEmpty()) {
      return List.of();
    }
    Query query = null;
    if (request.hasQuery()) {
      query = partial ? parser.parseRelaxed(request.query()) : parser.parse(request.query());
    }
    List<Hit> out = new ArrayList<>(found.size());
    if (query == null) {
      for (int i = 0; i < found.size(); i++) {
        Found f = found.get(i);
        out.add(new Hit(firstRank + i, f.score(), f.report(),
            SearchEngine.leading(f.report(), request.snippets()), List.of(), partial));
      }
      return out;
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.indexAnalyzer()))) {
        for (Found f : found) {
          Document d = schema.document(f.report(), "", "");
          w.addDocument(d); // one segment, documents in order: doc i is found.get(i)
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] ids = new int[found.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = i;
        }
        List<SnippetHighlighter.Highlights> marks =
            new SnippetHighlighter(searcher, schema.indexAnalyzer()).highlight(query, ids, request.snippets());
        for (int i = 0; i < found.size(); i++) {
          Found f = found.get(i);
          out.add(new Hit(firstRank + i, f.score(), f.report(), marks.get(i).snippets(),
              marks.get(i).titleHits(), partial));
        }
      }
    }
    return out;
  }
}
