package org.reportminer.analyze;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keywords of one report by TF-IDF over its tokens, with document frequencies from a {@link
 * DocumentFrequencies} table. Candidate terms are nouns, verbal nouns, abbreviations and
 * organization or place words of at least two characters with a Han character in them; never
 * punctuation, numbers, single characters, template placeholders ("__"), HanLP stopwords or words
 * on the domain stoplist (开展, 进行, 活动, 工作 …). Ties keep the order of first occurrence.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordExtractor {
  private final DomainLexicon lexicon;
  private final DocumentFrequencies frequencies;
  private final int limit;

  /** Up to {@code limit} keywords per report. */
  public KeywordExtractor(DomainLexicon lexicon, DocumentFrequencies frequencies, int limit) {
    this.lexicon = lexicon;
    this.frequencies = frequencies;
    this.limit = limit;
  }

  /** Whether a token may be a keyword at all (also used to build document-frequency tables). */
  public boolean isCandidate(Token t) {
    String w = t.word();
    String n = t.nature();
    if (w.codePointCount(0, w.length()) < 2 || !TokenTraits.containsHan(w) || TokenTraits.hasPlaceholder(w)) {
      return false;
    }
    if (!(n.startsWith("n") && !n.startsWith("nr") && !n.equals("nx") || n.equals("vn") || n.equals("j")
        || n.startsWith("g") || n.equals("nz"))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isDigit(c) || ChineseNumerals.digit(c) >= 0 && k == 0) {
        return false;
      }
    }
    if (TokenTraits.REFERENCE_CHARS.indexOf(w.charAt(0)) >= 0 && w.length() == 2) {
      return false; // 我局, 全区, 本次
    }
    return !lexicon.isKeywordStopword(w) && !CoreStopWordDictionary.contains(w)
        && !TokenTraits.isLevelWord(w);
  }

  /** The candidate terms of a token stream, in order, with repeats. */
  public List<String> terms(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (isCandidate(t)) {
        out.add(t.word());
      }
    }
    return out;
  }

  /** The top terms of one report's tokens. */
  public List<String> keywords(List<Token> tokens) {
    Map<String, Integer> tf = new LinkedHashMap<>();
    for (String term : terms(tokens)) {
      tf.merge(term, 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(tf.entrySet());
    Map<String, Integer> firstSeen = new java.util.HashMap<>();
    for (String term : tf.keySet()) {
      firstSeen.put(term, firstSeen.size());
    }
    entries.sort(
        (a, b) -> {
          int c = Double.compare(score(b), score(a));
          return c != 0 ? c : Integer.compare(firstSeen.get(a.getKey()), firstSeen.get(b.getKey()));
        });
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : entries) {
      if (out.size() >= limit) {
        break;
      }
      out.add(e.getKey());
    }
    return out;
  }

  private double score(Map.Entry<String, Integer> e) {
    return e.getValue() * frequencies.idf(e.getKey());
  }
}
