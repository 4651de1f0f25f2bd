package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;

/**
 * Chinese text with a few damaged bytes (a truncated copy, a careless concatenation): it must
 * still decode in its CJK charset, the damaged sequences as U+FFFD, counted in the record. Before
 * this rule a GB18030 page with three bad bytes was decoded as IBM500 (EBCDIC, which decodes any
 * byte "cleanly") and a .txt with the same bytes was refused as binary data.
 */
class DamagedBytesTest {
  private static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.DEFAULTS);
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** {@code text} in {@code cs} with an invalid byte (0xFF, never valid in GB18030 or UTF-8) after each {@code *}. */
  static byte[] damaged(String text, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String piece : text.split("\\*", -1)) {
      out.writeBytes(piece.getBytes(cs));
      out.write(0xFF);
    }
    byte[] all = out.toByteArray();
    return java.util.Arrays.copyOf(all, all.length - 1); // no invalid byte after the last piece
  }

  static final String P1 = CharsetTableTest.P1;
  static final String P2 = CharsetTableTest.P2;

  @Test
  void gb18030PageWithThreeBadBytesStaysChinese() throws Exception {
    String html = "<html><head><meta charset=\"gb18030\"><title>" + CharsetTableTest.TITLE
        + "</title></head><body><div class=\"content\"><h1>" + CharsetTableTest.TITLE + "</h1><p>" + P1
        + "*</p><p>镇综治中心*主任王喆*带队走访。" + P2 + "</p></div></body></html>";
    Page page = EXTRACTOR.page(RawDocument.ofBytes("damaged.html", null, null, damaged(html, GB18030)));
    assertEquals("GB18030", page.source().charset());
    assertEquals(3, page.source().invalidSequences());
    assertEquals(CharsetTableTest.TITLE, page.title());
    assertEquals(P1 + "\uFFFD", page.paragraphs().get(0));
    assertTrue(page.paragraphs().get(1).startsWith("镇综治中心\uFFFD主任王喆\uFFFD带队走访。"));
  }

  @Test
  void undeclaredGbkPageWithBadBytesIsDetectedAsGb18030() throws Exception {
    String html = "<html><head><title>" + CharsetTableTest.TITLE + "</title></head><body><div><h1>"
        + CharsetTableTest.TITLE + "</h1><p>" + P1 + "*</p><p>" + P2 + "*</p></div></body></html>";
    Page page = EXTRACTOR.page(RawDocument.ofBytes("nometa.html", null, null, damaged(html, Charset.forName("GBK"))));
    assertEquals("GB18030", page.source().charset());
    assertEquals(2, page.source().invalidSequences());
    page.paragraphs().forEach(p -> assertFalse(p.matches(".*[ÀÁÇÈ%_].*"), p));
  }

  @Test
  void textFileWithBadBytesIsTextNotBinary() throws Exception {
    String text = CharsetTableTest.TITLE + "\n" + P1 + "*\n" + P2 + "*\n" + P1 + "*\n";
    List<Report> reports = EXTRACTOR.extract(RawDocument.ofBytes("damaged.txt", null, null, damaged(text, GB18030)));
    assertEquals(1, reports.size());
    Report r = reports.get(0);
    assertEquals("text/plain", r.source().mediaType());
    assertEquals("GB18030", r.source().charset());
    assertEquals(3, r.source().invalidSequences());
    assertEquals(CharsetTableTest.TITLE, r.title());
    assertTrue(r.text().startsWith(P1 + "\uFFFD\n"), r.text());
    // the count is part of the JSON record and survives a round trip
    assertEquals(3, RecordJson.report(RecordJson.toNode(r)).source().invalidSequences());
  }

  @Test
  void utf8WithOneBadByteIsStillUtf8EvenWhenDeclaredGbk() {
    String html = "<html><head><meta charset=\"gbk\"><title>t</title></head><body><p>" + P1 + "*" + P2
        + "</p></body></html>";
    CharsetDecider.Decoded d = new CharsetDecider().decode(damaged(html, StandardCharsets.UTF_8), null, true);
    assertEquals("UTF-8", d.charset().name());
    assertEquals(1, d.invalidSequences());
    assertTrue(d.text().contains(P1 + "\uFFFD" + P2));
  }

  @Test
  void singleByteDeclarationLosesToAlmostCleanChinese() {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>t</title></head><body><p>" + P1 + "*" + P2
        + "</p></body></html>";
    CharsetDecider.Decoded d = new CharsetDecider().decode(damaged(html, GB18030), null, true);
    assertEquals("GB18030", d.charset().name());
    assertEquals(1, d.invalidSequences());
  }

  @Test
  void cleanPagesCountNothingAndBadPagesAreNotForcedIntoChinese() {
    byte[] clean = ("<html><head><meta charset=\"gbk\"></head><body><p>" + P1 + "</p></body></html>").getBytes(GB18030);
    assertEquals(0, new CharsetDecider().decode(clean, null, true).invalidSequences());
    // Western text with many high bytes is not "almost clean" Chinese
    byte[] latin = "Größe, Straße, Café, naïve, résumé, São Paulo, Zürich, Ærø, Ålesund".repeat(5)
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(null, CharsetDecider.almostClean(latin, GB18030));
    assertEquals(null, CharsetDecider.almostClean(latin, StandardCharsets.UTF_8));
  }

  @Test
  void lenientDecodingCountsEachBadSequenceOnce() {
    CharsetDecider.Lenient l = CharsetDecider.lenient(damaged("总结*报告*", GB18030), GB18030);
    assertEquals("总结\uFFFD报告\uFFFD", l.text());
    assertEquals(2, l.invalid());
    // a U+FFFD written in the bytes is text, not an error
    CharsetDecider.Lenient u = CharsetDecider.lenient("a\uFFFDb".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(0, u.invalid());
    // a sequence cut off at the end counts as one
    byte[] cut = java.util.Arrays.copyOf("总结".getBytes(StandardCharsets.UTF_8), 5);
    assertEquals(1, CharsetDecider.lenient(cut, StandardCharsets.UTF_8).invalid());
  }

  @Test
  void utf8PageWithGbkIncludesDecodesEachRunInItsCharset() {
    // a UTF-8 page into which an offline copier wrote GBK comments (seen on real mirrored pages)
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("<html><head><meta charset=\"utf-8\"><title>饿了么回捐创业基金</title></head><body>".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      b.writeBytes("<!-- 由离线浏览器保存的网页 -->".getBytes(Charset.forName("GBK")));
    }
    b.writeBytes(("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P1 + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    CharsetDecider.Decoded d = new CharsetDecider().decode(b.toByteArray(), null, true);
    assertEquals("UTF-8", d.charset().name());
    assertEquals(0, d.invalidSequences());
    assertEquals(5, d.otherCharsetSpans());
    assertTrue(d.text().contains("<!-- 由离线浏览器保存的网页 -->"), d.text());
    assertTrue(d.text().contains(P1 + "</p><p>" + P2));
  }
}
