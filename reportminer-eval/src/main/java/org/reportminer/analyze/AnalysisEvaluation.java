package org.reportminer.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.EntityType;
import org.reportminer.model.Mention;
import org.reportminer.model.NumberValue;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.nlp.DomainLexicon;
import org.reportminer.nlp.HanlpSegmenter;

/**
 * Scores the analysis stage against the hand-made gold (reportminer-eval/src/test/resources/gold): precision,
 * recall and F1 per field, ours beside raw HanLP.
 *
 * <p>The analysis is run on each gold report's own text, title and publication date, so the
 * figures measure analysis alone, not extraction errors. Matching, micro-averaged over reports:
 *
 * <ul>
 *   <li>organizations, persons, places, themes: distinct strings per report, exact match;
 *   <li>dates: every occurrence, as a multiset of (text, value) pairs per report, exact match;
 *       "date values" scores the multiset of values alone (a date found with a slightly different
 *       span still counts there);
 *   <li>numbers: every occurrence, as a multiset of (value, unit) pairs per report (value
 *       compared numerically: 35000 equals 3.5E4).
 * </ul>
 *
 * <p>Baseline: raw HanLP portable with its own recognizers on ({@link
 * HanlpSegmenter#withHanlpNer()}, natures nr/ns/nt taken as they are) over the same sentences,
 * and HanLP's TextRank keywords. HanLP has no date, quantity or theme extraction, so those
 * baseline cells stay empty. Keywords have no gold; their row gives the share of keywords that
 * are junk (single characters, digits, placeholders, stopwords).
 *
 * <p>Not thread-safe (one evaluation at a time); the analyzers it calls are.
 */
public final class AnalysisEvaluation {

  /** The scored fields, in table order. */
  public enum Field {
    ORGANIZATIONS("organizations"),
    PERSONS("persons"),
    PLACES("places"),
    DATES("dates (text+value)"),
    DATE_VALUES("date values"),
    NUMBERS("numbers (value+unit)"),
    THEMES("themes");

    final String label;

    Field(String label) {
      this.label = label;
    }

    /** The row label. */
    public String label() {
      return label;
    }
  }

