package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;

/**
 * Charset decisions for UTF-8, GBK and GB2312 bytes with right, missing and wrong declarations
 * (meta tag and HTTP header), through the whole extractor: the decoded page must contain the
 * exact Chinese text, no U+FFFD and none of the usual mojibake sequences, and SourceInfo.charset
 * must name the charset really used.
 */
class CharsetTableTest {
  private static final Extractor EXTRACTOR = new Extractor(ExtractorConfig.DEFAULTS);

  static final String TITLE = "2023年度综合治理工作总结";
  static final String P1 = "今年以来，我镇坚持以人民为中心，扎实推进平安建设，全镇刑事案件同比下降百分之十五。";
  /** 喆 and 堃 are in GBK but not in GB2312: they test decoding "GB2312" as GB18030. */
  static final String P2 = "镇综治中心主任王喆、副主任李堃带队走访了辖区内的二十三个村居，排查化解矛盾纠纷一百零八起。";
  static final String P2_GB2312 = "镇综治中心主任王明、副主任李强带队走访了辖区内的二十三个村居，排查化解矛盾纠纷一百零八起。";

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB2312 = Charset.forName("GB2312");

  static String html(String meta, String p2) {
    return "<html><head>" + meta + "<title>" + TITLE + "</title></head><body><div class=\"content\"><h1>" + TITLE
        + "</h1><p>" + P1 + "</p><p>" + p2 + "</p></div></body></html>";
  }

  static Arguments row(String name, Charset bytesIn, String meta, String http, String expected, boolean gb2312Text) {
    return Arguments.of(name, bytesIn, meta, http, expected, gb2312Text);
  }

