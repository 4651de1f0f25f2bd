package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/** Input enumeration: directory order, zip members, WARC records, stdin, missing files. */
class InputSourcesTest {
  private final InputSources sources = new InputSources(64L << 20);

  static final String PAGE = "<html><head><meta charset=\"%s\"><title>%s</title></head><body><h1>%s</h1>"
      + "<p>今年以来，我们扎实推进各项工作，全年共举办培训班十二期，培训干部职工六百余人次。</p></body></html>";

  static byte[] page(String title, Charset cs) {
    return PAGE.formatted(cs.name(), title, title).getBytes(cs);
  }

  static byte[] read(RawDocument d) throws Exception {
    try (InputStream in = d.content().open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void directoriesAreWalkedInNameOrderSkippingHiddenFiles(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("c");
    Files.createDirectories(dir.resolve("b/sub"));
    Files.createDirectories(dir.resolve(".git"));
    for (String f : List.of("b/sub/z.txt", "b/a.txt", "a.txt", "b-c.txt", ".hidden.txt", ".git/config")) {
      Files.writeString(dir.resolve(f), "x");
    }
    InputSources.Inputs in = sources.expand(List.of(dir.toString()), null);
    String p = dir.toString().replace('\\', '/');
    assertEquals(
        List.of(p + "/a.txt", p + "/b/a.txt", p + "/b/sub/z.txt", p + "/b-c.txt"),
        in.documents().stream().map(RawDocument::path).toList());
    assertEquals(List.of(), in.failures());
  }

  @Test
  void zipMembersBecomeDocumentsButDocxStaysADocument(@TempDir Path tmp) throws Exception {
    Path zip = tmp.resolve("pages.bin"); // the extension says nothing: the content decides
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("2/b.html", "1/a.html", "dir/")) {
        out.putNextEntry(new ZipEntry(name));
        if (!name.endsWith("/")) {
          out.write(page("总结" + name, StandardCharsets.UTF_8));
        }
      }
    }
    InputSources.Inputs in = sources.expand(List.of(zip.toString()), null);
    String z = zip.toString().replace('\\', '/');
    // the archive's own entry order, directories skipped
    assertEquals(List.of(z + "!/2/b.html", z + "!/1/a.html"), in.documents().stream().map(RawDocument::path).toList());
    assertArrayEquals(page("总结1/a.html", StandardCharsets.UTF_8), read(in.documents().get(1)));
    assertArrayEquals(page("总结1/a.html", StandardCharsets.UTF_8), read(in.documents().get(1)), "can be opened twice");

    Path docx = Path.of("reportminer-core/src/test/resources/bad/docx-named.doc");
    assertEquals(List.of(docx.toString()), sources.expand(List.of(docx.toString()), null).documents().stream().map(RawDocument::path).toList());
  }

  @Test
  void warcResponsesCarryTheirUrlAndHttpCharset(@TempDir Path tmp) throws Exception {
    Path warc = tmp.resolve("crawl.warc.gz");
    Charset gbk = Charset.forName("GBK");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      // the page itself claims utf-8; the HTTP header says gbk, and the bytes are GBK
      byte[] body = PAGE.formatted("utf-8", "社区工作总结", "社区工作总结").getBytes(gbk);
      HttpResponse ok = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=GBK"), body).build();
      w.write(new WarcResponse.Builder(URI.create("http://fanwen.example/a/1.html")).body(ok).build());
      HttpResponse moved = new HttpResponse.Builder(301, "Moved").body(MediaType.parse("text/html"), new byte[0]).build();
      w.write(new WarcResponse.Builder(URI.create("http://fanwen.example/old")).body(moved).build());
      byte[] body2 = page("学校工作总结", StandardCharsets.UTF_8);
      HttpResponse ok2 = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), body2).build();
      w.write(new WarcResponse.Builder(URI.create("http://fanwen.example/b/2.html")).body(ok2).build());
    }
    InputSources.Inputs in = sources.expand(List.of(warc.toString()), null);
    assertEquals(2, in.documents().size(), "the redirect is not a document");
    RawDocument first = in.documents().get(0);
    assertEquals("http://fanwen.example/a/1.html", first.url());
    assertEquals("GBK", first.declaredCharset());
    assertTrue(first.path().startsWith(warc.toString().replace('\\', '/') + "#"));
    assertNull(in.documents().get(1).declaredCharset());

    List<Report> reports = new Extractor(ExtractorConfig.DEFAULTS).extract(first);
    assertEquals("社区工作总结", reports.get(0).title());
    assertEquals("GB18030", reports.get(0).source().charset());
    assertEquals("http://fanwen.example/a/1.html", reports.get(0).source().url());
    assertEquals("学校工作总结", new Extractor(ExtractorConfig.DEFAULTS).extract(in.documents().get(1)).get(0).title());
  }

  @Test
  void stdinIsReadOnce() throws Exception {
    byte[] bytes = page("述职报告", StandardCharsets.UTF_8);
    InputSources.Inputs in = sources.expand(List.of("-"), new ByteArrayInputStream(bytes));
    assertEquals("-", in.documents().get(0).path());
    assertArrayEquals(bytes, read(in.documents().get(0)));
  }

  @Test
  void missingFilesAreFailuresNotExceptions() {
    InputSources.Inputs in = sources.expand(List.of("no/such/file.html"), null);
    assertEquals(List.of(), in.documents());
    assertEquals("no/such/file.html", in.failures().get(0).path());
    assertEquals("read", in.failures().get(0).stage().label());
  }

  @Test
  void aBrokenZipIsAFailure(@TempDir Path tmp) throws Exception {
    Path zip = tmp.resolve("broken.zip");
    byte[] head = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Files.write(zip, head);
    InputSources.Inputs in = sources.expand(List.of(zip.toString()), null);
    // a truncated local header is no archive Tika recognizes: it goes to extraction and fails there
    assertEquals(in.documents().size() + in.failures().size(), 1);
  }
}
