package org.reportminer.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.reportminer.index.ReportSchema;

/**
 * Keyword-in-context snippets and title hits from Lucene's {@link UnifiedHighlighter}. Matches are
 * read from the offsets stored in the postings of the word field and, through masked fields, of
 * the bigram field, so a phrase found only as bigrams is marked too and HanLP never runs at
 * highlight time. With weight matches a phrase is one match spanning the whole phrase. The
 * result keeps the highlighter's exact offsets; marking them up is the output format's job.
 *
 * <p>Thread-safe for concurrent calls on the same searcher (the highlighters keep no per-call
 * state).
 */
final class SnippetHighlighter {
  /** Target snippet length in characters; passages grow to word boundaries around it. */
  static final int SNIPPET_CHARS = 100;
  /** Texts longer than this are highlighted only in their first part. */
  static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  private final ObjectHighlighter body;
  private final ObjectHighlighter title;

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    this.body =
        new ObjectHighlighter(
            UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaskedFieldsFunc(ReportSchema::maskedFields)
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withBreakIterator(
                    () ->
                        LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withFormatter(new SnippetFormatter()));
    this.title =
        new ObjectHighlighter(
            UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaskedFieldsFunc(ReportSchema::maskedFields)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new SpanFormatter()));
  }

  /** Highlights of one document. */
  record Highlights(List<Snippet> snippets, List<Span> titleHits) {}

  /** Snippets (at most {@code snippets} each) and title hits for {@code docIds}, in order. */
  List<Highlights> highlight(Query query, int[] docIds, int snippets) throws IOException {
    Object[] bodies = new Object[docIds.length];
    Object[] titles = new Object[docIds.length];
    if (docIds.length > 0) {
      if (snippets > 0) {
        bodies = body.objects(ReportSchema.BODY, query, docIds, snippets);
      }
      titles = title.objects(ReportSchema.TITLE, query, docIds, 1);
    }
    List<Highlights> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      out.add(new Highlights(cast(bodies[i]), cast(titles[i])));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(Object formatted) {
    return formatted == null ? List.of() : (List<T>) formatted;
  }

  /** Merges overlapping matches of a passage (a word hit inside a phrase hit, say). */
  static List<Span> matches(Passage p) {
    int n = p.getNumMatches();
    int[] starts = Arrays.copyOf(p.getMatchStarts(), n);
    int[] ends = Arrays.copyOf(p.getMatchEnds(), n);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> starts[a] != starts[b]
        ? Integer.compare(starts[a], starts[b]) : Integer.compare(ends[b], ends[a]));
    List<Span> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    for (int i : order) {
      if (curStart >= 0 && starts[i] < curEnd) {
        curEnd = Math.max(curEnd, ends[i]);
        continue;
      }
      if (curStart >= 0) {
        out.add(new Span(curStart, curEnd));
      }
      curStart = starts[i];
      curEnd = ends[i];
    }
    if (curStart >= 0) {
      out.add(new Span(curStart, curEnd));
    }
    return out;
  }

  /** Passages as {@link Snippet}s with report-text offsets. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        out.add(new Snippet(start, end, content.substring(start, end), matches(p)));
      }
      return out;
    }
  }

  /** The title's matches only. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> out = new ArrayList<>();
      for (Passage p : passages) {
        out.addAll(matches(p));
      }
      return out;
    }
  }

  /** Exposes the highlighter's per-document object results. */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(Builder builder) {
      super(builder);
    }

    Object[] objects(String field, Query query, int[] docIds, int maxPassages) throws IOException {
      Map<String, Object[]> m =
          highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages});
      return m.get(field);
    }
  }
}
