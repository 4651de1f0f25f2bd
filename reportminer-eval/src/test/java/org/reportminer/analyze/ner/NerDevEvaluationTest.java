package org.reportminer.analyze.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.ner.NerDevEvaluation.CorpusResult;
import org.reportminer.analyze.ner.NerDevEvaluation.Prf;
import org.reportminer.analyze.ner.TaggedSentence.Span;

/**
 * The dev-split evaluation on hand-written corpora (reportminer-eval/src/test/resources/ner/dev-split): the split
 * is training's, only held-out sentences reach the taggers, and the scores are the strict-match
 * figures worked out by hand below.
 */
class NerDevEvaluationTest {
  static final Path CORPORA = Path.of("reportminer-eval/src/test/resources/ner/dev-split");
  static final NerLabel NT = NerLabel.ORG;
  static final NerLabel NR = NerLabel.PERSON;
  static final NerLabel NS = NerLabel.PLACE;

  // The held-out sentences with every = 2: MSRA sentences 1 and 3, Resume sentence 1.
  static final String MSRA_1 = "李红梅代表青岚市教育局作总结发言。"; // gold nr 0-3, nt 5-11
  static final String MSRA_3 = "赵志强到云溪县调研农业生产。"; // gold nr 0-3, ns 4-7
  static final String RESUME_1 = "吴海燕女士，硕士学历，曾任青岚市总工会干部。"; // gold nr 0-3, nt 13-19

  /** Answers from a script; any sentence outside it (a training sentence) fails the test. */
  record ScriptedTagger(Map<String, List<Span>> script) implements SpanTagger {
    @Override
    public List<Span> spans(String sentence) {
      List<Span> spans = script.get(sentence);
      if (spans == null) {
        throw new AssertionError("a sentence outside the dev split was tagged: " + sentence);
      }
      return spans;
    }
  }

  /** Right on 3 of 5 MSRA spans (nt cut short, a spurious ns), all right on Resume. */
  static final SpanTagger OURS =
      new ScriptedTagger(
          Map.of(
              MSRA_1, List.of(new Span(0, 3, NR), new Span(5, 8, NT)),
              MSRA_3, List.of(new Span(0, 3, NR), new Span(4, 7, NS), new Span(7, 9, NS)),
              RESUME_1, List.of(new Span(0, 3, NR), new Span(13, 19, NT))));

  /** Right on 1 of 2 MSRA spans, nothing on Resume. */
  static final SpanTagger BASELINE =
      new ScriptedTagger(
          Map.of(
              MSRA_1, List.of(new Span(5, 8, NS)),
              MSRA_3, List.of(new Span(0, 3, NR)),
              RESUME_1, List.of()));

  @Test
  void carvesEveryNthSentenceLikeTraining() throws Exception {
    DevSplit msra = DevSplit.read(CORPORA, NerCorpus.MSRA, 2, 0);
    assertEquals(List.of(MSRA_1, MSRA_3), msra.dev().stream().map(TaggedSentence::text).toList());
    assertEquals(3, msra.train().size());
    assertEquals(List.of(new Span(0, 3, NR), new Span(5, 11, NT)), msra.dev().get(0).spans());
    assertEquals(msra, DevSplit.read(CORPORA, NerCorpus.MSRA, 2, 0), "the same file gives the same split");

    DevSplit limited = DevSplit.read(CORPORA, NerCorpus.MSRA, 2, 3);
    assertEquals(List.of(MSRA_1), limited.dev().stream().map(TaggedSentence::text).toList());
    assertEquals(
        List.of("王建国在青岚市主持召开会议。", "柳湾区文化馆组织开展了读书活动。"),
        limited.train().stream().map(TaggedSentence::text).toList());
    assertThrows(IllegalArgumentException.class, () -> DevSplit.carve(NerCorpus.MSRA, List.of(), 1));
  }