  static Stream<Arguments> table() {
    String m = "<meta charset=\"%s\">";
    String mh = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">";
    return Stream.of(
        row("utf-8, declared utf-8", StandardCharsets.UTF_8, m.formatted("utf-8"), null, "UTF-8", false),
        row("utf-8, no declaration", StandardCharsets.UTF_8, "", null, "UTF-8", false),
        row("utf-8, meta says gbk", StandardCharsets.UTF_8, m.formatted("gbk"), null, "UTF-8", false),
        row("utf-8, meta says gb2312", StandardCharsets.UTF_8, mh.formatted("gb2312"), null, "UTF-8", false),
        row("utf-8, meta says iso-8859-1", StandardCharsets.UTF_8, m.formatted("iso-8859-1"), null, "UTF-8", false),
        row("utf-8, http says gbk", StandardCharsets.UTF_8, "", "gbk", "UTF-8", false),
        row("gbk, declared gbk", GBK, m.formatted("gbk"), null, "GB18030", false),
        row("gbk, declared gb2312 (GBK-only chars)", GBK, mh.formatted("gb2312"), null, "GB18030", false),
        row("gbk, no declaration", GBK, "", null, "GB18030", false),
        row("gbk, meta says utf-8", GBK, m.formatted("utf-8"), null, "GB18030", false),
        row("gbk, meta says windows-1252", GBK, mh.formatted("windows-1252"), null, "GB18030", false),
        row("gbk, http says utf-8, meta gbk", GBK, m.formatted("gbk"), "utf-8", "GB18030", false),
        row("gbk, http says gbk", GBK, "", "GBK", "GB18030", false),
        row("gbk, unknown charset name", GBK, m.formatted("x-no-such-charset"), null, "GB18030", false),
        row("gb2312, declared gb2312", GB2312, m.formatted("gb2312"), null, "GB18030", true),
        row("gb2312, no declaration", GB2312, "", null, "GB18030", true),
        row("gb2312, meta says utf-8", GB2312, m.formatted("utf-8"), null, "GB18030", true),
        row("gb2312, meta says iso-8859-1", GB2312, mh.formatted("iso-8859-1"), null, "GB18030", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void decodesWithoutMojibake(String name, Charset bytesIn, String meta, String http, String expected, boolean gb2312Text)
      throws Exception {
    String p2 = gb2312Text ? P2_GB2312 : P2;
    byte[] bytes = html(meta, p2).getBytes(bytesIn);
    Page page = EXTRACTOR.page(RawDocument.ofBytes(name + ".html", null, http, bytes));
    assertEquals(expected, page.source().charset(), name);
    assertEquals(TITLE, page.title(), name);
    assertEquals(List.of(P1, p2), page.paragraphs(), name);
    for (String p : page.paragraphs()) {
      assertNoMojibake(p);
    }
  }

  static void assertNoMojibake(String s) {
    assertFalse(s.contains("\uFFFD"), "replacement character in: " + s);
    for (String bad : List.of("锟斤拷", "烫烫烫", "Ã", "Â", "æ", "å", "ä¸", "é", "鍏", "鐨", "浠", "€", "ï»¿")) {
      assertFalse(s.contains(bad), "mojibake '" + bad + "' in: " + s);
    }
  }

  static Stream<Arguments> plainText() {
    String text = TITLE + "\n" + P1 + "\n" + P2 + "\n";
    return Stream.of(
        Arguments.of("utf-8 text", text.getBytes(StandardCharsets.UTF_8), "UTF-8"),
        Arguments.of("gbk text", text.getBytes(GBK), "GB18030"),
        Arguments.of("gb2312 text", (TITLE + "\n" + P1 + "\n" + P2_GB2312 + "\n").getBytes(GB2312), "GB18030"),
        Arguments.of("utf-8 text with BOM", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "UTF-8"),
        Arguments.of("utf-16le text with BOM", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), "UTF-16LE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainText")
  void plainTextPagesDecode(String name, byte[] bytes, String expected) throws Exception {
    Page page = EXTRACTOR.page(RawDocument.ofBytes(name + ".txt", null, null, bytes));
    assertEquals(expected, page.source().charset(), name);
    assertEquals(TITLE, page.title());
    assertEquals(P1, page.paragraphs().get(0));
    page.paragraphs().forEach(CharsetTableTest::assertNoMojibake);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shortTexts")
  void shortChineseTextsAreNotTakenForOtherScripts(String text) {
    CharsetDecider.Decoded d = new CharsetDecider().decode(text.getBytes(GBK), null, false);
    assertEquals("GB18030", d.charset().name(), text);
    assertEquals(text, d.text());
  }

  static Stream<String> shortTexts() {
    // "联通" is the classic GBK text that a lax detector takes for UTF-8; the others look Hebrew
    // or Cyrillic to ICU on their own.
    return Stream.of("联通", "知识产权日活动总结", "工作总结", "２０２３年　第一季度");
  }

  @org.junit.jupiter.api.Test
  void rejectedDeclarationIsReported() {
    byte[] gbk = html("<meta charset=\"utf-8\">", P2).getBytes(GBK);
    CharsetDecider.Decoded d = new CharsetDecider().decode(gbk, null, true);
    assertEquals(CharsetDecider.Evidence.DETECTED, d.evidence());
    assertEquals("UTF-8", d.rejectedDeclaration());
    byte[] utf8 = html("<meta charset=\"utf-8\">", P2).getBytes(StandardCharsets.UTF_8);
    CharsetDecider.Decoded ok = new CharsetDecider().decode(utf8, null, true);
    assertEquals(CharsetDecider.Evidence.DECLARED, ok.evidence());
    assertNull(ok.rejectedDeclaration());
  }

  @org.junit.jupiter.api.Test
  void gbFamilyNamesMapToGb18030() {
    for (String n : List.of("GBK", "gb2312", "GB_2312-80", "x-gbk", "cp936", "EUC-CN", "gb18030", " \"GBK\" ")) {
      assertEquals("GB18030", CharsetDecider.normalize(n).name(), n);
    }
    assertNull(CharsetDecider.normalize("no-such-charset"));
    assertNull(CharsetDecider.normalize(""));
    assertTrue(CharsetDecider.normalize("utf8").name().equals("UTF-8"));
  }
}
