package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dedup benchmark runs end to end on a small archive (its figures are not checked here, only its shape). */
class DedupBenchmarkTest {

  @Test
  void measuresEachSizeAndComparesWithAllPairs() {
    DedupBenchmark bench = new DedupBenchmark();
    List<String> log = new ArrayList<>();
    List<DedupBenchmark.Row> rows = bench.scale(List.of(300, 600), 7, log::add);
    assertEquals(List.of(300, 600), rows.stream().map(DedupBenchmark.Row::reports).toList());
    assertEquals(2, log.size());
    assertTrue(rows.stream().allMatch(r -> r.recallVsTruth() > 0.9), rows.toString());
    DedupBenchmark.AllPairs all = bench.allPairs(300, 7, log::add);
    assertEquals(300, all.reports());
    assertTrue(all.pairs() > 0 && all.recall() > 0.9, all.toString());
  }
}
