package org.reportminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-page scorer and gold loader, and the peers running at all on this classpath. */
class RealPageEvaluationTest {

  static RealPageGold gold(String title, String published, List<String> body, List<String> boiler) {
    return new RealPageGold("p1", Path.of("p1.html"), null, "site", "news", true, title, published, body, boiler);
  }

  @Test
  void probesMatchIgnoringWhitespaceAndTitlesAfterTrimming() {
    RealPageGold g = gold("四年前中500万 一夜暴富", "2005-03-21", List.of("今天，大会 隆重开幕", "预祝大会圆满成功！"),
        List.of("打印本页", "责任编辑：魏喆"));
    PageExtractor.Output out = new PageExtractor.Output(" 四年前中500万  一夜暴富 ", "2005-03-21",
        "今天，大会隆重\n开幕。\u3000其他内容。\n打印 本页", 1, null);
    RealPageEvaluation.PageScore s = RealPageEvaluation.score(g, out);
    assertEquals(List.of("预祝大会圆满成功！"), s.missedBody());
    assertEquals(List.of("打印本页"), s.leaked());
    assertTrue(s.titleRight());
    assertTrue(s.publishedRight());
    assertFalse(s.mojibake());
  }

  @Test
  void noDateIsRightOnlyWhenTheGoldHasNone() {
    PageExtractor.Output none = new PageExtractor.Output("t", null, "x", 1, null);
    assertTrue(RealPageEvaluation.score(gold("t", null, List.of(), List.of()), none).publishedRight());
    assertFalse(RealPageEvaluation.score(gold("t", "2020-01-01", List.of(), List.of()), none).publishedRight());
  }

  @Test
  void mojibakeIsLatin1LettersOrReplacementCharacters() {
    assertTrue(RealPageEvaluation.mojibake("ÇÈ_% ÇÁ/À ÇÈ_% Ñ_/ÅÁ À_%ÁÑ Ä?_ 文本"));
    assertTrue(RealPageEvaluation.mojibake("工作\uFFFD总结\uFFFD报告\uFFFD"));
    assertTrue(RealPageEvaluation.mojibake("锟斤拷锟斤拷"));
    assertFalse(RealPageEvaluation.mojibake("Café 与 Zürich 的合作项目总结，今年共完成三十个项目。" + "正文".repeat(100)));
    assertFalse(RealPageEvaluation.mojibake("一个\uFFFD" + "字".repeat(200)));
  }

  @Test
  void latinWordsWithAccentsAreNotMojibake() {
    // pinyin written into the page after each character, as content farms do: letters, not bad bytes
    String pinyin = "為進(jìn)一步標準網(wǎng)絡(luò )主播從業(yè)行為，節(jié)目發(fā)布時(shí)間，關(guān)注問(wèn)題。";
    assertFalse(RealPageEvaluation.mojibake(pinyin.repeat(5)));
    // CJK bytes read as Latin-1: the letters stand between symbols and other Latin-1 bytes
    assertTrue(RealPageEvaluation.mojibake("×Ü½á ¹¤×÷ ±¨¸æ ÄêÖÕ×Ü½á 文本"));
  }

  @Test
  void invisibleControlCharactersAreIgnoredLikeWhitespace() {
    // a page sprinkles C0 controls between words; the gold copies them, an extractor drops them
    RealPageGold g = gold("t", null, List.of("促进行业\u0007，健康\u0005\u0008有序发展"), List.of());
    PageExtractor.Output out = new PageExtractor.Output("t", null, "促进行业 ，健康 有序\u200B发展", 1, null);
    assertEquals(List.of(), RealPageEvaluation.score(g, out).missedBody());
  }

  @Test
  void goldLoadsPartsAndSkipsNonPages(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b01.html"), "<html></html>");
    Files.writeString(dir.resolve("b01.json"), """
        {"id": "b01", "file": "b01.html", "has_article": true, "title": null, "published": null,
         "body_first": "甲", "body_last": "乙", "body_probes": ["丙"], "boilerplate_probes": ["丁"],
         "parts": [{"title": "第一篇", "body_first": "戊", "body_probes": ["丙"], "boilerplate_probes": []}]}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("manifest.json"), "{\"pages\": 1}");
    List<RealPageGold> pages = RealPageGold.load(dir);
    assertEquals(1, pages.size());
    assertEquals("第一篇", pages.get(0).title());
    assertEquals(List.of("甲", "乙", "丙", "戊"), pages.get(0).bodyProbes());
    assertNull(pages.get(0).published());
  }

  @Test
  void everyPeerRunsOnAChinesePage() {
    String html = "<html><head><meta charset=\"gbk\"><title>工作总结_某某网</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a></div><div class=\"content\"><h1>工作总结</h1>"
        + "<p>" + "今年以来，我镇坚持以人民为中心，扎实推进平安建设，全镇刑事案件同比下降百分之十五。".repeat(4) + "</p>"
        + "<p>" + "镇综治中心主任带队走访了辖区内的二十三个村居，排查化解矛盾纠纷一百零八起。".repeat(4) + "</p></div>"
        + "<div class=\"footer\">版权所有 某某网</div></body></html>";
    byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("GBK"));
    for (PageExtractor x : List.of(Peers.JSOUP, Peers.BOILERPIPE, Peers.READABILITY, Peers.TIKA)) {
      PageExtractor.Output out = x.extract("p", bytes, null);
      assertNull(out.error(), x.name());
      assertTrue(out.text().contains("排查化解矛盾纠纷一百零八起"), x.name() + ": " + out.text());
    }
  }
}
