package org.reportminer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.analyze.ner.DevSplit;
import org.reportminer.analyze.ner.NerCorpus;
import org.reportminer.analyze.ner.NerLabel;
import org.reportminer.analyze.ner.NerScores;
import org.reportminer.analyze.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reportminer train-ner}: trains the character-level NER model (not part of the build). */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the character-level perceptron NER model on the public corpora.",
      "Needs about 10 GB of heap for the full corpora: REPORTMINER_JAVA_OPTS=-Xmx12g."
    })
public final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--corpora", required = true, description = "Directory with the corpus files.")
  Path corpora;

  @Option(
      names = "--out",
      defaultValue = "reportminer-core/src/main/resources/models/ner/reportminer-ner.bin.gz",
      description = "Model file to write; .gz compresses it (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--corpus",
      split = ",",
      defaultValue = "MSRA,RESUME,CLUENER",
      description = "Corpora to train on (default: ${DEFAULT-VALUE}; BOSON adds the BosonNLP data, whose licence"
          + " limits commercial use, so the shipped model is built without it: docs/MODELS.md).")
  List<NerCorpus> use;

  @Option(names = "--iterations", defaultValue = "20", description = "Epochs (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--compress",
      defaultValue = "0.95",
      description = "Share of features dropped by compression (default: ${DEFAULT-VALUE}).")
  double compress;

  @Option(
      names = "--dev-every",
      defaultValue = "" + DevSplit.DEFAULT_EVERY,
      description = "Every N-th sentence of each corpus is held out for development (default: ${DEFAULT-VALUE}).")
  int devEvery;

  @Option(names = "--limit", defaultValue = "0", description = "Use at most N sentences per corpus (0: all).")
  int limit;

  @Option(
      names = "--train-limit",
      defaultValue = "0",
      description = "Train on at most the first N training sentences of each corpus, the development"
          + " splits staying whole (0: all); for quick comparisons.")
  int trainLimit;

  @Option(
      names = "--clusters",
      defaultValue = "0",
      description = "Learn this many char clusters (2 to 1000) from the training sentences' text and add"
          + " cluster templates to the features (0: none; default: ${DEFAULT-VALUE}). The table is written beside"
          + " the model (x.bin.gz: x.clusters.txt).")
  int clusters;

  @Option(
      names = "--cluster-text",
      split = ",",
      description = "More unlabelled text for --clusters: UTF-8 files, one text per line, holding no"
          + " development or test sentence (default: none, only the training sentences' text).")
  List<Path> clusterText = List.of();

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    NerTraining.Result r =
        new NerTraining(System.err)
            .run(new NerTraining.Config(corpora, use, out, iterations, compress, devEvery, limit, trainLimit, clusters, clusterText));
    System.out.printf(
        "trained on %d sentences, %d held out; %d features; model %s (%.1f MB); %.0f s%n",
        r.trainSentences(), r.devSentences(), r.features(), out, r.modelBytes() / 1e6,
        (System.nanoTime() - t0) / 1e9);
    System.out.println("dev split      label  P      R      F1     gold");
    for (var e : r.devScores().entrySet()) {
      NerScores s = e.getValue();
      for (NerLabel l : NerLabel.values()) {
        double[] prf = s.prf(l);
        System.out.printf(
            "%-14s %-6s %.3f  %.3f  %.3f  %d%n", e.getKey(), l.nature(), prf[0], prf[1], prf[2], s.gold(l));
      }
      double[] all = s.overall();
      System.out.printf("%-14s %-6s %.3f  %.3f  %.3f%n", e.getKey(), "all", all[0], all[1], all[2]);
    }
    return Main.OK;
  }
}
