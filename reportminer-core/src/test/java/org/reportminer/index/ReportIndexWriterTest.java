package org.reportminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.AnalyzedReport;

/**
 * Replacing an input's reports: by reports or by documents prebuilt on another thread (the same
 * index either way), ids unique across inputs (the later input wins, also over reports indexed
 * before the writer was opened), a refused document leaves the input's old reports in place
 * (whether or not its ids were in the index), a prebuilt value is written once.
 */
class ReportIndexWriterTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  @TempDir Path dir;

  static AnalyzedReport part(String docPath, int part, int parts, String text) {
    return TestReports.part(docPath, part, parts, "标题" + part, "2023-04-26", text,
        List.of("区文化体育局"), List.of("深圳"), List.of(), List.of());
  }

  /** Live documents as "id input.path sha" lines, sorted. */
  static List<String> live(Path lucene) throws IOException {
    TreeMap<String, Integer> out = new TreeMap<>();
    try (FSDirectory d = FSDirectory.open(lucene);
        DirectoryReader r = DirectoryReader.open(d)) {
      Bits liveDocs = MultiBits.getLiveDocs(r);
      StoredFields stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        if (liveDocs == null || liveDocs.get(i)) {
          Document doc = stored.document(i);
          out.merge(doc.get(ReportSchema.ID) + " " + doc.get(ReportSchema.INPUT_PATH) + " "
              + doc.get(ReportSchema.INPUT_SHA256) + " " + doc.get(ReportSchema.TITLE), 1, Integer::sum);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    out.forEach((k, n) -> lines.add(n == 1 ? k : k + " x" + n));
    return lines;
  }

  @Test
  void prebuiltDocumentsGiveTheSameIndexAsReports() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    List<AnalyzedReport> v1 = List.of(part("x.html", 1, 2, "第一篇 培训 干部"), part("x.html", 2, 2, "第二篇 工作"));
    List<AnalyzedReport> v2 = List.of(part("x.html", 1, 1, "合并 之后 一篇"));
    try (ReportIndexWriter w = ReportIndexWriter.open(a, SCHEMA)) {
      w.replace("x.html", "sha1", v1);
      w.replace("y.html", "sha2", List.of(part("y.html", 1, 1, "另一 文件")));
      w.replace("x.html", "sha3", v2);
    }
    InputDocuments[] built = new InputDocuments[3];
    Thread worker = new Thread(() -> {
      try {
        built[0] = SCHEMA.documents("x.html", "sha1", v1);
        built[1] = SCHEMA.documents("y.html", "sha2", List.of(part("y.html", 1, 1, "另一 文件")));
        built[2] = SCHEMA.documents("x.html", "sha3", v2);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    worker.start();
    worker.join();
    try (ReportIndexWriter w = ReportIndexWriter.open(b, SCHEMA)) {
      for (InputDocuments d : built) {
        w.replace(d);
      }
      assertEquals(Optional.of("sha3"), w.indexedSha256("x.html"));
      assertEquals(List.of("x.html", "y.html"), w.indexedInputs());
    }
    assertEquals(2, live(a).size());
    assertEquals(live(a), live(b));
  }

  @Test
  void aReportIdReadAgainFromAnotherInputReplacesTheEarlierReport() throws Exception {
    Path lucene = dir.resolve("l");
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      // the same document path (hence the same id) arriving in two inputs, as one URL crawled twice
      w.replace("crawl-1.warc", "s1", List.of(part("http://example.org/a", 1, 1, "早 的 一份")));
      w.replace("crawl-2.warc", "s2", List.of(part("http://example.org/a", 1, 1, "晚 的 一份")));
      w.replace("other.html", "s3", List.of(part("other.html", 1, 1, "无关")));
    }
    List<String> docs = live(lucene);
    assertEquals(2, docs.size(), docs.toString());
    assertEquals(1, docs.stream().filter(l -> l.contains(" crawl-2.warc s2 ")).count(), docs.toString());
    assertEquals(0, docs.stream().filter(l -> l.contains("crawl-1.warc")).count(), docs.toString());
  }

  @Test
  void aReportIdAlreadyInTheIndexIsReplacedFromAnotherInputAfterReopening() throws Exception {
    Path lucene = dir.resolve("l");
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      w.replace("crawl-1.warc", "s1", List.of(part("http://example.org/a", 1, 1, "早 的 一份"),
          part("http://example.org/b", 1, 1, "留下 的 一份")));
    }
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      w.replace("crawl-2.warc", "s2", List.of(part("http://example.org/a", 1, 1, "晚 的 一份")));
    }
    List<String> docs = live(lucene);
    assertEquals(2, docs.size(), docs.toString());
    assertEquals(1, docs.stream().filter(l -> l.contains(" crawl-2.warc s2 ")).count(), docs.toString());
    assertEquals(1, docs.stream().filter(l -> l.contains(" crawl-1.warc s1 ")).count(), docs.toString());
  }

  @Test
  void aRefusedInputWithNewIdsAlsoLeavesTheOldReportsInPlace() throws Exception {
    Path lucene = dir.resolve("l");
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      w.replace("x.html", "old", List.of(part("x.html", 1, 1, "旧 的 报告")));
      // none of the new ids is in the index (the file's old report was part 1)
      InputDocuments refused = SCHEMA.documents("x.html", "new",
          List.of(part("x.html", 2, 2, "新 的 报告"), part("y".repeat(40_000), 1, 1, "太长")));
      assertThrows(IllegalArgumentException.class, () -> w.replace(refused));
      assertEquals(Optional.of("old"), w.indexedSha256("x.html"));
      w.replace("x.html", "newer", List.of(part("x.html", 3, 3, "再 新 的 报告")));
    }
    List<String> docs = live(lucene);
    assertEquals(1, docs.size(), docs.toString());
    assertTrue(docs.get(0).contains(" x.html newer "), docs.toString());
  }

  @Test
  void aRefusedDocumentLeavesTheOldReportsInPlace() throws Exception {
    Path lucene = dir.resolve("l");
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      w.replace("x.html", "old", List.of(part("x.html", 1, 1, "旧 的 报告")));
      w.replace("y.html", "other", List.of(part("y.html", 1, 1, "别的 报告")));
      // a source key longer than Lucene's 32766-byte term limit: the whole input is refused
      InputDocuments refused = SCHEMA.documents("x.html", "new",
          List.of(part("x.html", 1, 2, "新 的 报告"), part("x".repeat(40_000), 1, 1, "太长")));
      assertThrows(IllegalArgumentException.class, () -> w.replace(refused));
      assertEquals(Optional.of("old"), w.indexedSha256("x.html"));
    }
    List<String> docs = live(lucene);
    assertEquals(2, docs.size(), docs.toString());
    assertEquals(1, docs.stream().filter(l -> l.contains(" x.html old ")).count(), docs.toString());
  }

  @Test
  void noReportsDeleteTheInputsReports() throws Exception {
    Path lucene = dir.resolve("l");
    try (ReportIndexWriter w = ReportIndexWriter.open(lucene, SCHEMA)) {
      w.replace("x.html", "old", List.of(part("x.html", 1, 1, "旧 的 报告")));
      w.replace(SCHEMA.documents("x.html", "new", List.of()));
      assertEquals(Optional.empty(), w.indexedSha256("x.html"));
    }
    assertEquals(List.of(), live(lucene));
  }

  @Test
  void prebuiltDocumentsAreWrittenOnce() throws Exception {
    try (ReportIndexWriter w = ReportIndexWriter.open(dir.resolve("l"), SCHEMA)) {
      InputDocuments d = SCHEMA.documents("x.html", "s", List.of(part("x.html", 1, 1, "一份 报告")));
      w.replace(d);
      assertThrows(IllegalStateException.class, () -> w.replace(d));
    }
  }
}
