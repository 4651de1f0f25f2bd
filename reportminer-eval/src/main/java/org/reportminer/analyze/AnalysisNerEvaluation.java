package org.reportminer.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.reportminer.analyze.ner.DevSplit;
import org.reportminer.analyze.ner.HanlpSpanTagger;
import org.reportminer.analyze.ner.ModelSpanTagger;
import org.reportminer.analyze.ner.NerCorpus;
import org.reportminer.analyze.ner.NerLabel;
import org.reportminer.analyze.ner.PerceptronEntityRecognizer;
import org.reportminer.analyze.ner.SpanTagger;
import org.reportminer.analyze.ner.TaggedSentence;
import org.reportminer.model.Mention;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;

/**
 * The whole analysis (rules on) scored on text nobody here wrote: the development splits {@code
 * train-ner} held out of each public NER corpus ({@link DevSplit}), next to the NER model alone
 * and raw HanLP. Two ways:
 *
 * <ul>
 *   <li>per sentence: each dev sentence analyzed as a report of its own, strict span match (same
 *       start, end and type), as the model is scored in training;
 *   <li>per document: {@value #DOCUMENT_SENTENCES} consecutive dev sentences joined by newlines
 *       and analyzed as one report; distinct names per type, exact match (what the facets show).
 *       The model and HanLP tag the document sentence by sentence.
 * </ul>
 *
 * <p>The rule ablation analyzes the same text with each {@link RuleFamily} switched (off when it
 * is on by default, on when it is off) and prints the change in F1. Not thread-safe (one
 * evaluation at a time); the taggers it calls are.
 */
public final class AnalysisNerEvaluation {
  /** Sentences per document in the per-document scoring. */
  public static final int DOCUMENT_SENTENCES = 20;

  /**
   * A system under test.
   *
   * @param name as printed
   * @param tagger the entity spans of a text (a sentence or a document)
   * @param wholeDocument whether a document is tagged as one text (else sentence by sentence)
   */
  public record System(String name, SpanTagger tagger, boolean wholeDocument) {}

  /** One system's counts per label, and over all labels. */
  public record Scores(Map<NerLabel, AnalysisEvaluation.Score> byLabel) {
    public Scores {
      byLabel = Map.copyOf(byLabel);
    }

    /** Micro-average over the labels. */
    public AnalysisEvaluation.Score all() {
      AnalysisEvaluation.Score c = new AnalysisEvaluation.Score(0, 0, 0);
      for (AnalysisEvaluation.Score x : byLabel.values()) {
        c = c.plus(x);
      }
      return c;
    }

    public double f1(NerLabel label) {
      return byLabel.get(label).f1();
    }
  }

  /**
   * Every system's scores on one corpus.
   *
   * @param sentences per-sentence scores by system name
   * @param documents per-document scores by system name
   */
  public record CorpusResult(
      NerCorpus corpus, int sentenceCount, int documentCount, Map<String, Scores> sentences, Map<String, Scores> documents) {}

  private final List<System> systems;

  /** Scores {@code systems}, the first being the one under test. */
  public AnalysisNerEvaluation(List<System> systems) {
    this.systems = List.copyOf(systems);
  }

  /** The default analysis, the shipped model alone and raw HanLP. */
  public static AnalysisNerEvaluation standard() {
    return new AnalysisNerEvaluation(
        List.of(
            analysis("analysis (rules on)", AnalysisOptions.defaults()),
            new System("model alone", new ModelSpanTagger(PerceptronEntityRecognizer.shippedModel()), false),
            new System("raw HanLP", new HanlpSpanTagger(), false)));
  }

  /** The analysis with {@code options} as a system: each text is one report. */
  public static System analysis(String name, AnalysisOptions options) {
    return analysis(name, ReportAnalyzer.create(options));
  }

  /** {@code analyzer} as a system: each text is one report. */
  static System analysis(String name, ReportAnalyzer analyzer) {
    return new System(name, text -> spansOf(analyzer, text), true);
  }

  /** The entity spans the analysis finds in {@code text}, analyzed as a report of its own. */
  static List<TaggedSentence.Span> spansOf(ReportAnalyzer analyzer, String text) {
    Report r = new Report("eval", new SourceInfo("eval", null, "", "text/plain", "UTF-8", 1, 1), null, null, List.of(), text, List.of());
    List<TaggedSentence.Span> out = new ArrayList<>();
    for (Mention m : analyzer.analyze(r).mentions()) {
      out.add(new TaggedSentence.Span(m.start(), m.end(), NerLabel.of(m.type())));
    }
    return out;
  }