  /** Counts of one field; precision, recall and F1 derived. */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    Score plus(Score o) {
      return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The outcome: scores per field for ours and the baseline (fields the baseline cannot produce
   * are absent from its map), keyword junk shares, and a readable list of our errors.
   */
  public record Result(
      int reports,
      Map<Field, Score> ours,
      Map<Field, Score> alternative,
      Map<Field, Score> baseline,
      double oursKeywordJunk,
      double baselineKeywordJunk,
      List<String> problems) {}

  private final Function<Report, AnalyzedReport> ours;
  private final Function<Report, AnalyzedReport> alternative;
  private final Function<Report, AnalyzedReport> baseline;
  private final Function<String, List<String>> baselineKeywords;
  private final DomainLexicon lexicon;

  /**
   * An evaluation of {@code ours} against raw HanLP.
   *
   * @param ours the analyzer under test
   * @param lexicon the lexicon whose stoplist defines keyword junk
   */
  public AnalysisEvaluation(Function<Report, AnalyzedReport> ours, DomainLexicon lexicon) {
    this(ours, null, lexicon);
  }

  /**
   * An evaluation of {@code ours} and of an alternative configuration of ours (our rules on
   * HanLP's recognizers, say; may be null) against raw HanLP.
   */
  public AnalysisEvaluation(
      Function<Report, AnalyzedReport> ours, Function<Report, AnalyzedReport> alternative, DomainLexicon lexicon) {
    this.ours = ours;
    this.alternative = alternative;
    this.lexicon = lexicon;
    RawHanlpAnalyzer raw = new RawHanlpAnalyzer();
    this.baseline = raw::analyze;
    this.baselineKeywords = text -> HanLP.extractKeyword(text, 10);
  }

  /** Reads every gold report (with its annotations) under {@code goldDir}, files in path order. */
  public static List<AnalyzedReport> loadGold(Path goldDir) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new IOException("no gold directory: " + goldDir);
    }
    List<AnalyzedReport> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(goldDir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode array = RecordJson.mapper().readTree(p.toFile());
        String rel = goldDir.relativize(p).toString().replace('\\', '/');
        int part = 0;
        for (JsonNode n : array) {
          part++;
          AnalyzedReport a = RecordJson.analyzed(n);
          Report r = a.report();
          Report named =
              new Report(
                  rel + "#" + part, r.source(), r.title(), r.published(), r.category(), r.text() == null ? "" : r.text(), r.sections());
          out.add(
              new AnalyzedReport(
                  named, a.organizations(), a.persons(), a.places(), a.mentions(), a.dates(), a.numbers(), a.themes(), a.keywords()));
        }
      }
    }
    return out;
  }

  /** Scores ours and the baseline over {@code gold}. */
  public Result evaluate(List<AnalyzedReport> gold) {
    Map<Field, Score> o = new EnumMap<>(Field.class);
    Map<Field, Score> alt = new EnumMap<>(Field.class);
    Map<Field, Score> b = new EnumMap<>(Field.class);
    List<String> problems = new ArrayList<>();
    int junk = 0;
    int keywords = 0;
    int baseJunk = 0;
    int baseKeywords = 0;
    for (AnalyzedReport g : gold) {
      AnalyzedReport mine = ours.apply(g.report());
      AnalyzedReport raw = baseline.apply(g.report());
      AnalyzedReport other = alternative == null ? null : alternative.apply(g.report());
      for (Field f : Field.values()) {
        Score s = score(f, g, mine, problems, g.report().id());
        o.merge(f, s, Score::plus);
        if (other != null) {
          alt.merge(f, score(f, g, other, null, null), Score::plus);
        }
        if (f == Field.ORGANIZATIONS || f == Field.PERSONS || f == Field.PLACES) {
          b.merge(f, score(f, g, raw, null, null), Score::plus);
        }
      }
      for (String k : mine.keywords()) {
        keywords++;
        junk += isJunkKeyword(k) ? 1 : 0;
      }
      for (String k : baselineKeywords.apply(g.report().text())) {
        baseKeywords++;
        baseJunk += isJunkKeyword(k) ? 1 : 0;
      }
    }
    return new Result(
        gold.size(), o, alt, b,
        keywords == 0 ? 0 : (double) junk / keywords,
        baseKeywords == 0 ? 0 : (double) baseJunk / baseKeywords,
        problems);
  }

  /** Single characters, anything without a Han character, placeholders and stopwords. */
  boolean isJunkKeyword(String k) {
    return k.codePointCount(0, k.length()) < 2 || !TokenTraits.containsHan(k) || TokenTraits.hasPlaceholder(k)
        || k.chars().anyMatch(Character::isDigit) || lexicon.isKeywordStopword(k)
        || com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary.contains(k);
  }

  private static Score score(Field f, AnalyzedReport gold, AnalyzedReport got, List<String> problems, String id) {
    return switch (f) {
      case ORGANIZATIONS -> sets(f, gold.organizations(), got.organizations(), problems, id);
      case PERSONS -> sets(f, gold.persons(), got.persons(), problems, id);
      case PLACES -> sets(f, gold.places(), got.places(), problems, id);
      case THEMES -> sets(f, gold.themes(), got.themes(), problems, id);
      case DATES -> multisets(f, dateKeys(gold.dates(), true), dateKeys(got.dates(), true), problems, id);
      case DATE_VALUES -> multisets(f, dateKeys(gold.dates(), false), dateKeys(got.dates(), false), null, id);
      case NUMBERS -> multisets(f, numberKeys(gold.numbers()), numberKeys(got.numbers()), problems, id);
    };
  }

  private static List<String> dateKeys(List<DateValue> dates, boolean withText) {
    List<String> out = new ArrayList<>();
    for (DateValue d : dates) {
      out.add(withText ? d.text() + "=" + d.value() : String.valueOf(d.value()));
    }
    return out;
  }

  private static List<String> numberKeys(List<NumberValue> numbers) {
    List<String> out = new ArrayList<>();
    for (NumberValue n : numbers) {
      BigDecimal v = n.value() == null ? null : n.value().stripTrailingZeros();
      out.add((v == null ? "null" : v.toPlainString()) + " " + n.unit());
    }
    return out;
  }

  private static Score sets(Field f, List<String> gold, List<String> got, List<String> problems, String id) {
    Set<String> g = new LinkedHashSet<>(gold);
    Set<String> o = new LinkedHashSet<>(got);
    int tp = 0;
    for (String s : o) {
      if (g.contains(s)) {
        tp++;
      }
    }
    if (problems != null) {
      for (String s : o) {
        if (!g.contains(s)) {
          problems.add(id + " " + f.label + " extra: " + s);
        }
      }
      for (String s : g) {
        if (!o.contains(s)) {
          problems.add(id + " " + f.label + " missed: " + s);
        }
      }
    }
    return new Score(tp, o.size() - tp, g.size() - tp);
  }

  private static Score multisets(Field f, List<String> gold, List<String> got, List<String> problems, String id) {
    Map<String, Integer> g = new HashMap<>();
    gold.forEach(s -> g.merge(s, 1, Integer::sum));
    Map<String, Integer> remaining = new HashMap<>(g);
    int tp = 0;
    List<String> extra = new ArrayList<>();
    for (String s : got) {
      Integer left = remaining.get(s);
      if (left != null && left > 0) {
        remaining.put(s, left - 1);
        tp++;
      } else {
        extra.add(s);
      }
    }
    if (problems != null) {
      extra.forEach(s -> problems.add(id + " " + f.label + " extra: " + s));
      remaining.forEach((s, n) -> {
        for (int k = 0; k < n; k++) {
          problems.add(id + " " + f.label + " missed: " + s);
        }
      });
    }
    return new Score(tp, got.size() - tp, gold.size() - tp);
  }

  /** The result on the self-written gold as a Markdown table, with its description. */
  public static String markdown(Result r) {
    return describe(r, "gold reports (reportminer-eval/src/test/resources/gold, docs/ANNOTATION.md)")
        + "These are development figures: the corpus, its gold and the rules were written side by side, so they "
        + "show that the rules do what the annotation conventions say, not how well they hold on other text. The "
        + "headline figures are the independent ones: real reports annotated blind, and the public corpora's "
        + "development splits (sections below).\n\n"
        + table(r);
  }

  /**
   * How the figures were measured, for {@code what} (the gold's description): the first paragraph
   * every analysis table is printed with.
   */
  public static String describe(Result r, String what) {
    return r.reports() + " " + what + "; the analysis runs on each "
        + "gold report's own text, title and publication date, so extraction errors do not count here. "
        + "*ours* is the default analysis: the character-level perceptron model (docs/MODELS.md) with the rule "
        + "families that earned their place (docs/QUALITY.md, rule ablation)"
        + (r.alternative().isEmpty() ? "; " : "; *every rule on* is the same model with every rule family on, as the rules were written; ")
        + "micro-averaged over reports. Organizations, persons, places, themes: distinct strings per report, exact match. "
        + "Dates: every occurrence, (text, value) pairs, exact match; *date values*: the same with the value alone. "
        + "Numbers: every occurrence, (value, unit) pairs. Raw HanLP: portable-1.8.6 with its own recognizers on "
        + "(natures nr/ns/nt as they are) over the same sentences; it has no date, quantity or theme extraction. "
        + "Keywords have no gold: the last row is the share of single characters, placeholders, numbers and "
        + "stopwords among the top 10 (raw HanLP: its TextRank `extractKeyword`).\n\n";
  }

  /** The result as a Markdown table: one row per field, ours and raw HanLP side by side. */
  public static String table(Result r) {
    StringBuilder sb = new StringBuilder();
    boolean alt = !r.alternative().isEmpty();
    sb.append("| field | ours P | ours R | ours F1 |").append(alt ? " every rule on F1 |" : "")
        .append(" raw HanLP P | raw HanLP R | raw HanLP F1 |\n");
    sb.append(alt ? "|---|---|---|---|---|---|---|---|\n" : "|---|---|---|---|---|---|---|\n");
    for (Field f : Field.values()) {
      Score o = r.ours().get(f);
      Score b = r.baseline().get(f);
      sb.append("| ").append(f.label()).append(" | ")
          .append(fmt(o.precision())).append(" | ").append(fmt(o.recall())).append(" | **").append(fmt(o.f1())).append("** | ");
      if (alt) {
        sb.append(fmt(r.alternative().get(f).f1())).append(" | ");
      }
      if (b == null) {
        sb.append("— | — | — |\n");
      } else {
        sb.append(fmt(b.precision())).append(" | ").append(fmt(b.recall())).append(" | ").append(fmt(b.f1())).append(" |\n");
      }
    }
    sb.append("| keywords: junk share (lower is better) | | | ").append(fmt(r.oursKeywordJunk()))
        .append(alt ? " | | | | " : " | | | ").append(fmt(r.baselineKeywordJunk())).append(" |\n");
    return sb.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Raw HanLP as the baseline: its recognizers' natures as they are, per sentence. */
  static final class RawHanlpAnalyzer {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HanlpSegmenter segmenter = HanlpSegmenter.withHanlpNer();
    private final HanlpRoleRecognizer recognizer = new HanlpRoleRecognizer();

    AnalyzedReport analyze(Report report) {
      List<Mention> mentions = new ArrayList<>();
      for (Sentence s : splitter.split(report.text())) {
        mentions.addAll(recognizer.recognize(s.text(), segmenter.segment(s.text(), s.start()), s.start()));
      }
      return new AnalyzedReport(
          report,
          EntityRefiner.names(mentions, EntityType.ORG),
          EntityRefiner.names(mentions, EntityType.PERSON),
          EntityRefiner.names(mentions, EntityType.PLACE),
          mentions, List.of(), List.of(), List.of(), List.of());
    }
  }
}
