package org.reportminer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.reportminer.index.ReportSchema;

/**
 * Counts matching reports per year, quarter or month of their publication date, for one or more
 * queries under the same filters: the engine of {@code reportminer timeline}, {@code search --by}
 * and {@code /api/timeline}. Reads the dates from doc values (no stored fields), so a series costs
 * one pass over its matches. A report counts in a bucket when its whole publication date lies in
 * it; reports without a date and reports dated more coarsely than a bucket are counted apart.
 * Thread-safe (no state besides the engine).
 */
public final class TimelineCounter {
  /** Most buckets filled in between the first and the last non-empty one. */
  public static final int MAX_FILLED_BUCKETS = 1200;

  private final SearchEngine engine;

  /** A counter over {@code engine}'s index (the caller keeps and closes the engine). */
  public TimelineCounter(SearchEngine engine) {
    this.engine = engine;
  }

  /** Counts {@code request}. */
  public Timeline count(TimelineRequest request) throws QueryException, IOException {
    request.validate();
    List<String> queries = request.queries().isEmpty()
        ? java.util.Collections.singletonList(null) : request.queries();
    List<SearchRequest> series = new ArrayList<>();
    for (String q : queries) {
      series.add(request.series(q));
    }
    return engine.read(searcher -> {
      List<DateCounts> counted = new ArrayList<>();
      TreeSet<Integer> numbers = new TreeSet<>();
      for (SearchRequest s : series) {
        DateCounts c = new DateCounts(request.by());
        searcher.search(engine.matchQuery(s), c);
        counted.add(c);
        numbers.addAll(c.perBucket.keySet());
      }
      return timeline(request.by(), queries, counted, numbers);
    });
  }

  private static Timeline timeline(DateBucket by, List<String> queries, List<DateCounts> counted,
      TreeSet<Integer> numbers) {
    List<Integer> order = new ArrayList<>();
    boolean gapless = numbers.isEmpty()
        || (long) numbers.last() - numbers.first() < MAX_FILLED_BUCKETS;
    if (gapless && !numbers.isEmpty()) {
      for (int n = numbers.first(); n <= numbers.last(); n++) {
        order.add(n);
      }
    } else {
      order.addAll(numbers);
    }
    List<String> labels = order.stream().map(by::label).toList();
    List<Timeline.Series> series = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      DateCounts c = counted.get(i);
      long[] counts = new long[order.size()];
      for (int b = 0; b < order.size(); b++) {
        long[] n = c.perBucket.get(order.get(b));
        counts[b] = n == null ? 0 : n[0];
      }
      series.add(new Timeline.Series(queries.get(i), counts, c.total, c.undated, c.coarser));
    }
    return new Timeline(by, labels, series, gapless);
  }

  /** Counts the collected reports by the bucket of their publication date. */
  private static final class DateCounts extends SimpleCollector {
    private final DateBucket by;
    final Map<Integer, long[]> perBucket = new HashMap<>();
    long total;
    long undated;
    long coarser;
    private NumericDocValues first;
    private NumericDocValues last;

    DateCounts(DateBucket by) {
      this.by = by;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      first = context.reader().getNumericDocValues(ReportSchema.PUBLISHED_ORDER);
      last = context.reader().getNumericDocValues(ReportSchema.PUBLISHED_LAST);
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      if (first == null || !first.advanceExact(doc)) {
        undated++;
        return;
      }
      long start = first.longValue();
      // an index written before published.last existed: the start day stands for the date
      long end = last != null && last.advanceExact(doc) ? last.longValue() : start;
      int bucket = by.number(LocalDate.ofEpochDay(start));
      if (bucket != by.number(LocalDate.ofEpochDay(end))) {
        coarser++;
        return;
      }
      perBucket.computeIfAbsent(bucket, k -> new long[1])[0]++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
