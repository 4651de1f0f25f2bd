package org.reportminer.analyze.ner;

import com.hankcs.hanlp.model.perceptron.PerceptronTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;

/**
 * Trains the character-level NER model: reads the corpora, carves a deterministic development
 * split from each (every k-th sentence, {@link DevSplit}), trains HanLP's averaged perceptron single-threaded on
 * the rest, scores the compressed model on each development split and writes it (gzip when the
 * output name ends in .gz). Not part of the build: run it with {@code ./reportminer train-ner}
 * (about 10 GB of heap for the full corpora). One run per instance; not thread-safe.
 */
public final class NerTraining {

  /**
   * Training settings.
   *
   * @param corporaDir directory holding the corpus files
   * @param corpora which corpora to train on
   * @param out the model file to write (.gz for a compressed file)
   * @param iterations perceptron epochs
   * @param compressRatio share of features HanLP's compression drops (0 keeps all)
   * @param devEvery every {@code devEvery}-th sentence of each corpus goes to development
   * @param limit at most this many sentences per corpus (0 for all): for quick runs and tests
   * @param trainLimit at most this many training sentences per corpus (0 for all), the first ones
   *     in file order; the development split stays whole, so quick comparisons are scored on the
   *     same sentences as full runs
   * @param clusters number of char clusters learned from the training sentences' text for the
   *     cluster templates ({@link CharClusterer}; 0 for none, the former recipe)
   * @param clusterText more unlabelled text for the clustering, UTF-8 files of one text per line
   *     (none by default); they must hold no development or test sentence
   */
  public record Config(
      Path corporaDir,
      List<NerCorpus> corpora,
      Path out,
      int iterations,
      double compressRatio,
      int devEvery,
      int limit,
      int trainLimit,
      int clusters,
      List<Path> clusterText) {
    public Config {
      clusterText = List.copyOf(clusterText);
      corpora = List.copyOf(corpora);
      if (iterations < 1 || devEvery < 2 || compressRatio < 0 || compressRatio >= 1
          || limit < 0 || trainLimit < 0 || clusters < 0 || clusters == 1 || clusters > MAX_CLUSTERS) {
        throw new IllegalArgumentException(
            "need iterations >= 1, devEvery >= 2, 0 <= compressRatio < 1, limits >= 0, clusters 0 or 2 to "
                + MAX_CLUSTERS);
      }
    }

    /** Settings without char clusters. */
    public Config(
        Path corporaDir,
        List<NerCorpus> corpora,
        Path out,
        int iterations,
        double compressRatio,
        int devEvery,
        int limit,
        int trainLimit) {
      this(corporaDir, corpora, out, iterations, compressRatio, devEvery, limit, trainLimit, 0, List.of());
    }
  }

  /**
   * Most clusters: the decoder's pair tables hold 2 × (clusters + 3)² cells (8 MB at 1,000), see
   * {@link CompiledFeatures}.
   */
  public static final int MAX_CLUSTERS = 1000;
  /** Chars seen fewer times in the training text stay out of the cluster table. */
  static final int CLUSTER_MIN_COUNT = 3;
  /** Seed of the clustering's k-means++ start. */
  static final long CLUSTER_SEED = 20261208L;

  /** What a training run measured: development scores per corpus, and the model's size. */
  public record Result(
      Map<NerCorpus, NerScores> devScores,
      int trainSentences,
      int devSentences,
      int features,
      long modelBytes) {}

  private final Segmenter segmenter = HanlpSegmenter.plain();
  private final PrintStream log;

  /** A training run that writes its progress to {@code log}. */
  public NerTraining(PrintStream log) {
    this.log = log;
  }

  /** Reads, trains, evaluates and writes the model. */
  public Result run(Config config) throws IOException {
    List<TaggedSentence> train = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    List<TaggedSentence> dev = new ArrayList<>();
    Map<NerCorpus, List<TaggedSentence>> devByCorpus = new EnumMap<>(NerCorpus.class);
    for (NerCorpus corpus : config.corpora()) {
      DevSplit split = DevSplit.read(config.corporaDir(), corpus, config.devEvery(), config.limit());
      List<TaggedSentence> corpusTrain = split.train();
      if (config.trainLimit() > 0 && corpusTrain.size() > config.trainLimit()) {
        corpusTrain = corpusTrain.subList(0, config.trainLimit());
      }
      train.addAll(corpusTrain);
      // the whole training split's text (labels unused), never the development sentences
      for (TaggedSentence s : split.train()) {
        unlabelled.add(NerText.normalize(s.text()));
      }
      devByCorpus.put(corpus, split.dev());
      dev.addAll(split.dev());
      log.printf(
          "%s: %d sentences, %d for development, %d trained on%n",
          corpus, split.train().size() + split.dev().size(), split.dev().size(), corpusTrain.size());
    }
    CharClusters clusters = CharClusters.NONE;
    if (config.clusters() > 0) {
      long t0 = System.nanoTime();
      for (Path file : config.clusterText()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            unlabelled.add(NerText.normalize(line));
          }
        }
      }
      clusters = CharClusterer.learn(unlabelled, config.clusters(), CLUSTER_MIN_COUNT, CLUSTER_SEED);
      log.printf(
          "char clusters: %d chars of %d unlabelled texts in %d clusters, %.0f s%n",
          clusters.charCount(), unlabelled.size(), clusters.size(), (System.nanoTime() - t0) / 1e9);
    }
    Path raw = Files.createTempFile("reportminer-ner", ".bin");
    try {
      CharNerTrainer trainer = new CharNerTrainer(train, dev, segmenter, clusters);
      PerceptronTrainer.Result result =
          trainer.train(
              "train", "dev", raw.toString(), config.compressRatio(), config.iterations(), 1);
      NerModel model = new NerModel(result.getModel(), clusters);
      Map<NerCorpus, NerScores> scores = new EnumMap<>(NerCorpus.class);
      for (Map.Entry<NerCorpus, List<TaggedSentence>> e : devByCorpus.entrySet()) {
        scores.put(e.getKey(), score(model, e.getValue()));
      }
      write(raw, config.out());
      writeClusters(clusters, config.out());
      return new Result(scores, train.size(), dev.size(), model.featureCount(), Files.size(config.out()));
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  /** Scores a model on tagged sentences (strict entity match). */
  public NerScores score(NerModel model, List<TaggedSentence> sentences) {
    SpanTagger tagger = new ModelSpanTagger(model);
    NerScores scores = new NerScores();
    for (TaggedSentence s : sentences) {
      scores.add(s.spans(), tagger.spans(s.text()));
    }
    return scores;
  }

  /** Writes the cluster table beside the model, or removes a stale one when there is none. */
  private static void writeClusters(CharClusters clusters, Path out) throws IOException {
    Path table = NerModel.clusterTableOf(out);
    if (clusters.isEmpty()) {
      Files.deleteIfExists(table);
      return;
    }
    try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
      clusters.write(w);
    }
  }

  private static void write(Path raw, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    if (!out.getFileName().toString().endsWith(".gz")) {
      Files.copy(raw, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (InputStream in = Files.newInputStream(raw);
        OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
          }
        }) {
      in.transferTo(o);
    }
  }
}
