package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.Report;

/** Near-duplicate maintenance and copy detection over a real Lucene index of the gold reports. */
class IndexedDuplicatesTest {
  static final DedupSettings SETTINGS = DedupSettings.defaults();
  static final ReportSchema SCHEMA = ReportSchema.withHanlp().with(new DedupFields(SETTINGS));

  @TempDir Path dir;

  private static AnalyzedReport bare(Report r) {
    return new AnalyzedReport(r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private void index(List<Report> reports) throws Exception {
    try (ReportIndexWriter w = ReportIndexWriter.open(dir, SCHEMA)) {
      Map<String, List<AnalyzedReport>> byFile = new java.util.LinkedHashMap<>();
      for (Report r : reports) {
        byFile.computeIfAbsent(r.source().path(), k -> new ArrayList<>()).add(bare(r));
      }
      for (var e : byFile.entrySet()) {
        w.replace(e.getKey(), "sha-" + e.getKey(), e.getValue());
      }
    }
  }

  private List<DuplicateCluster> clusters() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return new IndexedDuplicates(SETTINGS).clusters(reader);
    }
  }

  @Test
  void clustersMatchTheInMemoryFinderAndUpdatesAreIncremental() throws Exception {
    List<Report> gold = GoldReports.all();
    index(gold);
    IndexedDuplicates.Summary first = new IndexedDuplicates(SETTINGS).update(dir);
    assertEquals(gold.size(), first.processed());

    NearDuplicateFinder finder = new NearDuplicateFinder(SETTINGS);
    Fingerprinter fp = new Fingerprinter(SETTINGS);
    gold.forEach(r -> finder.add(fp.fingerprint(r)));
    List<DuplicateCluster> expected = finder.clusters();
    List<DuplicateCluster> actual = clusters();
    assertTrue(!expected.isEmpty());
    assertEquals(memberSets(expected), memberSets(actual));

    IndexedDuplicates.Summary again = new IndexedDuplicates(SETTINGS).update(dir);
    assertEquals(0, again.processed(), "nothing new, nothing processed");
    assertEquals(0, again.links());
    assertEquals(first.clusters(), again.clusters());
  }

  @Test
  void aChangedReportIsRelinkedAndADeletedOneLeavesItsCluster() throws Exception {
    List<Report> page = GoldReports.of("fanwen-a-saved-page-yuedu-3pian.txt.json");
    index(page);
    new IndexedDuplicates(SETTINGS).update(dir);
    assertEquals(1, clusters().size());
    // The repost is rewritten into something else: its link must go.
    Report rewritten =
        new Report(page.get(1).id(), page.get(1).source(), page.get(1).title(), page.get(1).published(),
            page.get(1).category(), page.get(2).text() + "另起一段新的内容，与原文无关。", List.of());
    try (ReportIndexWriter w = ReportIndexWriter.open(dir, SCHEMA)) {
      w.replace("changed.txt", "sha-2", List.of(bare(rewritten)));
    }
    IndexedDuplicates.Summary s = new IndexedDuplicates(SETTINGS).update(dir);
    assertEquals(1, s.processed());
    List<DuplicateCluster> after = clusters();
    assertTrue(after.stream().noneMatch(c -> c.members().stream().anyMatch(m -> m.id().equals(page.get(0).id()))),
        after.toString());
  }

  @Test
  void theIndexCopySourceGivesTheSameReportAsTheInMemoryOne() throws Exception {
    List<Report> gold = GoldReports.all();
    index(gold);
    Fingerprinter fp = new Fingerprinter(SETTINGS);
    InMemoryCopySource memory = new InMemoryCopySource();
    gold.forEach(r -> memory.add(fp.fingerprint(r)));
    CopyDetector detector = new CopyDetector(SETTINGS);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexCopySource indexed = new IndexCopySource(reader, SETTINGS);
      for (Report r : GoldReports.of("fanwen-a-saved-page-yuedu-3pian.txt.json")) {
        CopyReport a = detector.check(memory.fingerprint(r.id()), memory);
        CopyReport b = detector.check(indexed.fingerprint(r.id()), indexed);
        assertEquals(a.passages(), b.passages());
        assertEquals(a.copyRatio(), b.copyRatio());
        assertEquals(a.sources().stream().map(CopyReport.SourceShare::id).toList(),
            b.sources().stream().map(CopyReport.SourceShare::id).toList());
      }
    }
  }

  private static java.util.Set<java.util.Set<String>> memberSets(List<DuplicateCluster> clusters) {
    java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
    for (DuplicateCluster c : clusters) {
      java.util.Set<String> ids = new java.util.TreeSet<>();
      c.members().forEach(m -> ids.add(m.id()));
      out.add(ids);
    }
    return out;
  }
}
