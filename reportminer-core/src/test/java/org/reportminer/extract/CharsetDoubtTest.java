package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.SourceInfo;

/**
 * What counts as a doubtful decoding ({@link CharsetDoubt}): a few replaced bytes in a long
 * Chinese page do not, the same bytes in a short page do, and so does Chinese read as a Western
 * single-byte charset; Western text in its own charset and documents Tika decoded are not judged
 * doubtful.
 */
class CharsetDoubtTest {
  private static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.DEFAULTS);
  private static final Charset GB18030 = Charset.forName("GB18030");

  static final String SHORT = "社区植树节活动总结\n\n3月12日，社区组织党员志愿者在滨河公园*开展植树活动，共种下银杏*树苗120株，居民代表*50余人参加。\n";

  /** A report of about 2,000 characters with an invalid byte after each of three sentences. */
  static String longReport() {
    StringBuilder b = new StringBuilder("街道年度工作总结\n\n");
    for (int i = 1; i <= 60; i++) {
      b.append("第").append(i).append("项工作：街道组织各社区开展走访慰问活动，共走访困难群众").append(i * 3)
          .append("户，发放慰问金").append(i * 100).append("元").append(i % 20 == 0 ? "*" : "").append("。\n");
    }
    return b.toString();
  }

  static Page page(String text) throws ExtractionException {
    return EXTRACTOR.page(RawDocument.ofBytes("report.txt", null, null, DamagedBytesTest.damaged(text, GB18030)));
  }

  @Test
  void aFewReplacedBytesInALongChinesePageAreNotDoubtful() throws Exception {
    Page page = page(longReport());
    assertEquals("GB18030", page.source().charset());
    assertEquals(3, page.source().invalidSequences());
    assertTrue(String.join("", page.paragraphs()).length() > 2000);
    assertEquals(Optional.empty(), CharsetDoubt.of(page));
  }

  @Test
  void theSameBytesInAShortPageAreDoubtful() throws Exception {
    Page page = page(SHORT);
    assertEquals("GB18030", page.source().charset());
    assertEquals(3, page.source().invalidSequences());
    int chars = (page.title() + String.join("", page.paragraphs())).replaceAll("\\s", "").length();
    assertEquals(Optional.of("3 of " + chars + " characters are U+FFFD (3 invalid byte sequences in GB18030)"),
        CharsetDoubt.of(page));
  }

  @Test
  void replacedBytesInStrippedBoilerplateDoNotCount() {
    SourceInfo source = new SourceInfo("a.html", null, "0".repeat(64), "text/html", "GB18030", 1, 1, 40, null);
    Page page = new Page(source, "社区植树节活动总结", null, List.of(), List.of("3月12日，社区组织党员志愿者开展植树活动。"));
    assertEquals(Optional.empty(), CharsetDoubt.of(page));
  }

  static Page decodedAs(String text, String charset) {
    SourceInfo source = new SourceInfo("a.html", null, "0".repeat(64), "text/html", charset, 1, 1, 0, null);
    String[] lines = text.split("\n");
    return new Page(source, lines[0], null, List.of(), List.of(lines).subList(1, lines.length));
  }

  @Test
  void chineseReadAsAWesternCharsetIsDoubtful() {
    String mojibake = new String(SHORT.replace("*", "").getBytes(GB18030), StandardCharsets.ISO_8859_1);
    Optional<String> doubt = CharsetDoubt.of(decodedAs(mojibake.replace("\n\n", "\n"), "ISO-8859-1"));
    assertTrue(doubt.isPresent() && doubt.get().startsWith("decoded as ISO-8859-1, "), doubt.toString());
  }

  @Test
  void westernTextInItsOwnCharsetAndTikaTextAreNotJudged() {
    String french = "Bilan des activités de l'année\nLe comité a organisé douze réunions publiques, été comme hiver, "
        + "avec une participation élevée des habitants du quartier et des associations locales déjà très actives.";
    assertEquals(Optional.empty(), CharsetDoubt.of(decodedAs(french, "windows-1252")));
    // a PDF's text: its charset is not ours to doubt
    String garbled = "\uFFFD\uFFFD\uFFFD工作总结\n\uFFFD\uFFFD\uFFFD";
    assertEquals(Optional.empty(), CharsetDoubt.of(decodedAs(garbled, null)));
    assertTrue(CharsetDoubt.of(decodedAs(garbled, "UTF-8")).isPresent());
  }
}
