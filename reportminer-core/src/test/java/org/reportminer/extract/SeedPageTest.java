package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/** The seed page the tool is built for: three reports, own titles, date, category, no trailer. */
class SeedPageTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = SeedPageTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  @Test
  void seedPageGivesThreeReports() throws Exception {
    Extractor x = new Extractor(ExtractorConfig.DEFAULTS);
    List<Report> reports =
        x.extract(RawDocument.ofBytes("seeds/000_8a3cc923fc813e59.txt", null, null, resource("extract/seed.txt")));
    assertEquals(3, reports.size());
    assertEquals(
        List.of("2023年4.26世界知识产权日活动总结", "2023年4·26世界知识产权日宣传活动工作总结", "2023世界知识产权日活动总结"),
        reports.stream().map(Report::title).toList());
    for (Report r : reports) {
      assertEquals("2022-10-05", r.published());
      assertEquals(List.of("范文大全", "工作总结", "活动总结"), r.category());
      assertFalse(r.text().contains("下载"), r.text());
      assertFalse(r.text().contains("推荐度"));
      assertFalse(r.text().contains("一键复制"));
      assertFalse(r.text().contains("相关专题") || r.text().contains("相关范文") || r.text().contains(".doc》"));
      assertFalse(r.text().startsWith("第"), "the part marker is not body text");
    }
    String last = reports.get(2).text();
    assertTrue(last.endsWith("常抓不懈、持之以恒。"), "report 3 ends with its last paragraph");
    assertEquals(List.of(3, 3, 3), reports.stream().map(r -> r.source().parts()).toList());
    assertEquals(List.of(1, 2, 3), reports.stream().map(r -> r.source().part()).toList());
  }
}
