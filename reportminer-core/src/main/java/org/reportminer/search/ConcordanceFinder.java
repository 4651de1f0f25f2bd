package org.reportminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * Keyword in context: every occurrence of a query in the matching reports' texts with a chosen
 * width of context, sorted by date or by the left or right neighbour, one page at a time. The
 * engine of {@code reportminer concordance} and {@code /api/concordance}. Occurrences are the
 * spans search snippets mark ({@link MatchSpans}); only the reports on the requested page are
 * read in full, except when sorting by context, which needs every line's neighbours. The ordered
 * lines of recent concordances are kept ({@link ConcordanceLines}), so the next page of one, or
 * another page size, costs only its own reports. Thread-safe.
 */
public final class ConcordanceFinder {
  /** Most reports read for one concordance (the newest ones). */
  public static final int MAX_REPORTS = 20_000;
  /**
   * Reports are read (newest first) until this many lines are found; the rest of the matching
   * reports are left out, and the answer says so.
   */
  public static final int MAX_LINES = ConcordanceRequest.MAX_DEPTH;

  /** How many concordances' ordered lines a finder keeps by default. */
  public static final int CACHED_CONCORDANCES = 16;

  private final SearchEngine engine;
  private final ConcordanceLines cache;

  /**
   * A finder over {@code engine}'s index (the caller keeps and closes the engine) that keeps the
   * ordered lines of its {@link #CACHED_CONCORDANCES} most recent concordances, so that the next
   * page of one reads only that page's reports.
   */
  public ConcordanceFinder(SearchEngine engine) {
    this(engine, CACHED_CONCORDANCES);
  }

  /** A finder keeping the ordered lines of up to {@code cached} concordances (0: none). */
  public ConcordanceFinder(SearchEngine engine, int cached) {
    this.engine = engine;
    this.cache = new ConcordanceLines(cached);
  }

  /** The page of lines {@code request} asks for. */
  public Concordance find(ConcordanceRequest request) throws QueryException, IOException {
    request.validate();
    Query text = engine.textQuery(request.search().query());
    Query match = engine.matchQuery(request.search());
    return engine.read(searcher -> find(searcher, request, text, match));
  }

  private Concordance find(IndexSearcher searcher, ConcordanceRequest request, Query text,
      Query match) throws IOException {
    var helper = searcher.getIndexReader().getReaderCacheHelper();
    ConcordanceLines.Key key =
        ConcordanceLines.Key.of(helper == null ? null : helper.getKey(), request);
    Texts texts = new Texts(searcher);
    ConcordanceLines.Lines all = cache.get(key);
    if (all == null) {
      all = lines(searcher, request, text, match, texts);
      cache.put(key, all);
    }
    int from = (request.page() - 1) * request.limit();
    List<ConcordanceLine> lines = new ArrayList<>();
    for (int i = from; i < Math.min(all.size(), from + request.limit()); i++) {
      AnalyzedReport r = texts.report(all.docs()[i]);
      String t = r.report().text();
      int start = all.starts()[i];
      int end = all.ends()[i];
      lines.add(new ConcordanceLine(r.report().id(), r.report().title(), r.report().published(),
          start, end, left(t, start, request.width()), t.substring(start, end),
          right(t, end, request.width())));
    }
    return new Concordance(request, all.size(), all.read(), all.matching() > all.read(), lines);
  }

