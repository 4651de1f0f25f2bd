package org.reportminer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reportminer.index.ReportSchema;

/**
 * Turns what a researcher types into a Lucene query over the word and bigram fields.
 *
 * <p>Syntax: words separated by spaces must all occur (AND is the default); {@code OR}, {@code
 * AND}, {@code NOT} (upper case), {@code +word}, {@code -word}, parentheses and quoted phrases
 * work as in Lucene's classic query parser, which does the parsing. Chinese quotation marks
 * (“…”, 「…」, 『…』) and full-width parentheses count as their ASCII forms. Every other
 * character is literal text: there are no field, wildcard, fuzzy, range or boost operators, so
 * text like {@code 4/26}, {@code a:b} or {@code 3*5} is searched as written.
 *
 * <p>Each word or phrase of the query becomes:
 *
 * <ul>
 *   <li>a quoted phrase: the exact character sequence, as a phrase of CJK bigrams (which matches
 *       however HanLP segmented the document) or as a phrase of HanLP words;
 *   <li>an unquoted run of Chinese ("知识产权宣传周"): every HanLP word of it must occur (each as
 *       a word or as its bigram phrase), or the run occurs as a whole; exact occurrences score
 *       higher.
 * </ul>
 *
 * Both in the title (weighted twice) and in the text. {@link #parseRelaxed} gives the same query
 * with OR for AND and with runs matching any of their words or bigrams, which {@link SearchEngine}
 * uses to list partial matches after the full ones. Thread-safe: each call builds its own Lucene
 * parser.
 */
public final class ReportQueryParser {
  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 500;

  static final float TITLE_BOOST = 2f;
  static final float EXACT_BOOST = 2f;
  private static final String ANY_FIELD = "_text";

  private final ReportSchema schema;

  /** A parser building queries for indexes with this schema. */
  public ReportQueryParser(ReportSchema schema) {
    this.schema = schema;
  }

  /** Parses {@code userQuery}; throws with a one-line message when it is not a valid query. */
  public Query parse(String userQuery) throws QueryException {
    return parse(userQuery, false);
  }

  /**
   * The relaxed form of {@code userQuery}, for reports that match only some of its words: words
   * and phrases are OR-ed instead of AND-ed, and an unquoted run of Chinese matches any of its
   * HanLP words or any of its character bigrams ("统计局" finds 统计). Quoted phrases and NOT stay
   * as they are. Null when relaxing changes nothing (a query of quoted phrases only).
   */
  public Query parseRelaxed(String userQuery) throws QueryException {
    return parseRelaxed(userQuery, parse(userQuery));
  }

  /** {@link #parseRelaxed(String)} when the strict query {@code parse(userQuery)} is at hand. */
  Query parseRelaxed(String userQuery, Query strict) throws QueryException {
    Query relaxed = parse(userQuery, true);
    return relaxed.equals(strict) ? null : relaxed;
  }

  private Query parse(String userQuery, boolean relaxed) throws QueryException {
    String q = normalizeMarks(userQuery == null ? "" : userQuery).strip();
    if (q.isEmpty()) {
      throw new QueryException("empty query");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new QueryException(
          "query too long: " + q.length() + " characters (at most " + MAX_QUERY_CHARS + ")");
    }
    String escaped = escapeAndCheck(q);
    Parser parser = new Parser(relaxed);
    Query parsed;
    try {
      parsed = parser.parse(escaped);
    } catch (ParseException e) {
      throw new QueryException("cannot parse query: " + describe(e));
    } catch (BooleanQuery.TooManyClauses e) {
      throw new QueryException("query too complex: too many words and phrases");
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("analysis of an in-memory string failed", e);
    }
    Query fixed = parsed == null ? null : withPositiveClauses(parsed);
    if (fixed == null || isEmpty(fixed)) {
      throw new QueryException("query has no searchable words: " + userQuery.strip());
    }
    return fixed;
  }