  @Test
  void holdsOutSentencesEveryMinusOneModEvery() {
    List<TaggedSentence> sentences =
        java.util.stream.IntStream.range(0, 7)
            .mapToObj(i -> TaggedSentence.fromSpans("句" + i, List.of()))
            .toList();
    DevSplit split = DevSplit.carve(NerCorpus.RESUME, sentences, 3);
    assertEquals(List.of("句2", "句5"), split.dev().stream().map(TaggedSentence::text).toList());
    assertEquals(List.of("句0", "句1", "句3", "句4", "句6"), split.train().stream().map(TaggedSentence::text).toList());
  }

  @Test
  void scoresBothTaggersWithStrictSpanMatch() throws Exception {
    NerDevEvaluation.Result r = new NerDevEvaluation(OURS, BASELINE).evaluate(CORPORA, 2);
    assertEquals(List.of(NerCorpus.MSRA, NerCorpus.RESUME), r.corpora().stream().map(CorpusResult::corpus).toList());

    CorpusResult msra = r.corpora().get(0);
    assertEquals(2, msra.sentences());
    // ours: 5 predicted, 3 right, 4 gold
    assertPrf(0.6, 0.75, 2 * 0.6 * 0.75 / 1.35, 4, msra.ours().all());
    assertPrf(1, 1, 1, 2, msra.ours().byLabel().get(NR));
    assertPrf(0, 0, 0, 1, msra.ours().byLabel().get(NT));
    assertPrf(0.5, 1, 2 / 3.0, 1, msra.ours().byLabel().get(NS));
    // baseline: 2 predicted, 1 right, 4 gold
    assertPrf(0.5, 0.25, 1 / 3.0, 4, msra.baseline().all());
    assertPrf(0, 0, 0, 1, msra.baseline().byLabel().get(NS));

    CorpusResult resume = r.corpora().get(1);
    assertEquals(1, resume.sentences());
    assertPrf(1, 1, 1, 2, resume.ours().all());
    assertPrf(0, 0, 0, 2, resume.baseline().all());

    assertEquals(2, r.skipped().size());
    assertTrue(r.skipped().get(0).startsWith("CLUENER: no "), r.skipped().get(0));
    assertTrue(r.skipped().get(1).startsWith("Boson: no "), r.skipped().get(1));
  }

  @Test
  void markdownPutsOursBesideTheBaseline() throws Exception {
    String md = NerDevEvaluation.markdown(new NerDevEvaluation(OURS, BASELINE).evaluate(CORPORA, 2));
    assertTrue(md.contains("1 in 2 sentences of each train file"), md);
    assertTrue(md.contains("| MSRA | 2 | all | 4 | 0.600 | 0.750 | **0.667** | 0.500 | 0.250 | 0.333 |"), md);
    assertTrue(md.contains("| MSRA | 2 | nt | 1 | 0.000 | 0.000 | **0.000** | 0.000 | 0.000 | 0.000 |"), md);
    assertTrue(md.contains("| Resume | 1 | all | 2 | 1.000 | 1.000 | **1.000** | 0.000 | 0.000 | 0.000 |"), md);
    assertTrue(md.contains("Skipped: CLUENER: no "), md);
  }

  @Test
  void aMissingDirectoryIsSkippedNotAnError() throws Exception {
    NerDevEvaluation.Result r =
        new NerDevEvaluation(OURS, BASELINE).evaluate(Path.of("no/such/corpora"), DevSplit.DEFAULT_EVERY);
    assertTrue(r.corpora().isEmpty());
    assertEquals(List.of("no corpora directory " + Path.of("no/such/corpora")), r.skipped());
  }

  static void assertPrf(double p, double r, double f1, int gold, Prf actual) {
    assertEquals(p, actual.precision(), 1e-9, "precision");
    assertEquals(r, actual.recall(), 1e-9, "recall");
    assertEquals(f1, actual.f1(), 1e-9, "F1");
    assertEquals(gold, actual.gold(), "gold");
  }
}
