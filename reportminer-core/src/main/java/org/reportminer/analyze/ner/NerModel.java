package org.reportminer.analyze.ner;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.reportminer.nlp.HanlpRuntime;
import org.reportminer.nlp.Token;

/**
 * A trained character-level NER model: HanLP's {@link LinearModel} (feature map + weights) and
 * our own Viterbi decoder over it. The decoder gives the same best path as {@code
 * LinearModel.viterbiDecode} but computes each character's emission scores once instead of once
 * per previous tag, which makes it several times faster, and keeps all state on the stack so one
 * model serves any number of threads.
 *
 * <p>A model trained with char clusters ({@link CharClusters}) needs its cluster table, a small
 * text file beside the model file named by {@link #clusterTableName} ({@code
 * reportminer-ner.bin.gz} → {@code reportminer-ner.clusters.txt}); {@link #load(Path)} and {@link
 * #loadResource} read it when it is there, and loading fails when the model has cluster features
 * and the table is missing. Immutable after loading; thread-safe.
 */
public final class NerModel {
  private final LinearModel model;
  private final int tagCount;
  private final String[] tagNames;
  private final CompiledFeatures features;
  private final CharClusters clusters;
  /** Transition weights: {@code [p * tagCount + k]} scores tag p followed by tag k. */
  private final double[] transitions;
  /** Weights of each tag after the sentence start. */
  private final double[] fromBos;

  /** Wraps a model without cluster features produced by the trainer or loaded from bytes. */
  NerModel(LinearModel model) {
    this(model, CharClusters.NONE);
  }

  /** Wraps a model produced by the trainer or loaded from bytes, with its cluster table. */
  NerModel(LinearModel model, CharClusters clusters) {
    this.model = model;
    this.clusters = clusters;
    TagSet tags = model.featureMap.tagSet;
    this.tagCount = tags.size();
    int bos = model.featureMap.bosTag();
    this.tagNames = new String[tagCount];
    for (int i = 0; i < tagCount; i++) {
      tagNames[i] = tags.stringOf(i);
    }
    float[] w = model.parameter;
    this.transitions = new double[tagCount * tagCount];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = w[i];
    }
    this.fromBos = new double[tagCount];
    for (int k = 0; k < tagCount; k++) {
      fromBos[k] = w[bos * tagCount + k];
    }
    this.features =
        new CompiledFeatures(model.featureMap.entrySet(), model.featureMap::idOf, model.parameter, tagCount, clusters);
    for (String required : NerLabel.allTags()) {
      if (tags.idOf(required) < 0) {
        throw new IllegalArgumentException("not a reportminer NER model: no tag " + required);
      }
    }
  }

  /** Loads a model without clusters saved by HanLP ({@code LinearModel.save}), optionally gzip-compressed. */
  public static NerModel load(InputStream in) throws IOException {
    return load(in, CharClusters.NONE);
  }

  /**
   * Loads a model saved by HanLP ({@code LinearModel.save}), optionally gzip-compressed, with the
   * cluster table it was trained with.
   */
  public static NerModel load(InputStream in, CharClusters clusters) throws IOException {
    HanlpRuntime.ensureConfigured();
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    InputStream raw = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    byte[] bytes = raw.readAllBytes();
    LinearModel model = new LinearModel((FeatureMap) null, null);
    if (!model.load(new ByteArray(bytes))) {
      throw new IOException("not a HanLP linear model");
    }
    try {
      return new NerModel(model, clusters);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * The name of the cluster table that goes with a model file: the model's name without {@code
   * .gz} and {@code .bin}, then {@code .clusters.txt}.
   */
  public static String clusterTableName(String modelName) {
    String base = modelName.endsWith(".gz") ? modelName.substring(0, modelName.length() - 3) : modelName;
    base = base.endsWith(".bin") ? base.substring(0, base.length() - 4) : base;
    return base + ".clusters.txt";
  }

  /** The cluster table file beside {@code modelFile}. */
  public static Path clusterTableOf(Path modelFile) {
    return modelFile.resolveSibling(clusterTableName(modelFile.getFileName().toString()));
  }

  /** Loads a model file (plain or .gz), with the cluster table beside it if there is one. */
  public static NerModel load(Path file) throws IOException {
    Path table = clusterTableOf(file);
    CharClusters clusters = CharClusters.NONE;
    if (Files.exists(table)) {
      try (InputStream in = Files.newInputStream(table)) {
        clusters = CharClusters.read(in);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, clusters);
    }
  }

  /** Loads a model from a classpath resource. */
  public static NerModel loadResource(String resource) throws IOException {
    InputStream in = NerModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("NER model resource not found: " + resource);
    }
    CharClusters clusters = CharClusters.NONE;
    try (InputStream table = NerModel.class.getResourceAsStream(clusterTableName(resource))) {
      if (table != null) {
        clusters = CharClusters.read(table);
      }
    }
    try (in) {
      return load(in, clusters);
    }
  }

  /** The cluster table the model reads its cluster templates with ({@link CharClusters#NONE}: none). */
  CharClusters clusters() {
    return clusters;
  }

  /** The HanLP model underneath (for evaluation during training and for saving). */
  LinearModel linearModel() {
    return model;
  }

  /** Number of features in the model's map. */
  public int featureCount() {
    return model.featureMap.size();
  }

  /**
   * Tags every char of a normalized sentence.
   *
   * @param text the sentence after {@link NerText#normalize}
   * @param tokens HanLP's plain segmentation of {@code text} (offsets relative to it)
   */
  public List<String> tag(String text, List<Token> tokens) {
    int n = text.length();
    if (n == 0) {
      return List.of();
    }
    // score[i * t + k]: the best path through char i ending in tag k; starts as the emissions
    double[] score = features.emissions(text, tokens);
    int t = tagCount;
    double[] w = transitions;
    // before[i * t + k]: the best over previous tags p of score[(i - 1) * t + p] + w[p * t + k]
    double[] before = new double[n * t];
    for (int k = 0; k < t; k++) {
      score[k] += fromBos[k];
    }
    for (int i = 1; i < n; i++) {
      int e = i * t;
      int pe = e - t;
      double s0 = score[pe];
      for (int k = 0; k < t; k++) {
        before[e + k] = s0 + w[k];
      }
      for (int p = 1; p < t; p++) {
        double sp = score[pe + p];
        int row = p * t;
        for (int k = 0; k < t; k++) {
          before[e + k] = Math.max(before[e + k], sp + w[row + k]);
        }
      }
      for (int k = 0; k < t; k++) {
        score[e + k] += before[e + k];
      }
    }
    int last = 0;
    int end = (n - 1) * t;
    for (int k = 1; k < t; k++) {
      if (score[end + k] > score[end + last]) {
        last = k;
      }
    }
    String[] tags = new String[n];
    for (int i = n - 1; i > 0; i--) {
      tags[i] = tagNames[last];
      // the first previous tag reaching the best score, as a strict > scan would have picked
      int pe = (i - 1) * t;
      double best = before[i * t + last];
      int p = 0;
      while (score[pe + p] + w[p * t + last] != best) {
        p++;
      }
      last = p;
    }
    tags[0] = tagNames[last];
    return List.of(tags);
  }

  /** The entity spans in a normalized sentence. */
  public List<TaggedSentence.Span> spans(String text, List<Token> tokens) {
    return new ArrayList<>(TaggedSentence.spansOf(tag(text, tokens)));
  }
}
