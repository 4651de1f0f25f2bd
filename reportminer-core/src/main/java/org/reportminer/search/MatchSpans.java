package org.reportminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.reportminer.index.ReportSchema;

/**
 * Where a text query matches one report's text: the offsets Lucene's matches API reads from the
 * postings of the word field and of its bigram field, a phrase as one span, overlapping spans
 * merged. These are the spans {@link SnippetHighlighter} marks (it reads the same offsets through
 * the same weight, with the bigram field masked onto the word field), so a concordance line and
 * a snippet mark exactly the same text. One instance per query and searcher; not thread-safe to
 * share across searchers.
 */
final class MatchSpans {
  private static final String[] FIELDS = {ReportSchema.BODY, ReportSchema.BODY_BIGRAM};

  private final Weight weight;
  private final List<LeafReaderContext> leaves;

  MatchSpans(IndexSearcher searcher, Query textQuery) throws IOException {
    this.weight = searcher.createWeight(searcher.rewrite(textQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    this.leaves = searcher.getIndexReader().leaves();
  }

  /** The merged match spans of document {@code doc} (a searcher-wide doc id), in text order. */
  List<Span> of(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    if (matches == null) {
      return List.of();
    }
    List<int[]> raw = new ArrayList<>();
    for (String field : FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      while (it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          raw.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
    }
    return merge(raw);
  }

  /** Spans sorted by start (longer first at the same start) with overlapping ones merged. */
  static List<Span> merge(List<int[]> raw) {
    int[][] spans = raw.toArray(new int[0][]);
    Arrays.sort(spans, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<Span> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    for (int[] s : spans) {
      if (curStart >= 0 && s[0] < curEnd) {
        curEnd = Math.max(curEnd, s[1]);
        continue;
      }
      if (curStart >= 0) {
        out.add(new Span(curStart, curEnd));
      }
      curStart = s[0];
      curEnd = s[1];
    }
    if (curStart >= 0) {
      out.add(new Span(curStart, curEnd));
    }
    return out;
  }
}
