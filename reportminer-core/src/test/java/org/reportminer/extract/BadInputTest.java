package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * Every fixture in reportminer-core/src/test/resources/bad/ either fails with its expected one-line reason or, for
 * the misnamed-but-valid files, is extracted by its real type; hostile inputs generated here end
 * as values too (no exception escapes, no hang).
 */
class BadInputTest {
  private static final Path BAD = Path.of("reportminer-core/src/test/resources/bad");
  private final Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);

  /** Expected reason prefix per failing fixture. */
  private static final Map<String, String> FAILS =
      Map.of(
          "empty.html", "empty file",
          "blank.txt", "no text found",
          "junk.dat", "not a document",
          "truncated.pdf", "unreadable application/pdf",
          "encrypted.docx", "encrypted or password-protected document",
          "corrupt.docx", "unreadable application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "links-only.html", "no text found (text/html)",
          "pixel.gif", "no text found (image/gif)");

  /** Misnamed or malformed files that must still be read, with their real media type. */
  private static final Map<String, String> WORKS =
      Map.of(
          "pdf-named.html", "application/pdf",
          "docx-named.doc", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "broken.html", "text/html");

  @Test
  void everyFixtureIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList();
      for (String n : names) {
        assertTrue(FAILS.containsKey(n) || WORKS.containsKey(n), "fixture without expectation: " + n);
      }
      assertEquals(FAILS.size() + WORKS.size(), names.size());
    }
  }

  @Test
  void badFixturesFailWithOneLineReasons() throws IOException {
    for (Map.Entry<String, String> e : FAILS.entrySet()) {
      RawDocument doc = RawDocument.ofBytes(e.getKey(), null, null, Files.readAllBytes(BAD.resolve(e.getKey())));
      ExtractionException x = assertThrows(ExtractionException.class, () -> extractor.extract(doc), e.getKey());
      assertTrue(x.reason().startsWith(e.getValue()), e.getKey() + ": " + x.reason());
      assertFalse(x.reason().contains("\n"), "one line: " + x.reason());
      assertEquals(64, x.sha256().length(), "the hash of the bytes is known: " + e.getKey());
    }
  }

  @Test
  void misnamedFilesAreReadByContent() throws Exception {
    for (Map.Entry<String, String> e : WORKS.entrySet()) {
      RawDocument doc = RawDocument.ofBytes(e.getKey(), null, null, Files.readAllBytes(BAD.resolve(e.getKey())));
      List<Report> reports = extractor.extract(doc);
      assertEquals(1, reports.size(), e.getKey());
      assertEquals(e.getValue(), reports.get(0).source().mediaType(), e.getKey());
      assertFalse(reports.get(0).text().isBlank(), e.getKey());
    }
    Page broken = extractor.page(RawDocument.ofBytes("broken.html", null, null, Files.readAllBytes(BAD.resolve("broken.html"))));
    assertEquals("破损页面", broken.title());
    assertTrue(broken.paragraphs().get(0).startsWith("本季度，我们完成了全部培训任务"), broken.paragraphs().toString());
  }

  @Test
  void hugeFileIsRefusedBeforeReading(@TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.html");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // 200 MB, sparse: nothing is written or read
    }
    RawDocument doc = new RawDocument(big.toString(), null, null, Files.size(big), () -> {
      throw new AssertionError("a file over the limit must not be opened");
    });
    ExtractionException x = assertThrows(ExtractionException.class, () -> extractor.page(doc));
    assertTrue(x.reason().startsWith("too large: 209715200 bytes"), x.reason());
  }

  @Test
  void streamWithUnknownSizeStopsAtTheLimit() {
    Extractor small = new Extractor(ExtractorConfig.DEFAULTS.withMaxBytes(1000));
    byte[] bytes = "<p>很长的页面</p>".repeat(500).getBytes(StandardCharsets.UTF_8);
    RawDocument doc = new RawDocument("stream.html", null, null, -1, () -> new java.io.ByteArrayInputStream(bytes));
    ExtractionException x = assertThrows(ExtractionException.class, () -> small.page(doc));
    assertTrue(x.reason().startsWith("too large: more than 1000 bytes"), x.reason());
  }

  @Test
  void deeplyNestedHtmlIsFlattenedNotFatal() throws Exception {
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(100_000));
    b.append("<p>第一季度，全区共开展安全检查86次，整改隐患120处，取得了明显成效。</p>");
    b.append("</div>".repeat(100_000));
    b.append("</body></html>");
    Page page = extractor.page(RawDocument.ofBytes("deep.html", null, null, b.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("第一季度，全区共开展安全检查86次，整改隐患120处，取得了明显成效。"), page.paragraphs());
  }

  @Test
  void hugeAttributeListsAndScriptFloodsAreHarmless() throws Exception {
    StringBuilder b = new StringBuilder("<html><head><title>总结</title>");
    b.append("<script>var x = '<p>不是正文</p>';</script>".repeat(20_000));
    b.append("</head><body><div");
    for (int i = 0; i < 50_000; i++) {
      b.append(" data-a").append(i).append("=\"").append(i).append('"');
    }
    b.append(" class=\"").append("x ".repeat(50_000)).append("\">");
    b.append("<p>全年共举办各类培训班12期，培训人员达到600余人次，培训合格率为百分之百。</p></div>");
    b.append("<style>p{color:red}</style>".repeat(20_000));
    b.append("</body></html>");
    Page page = extractor.page(RawDocument.ofBytes("flood.html", null, null, b.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("全年共举办各类培训班12期，培训人员达到600余人次，培训合格率为百分之百。"), page.paragraphs());
  }
}
