package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path.of("src/test/resources/gold"), 3000, 0, 1, List.of(1000), List.of(1, 2));
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
    String table = AnalysisBenchmark.markdown(rows);
    List<String> lines = table.lines().toList();
    assertEquals(4, lines.size(), table);
    for (String line : lines) {
      assertEquals(10, line.chars().filter(c -> c == '|').count(), line);
    }
    assertTrue(lines.get(2).startsWith("| 1 KB | 1 |"), table);
  }

  @Test
  void documentsAreCutAtALineEnd() {
    String corpus = "第一行。\n第二行文字。\n";
    String doc = AnalysisBenchmark.document(corpus, 20);
    assertTrue(doc.length() <= 20 && doc.length() > 10, doc);
    assertTrue(corpus.repeat(3).startsWith(doc), doc);
  }
}
