package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.junit.jupiter.api.Test;

/** The meta-declaration pre-scan: cut short after the last "charset", same answers as a full scan. */
class MetaCharsetTest {

  /** Tika's pre-scanner over the first 8 KB, what {@link CharsetDecider#metaCharset} shortens. */
  private static String fullScan(byte[] bytes) throws IOException {
    StandardHtmlEncodingDetector d = new StandardHtmlEncodingDetector();
    d.setMarkLimit(8192);
    Charset cs = d.detect(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 8192)), new Metadata());
    return cs == null ? null : cs.name();
  }

  private static byte[] page(String head, String body) {
    return ("<html><head>" + head + "</head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsDeclarationsLateInALongHeadInEitherForm() {
    String script = "<script>var x = '" + "a".repeat(5000) + "';</script>";
    assertEquals("GBK", CharsetDecider.metaCharset(page(script + "<META CHARSET=gbk>", "正文")));
    assertEquals("UTF-8", CharsetDecider.metaCharset(
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; Charset=utf-8\">", "<p>charset in the text</p>")));
  }

  @Test
  void noDeclarationWithinTheScannedBytesIsNone() {
    assertNull(CharsetDecider.metaCharset(page("<title>t</title>", "<p>x</p>".repeat(100))));
    String late = "<p>" + "x".repeat(9000) + "</p><meta charset=gbk>";
    assertNull(CharsetDecider.metaCharset(page("", late)));
    assertEquals(-1, CharsetDecider.lastIndexOfCharsetWord("CHARSEt".getBytes(StandardCharsets.US_ASCII), 6));
    assertEquals(2, CharsetDecider.lastIndexOfCharsetWord("a CHARSEt".getBytes(StandardCharsets.US_ASCII), 9));
  }

  @Test
  void everyCorpusPageGetsTheAnswerOfTheFullScan() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      pages = files.filter(p -> p.toString().matches(".*\\.html?$")).sorted().toList();
    }
    for (Path p : pages) {
      byte[] bytes = Files.readAllBytes(p);
      assertEquals(fullScan(bytes), CharsetDecider.metaCharset(bytes), p.toString());
    }
    assertEquals(true, pages.size() >= 15, "corpus pages: " + pages.size());
  }
}
