package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CopyReportFormatTest {
  private static final String HOSTILE = "活动<script>alert(1)</script><img src=x onerror=\"x()\">结束</mark>";

  private static CopyReport report() {
    return new CopyReport(
        "id1", "标题<b>", HOSTILE, 20, 0.5, 0.5,
        List.of(new CopyReport.SectionRatio("", 0, 0, HOSTILE.length(), 0.5, "id2")),
        List.of(new CopyReport.SourceShare("id2", "来源<i>", "a.html", 0.5, 1)),
        List.of(new CopyReport.CopiedPassage("id2", 2, 10, 0, 8, HOSTILE.substring(2, 10), "<script", 1.0)),
        List.of());
  }

  @Test
  void htmlEscapesEveryPieceOfReportText() {
    String html = CopyReportHtml.render(report(), id -> "<script>src()</script>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("标题<b>") || html.contains("来源<i>"), html);
    assertTrue(html.contains("标题&lt;b&gt;") && html.contains("来源&lt;i&gt;"));
    assertTrue(html.contains("alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;x()&quot;&gt;"), html);
    assertTrue(html.contains("<mark class=\"s0\">"));
  }

  @Test
  void aPassageAcrossALineBreakStaysMarkedInBothParagraphs() {
    String text = "开头不同。第一段抄来的句子\n第二段抄来的句子。结尾";
    String source = "另一篇：第一段抄来的句子\n第二段抄来的句子。";
    int start = text.indexOf("第一段");
    int end = text.indexOf("。结尾") + 1;
    int sourceStart = source.indexOf("第一段");
    CopyReport r = new CopyReport("id1", "题", text, 20, 0.6, 0.6,
        List.of(new CopyReport.SectionRatio("", 0, 0, text.length(), 0.6, "id2")),
        List.of(new CopyReport.SourceShare("id2", "源", "a.html", 0.6, 1)),
        List.of(new CopyReport.CopiedPassage("id2", start, end, sourceStart, source.length(),
            text.substring(start, end), source.substring(sourceStart), 1.0)),
        List.of());
    // Parsed as a browser parses it: a mark left open across </p><p> would end at the break.
    Document page = Jsoup.parse(CopyReportHtml.render(r, id -> source));
    for (Element column : page.select(".pair .text")) {
      assertEquals(List.of("第一段抄来的句子", "第二段抄来的句子。"),
          column.select("mark.s0").eachText(), column.outerHtml());
      assertEquals(2, column.select("p:has(mark)").size());
    }
  }

  @Test
  void textAndJsonCarryTheFigures() {
    String text = CopyReportFormat.text(report());
    assertTrue(text.contains("copy ratio 50.0%"), text);
    String json = CopyReportFormat.json(report()).toString();
    assertTrue(json.contains("\"copyRatio\":0.5") && json.contains("\"sourceId\":\"id2\""), json);
  }
}
