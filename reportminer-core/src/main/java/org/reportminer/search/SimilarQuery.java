package org.reportminer.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reportminer.index.Facet;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;

/**
 * The query behind "similar reports" ({@code search --like ID}, {@code /api/similar/ID}): reports
 * on the same topic as a seed report. Several kinds of evidence, each a group of term clauses
 * weighted by {@link SimilarSettings}: the seed's characteristic words and character bigrams (as
 * MoreLikeThis picks them), the words of its title, its analysis keywords, and its themes and
 * named entities as exact facet terms. Plain MoreLikeThis on the words alone ranks reports of the
 * same kind (a school's 读书日 after a school's 植树节) above reports on the same topic (the
 * other 植树节 reports), because a short report's rarest words are its particulars; titles,
 * bigrams and keywords carry the topic.
 *
 * <p>With {@link SimilarSettings#defaults()} the evidence is the text's bigrams, the title's
 * words and bigrams and the keywords (docs/SEARCH.md says why). Needs the seed's stored text and
 * record; its cost grows with the seed's length (the text's terms are counted again, as
 * MoreLikeThis does without term vectors), not with the archive. The seed itself is not excluded
 * here. Stateless; thread-safe.
 */
public final class SimilarQuery {
  private SimilarQuery() {}

  /**
   * The query for reports like document {@code doc} of {@code searcher}'s index.
   *
   * @return a query of SHOULD clauses (at least one must match); it matches nothing when the seed
   *     shares no term with any other report
   */
  public static Query build(IndexSearcher searcher, ReportSchema schema, int doc, SimilarSettings s)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Document stored = searcher.storedFields().document(doc);
    AnalyzedReport seed = ReportSchema.analyzedReport(stored);
    String text = seed.report().text() == null ? "" : seed.report().text();
    String title = seed.report().title() == null ? "" : seed.report().title();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    add(all, s.words(), moreLikeThis(reader, schema, ReportSchema.BODY, text, s.maxTerms()));
    add(all, s.bigrams(), moreLikeThis(reader, schema, ReportSchema.BODY_BIGRAM, text, s.maxTerms()));
    add(all, s.title(), words(reader, terms(schema.wordAnalyzer(), ReportSchema.TITLE, title)));
    add(all, s.titleBigrams(), titleTerms(reader, terms(schema.bigramAnalyzer(), ReportSchema.TITLE_BIGRAM, title)));
    add(all, s.keywords(), words(reader, lowerCased(seed.keywords())));
    FacetsConfig facets = schema.facetsConfig();
    add(all, s.themes(), facetTerms(reader, facets, Facet.THEME, seed.themes()));
    if (s.entities() > 0) {
      BooleanQuery.Builder entities = new BooleanQuery.Builder();
      add(entities, 1, facetTerms(reader, facets, Facet.ORGANIZATION, seed.organizations()));
      add(entities, 1, facetTerms(reader, facets, Facet.PLACE, seed.places()));
      add(entities, 1, facetTerms(reader, facets, Facet.PERSON, seed.persons()));
      add(all, s.entities(), entities.build());
    }
    return all.build();
  }

  private static void add(BooleanQuery.Builder b, double weight, Query q) {
    if (weight > 0 && q != null && !(q instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
      b.add(weight == 1 ? q : new BoostQuery(q, (float) weight), Occur.SHOULD);
    }
  }

  /** MoreLikeThis over one text field: the text's highest TF-IDF terms, boosted by their score. */
  private static Query moreLikeThis(IndexReader reader, ReportSchema schema, String field, String text,
      int maxTerms) throws IOException {
    if (text.isEmpty()) {
      return null;
    }
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(schema.indexAnalyzer());
    mlt.setFieldNames(new String[] {field});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(maxTerms);
    mlt.setMaxNumTokensParsed(20_000);
    mlt.setBoost(true);
    return mlt.like(field, new StringReader(text));
  }

  /**
   * Words searched in titles and texts alike; a word no other report has (document frequency
   * below 2 in both fields) and numbers are left out.
   */
  private static Query words(IndexReader reader, Set<String> words) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String w : words) {
      if (w.length() < 2 || !hasLetter(w) || n >= BooleanQuery.getMaxClauseCount() / 4) {
        continue;
      }
      Term inTitle = new Term(ReportSchema.TITLE, w);
      Term inBody = new Term(ReportSchema.BODY, w);
      if (reader.docFreq(inTitle) < 2 && reader.docFreq(inBody) < 2) {
        continue;
      }
      b.add(new BooleanQuery.Builder()
          .add(new TermQuery(inTitle), Occur.SHOULD)
          .add(new TermQuery(inBody), Occur.SHOULD)
          .build(), Occur.SHOULD);
      n++;
    }
    return b.build();
  }

  /** Whether {@code term} has a letter: years and other numbers in a title say nothing of its topic. */
  static boolean hasLetter(String term) {
    return term.codePoints().anyMatch(Character::isLetter);
  }

  /** Exact facet values shared with other reports. */
  private static Query facetTerms(IndexReader reader, FacetsConfig config, Facet facet, List<String> values)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String field = config.getDimConfig(facet.dim()).indexFieldName;
    for (String label : ReportSchema.facetLabels(values)) {
      Term t = DrillDownQuery.term(field, facet.dim(), label);
      if (reader.docFreq(t) >= 2) {
        b.add(new TermQuery(t), Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** Title bigrams searched in other titles; a bigram no other title has and numbers are left out. */
  private static Query titleTerms(IndexReader reader, Set<String> bigrams) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String g : bigrams) {
      Term t = new Term(ReportSchema.TITLE_BIGRAM, g);
      if (n < BooleanQuery.getMaxClauseCount() / 4 && hasLetter(g) && reader.docFreq(t) >= 2) {
        b.add(new TermQuery(t), Occur.SHOULD);
        n++;
      }
    }
    return b.build();
  }

  /** The distinct terms {@code analyzer} makes of {@code text} as field {@code field}. */
  private static Set<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static Set<String> lowerCased(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
