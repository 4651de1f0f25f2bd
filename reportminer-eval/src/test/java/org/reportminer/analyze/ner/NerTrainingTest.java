package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.nlp.HanlpSegmenter;
import org.reportminer.nlp.NerText;
import org.reportminer.nlp.Segmenter;

/** Trains a tiny model on the hand-written sample through the real command path. */
class NerTrainingTest {
  @TempDir static Path dir;
  static List<TaggedSentence> sample;
  static NerModel model;
  static NerTraining.Result result;

  @BeforeAll
  static void train() throws Exception {
    // HanLP's part-of-speech tagging depends on process-wide state (the natures our dictionaries
    // and the shipped model register): this class runs in a JVM of its own (pom.xml), and puts
    // HanLP in the state the analyzer runs in before training.
    ReportAnalyzer.create(AnalysisOptions.defaults());
    sample = NerSample.sentences();
    Files.writeString(dir.resolve("msra_train_bio"), NerSample.toBio(sample), StandardCharsets.UTF_8);
    Path out = dir.resolve("tiny.bin.gz");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // HanLP's perceptron trainer prints a line per epoch on System.out, scored against a dev set
    // this run does not have ("Iter#1 - P:0.00 R:0.00 F:0.00"), which reads like a failure in the
    // build log: it goes to a buffer instead (this class has a JVM of its own, see above)
    PrintStream stdout = System.out;
    ByteArrayOutputStream hanlp = new ByteArrayOutputStream();
    System.setOut(new PrintStream(hanlp, true, StandardCharsets.UTF_8));
    try {
      result =
          new NerTraining(quiet)
              .run(new NerTraining.Config(dir, List.of(NerCorpus.MSRA), out, 15, 0, 1000, 0, 0));
    } finally {
      System.setOut(stdout);
    }
    hanlpLog = hanlp.toString(StandardCharsets.UTF_8);
    model = NerModel.load(out);
  }

  static String hanlpLog;

  @Test
  void trainsEveryEpochWithHanlpsEpochLinesKeptOutOfTheBuildLog() {
    assertTrue(hanlpLog.contains("Iter#15"), "the trainer ran 15 epochs: " + hanlpLog);
  }

  @Test
  void learnsTheTrainingSentences() {
    NerScores scores = new NerTraining(System.err).score(model, sample);
    double[] all = scores.overall();
    assertTrue(all[2] >= 0.95, "F1 on its own training data: " + all[2]);
    assertEquals(sample.size(), result.trainSentences());
    assertTrue(result.modelBytes() > 0);
  }

  /**
   * Seen names in new combinations. HanLP's trainer shuffles the instances with an unseeded
   * {@code Random} every epoch, so a tiny model's boundaries vary from run to run (one run in a
   * few tagged 云溪|县 as two names): the test asks for most spans over several sentences, not for
   * every span of one.
   */
  @Test
  void generalizesToUnseenSentencesOfTheSameShape() {
    Segmenter seg = HanlpSegmenter.plain();
    NerScores scores = new NerScores();
    for (String line : List.of(
        "{王建国|PER}在{云溪县|LOC}主持召开会议。",
        "{赵志强|PER}到{青岚市|LOC}调研农业生产。",
        "{陈晓东|PER}同志任{柳湾区|LOC}副区长。",
        "{周文斌|PER}带队前往{云溪县|LOC}学习考察。",
        "{郑浩|PER}来到{桐林区|LOC}检查安全生产工作。",
        "{罗军|PER}在{北川县|LOC}工作多年。")) {
      TaggedSentence unseen = NerSample.parse(line);
      String text = NerText.normalize(unseen.text());
      scores.add(unseen.spans(), model.spans(text, seg.segment(text)));
    }
    assertTrue(scores.overall()[2] >= 0.75, "F1 on unseen sentences: " + scores.overall()[2]);
  }

  @Test
  void ourDecoderFindsHanlpsBestPath() {
    assertDecoderFindsHanlpsBestPath(model);
  }

  /**
   * With {@code clusters}, the table is learned from the training text, written beside the model
   * and read with it; the model's cluster features are decoded exactly as HanLP decodes their
   * strings; without its table the model does not load.
   */
  @Test
  void aModelWithClustersLoadsWithItsTableAndDecodesAsHanlp() throws Exception {
    Path out = dir.resolve("clusters.bin.gz");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    System.setOut(quiet);
    try {
      new NerTraining(quiet).run(new NerTraining.Config(dir, List.of(NerCorpus.MSRA), out, 5, 0, 1000, 0, 0, 4, List.of()));
    } finally {
      System.setOut(stdout);
    }
    Path table = dir.resolve("clusters.clusters.txt");
    assertTrue(Files.exists(table));
    NerModel withClusters = NerModel.load(out);
    assertEquals(4, withClusters.clusters().size());
    assertTrue(withClusters.linearModel().featureMap.idOf("w0/1") >= 0
        || withClusters.linearModel().featureMap.idOf("t0") >= 0, "cluster features were trained");
    assertDecoderFindsHanlpsBestPath(withClusters);
    Files.delete(table);
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> NerModel.load(out));
    assertTrue(e.getMessage().contains("no cluster table"), e.getMessage());
  }

  private static void assertDecoderFindsHanlpsBestPath(NerModel model) {
    Segmenter seg = HanlpSegmenter.plain();
    for (TaggedSentence s : sample) {
      String text = NerText.normalize(s.text());
      String[][] features = CharFeatures.extract(text, seg.segment(text), model.clusters());
      CharNerInstance instance = new CharNerInstance(features, model.linearModel().featureMap);
      int[] hanlp = new int[instance.length()];
      model.linearModel().viterbiDecode(instance, hanlp);
      List<String> ours = model.tag(text, seg.segment(text));
      String[] hanlpTags = new String[hanlp.length];
      for (int i = 0; i < hanlp.length; i++) {
        hanlpTags[i] = model.linearModel().featureMap.tagSet.stringOf(hanlp[i]);
      }
      assertArrayEquals(hanlpTags, ours.toArray(new String[0]), s.text());
    }
  }
}
