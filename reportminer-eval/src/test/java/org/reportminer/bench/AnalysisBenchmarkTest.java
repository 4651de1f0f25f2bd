package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tiny run of the analysis benchmark: every contender measured, over wall and CPU time. */
class AnalysisBenchmarkTest {

  @Test
  void measuresEveryContenderOverWallAndCpuTime() throws Exception {
    AnalysisBenchmark.Settings settings = new AnalysisBenchmark.Settings(
        Path.of("reportminer-eval/src/test/resources/gold"), 3000, 0, 1, List.of(1000), List.of(1, 2), false);
    List<String> progress = new ArrayList<>();
    List<AnalysisBenchmark.Row> rows = new AnalysisBenchmark().run(settings, progress::add);
    assertEquals(2, rows.size());
    assertEquals(2, progress.size());
    for (AnalysisBenchmark.Row r : rows) {
      for (AnalysisBenchmark.Rate rate : List.of(r.ours(), r.rawSentences(), r.rawParagraphs())) {
        assertTrue(rate.wall() > 0 && Double.isFinite(rate.wall()), r.toString());
        assertTrue(rate.cpu() > 0 && Double.isFinite(rate.cpu()), r.toString());
      }
    }
    for (AnalysisBenchmark.Row r : rows) {
      assertEquals(r, AnalysisBenchmark.parseRow(AnalysisBenchmark.rowLine(r)));
    }
    assertNull(AnalysisBenchmark.parseRow("bench analyze: 1 KB, 1 thread(s): ours 5 chars/s"));
  }

  @Test
  void forksRunInFreshJvmsAndTheirRowsAreGathered() throws Exception {
    AnalysisBenchmark.Settings settings = new AnalysisBenchmark.Settings(
        Path.of("reportminer-eval/src/test/resources/gold"), 2000, 0, 1, List.of(1000, 2000), List.of(1), false);
    List<String> progress = new ArrayList<>();
    List<AnalysisBenchmark.Forked> rows = AnalysisBenchmark.runForked(settings, 2, progress::add);
    assertEquals(List.of(1000, 2000), rows.stream().map(AnalysisBenchmark.Forked::size).toList());
    for (AnalysisBenchmark.Forked r : rows) {
      assertEquals(2, r.forks().size());
      assertTrue(r.median(AnalysisBenchmark::sameRunsWall) > 0);
    }
    // each fork's progress comes through, marked with its fork
    assertTrue(progress.stream().anyMatch(l -> l.startsWith("fork 2/2: bench analyze: 2 KB")), progress.toString());
    String table = AnalysisBenchmark.markdown(rows);
    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size(), table);
    for (String line : lines) {
      assertEquals(12, line.chars().filter(c -> c == '|').count(), line);
    }
    assertTrue(lines.get(2).startsWith("| 1 KB | 24 | 1 |"), table);
  }

  @Test
  void forkedRatiosAreMediansOfEachForksOwnRatio() {
    AnalysisBenchmark.Rate one = new AnalysisBenchmark.Rate(1, 1);
    List<AnalysisBenchmark.Row> forks = List.of(
        new AnalysisBenchmark.Row(1000, 1, 3, new AnalysisBenchmark.Rate(8, 8), new AnalysisBenchmark.Rate(10, 10), one),
        new AnalysisBenchmark.Row(1000, 1, 3, new AnalysisBenchmark.Rate(3, 3), new AnalysisBenchmark.Rate(5, 5), one),
        new AnalysisBenchmark.Row(1000, 1, 3, new AnalysisBenchmark.Rate(9, 9), new AnalysisBenchmark.Rate(20, 20), one));
    AnalysisBenchmark.Forked r = new AnalysisBenchmark.Forked(1000, 1, forks);
    assertEquals(0.6, r.median(AnalysisBenchmark::sameRunsWall), 1e-9);
    assertEquals(8, r.median(x -> x.ours().wall()), 1e-9);
    String line = AnalysisBenchmark.markdown(List.of(r)).lines().toList().get(2);
    assertTrue(line.contains("| **0.60** | 0.45 – 0.80 |"), line);
  }

  @Test
  void documentsAreDistinctPiecesOfTheCorpusCutAtLineEnds() {
    String corpus = "一二三四五六七八。\n甲乙丙丁戊己庚。\n子丑寅卯辰巳午未申。\n";
    List<String> docs = AnalysisBenchmark.documents(corpus, 12);
    // 30 chars fill two documents of 12, each cut at the last line end past its middle
    assertEquals(List.of("一二三四五六七八。", "甲乙丙丁戊己庚。"), docs);
    // a document larger than the corpus repeats it
    List<String> big = AnalysisBenchmark.documents(corpus, 100);
    assertEquals(1, big.size());
    assertTrue(big.get(0).length() > 50 && big.get(0).length() <= 100 && big.get(0).startsWith(corpus), big.get(0));
  }

  @Test
  void documentsAreCutAtALineEnd() {
    String corpus = "第一行。\n第二行文字。\n";
    List<String> docs = AnalysisBenchmark.documents(corpus, 20);
    assertEquals(1, docs.size());
    String doc = docs.get(0);
    assertTrue(doc.length() <= 20 && doc.length() > 10, doc);
    assertTrue(corpus.repeat(3).startsWith(doc), doc);
  }
}
