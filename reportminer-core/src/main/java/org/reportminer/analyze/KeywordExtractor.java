package org.reportminer.analyze;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.Token;

/**
 * Keywords of one report by TF-IDF over its tokens, with document frequencies from a {@link
 * DocumentFrequencies} table. Candidate terms are nouns, verbal nouns, abbreviations and
 * organization or place words of at least two characters with a Han character in them; never
 * punctuation, numbers, single characters, template placeholders ("__"), HanLP stopwords or words
 * on the domain stoplist (开展, 进行, 活动, 工作 …). Ties keep the order of first occurrence.
 *
 * <p>Immutable and thread-safe ({@link TermCounts} are per report and thread).
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
    // the nature first: it is the cheapest test and rejects most tokens
    if (!(n.startsWith("n") && !n.startsWith("nr") && !n.equals("nx") || n.equals("vn") || n.equals("j")
        || n.startsWith("g") || n.equals("nz"))) {
      return false;
    }
    if (w.length() < 2 || w.length() == 2 && Character.isSurrogatePair(w.charAt(0), w.charAt(1))
        || !TokenTraits.containsHan(w)
        || TokenTraits.hasPlaceholder(w)) {
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
    TermCounts counts = newCounts();
    counts.add(tokens);
    return keywords(counts);
  }

  /**
   * Candidate term counts of one report, added run by run in text order, so that each run's
   * tokens are counted while they are still in the processor's cache. Not thread-safe: one per
   * report and thread.
   */
  public final class TermCounts {
    private final Map<String, Integer> tf = new LinkedHashMap<>();

    private TermCounts() {}

    /** Counts the candidate terms of the next tokens of the report. */
    public void add(List<Token> tokens) {
      for (Token t : tokens) {
        if (isCandidate(t)) {
          tf.merge(t.word(), 1, Integer::sum);
        }
      }
    }
  }

  /** Empty counts for one report. */
  public TermCounts newCounts() {
    return new TermCounts();
  }

  /** The top terms of the counts of one report's tokens ({@link #keywords(List)} by parts). */
  public List<String> keywords(TermCounts counts) {
    Map<String, Integer> tf = counts.tf;
    List<Scored> scored = new ArrayList<>(tf.size());
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      scored.add(new Scored(e.getKey(), e.getValue() * frequencies.idf(e.getKey()), scored.size()));
    }
    // highest score first; ties in order of first occurrence
    scored.sort((a, b) -> {
      int c = Double.compare(b.score(), a.score());
      return c != 0 ? c : Integer.compare(a.firstSeen(), b.firstSeen());
    });
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() >= limit) {
        break;
      }
      out.add(s.term());
    }
    return out;
  }

  /** A term with its TF-IDF score, computed once, and its rank of first occurrence. */
  private record Scored(String term, double score, int firstSeen) {}
}
