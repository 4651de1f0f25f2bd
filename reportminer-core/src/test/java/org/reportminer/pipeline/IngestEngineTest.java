package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.extract.ExtractionException;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/**
 * Incremental ingestion: re-running adds nothing, a changed file replaces all its reports even
 * when their number changes, --delete-missing removes reports of files that are gone, failures
 * keep the old reports. Extraction is a stand-in here (parts separated by "=====" lines, first
 * line the title) so the test is about the index updates, not about extraction.
 */
class IngestEngineTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  @TempDir Path dir;
  Path index;
  Path docs;

  @BeforeEach
  void setUp() throws IOException {
    index = new IndexLayout(dir.resolve("index")).lucene();
    docs = Files.createDirectories(dir.resolve("docs"));
  }

  /** Stand-in extraction: "=====" separates parts; "FAIL" makes the document fail. */
  static List<Report> split(RawDocument doc) throws ExtractionException {
    String text;
    try (var in = doc.content().open()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtractionException("cannot read", null, e);
    }
    if (text.contains("FAIL")) {
      throw new ExtractionException("unreadable test document", null, null);
    }
    String[] parts = text.split("\n=====\n");
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String[] lines = parts[i].split("\n", 2);
      SourceInfo s = new SourceInfo(doc.path(), null, "x", "text/plain", "UTF-8", i + 1, parts.length);
      out.add(new Report(ReportId.of(doc.path(), i + 1), s, lines[0], "2023-04-26", List.of(),
          lines.length > 1 ? lines[1] : "", List.of()));
    }
    return out;
  }

  static AnalyzedReport plain(Report r) {
    return new AnalyzedReport(r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  Path write(String name, String content) throws IOException {
    Path p = docs.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static String parts(int n, String word) {
    List<String> parts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      parts.add("第" + i + "篇 " + word + "总结\n" + word + "活动第" + i + "部分的正文。");
    }
    return String.join("\n=====\n", parts);
  }

  IngestSummary run(boolean deleteMissing, Path... files) throws IOException {
    List<RawDocument> raw = new ArrayList<>();
    for (Path f : files) {
      raw.add(new RawDocument(f.toString(), null, null, Files.size(f), () -> Files.newInputStream(f)));
    }
    try (ReportIndexWriter w = ReportIndexWriter.open(index, SCHEMA)) {
      return new IngestEngine(IngestEngineTest::split, IngestEngineTest::plain, w)
          .run(raw, List.of(), new IngestEngine.Options(deleteMissing), o -> {});
    }
  }

  /** Report ids and titles in the index. */
  Set<String> indexed() throws IOException {
    Set<String> out = new TreeSet<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = r.storedFields();
      Bits live = MultiBits.getLiveDocs(r);
      for (int i = 0; i < r.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          var d = stored.document(i);
          out.add(d.get(ReportSchema.ID) + " " + d.get(ReportSchema.TITLE));
        }
      }
      assertEquals(out.size(), r.numDocs(), "duplicate ids");
    }
    return out;
  }

  @Test
  void rerunAddsNothingAndKeepsIds() throws IOException {
    Path a = write("a.txt", parts(3, "读书"));
    Path b = write("b.txt", parts(1, "安全"));
    IngestSummary first = run(false, a, b);
    assertEquals(2, first.indexed());
    assertEquals(4, first.reports());
    Set<String> before = indexed();
    assertEquals(4, before.size());

    IngestSummary second = run(false, a, b);
    assertEquals(0, second.indexed());
    assertEquals(2, second.unchanged());
    assertEquals(before, indexed());
  }

  @Test
  void changedFileReplacesAllItsReportsWhateverTheirNumber() throws IOException {
    Path a = write("a.txt", parts(3, "读书"));
    Path b = write("b.txt", parts(1, "安全"));
    run(false, a, b);

    write("a.txt", parts(2, "科技"));
    IngestSummary fewer = run(false, a, b);
    assertEquals(1, fewer.indexed());
    assertEquals(1, fewer.replaced());
    assertEquals(1, fewer.unchanged());
    Set<String> now = indexed();
    assertEquals(3, now.size());
    assertTrue(now.stream().noneMatch(s -> s.contains("读书")), now.toString());

    write("a.txt", parts(4, "环保"));
    run(false, a, b);
    now = indexed();
    assertEquals(5, now.size());
    assertEquals(4, now.stream().filter(s -> s.contains("环保")).count());
  }

  @Test
  void deleteMissingRemovesReportsOfFilesThatAreGone() throws IOException {
    Path a = write("a.txt", parts(2, "读书"));
    Path b = write("b.txt", parts(2, "安全"));
    run(false, a, b);
    Files.delete(b);

    run(false, a);
    assertEquals(4, indexed().size(), "without --delete-missing nothing is removed");

    IngestSummary s = run(true, a);
    assertEquals(1, s.deleted());
    Set<String> now = indexed();
    assertEquals(2, now.size());
    assertTrue(now.stream().allMatch(t -> t.contains("读书")), now.toString());
  }

  @Test
  void failedDocumentKeepsItsOldReportsAndIsCounted() throws IOException {
    Path a = write("a.txt", parts(2, "读书"));
    run(false, a);
    Set<String> before = indexed();
    write("a.txt", "FAIL");
    List<IngestOutcome> outcomes = new ArrayList<>();
    try (ReportIndexWriter w = ReportIndexWriter.open(index, SCHEMA)) {
      IngestSummary s = new IngestEngine(IngestEngineTest::split, IngestEngineTest::plain, w)
          .run(List.of(new RawDocument(a.toString(), null, null, -1, () -> Files.newInputStream(a))),
              List.of(), new IngestEngine.Options(true), outcomes::add);
      assertEquals(1, s.failed());
      assertEquals(java.util.Map.of("extract", 1), s.failuresByStage());
    }
    IngestOutcome.Failed f = assertInstanceOf(IngestOutcome.Failed.class, outcomes.get(0));
    assertEquals("unreadable test document", f.failure().reason());
    assertEquals(64, f.failure().sha256().length());
    assertEquals(before, indexed());
  }

  @Test
  void periodicCommitsKeepTheWorkOfARunThatDies() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      files.add(write("f" + i + ".txt", parts(1, "文件" + i)));
    }
    List<RawDocument> raw = new ArrayList<>();
    for (Path f : files) {
      raw.add(new RawDocument(f.toString(), null, null, -1, () -> Files.newInputStream(f)));
    }
    IngestEngine.Extraction diesOnTheFourth = doc -> {
      if (doc.path().endsWith("f3.txt")) {
        throw new IllegalStateException("process killed");
      }
      return split(doc);
    };
    ReportIndexWriter w = ReportIndexWriter.open(index, SCHEMA);
    IngestEngine engine = new IngestEngine(diesOnTheFourth, IngestEngineTest::plain, w);
    assertThrows(IllegalStateException.class,
        () -> engine.run(raw, List.of(), new IngestEngine.Options(false, 2), o -> {}));
    // as if killed: the last commit was after f0 and f1; f2 was indexed but not committed
    w.rollback();
    assertEquals(2, indexed().size());
    IngestSummary rerun = run(false, files.toArray(Path[]::new));
    assertEquals(2, rerun.unchanged());
    assertEquals(3, rerun.indexed());
    assertEquals(5, indexed().size());
  }

  @Test
  void archiveMembersMissingFromAReadArchiveAreGone() throws IOException {
    Path zip = write("x.zip", "not really a zip; only its existence matters here");
    String member = zip + "!/old.html";
    String kept = zip + "!/kept.html";
    Path other = docs.resolve("y.zip");
    String elsewhere = other + "!/m.html";
    String vanished = docs.resolve("gone.html").toString();
    List<String> missing = IngestEngine.missing(List.of(member, kept, elsewhere, vanished),
        Set.of(kept), Set.of(zip.toString()));
    assertEquals(List.of(member, elsewhere, vanished), missing);
    assertEquals(zip.toString(), IngestEngine.container(member));
    assertEquals("crawl.warc.gz", IngestEngine.container("crawl.warc.gz#1234"));
  }
}