  /** Chinese quotation marks and full-width parentheses as their ASCII syntax characters. */
  static String normalizeMarks(String q) {
    StringBuilder sb = new StringBuilder(q.length());
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      switch (c) {
        case '“', '”', '„', '‟', '「', '」', '『', '』', '＂' -> sb.append('"');
        case '（' -> sb.append('(');
        case '）' -> sb.append(')');
        case '\u3000' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Checks quotes and parentheses, and escapes every character the classic parser would treat
   * as syntax except quotes, parentheses, + and -.
   */
  static String escapeAndCheck(String q) throws QueryException {
    StringBuilder sb = new StringBuilder(q.length() + 8);
    boolean inQuote = false;
    int depth = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '"') {
        inQuote = !inQuote;
        sb.append(c);
        continue;
      }
      if (inQuote) {
        if (c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
        continue;
      }
      switch (c) {
        case '(' -> {
          depth++;
          sb.append(c);
        }
        case ')' -> {
          if (--depth < 0) {
            throw new QueryException("unbalanced parentheses: ')' without '('");
          }
          sb.append(c);
        }
        case '+', '-' -> sb.append(c);
        case '\\', '!', ':', '^', '[', ']', '{', '}', '~', '*', '?', '|', '&', '/' -> {
          sb.append('\\').append(c);
        }
        default -> sb.append(c);
      }
    }
    if (inQuote) {
      throw new QueryException("unbalanced quotes: a phrase is opened with \" but never closed");
    }
    if (depth > 0) {
      throw new QueryException("unbalanced parentheses: '(' without ')'");
    }
    return sb.toString();
  }

  /**
   * JavaCC's {@code Encountered " <AND> "AND "" at line 1, column 0.} or {@code Encountered "<EOF>"
   * at ...}: the token kind and its text.
   */
  private static final java.util.regex.Pattern ENCOUNTERED = java.util.regex.Pattern.compile(
      "Encountered \"(?:<EOF>|\\s*(\\S+)\\s+\"(.*?)\\s*\")\"\\s*at");

  private static String describe(ParseException e) {
    String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
    int nl = msg.indexOf('\n');
    String first = (nl < 0 ? msg : msg.substring(0, nl)).strip();
    int colon = first.indexOf("': ");
    if (first.startsWith("Cannot parse '") && colon > 0) {
      first = first.substring(colon + 3);
    }
    // the classic parser's message names its grammar's tokens; say what is wrong in the query
    java.util.regex.Matcher m = ENCOUNTERED.matcher(first);
    if (m.find()) {
      String kind = m.group(1) == null ? null : m.group(1).replaceAll("[<>\"]", "");
      if (kind == null || kind.equals("EOF")) {
        return "the query ends with an operator (AND, OR, NOT, + or - need a word after them)";
      }
      String text = m.group(2).strip();
      if (kind.equals("AND") || kind.equals("OR") || kind.equals("NOT")) {
        return text + " needs a word on each side (write \"" + text + "\" in quotes to search for the word)";
      }
      return "unexpected \"" + text + "\"";
    }
    if (e.currentToken != null && e.currentToken.next != null) {
      return "unexpected \"" + e.currentToken.next.image + "\" (" + first.replace("\"", "'") + ")";
    }
    return first;
  }

  /** A boolean query of only NOT clauses matches nothing in Lucene; here it means "all but". */
  private static Query withPositiveClauses(Query q) {
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      b.add(withPositiveClauses(c.getQuery()), c.getOccur());
      positive |= c.getOccur() != Occur.MUST_NOT;
    }
    if (!positive && !bq.clauses().isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  private static boolean isEmpty(Query q) {
    return q instanceof BooleanQuery bq && bq.clauses().isEmpty();
  }

  /** The query for one word or phrase of the user's query; null when it has no words. */
  Query textQuery(String text, boolean quoted, boolean relaxed) {
    List<Tok> words = analyze(schema.wordAnalyzer(), ReportSchema.BODY, text);
    List<Tok> bigrams = analyze(schema.bigramAnalyzer(), ReportSchema.BODY_BIGRAM, text);
    if (words.isEmpty() && bigrams.isEmpty()) {
      return null;
    }
    Query exact = exact(words, bigrams);
    if (quoted) {
      return exact;
    }
    if (relaxed) {
      return anyPiece(words, bigrams);
    }
    if (words.size() <= 1) {
      return exact;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Tok w : words) {
      String wordText = text.substring(w.start, w.end);
      all.add(exact(List.of(w), analyze(schema.bigramAnalyzer(), ReportSchema.BODY_BIGRAM, wordText)),
          Occur.MUST);
    }
    return new BooleanQuery.Builder()
        .add(all.build(), Occur.SHOULD)
        .add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }

  /**
   * Any of the words or bigrams, in the title or the text; more of them score higher. A
   * single-character word of a longer run is left out: 节 of 植树节 alone would make every report
   * with 14节 or 丰收节 a partial match and mark that one character in it; the run's longer words
   * and its bigrams carry the partial match.
   */
  private static Query anyPiece(List<Tok> words, List<Tok> bigrams) {
    boolean longer = !bigrams.isEmpty()
        || words.stream().anyMatch(w -> w.term.codePointCount(0, w.term.length()) > 1);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Tok w : words) {
      if (longer && w.term.codePointCount(0, w.term.length()) == 1) {
        continue;
      }
      b.add(new TermQuery(new Term(ReportSchema.BODY, w.term)), Occur.SHOULD);
      b.add(new BoostQuery(new TermQuery(new Term(ReportSchema.TITLE, w.term)), TITLE_BOOST), Occur.SHOULD);
    }
    for (Tok g : bigrams) {
      b.add(new TermQuery(new Term(ReportSchema.BODY_BIGRAM, g.term)), Occur.SHOULD);
      b.add(new BoostQuery(new TermQuery(new Term(ReportSchema.TITLE_BIGRAM, g.term)), TITLE_BOOST),
          Occur.SHOULD);
    }
    return b.build();
  }

  /** The exact token sequence in the title or the text, as words or as bigrams. */
  private static Query exact(List<Tok> words, List<Tok> bigrams) {
    Query body = either(ReportSchema.BODY, words, ReportSchema.BODY_BIGRAM, bigrams);
    Query title = either(ReportSchema.TITLE, words, ReportSchema.TITLE_BIGRAM, bigrams);
    return new DisjunctionMaxQuery(List.of(body, new BoostQuery(title, TITLE_BOOST)), 0.1f);
  }

  private static Query either(String wordField, List<Tok> words, String bigramField, List<Tok> bigrams) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!words.isEmpty()) {
      b.add(sequence(wordField, words), Occur.SHOULD);
    }
    if (!bigrams.isEmpty()) {
      b.add(sequence(bigramField, bigrams), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query sequence(String field, List<Tok> toks) {
    if (toks.size() == 1) {
      return new TermQuery(new Term(field, toks.get(0).term));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    int first = toks.get(0).position;
    for (Tok t : toks) {
      p.add(new Term(field, t.term), t.position - first);
    }
    return p.build();
  }

  private static List<Tok> analyze(Analyzer analyzer, String field, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        out.add(new Tok(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private record Tok(String term, int position, int start, int end) {}

  /** Lucene's classic parser with every word or phrase built by {@link #textQuery}. */
  private final class Parser extends QueryParser {
    private final boolean relaxed;

    Parser(boolean relaxed) {
      super(ANY_FIELD, schema.wordAnalyzer());
      this.relaxed = relaxed;
      setDefaultOperator(relaxed ? QueryParser.OR_OPERATOR : QueryParser.AND_OPERATOR);
      setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) {
      return textQuery(queryText, quoted, relaxed);
    }
  }
}
