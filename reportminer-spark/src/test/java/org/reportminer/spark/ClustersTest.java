package org.reportminer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connected components of links and the options' parsing. */
class ClustersTest {
  @Test
  void componentsAreNamedByTheirEarliestPublishedMember() {
    Map<String, List<String>> clusters = Clusters.of(List.of(
        new Link("a", "b", 0.7, null, "2023-05"),
        new Link("b", "c", 0.9, "2023-05", "2021-01-02"),
        new Link("d", "e", 1.0, null, null)));
    assertEquals(Map.of("c", List.of("a", "b", "c"), "d", List.of("d", "e")), clusters);
  }

  @Test
  void optionsNeedInputAndOutAndSplitCommas() {
    JobOptions o = JobOptions.parse("--input", "corpus/html,corpus/zip", "--input", "x.warc.gz", "--out", "o", "--jsonl");
    assertEquals(List.of("corpus/html", "corpus/zip", "x.warc.gz"), o.inputs());
    assertEquals(true, o.jsonl());
    assertEquals(true, o.siteTemplates());
    assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "corpus"));
    assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "corpus", "--out", "o", "--solr"));
  }
}
