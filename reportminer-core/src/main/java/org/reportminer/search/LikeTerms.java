package org.reportminer.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reportminer.index.ReportSchema;

/**
 * The "more like this" query of a report ({@code search --like ID}) as plain data: the words of
 * its text that Lucene's {@link MoreLikeThis} picks with the embedded search's settings, each with
 * its boost, in the query's order. The embedded search builds the query from its own index; a
 * SolrCloud collection picks the same words when given the collection's document frequencies
 * ({@link Stats}), and its nodes rebuild the same query from the words ({@link #query}), so both
 * score the same reports the same way. Stateless; thread-safe.
 */
public final class LikeTerms {
  /** Longest text read for its words, in tokens (as the embedded search). */
  static final int MAX_TOKENS = 20_000;

  private LikeTerms() {}

  /**
   * A chosen word.
   *
   * @param word the body term
   * @param boost its boost in the query
   */
  public record Word(String word, float boost) {}

  /** Collection statistics of the body field, where the words are picked. */
  public interface Stats {
    /** Reports with a body. */
    int docCount() throws IOException;

    /** The number of reports whose body has each of {@code words}. */
    Map<String, Integer> docFreqs(Collection<String> words) throws IOException;
  }

  /** {@code mlt} set up as the embedded search sets it up. */
  static MoreLikeThis configure(MoreLikeThis mlt, ReportSchema schema) {
    mlt.setAnalyzer(schema.wordAnalyzer());
    mlt.setFieldNames(new String[] {ReportSchema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(30);
    mlt.setMaxNumTokensParsed(MAX_TOKENS);
    mlt.setBoost(true);
    return mlt;
  }

  /** The words picked from {@code text} with the document frequencies of {@code stats}. */
  public static List<Word> of(ReportSchema schema, String text, Stats stats) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream ts = schema.wordAnalyzer().tokenStream(ReportSchema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      for (int n = 0; ts.incrementToken() && n < MAX_TOKENS; n++) {
        words.add(term.toString());
      }
      ts.end();
    }
    words.removeIf(w -> w.length() < 2);
    StatsReader reader = new StatsReader(stats.docCount(), stats.docFreqs(words));
    Query like = configure(new MoreLikeThis(reader), schema).like(ReportSchema.BODY, new StringReader(text));
    List<Word> out = new ArrayList<>();
    for (BooleanClause c : ((BooleanQuery) like).clauses()) {
      Query q = c.getQuery();
      float boost = 1f;
      if (q instanceof BoostQuery b) {
        boost = b.getBoost();
        q = b.getQuery();
      }
      out.add(new Word(((TermQuery) q).getTerm().text(), boost));
    }
    return out;
  }

  /**
   * The query the embedded search runs for reports like {@code id}: the words (each a body term
   * with its boost, any of them) and not the report itself.
   */
  public static Query query(List<Word> words, String id) {
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (Word w : words) {
      like.add(new BoostQuery(new TermQuery(new Term(ReportSchema.BODY, w.word())), w.boost()), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(like.build(), Occur.MUST)
        .add(new TermQuery(new Term(ReportSchema.ID, id)), Occur.MUST_NOT)
        .build();
  }

  /** The words as one request parameter: a line per word, the word, a tab and its boost. */
  public static String encode(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      sb.append(w.word()).append('\t').append(Float.toString(w.boost())).append('\n');
    }
    return sb.toString();
  }

  /** The words of {@link #encode}; throws {@link IllegalArgumentException} on a malformed line. */
  public static List<Word> decode(String encoded) {
    List<Word> out = new ArrayList<>();
    for (String line : encoded.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException("not a word and a boost: " + line);
      }
      out.add(new Word(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1))));
    }
    return out;
  }
}