  /** Every occurrence in the requested order (up to {@link #MAX_LINES}). */
  private static ConcordanceLines.Lines lines(IndexSearcher searcher, ConcordanceRequest request,
      Query text, Query match, Texts texts) throws IOException {
    int matching = searcher.count(match);
    ScoreDoc[] docs = matching == 0 ? new ScoreDoc[0]
        : searcher.search(match, Math.min(matching, MAX_REPORTS), newestFirst()).scoreDocs;
    MatchSpans spans = new MatchSpans(searcher, text);
    // postings and stored fields are read in index order (each compressed block once), then
    // the lines are put in date order
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
    List<Occurrence> all = new ArrayList<>();
    for (int i : byDoc) {
      for (Span s : spans.of(docs[i].doc)) {
        all.add(new Occurrence(docs[i].doc, i, s.start(), s.end()));
      }
    }
    all.sort(Comparator.comparingInt(Occurrence::rank).thenComparingInt(Occurrence::start));
    int read = docs.length;
    if (all.size() > MAX_LINES) {
      // keep whole reports, newest first, up to the line limit
      int cut = MAX_LINES;
      while (cut > 0 && all.get(cut - 1).rank() == all.get(cut).rank()) {
        cut--;
      }
      if (cut == 0) {
        cut = MAX_LINES; // one report alone has more lines: keep its first ones
      }
      read = all.get(cut - 1).rank() + 1;
      all = new ArrayList<>(all.subList(0, cut));
    }
    if (request.sort() != ConcordanceSort.DATE) {
      // each report's text read once, in index order; then looked up by its place in date order
      String[] bodies = new String[read];
      Integer[] ranksByDoc = all.stream().map(Occurrence::rank).distinct().toArray(Integer[]::new);
      java.util.Arrays.sort(ranksByDoc, Comparator.comparingInt(i -> docs[i].doc));
      for (int rank : ranksByDoc) {
        bodies[rank] = texts.body(docs[rank].doc);
      }
      int width = request.width();
      boolean left = request.sort() == ConcordanceSort.LEFT;
      String[] keys = new String[all.size()];
      for (int i = 0; i < keys.length; i++) {
        Occurrence o = all.get(i);
        String t = bodies[o.rank];
        keys[i] = left ? new StringBuilder(left(t, o.start, width)).reverse().toString()
            : right(t, o.end, width);
      }
      // lines are in date order here, so a stable sort by key keeps date order among equal keys
      Integer[] order = new Integer[keys.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
      List<Occurrence> sorted = new ArrayList<>(all.size());
      for (int i : order) {
        sorted.add(all.get(i));
      }
      all = sorted;
    }
    int[] d = new int[all.size()];
    int[] st = new int[all.size()];
    int[] en = new int[all.size()];
    for (int i = 0; i < d.length; i++) {
      Occurrence o = all.get(i);
      d[i] = o.doc();
      st[i] = o.start();
      en[i] = o.end();
    }
    return new ConcordanceLines.Lines(d, st, en, read, matching);
  }

  /** Up to {@code width} characters before {@code start}, never half a surrogate pair. */
  static String left(String text, int start, int width) {
    int from = Math.max(0, start - width);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    return text.substring(from, start);
  }

  /** Up to {@code width} characters after {@code end}, never half a surrogate pair. */
  static String right(String text, int end, int width) {
    int to = Math.min(text.length(), end + width);
    if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(end, to);
  }

  private static Sort newestFirst() {
    SortField date = new SortField(ReportSchema.PUBLISHED_ORDER, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }

  private static final Set<String> BODY_ONLY = Set.of(ReportSchema.BODY);

  /** One match: the document, its place in date order, and its span. */
  private record Occurrence(int doc, int rank, int start, int end) {}

  /** Stored texts and records, each read once per request. */
  private static final class Texts {
    private final StoredFields stored;
    private final Map<Integer, AnalyzedReport> reports = new HashMap<>();

    Texts(IndexSearcher searcher) throws IOException {
      this.stored = searcher.storedFields(); // one reader for the whole request
    }

    String body(int doc) throws IOException {
      String t = stored.document(doc, BODY_ONLY).get(ReportSchema.BODY);
      return t == null ? "" : t;
    }

    AnalyzedReport report(int doc) throws IOException {
      AnalyzedReport r = reports.get(doc);
      if (r == null) {
        r = ReportSchema.analyzedReport(stored.document(doc));
        reports.put(doc, r);
      }
      return r;
    }
  }
}
