package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ranking metrics, and the judgments file pointing at real corpus files. */
class SearchEvaluationTest {
  @Test
  void metricsOfARankedList() {
    SearchEvaluation.Score s =
        SearchEvaluation.score(List.of("a", "x", "b", "y"), Set.of("a", "b", "c"));
    assertEquals(0.2, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.rPrecision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
    assertEquals(1.0, s.reciprocalRank(), 1e-9);
    double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
    double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
    assertEquals(dcg / ideal, s.ndcg(), 1e-9);

    SearchEvaluation.Score none = SearchEvaluation.score(List.of("x", "y"), Set.of("a"));
    assertEquals(0, none.precision());
    assertEquals(0, none.reciprocalRank());
    assertEquals(0, none.ndcg());
    assertEquals(0.5, SearchEvaluation.score(List.of("x", "a"), Set.of("a")).reciprocalRank(), 1e-9);
  }

  @Test
  void judgmentsNameExistingCorpusFiles() throws Exception {
    List<SearchEvaluation.Judged> queries =
        SearchEvaluation.load(Path.of("reportminer-eval/src/test/resources/relevance/queries.json"));
    assertTrue(queries.size() >= 15 && queries.size() <= 25, "15 to 25 queries");
    for (SearchEvaluation.Judged q : queries) {
      assertTrue(!q.relevant().isEmpty(), q.id());
      for (String key : q.relevant()) {
        if (key.startsWith("warc:")) {
          continue;
        }
        String file = key.replaceAll("(!/.*)?(#\\d+)?$", "");
        assertTrue(Files.exists(Path.of("corpus", file)), q.id() + ": " + key);
      }
    }
  }
}
