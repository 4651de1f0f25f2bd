package org.reportminer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportminer.dedup.DedupFields;
import org.reportminer.index.Facet;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * Searches a report index: the engine behind {@code reportminer search} and the HTTP API. Takes
 * a {@link SearchRequest}, returns a {@link SearchResult} (hits with snippets, total, facet
 * counts); prints nothing. User mistakes come back as {@link QueryException} with a one-line
 * message; {@link IOException} means the index itself could not be read.
 *
 * <p>Thread-safe: any number of searches may run at once. {@link #refresh()} picks up changes
 * committed by an ingest run since the engine was opened (searches in flight keep their view).
 */
public final class SearchEngine implements Closeable {
  /** Values listed per facet. */
  public static final int FACET_VALUES = 10;

  private final ReportSchema schema;
  private final Directory directory;
  private final SearcherManager searchers;
  private final ReportQueryParser parser;
  private final SimilarSettings similar;
  private final Object facetStateLock = new Object();
  private FacetState facetState;

  private SearchEngine(ReportSchema schema, Directory directory, SearcherManager searchers,
      SimilarSettings similar) {
    this.schema = schema;
    this.similar = similar;
    this.directory = directory;
    this.searchers = searchers;
    this.parser = new ReportQueryParser(schema);
  }

  /**
   * Opens the index under {@code layout}.
   *
   * @throws IndexNotFoundException when there is no index there yet
   */
  public static SearchEngine open(IndexLayout layout, ReportSchema schema) throws IOException {
    return open(layout, schema, SimilarSettings.defaults());
  }

  /**
   * Opens the index under {@code layout}, ranking similar reports with {@code similar} (the
   * evaluation's ablation; everything else uses {@link SimilarSettings#defaults()}).
   *
   * @throws IndexNotFoundException when there is no index there yet
   */
  public static SearchEngine open(IndexLayout layout, ReportSchema schema, SimilarSettings similar)
      throws IOException {
    Path dir = layout.lucene();
    if (!Files.isDirectory(dir)) {
      throw new IndexNotFoundException("no index in " + layout.root() + " (run ingest first)");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException("no index in " + layout.root() + " (run ingest first)");
      }
      return new SearchEngine(schema, directory, new SearcherManager(directory, null), similar);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Answers {@code request}. */
  public SearchResult search(SearchRequest request) throws QueryException, IOException {
    request.validate();
    IndexSearcher searcher = searchers.acquire();
    try {
      Query textQuery = request.hasQuery() ? parser.parse(request.query()) : null;
      Query likeQuery = request.likeId() == null || request.likeId().isBlank()
          ? null : likeQuery(searcher, request.likeId().strip());
      Query query = combine(textQuery, likeQuery, request);
      int depth = request.page() * request.limit();
      // Collapsing drops near-duplicates after ranking: look deeper so a page stays full.
      int wanted = depth;
      if (request.collapse()) {
        depth = Math.min(SearchRequest.MAX_DEPTH * 4, depth * 4);
      }
      FacetsCollectorManager.FacetsResult found;
      try {
        found = request.sort() == SortOrder.DATE
            ? FacetsCollectorManager.search(searcher, query, depth, byDate(), true,
                new FacetsCollectorManager())
            : FacetsCollectorManager.search(searcher, query, depth, new FacetsCollectorManager());
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QueryException("query too complex: too many words and phrases");
      }
      FacetsCollector fc = found.facetsCollector();
      long total = 0;
      for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
        total += m.totalHits;
      }
      ScoreDoc[] full = found.topDocs().scoreDocs;
      Set<String> clustersSeen = new HashSet<>();
      if (request.collapse()) {
        full = collapse(searcher, full, clustersSeen, wanted);
      }
      Tier partial = Tier.NONE;
      if (request.partial() && textQuery != null && likeQuery == null && full.length < wanted) {
        partial = partialTier(searcher, request, textQuery, (request.collapse() ? depth : wanted) - full.length);
        if (request.collapse()) {
          partial = new Tier(partial.query(), collapse(searcher, partial.docs(), clustersSeen, wanted - full.length), partial.total());
        }
      }
      List<Hit> hits = new ArrayList<>();
      int from = (request.page() - 1) * request.limit();
      hits.addAll(hits(searcher, full, from, 0, request, highlightQuery(textQuery, likeQuery), false));
      hits.addAll(hits(searcher, partial.docs(), Math.max(0, from - full.length), full.length,
          request, partial.query(), true));
      return new SearchResult(request, total, partial.total(), hits, facets(searcher, fc));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The first {@code max} of {@code docs} whose near-duplicate cluster (dedup's cluster id doc
   * values; a report without one is its own cluster) was not seen yet.
   */
  private static ScoreDoc[] collapse(IndexSearcher searcher, ScoreDoc[] docs, Set<String> seen, int max)
      throws IOException {
    List<ScoreDoc> kept = new ArrayList<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc d : docs) {
      if (kept.size() >= max) {
        break;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
      BinaryDocValues clusters = leaf.reader().getBinaryDocValues(DedupFields.CLUSTER);
      String cluster = clusters != null && clusters.advanceExact(d.doc - leaf.docBase)
          ? clusters.binaryValue().utf8ToString()
          : "doc:" + d.doc;
      if (seen.add(cluster)) {
        kept.add(d);
      }
    }
    return kept.toArray(new ScoreDoc[0]);
  }

  /** The stored report with this id, if the index has one. */
  public Optional<AnalyzedReport> report(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ReportSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(ReportSchema.analyzedReport(d));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Runs {@code work} on the current searcher (the research views read the same index view as
   * search); the searcher is released afterwards.
   */
  <T> T read(IndexRead<T> work) throws IOException, QueryException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The query matching what {@code request} finds: its text query (if any), filters and dates. */
  Query matchQuery(SearchRequest request) throws QueryException {
    return combine(request.hasQuery() ? parser.parse(request.query()) : null, null, request);
  }

  /** The text part of {@code query} alone, whose matches mark hits (no filters, no dates). */
  Query textQuery(String query) throws QueryException {
    return parser.parse(query);
  }

  /** The facet ordinal state of the searcher's reader (null when no facet was indexed). */
  SortedSetDocValuesReaderState facetStateOf(IndexSearcher searcher) throws IOException {
    return facetState(searcher.getIndexReader());
  }

  /** The facet configuration of the schema. */
  FacetsConfig facetsConfig() {
    return schema.facetsConfig();
  }

  /** Makes changes committed since opening (or the last refresh) visible to new searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      searchers.close();
    }
  }

  private Query combine(Query text, Query like, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean scored = false;
    if (text != null) {
      b.add(text, Occur.MUST);
      scored = true;
    }
    if (like != null) {
      b.add(like, Occur.MUST);
      scored = true;
    }
    if (!scored) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    FacetsConfig config = schema.facetsConfig();
    for (Map.Entry<Facet, List<String>> e : request.filters().entrySet()) {
      String dim = e.getKey().dim();
      String field = config.getDimConfig(dim).indexFieldName;
      for (String value : e.getValue()) {
        b.add(new TermQuery(DrillDownQuery.term(field, dim, ReportSchema.facetLabel(value))),
            Occur.FILTER);
      }
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongRange.newWithinQuery(ReportSchema.PUBLISHED, new long[] {from}, new long[] {to}),
          Occur.FILTER);
    }
    return b.build();
  }

  /** Reports on the topic of report {@code id} ({@link SimilarQuery}), the report itself excluded. */
  private Query likeQuery(IndexSearcher searcher, String id) throws IOException, QueryException {
    TopDocs top = searcher.search(new TermQuery(new Term(ReportSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new QueryException("no report with id " + id);
    }
    Query like = SimilarQuery.build(searcher, schema, top.scoreDocs[0].doc, similar);
    return new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(ReportSchema.ID, id)), Occur.MUST_NOT)
        .build();
  }

  private static Query highlightQuery(Query text, Query like) {
    if (text != null && like != null) {
      return new BooleanQuery.Builder().add(text, Occur.SHOULD).add(like, Occur.SHOULD).build();
    }
    return text != null ? text : like;
  }

  private static Sort byDate() {
    SortField date = new SortField(ReportSchema.PUBLISHED_ORDER, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  /** Reports matching only some of the words, after the full matches (none of which repeat). */
  private record Tier(Query query, ScoreDoc[] docs, long total) {
    static final Tier NONE = new Tier(null, new ScoreDoc[0], 0);
  }

  private Tier partialTier(IndexSearcher searcher, SearchRequest request, Query full, int n)
      throws QueryException, IOException {
    Query relaxed = parser.parseRelaxed(request.query(), full);
    if (relaxed == null) {
      return Tier.NONE;
    }
    Query q = new BooleanQuery.Builder()
        .add(combine(relaxed, null, request), Occur.MUST)
        .add(full, Occur.MUST_NOT)
        .build();
    try {
      TopDocs top = request.sort() == SortOrder.DATE
          ? searcher.search(q, n, byDate(), true)
          : searcher.search(q, n);
      return new Tier(relaxed, top.scoreDocs, searcher.count(q));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("query too complex: too many words and phrases");
    }
  }

  /**
   * The hits among {@code docs} from index {@code from} on, ranked after {@code rankBase}
   * earlier ones.
   */
  private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] docs, int from, int rankBase,
      SearchRequest request, Query highlightQuery, boolean partial) throws IOException {
    if (from >= docs.length) {
      return List.of();
    }
    int n = docs.length - from;
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = docs[from + i].doc;
    }
    List<SnippetHighlighter.Highlights> marks;
    if (highlightQuery != null) {
      marks = new SnippetHighlighter(searcher, schema.indexAnalyzer())
          .highlight(highlightQuery, ids, request.snippets());
    } else {
      marks = null;
    }
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document d = searcher.storedFields().document(ids[i]);
      AnalyzedReport report = ReportSchema.analyzedReport(d);
      List<Snippet> snippets = marks == null ? leading(report, request.snippets()) : marks.get(i).snippets();
      List<Span> titleHits = marks == null ? List.of() : marks.get(i).titleHits();
      out.add(new Hit(rankBase + from + i + 1, docs[from + i].score, report, snippets, titleHits,
          partial));
    }
    return out;
  }

  /** Without a query (browsing by filters) the snippet is the start of the text. */
  static List<Snippet> leading(AnalyzedReport report, int snippets) {
    String text = report.report().text();
    if (snippets == 0 || text.isEmpty()) {
      return List.of();
    }
    int end = Math.min(text.length(), SnippetHighlighter.SNIPPET_CHARS);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return List.of(new Snippet(0, end, text.substring(0, end), List.of()));
  }

  private List<FacetCounts> facets(IndexSearcher searcher, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    if (state == null) {
      return List.of();
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
    List<FacetCounts> out = new ArrayList<>();
    for (Facet f : Facet.values()) {
      FacetResult r = counts.getTopChildren(FACET_VALUES, f.dim());
      if (r == null || r.labelValues.length == 0) {
        continue;
      }
      List<FacetCounts.Value> values = new ArrayList<>(r.labelValues.length);
      for (LabelAndValue lv : r.labelValues) {
        values.add(new FacetCounts.Value(lv.label, lv.value.longValue()));
      }
      out.add(new FacetCounts(f.dim(), values));
    }
    return out;
  }

  /** The facet ordinal state of {@code reader}, built once per reader (it is not cheap). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    synchronized (facetStateLock) {
      if (facetState == null || facetState.reader != reader) {
        SortedSetDocValuesReaderState state;
        try {
          state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
        } catch (IllegalArgumentException noFacetsIndexed) {
          state = null;
        }
        facetState = new FacetState(reader, state);
      }
      return facetState.state;
    }
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
