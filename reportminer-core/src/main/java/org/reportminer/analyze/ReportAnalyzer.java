package org.reportminer.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.model.NumberValue;
import org.reportminer.model.Report;
import org.reportminer.model.WordBounds;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.EntityRecognizer;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NormalizingSegmenter;
import org.reportminer.nlp.Segmenter;
import org.reportminer.nlp.Token;

/**
 * The analysis stage: {@link Report} in, {@link AnalyzedReport} out.
 *
 * <p>Needs: a report with its text (title and publication date are used as date context; either
 * may be null). Produces: organizations, persons and places (distinct names in order of first
 * mention, plus every mention with offsets), dates with ISO values, quantities with value, unit
 * and approximation flag, stated themes, and keywords. All offsets point into {@code
 * report.text()}.
 *
 * <p>How: the text is split into sentences, packed into runs of at most {@value #CHUNK_LENGTH}
 * characters within a paragraph ({@link SentenceSplitter#chunks}); each run is segmented once
 * ({@link Segmenter}) and passed with its tokens to the {@link EntityRecognizer}, whose mentions
 * our {@link EntityRefiner} corrects. Dates, numbers and themes
 * are read from the whole text by linear scanners; keywords come from the tokens by TF-IDF.
 *
 * <p>Thread-safe: one instance may analyze many reports at once from many threads; it holds only
 * immutable parts (segmenter and recognizer must be thread-safe, as their interfaces require).
 *
 * <p>Example: {@code ReportAnalyzer.create(AnalysisOptions.defaults()).analyze(report)}.
 */
public final class ReportAnalyzer {
  /**
   * Longest run of sentences handed to HanLP at once. Measured on the gold texts: HanLP with its
   * recognizers runs about 1.3x faster on runs of 160-640 characters than on single sentences
   * (~40 characters), and slows down far beyond (50k characters/s on a whole 70k-character text).
   */
  static final int CHUNK_LENGTH = 256;

  private final SentenceSplitter splitter;
  private final Segmenter segmenter;
  private final EntityRecognizer recognizer;
  private final EntityRefiner refiner;
  private final DomainLexicon lexicon;
  private final Segmenter fineSegmenter;
  private final DateExtractor dates = new DateExtractor();
  private final NumberExtractor numbers = new NumberExtractor();
  private final ThemeExtractor themes = new ThemeExtractor();
  private final KeywordExtractor keywords;
  private final DocumentConsistency consistency;
  private final boolean handsOnWords;
  private final ModelFirstMerge merge;

  /**
   * An analyzer from its parts.
   *
   * @param segmenter segments each sentence; its tokens go to the recognizer and to keywords
   * @param recognizer finds raw entity mentions per sentence
   * @param lexicon the domain lexicon for the rules and keywords
   * @param frequencies document frequencies for keyword TF-IDF
   */
  public ReportAnalyzer(
      Segmenter segmenter,
      EntityRecognizer recognizer,
      DomainLexicon lexicon,
      DocumentFrequencies frequencies) {
    this(segmenter, recognizer, lexicon, frequencies, false);
  }

  /**
   * An analyzer from its parts that, when {@code handsOnWords}, attaches its segmentation to each
   * record ({@link AnalyzedReport#words}) for the index to reuse: only for a segmenter that
   * segments as the index's does ({@code index.ReportSchema#withHanlp}).
   */
  public ReportAnalyzer(
      Segmenter segmenter,
      EntityRecognizer recognizer,
      DomainLexicon lexicon,
      DocumentFrequencies frequencies,
      boolean handsOnWords) {
    this(segmenter, recognizer, lexicon, frequencies, handsOnWords, RuleFamily.all());
  }

  /**
   * An analyzer from its parts whose rules may change the recognizer's mentions only in the
   * given {@code rules} families ({@link ModelFirstMerge}).
   */
  public ReportAnalyzer(
      Segmenter segmenter,
      EntityRecognizer recognizer,
      DomainLexicon lexicon,
      DocumentFrequencies frequencies,
      boolean handsOnWords,
      Set<RuleFamily> rules) {
    this.handsOnWords = handsOnWords;
    this.merge = new ModelFirstMerge(rules, lexicon);
    this.splitter = new SentenceSplitter(CHUNK_LENGTH);
    this.segmenter = Objects.requireNonNull(segmenter);
    this.recognizer = Objects.requireNonNull(recognizer);
    this.lexicon = lexicon;
    this.fineSegmenter = HanlpSegmenter.withLexicon(lexicon, false);
    this.refiner = new EntityRefiner(lexicon, fineSegmenter);
    this.keywords = new KeywordExtractor(lexicon, frequencies, 10);
    this.consistency = new DocumentConsistency(lexicon);
  }

  /**
   * The analyzer the options ask for. With the perceptron (the default) each run of sentences is
   * segmented once, by HanLP's plain segmenter with our dictionaries over the model's normalized
   * text, and the model decodes on those tokens; without a user dictionary that segmentation is
   * the index's, so the records carry it on to the index. With HanLP's recognizers the segmenter runs them
   * and their natures are the raw mentions.
   */
  public static ReportAnalyzer create(AnalysisOptions options) {
    DomainLexicon lexicon = DomainLexicon.load(options.userDictionary());
    return switch (options.recognizer()) {
      case PERCEPTRON -> new ReportAnalyzer(
          NormalizingSegmenter.forWords(lexicon),
          new PerceptronTokensRecognizer(), lexicon, DocumentFrequencies.shipped(),
          // the index segments queries with the shipped lexicon only: body words from a user
          // dictionary would not match them, so then the index segments the body itself
          options.userDictionary().isEmpty(),
          options.rules());
      case HANLP -> new ReportAnalyzer(
          HanlpSegmenter.withLexicon(lexicon, true), new HanlpRoleRecognizer(), lexicon, DocumentFrequencies.shipped(),
          false, options.rules());
    };
  }

