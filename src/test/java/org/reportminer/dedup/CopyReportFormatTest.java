package org.reportminer.dedup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void textAndJsonCarryTheFigures() {
    String text = CopyReportFormat.text(report());
    assertTrue(text.contains("copy ratio 50.0%"), text);
    String json = CopyReportFormat.json(report()).toString();
    assertTrue(json.contains("\"copyRatio\":0.5") && json.contains("\"sourceId\":\"id2\""), json);
  }
}