  /** Dev splits of every corpus present in {@code corporaDir}; absent ones are left out. */
  public static Map<NerCorpus, List<TaggedSentence>> devSplits(Path corporaDir) throws IOException {
    Map<NerCorpus, List<TaggedSentence>> out = new LinkedHashMap<>();
    if (!Files.isDirectory(corporaDir)) {
      return out;
    }
    for (NerCorpus corpus : NerCorpus.values()) {
      if (Files.isRegularFile(corpus.file(corporaDir))) {
        out.put(corpus, DevSplit.read(corporaDir, corpus, DevSplit.DEFAULT_EVERY, 0).dev());
      }
    }
    return out;
  }

  /** Scores every system on every split. */
  public List<CorpusResult> evaluate(Map<NerCorpus, List<TaggedSentence>> splits) {
    List<CorpusResult> out = new ArrayList<>();
    splits.forEach((corpus, dev) -> out.add(evaluate(corpus, dev)));
    return out;
  }

  /** Scores every system on one corpus's dev sentences, per sentence and per document. */
  public CorpusResult evaluate(NerCorpus corpus, List<TaggedSentence> dev) {
    Map<String, Scores> sentences = new LinkedHashMap<>();
    Map<String, Scores> documents = new LinkedHashMap<>();
    List<List<TaggedSentence>> docs = documents(dev);
    for (System s : systems) {
      sentences.put(s.name(), perSentence(s, dev));
      documents.put(s.name(), scoreDocuments(s, docs));
    }
    return new CorpusResult(corpus, dev.size(), docs.size(), sentences, documents);
  }

  /** Per-document scores of {@code system} on {@code dev} cut into documents. */
  public static Scores perDocument(System system, List<TaggedSentence> dev) {
    return scoreDocuments(system, documents(dev));
  }

  /** Per-sentence scores of {@code system} on {@code dev}. */
  public static Scores perSentence(System system, List<TaggedSentence> dev) {
    List<List<TaggedSentence.Span>> predicted =
        IntStream.range(0, dev.size()).parallel().mapToObj(i -> system.tagger().spans(dev.get(i).text())).toList();
    Map<NerLabel, int[]> counts = newCounts();
    for (int i = 0; i < dev.size(); i++) {
      List<TaggedSentence.Span> gold = dev.get(i).spans();
      Set<TaggedSentence.Span> g = new HashSet<>(gold);
      for (TaggedSentence.Span p : predicted.get(i)) {
        int[] c = counts.get(p.label());
        c[1]++;
        c[0] += g.contains(p) ? 1 : 0;
      }
      gold.forEach(s -> counts.get(s.label())[2]++);
    }
    return scoresOf(counts);
  }

  private static Scores scoreDocuments(System system, List<List<TaggedSentence>> docs) {
    List<Map<NerLabel, Set<String>>> predicted =
        IntStream.range(0, docs.size()).parallel().mapToObj(i -> names(system, docs.get(i))).toList();
    Map<NerLabel, int[]> counts = newCounts();
    for (int i = 0; i < docs.size(); i++) {
      Map<NerLabel, Set<String>> gold = goldNames(docs.get(i));
      for (NerLabel l : NerLabel.values()) {
        int[] c = counts.get(l);
        Set<String> p = predicted.get(i).get(l);
        Set<String> g = gold.get(l);
        c[1] += p.size();
        c[2] += g.size();
        for (String name : p) {
          c[0] += g.contains(name) ? 1 : 0;
        }
      }
    }
    return scoresOf(counts);
  }

  private static Map<NerLabel, Set<String>> names(System system, List<TaggedSentence> doc) {
    Map<NerLabel, Set<String>> out = emptyNames();
    if (system.wholeDocument()) {
      String text = join(doc);
      for (TaggedSentence.Span s : system.tagger().spans(text)) {
        out.get(s.label()).add(text.substring(s.start(), s.end()));
      }
    } else {
      for (TaggedSentence sentence : doc) {
        for (TaggedSentence.Span s : system.tagger().spans(sentence.text())) {
          out.get(s.label()).add(sentence.text().substring(s.start(), s.end()));
        }
      }
    }
    return out;
  }