  /**
   * A token equal to a place stem that no mention of the run covers yet and that an organization
   * suffix follows closely: only then can the second look find a new name (石桥 派出所).
   */
  private boolean hasUncoveredStem(Sentence s, List<Token> tokens, List<Mention> mentions, Set<String> stems) {
    if (!containsAny(s.text(), stems)) {
      // stems are Han words, which the segmenter's normalization leaves as they are, so a token
      // equal to one has it in the text: a run whose text has none (the usual run) is skipped
      return false;
    }
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (!stems.contains(t.word()) || covered(t, mentions)) {
        continue;
      }
      for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
        if (lexicon.orgSuffixOf(tokens.get(j).word()) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsAny(String text, Set<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(Token t, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Mention> flatten(List<List<Mention>> lists) {
    List<Mention> out = new ArrayList<>();
    lists.forEach(out::addAll);
    return out;
  }

  /**
   * The keyword candidate terms of a report, with repeats, segmented exactly as {@link #analyze}
   * does: what a document-frequency table for {@link DocumentFrequencies} is counted from.
   */
  public List<String> keywordTerms(Report report) {
    String text = report.text() == null ? "" : report.text();
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : splitter.chunks(text)) {
      tokens.addAll(segmenter.segment(s.text(), s.start()));
    }
    return keywords.terms(tokens);
  }

  /** Analyzes one report. Never returns null; a report with empty text gives empty lists. */
  public AnalyzedReport analyze(Report report) {
    String text = report.text() == null ? "" : report.text();
    List<Sentence> chunks = splitter.chunks(text);
    List<List<Token>> chunkTokens = new ArrayList<>(chunks.size());
    List<List<Mention>> chunkRaw = new ArrayList<>(chunks.size());
    List<List<Mention>> chunkMentions = new ArrayList<>(chunks.size());
    List<Token> allTokens = new ArrayList<>();
    List<Mention> modelMentions = new ArrayList<>();
    KeywordExtractor.TermCounts termCounts = keywords.newCounts();
    // all runs are segmented before any is recognized: HanLP and the NER model each keep their
    // tables in the processor's caches longer than when they take turns run by run
    for (Sentence s : chunks) {
      List<Token> tokens = segmenter.segment(s.text(), s.start());
      allTokens.addAll(tokens);
      termCounts.add(tokens);
      chunkTokens.add(tokens);
    }
    for (int k = 0; k < chunks.size(); k++) {
      Sentence s = chunks.get(k);
      List<Mention> raw = recognizer.recognize(s.text(), chunkTokens.get(k), s.start());
      modelMentions.addAll(raw);
      // the rules were written for names of two characters and more; the merge keeps the others
      raw = raw.stream().filter(m -> m.end() - m.start() >= 2).toList();
      chunkRaw.add(raw);
      chunkMentions.add(refiner.refine(s, chunkTokens.get(k), raw));
    }
    // second look at the runs that mention a place name this report established (青岚 of 青岚市):
    // the rules then take it as a place prefix ("青岚经济技术开发区管委会", "石桥派出所")
    Set<String> stems = consistency.placeStems(flatten(chunkMentions));
    if (!stems.isEmpty()) {
      EntityRefiner documentRefiner = null;
      for (int k = 0; k < chunks.size(); k++) {
        if (hasUncoveredStem(chunks.get(k), chunkTokens.get(k), chunkMentions.get(k), stems)) {
          if (documentRefiner == null) {
            documentRefiner = new EntityRefiner(lexicon.withPlaces(stems), fineSegmenter);
          }
          Sentence s = chunks.get(k);
          chunkMentions.set(k, documentRefiner.refine(s, chunkTokens.get(k), chunkRaw.get(k)));
        }
      }
    }
    List<Mention> mentions = flatten(chunkMentions);
    // the stems found before the second look are the ones it used; names it added only repeat them
    mentions = consistency.apply(text, mentions, allTokens, stems);
    mentions = consistency.withoutPlacesInQuotedNames(text, consistency.withoutBackReferences(mentions), allTokens);
    mentions = merge.merge(modelMentions, mentions);
    List<DateValue> dateValues = dates.extract(text, report.title(), report.published());
    List<NumberValue> numberValues = numbers.extract(text, dateValues);
    AnalyzedReport analyzed = new AnalyzedReport(
        report,
        EntityRefiner.names(mentions, EntityType.ORG),
        EntityRefiner.names(mentions, EntityType.PERSON),
        EntityRefiner.names(mentions, EntityType.PLACE),
        mentions,
        dateValues,
        numberValues,
        themes.extract(text),
        keywords.keywords(termCounts));
    return handsOnWords ? analyzed.withWords(wordBounds(allTokens, text.length())) : analyzed;
  }

  /** The tokens' bounds, skipping any a segmenter put out of order or outside the text. */
  private static WordBounds wordBounds(List<Token> tokens, int length) {
    WordBounds.Builder b = new WordBounds.Builder();
    int last = 0;
    for (Token t : tokens) {
      if (t.start() >= last && t.end() > t.start() && t.end() <= length) {
        b.add(t.start(), t.end());
        last = t.end();
      }
    }
    return b.build();
  }
}
