package org.reportminer.analyze.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores our NER model and a baseline, with one scorer ({@link NerScores}: strict span match, per
 * label and micro-averaged), on the development splits {@code train-ner} held out of each public
 * corpus ({@link DevSplit}): figures comparable with the ones training printed and, loosely, with
 * published ones. The usual pair is the shipped model against raw HanLP ({@link
 * #shippedAgainstHanlp()}). Sentences are tagged in parallel; each tagger sees one sentence per
 * call. Not a CLI entry point: {@code eval --corpora DIR} prints its {@link #markdown(Result)}.
 * Thread-safe if its taggers are.
 *
 * <p>Example: {@code new NerDevEvaluation(ours, hanlp).evaluate(Path.of("../shared/corpora"),
 * DevSplit.DEFAULT_EVERY)} reads the corpora present there (MSRA, Resume, CLUENER, Boson) and scores both taggers on every
 * 20th sentence of each.
 */
public final class NerDevEvaluation {

  /**
   * Precision, recall and F1 (0…1) of one label or of all labels, and the gold entity count.
   *
   * @param precision correct predicted spans / predicted spans
   * @param recall correct predicted spans / gold spans
   * @param f1 harmonic mean of precision and recall
   * @param gold number of gold spans
   */
  public record Prf(double precision, double recall, double f1, int gold) {}

  /**
   * One tagger's scores on one split.
   *
   * @param byLabel per label
   * @param all micro-averaged over the labels
   */
  public record Scores(Map<NerLabel, Prf> byLabel, Prf all) {
    public Scores {
      byLabel = Map.copyOf(byLabel);
    }

    static Scores of(NerScores s) {
      Map<NerLabel, Prf> byLabel = new EnumMap<>(NerLabel.class);
      int gold = 0;
      for (NerLabel l : NerLabel.values()) {
        byLabel.put(l, prf(s.prf(l), s.gold(l)));
        gold += s.gold(l);
      }
      return new Scores(byLabel, prf(s.overall(), gold));
    }

    private static Prf prf(double[] p, int gold) {
      return new Prf(p[0], p[1], p[2], gold);
    }
  }

  /**
   * Both taggers' scores on one corpus's development split.
   *
   * @param corpus the corpus
   * @param sentences development sentences scored
   * @param ours our model's scores
   * @param baseline the baseline's scores
   */
  public record CorpusResult(NerCorpus corpus, int sentences, Scores ours, Scores baseline) {}

  /**
   * A whole evaluation.
   *
   * @param corpora one entry per corpus found, in {@link NerCorpus} order
   * @param skipped one line per corpus (or directory) not evaluated, saying why
   * @param every the split: every {@code every}-th sentence was held out
   */
  public record Result(List<CorpusResult> corpora, List<String> skipped, int every) {
    public Result {
      corpora = List.copyOf(corpora);
      skipped = List.copyOf(skipped);
    }
  }

  private final SpanTagger ours;
  private final SpanTagger baseline;

  /** Compares {@code ours} with {@code baseline}. */
  public NerDevEvaluation(SpanTagger ours, SpanTagger baseline) {
    this.ours = ours;
    this.baseline = baseline;
  }

  /** The shipped model ({@link PerceptronEntityRecognizer#shippedModel()}) against raw HanLP. */
  public static NerDevEvaluation shippedAgainstHanlp() {
    return new NerDevEvaluation(
        new ModelSpanTagger(PerceptronEntityRecognizer.shippedModel()), new HanlpSpanTagger());
  }

  /**
   * Reads each {@link NerCorpus} present in {@code corporaDir}, carves its development split as
   * training did and scores both taggers on it. A missing directory or corpus file is a skipped
   * line in the result, not an error.
   */
  public Result evaluate(Path corporaDir, int every) throws IOException {
    if (!Files.isDirectory(corporaDir)) {
      return new Result(
          List.of(), List.of("no corpora directory " + corporaDir), every);
    }
    List<CorpusResult> results = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (NerCorpus corpus : NerCorpus.values()) {
      Path file = corpus.file(corporaDir);
      if (!Files.isRegularFile(file)) {
        skipped.add(corpus.displayName() + ": no " + file);
        continue;
      }
      results.add(evaluate(corpus, DevSplit.read(corporaDir, corpus, every, 0).dev()));
    }
    return new Result(results, skipped, every);
  }

  /** Scores both taggers on {@code dev}, one corpus's held-out sentences. */
  public CorpusResult evaluate(NerCorpus corpus, List<TaggedSentence> dev) {
    List<Predicted> predicted =
        IntStream.range(0, dev.size())
            .parallel()
            .mapToObj(i -> new Predicted(ours.spans(dev.get(i).text()), baseline.spans(dev.get(i).text())))
            .toList();
    NerScores oursScores = new NerScores();
    NerScores baselineScores = new NerScores();
    for (int i = 0; i < dev.size(); i++) {
      List<TaggedSentence.Span> gold = dev.get(i).spans();
      oursScores.add(gold, predicted.get(i).ours());
      baselineScores.add(gold, predicted.get(i).baseline());
    }
    return new CorpusResult(corpus, dev.size(), Scores.of(oursScores), Scores.of(baselineScores));
  }

  /**
   * The result as a Markdown table, one row per corpus and label plus an "all" row, ours beside
   * raw HanLP, followed by the skipped lines.
   */
  public static String markdown(Result r) {
    StringBuilder sb = new StringBuilder();
    if (!r.corpora().isEmpty()) {
      sb.append("Development splits held out by `train-ner` (1 in ")
          .append(r.every())
          .append(" sentences of each train file: the ")
          .append(r.every())
          .append("th, ")
          .append(2 * r.every())
          .append("th … in file order; never trained on); strict span match (same start,")
          .append(" end and type). Ours: the shipped character-level model alone, no rules on top.")
          .append(" Raw HanLP: its segmentation with the person, place and organization recognizers")
          .append(" on, words tagged nr\\*/ns\\*/nt\\* read as nr/ns/nt.\n\n")
          .append("| dev split | sentences | type | gold | ours P | ours R | ours F1 | HanLP P | HanLP R | HanLP F1 |\n")
          .append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (CorpusResult c : r.corpora()) {
        for (NerLabel l : NerLabel.values()) {
          row(sb, c, l.nature(), c.ours().byLabel().get(l), c.baseline().byLabel().get(l));
        }
        row(sb, c, "all", c.ours().all(), c.baseline().all());
      }
    }
    for (String s : r.skipped()) {
      sb.append(sb.isEmpty() ? "" : "\n").append("Skipped: ").append(s).append('\n');
    }
    return sb.toString();
  }

  /** Both taggers' spans for one sentence. */
  private record Predicted(List<TaggedSentence.Span> ours, List<TaggedSentence.Span> baseline) {}

  private static void row(StringBuilder sb, CorpusResult c, String type, Prf ours, Prf hanlp) {
    sb.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %s | %,d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f |%n",
            c.corpus().displayName(), c.sentences(), type, ours.gold(),
            ours.precision(), ours.recall(), ours.f1(),
            hanlp.precision(), hanlp.recall(), hanlp.f1()));
  }
}