  private static Map<NerLabel, Set<String>> goldNames(List<TaggedSentence> doc) {
    Map<NerLabel, Set<String>> out = emptyNames();
    for (TaggedSentence sentence : doc) {
      for (TaggedSentence.Span s : sentence.spans()) {
        out.get(s.label()).add(sentence.text().substring(s.start(), s.end()));
      }
    }
    return out;
  }

  private static Map<NerLabel, Set<String>> emptyNames() {
    Map<NerLabel, Set<String>> out = new EnumMap<>(NerLabel.class);
    for (NerLabel l : NerLabel.values()) {
      out.put(l, new HashSet<>());
    }
    return out;
  }

  private static String join(List<TaggedSentence> doc) {
    StringBuilder sb = new StringBuilder();
    for (TaggedSentence s : doc) {
      sb.append(sb.isEmpty() ? "" : "\n").append(s.text());
    }
    return sb.toString();
  }

  /** Consecutive runs of {@value #DOCUMENT_SENTENCES} sentences (the last may be shorter). */
  static List<List<TaggedSentence>> documents(List<TaggedSentence> dev) {
    List<List<TaggedSentence>> out = new ArrayList<>();
    for (int i = 0; i < dev.size(); i += DOCUMENT_SENTENCES) {
      out.add(dev.subList(i, Math.min(dev.size(), i + DOCUMENT_SENTENCES)));
    }
    return out;
  }

  private static Map<NerLabel, int[]> newCounts() {
    Map<NerLabel, int[]> counts = new EnumMap<>(NerLabel.class);
    for (NerLabel l : NerLabel.values()) {
      counts.put(l, new int[3]);
    }
    return counts;
  }

  private static Scores scoresOf(Map<NerLabel, int[]> counts) {
    Map<NerLabel, AnalysisEvaluation.Score> out = new EnumMap<>(NerLabel.class);
    // c: true positives, predicted, gold
    counts.forEach((l, c) -> out.put(l, new AnalysisEvaluation.Score(c[0], c[1] - c[0], c[2] - c[0])));
    return new Scores(out);
  }

  /** The results as two Markdown tables (per sentence, per document), the first system first. */
  public String markdown(List<CorpusResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("Per sentence (strict span match: same start, end and type):\n\n");
    table(sb, results, true);
    sb.append("\nPer document (").append(DOCUMENT_SENTENCES)
        .append(" consecutive dev sentences analyzed as one report; distinct names per type, exact match):\n\n");
    table(sb, results, false);
    return sb.toString();
  }

  private void table(StringBuilder sb, List<CorpusResult> results, boolean perSentence) {
    sb.append("| dev split | ").append(perSentence ? "sentences" : "documents").append(" | type | gold |");
    for (int k = 0; k < systems.size(); k++) {
      String n = systems.get(k).name();
      sb.append(k == 0 ? " " + n + " P | " + n + " R | " + n + " F1 |" : " " + n + " F1 (P / R) |");
    }
    sb.append("\n|---|---:|---|---:|");
    sb.append("---:|".repeat(2 + systems.size()));
    sb.append('\n');
    for (CorpusResult c : results) {
      Map<String, Scores> by = perSentence ? c.sentences() : c.documents();
      int n = perSentence ? c.sentenceCount() : c.documentCount();
      for (NerLabel l : NerLabel.values()) {
        row(sb, c.corpus().displayName(), n, l.nature(), by, s -> s.byLabel().get(l));
      }
      row(sb, c.corpus().displayName(), n, "all", by, Scores::all);
    }
  }

  private void row(StringBuilder sb, String corpus, int n, String type, Map<String, Scores> by, Function<Scores, AnalysisEvaluation.Score> pick) {
    AnalysisEvaluation.Score first = pick.apply(by.get(systems.get(0).name()));
    int gold = first.truePositives() + first.falseNegatives();
    sb.append(String.format(Locale.ROOT, "| %s | %,d | %s | %,d |", corpus, n, type, gold));
    for (int k = 0; k < systems.size(); k++) {
      AnalysisEvaluation.Score c = pick.apply(by.get(systems.get(k).name()));
      if (k == 0) {
        sb.append(String.format(Locale.ROOT, " %.3f | %.3f | **%.3f** |", c.precision(), c.recall(), c.f1()));
      } else {
        sb.append(String.format(Locale.ROOT, " %.3f (%.3f / %.3f) |", c.f1(), c.precision(), c.recall()));
      }
    }
    sb.append('\n');
  }
}
