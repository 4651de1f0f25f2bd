package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.NumberValue;
import org.reportminer.model.RawDocument;
import org.reportminer.model.Report;

/**
 * The seed page the tool is built for, extracted and analyzed: the organizations, dates, numbers
 * and themes a careful reader lists (written here by hand), and none of the errors raw HanLP makes
 * on it (法律咨询, 会员单位, 驱动发展 as organizations, 佳邦 as a place, "__" as a keyword).
 */
class SeedPageAnalysisTest {
  private static List<AnalyzedReport> reports;

  @BeforeAll
  static void analyzeSeed() throws Exception {
    byte[] bytes;
    try (InputStream in = SeedPageAnalysisTest.class.getResourceAsStream("/extract/seed.txt")) {
      bytes = in.readAllBytes();
    }
    List<Report> extracted =
        new Extractor(ExtractorConfig.DEFAULTS).extract(RawDocument.ofBytes("seed.txt", null, null, bytes));
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(RuleFamily.all()));
    reports = new ArrayList<>();
    for (Report r : extracted) {
      reports.add(analyzer.analyze(r));
    }
    assertEquals(3, reports.size());
  }

  private static List<String> dates(AnalyzedReport a) {
    return a.dates().stream().map(d -> d.text() + "=" + d.value()).toList();
  }

  private static List<String> numbers(AnalyzedReport a) {
    List<String> out = new ArrayList<>();
    for (NumberValue v : a.numbers()) {
      out.add(v.text() + "=" + v.value().stripTrailingZeros().toPlainString() + " " + v.unit() + (v.approx() ? " approx" : ""));
    }
    return out;
  }

  @Test
  void firstReport() {
    AnalyzedReport a = reports.get(0);
    assertTrue(a.organizations().containsAll(List.of(
        "扫黄打非办", "__区文化体育局", "区科技创新局", "区教育局", "区文化体育局", "区音像制品零售行业协会",
        "佳邦", "购书中心", "区文化市场行政执法大队", "川九小学")), a.organizations().toString());
    for (String wrong : List.of("法律咨询", "会员单位", "主办方", "大运", "服务大运", "区机关", "多所小学", "时代广场")) {
      assertFalse(a.organizations().contains(wrong), wrong);
    }
    assertEquals(List.of("刘晓", "吴介贤"), a.persons());
    assertTrue(a.places().contains("深圳") && a.places().contains("和平县"), a.places().toString());
    assertFalse(a.places().contains("佳邦"));
    assertEquals(List.of("2023年=2023", "2023年4月=2023-04", "4·26=2023-04-26", "2023年=2023", "今年=2023",
        "4月初=2023-04", "26日=2023-04-26"), dates(a));
    assertEquals(List.of("95家=95 家", "914份=914 份", "37名=37 名"), numbers(a));
    assertEquals(List.of("迎接精彩大运,保护知识产权"), a.themes());
  }

  @Test
  void thirdReport() {
    AnalyzedReport a = reports.get(2);
    assertEquals(List.of("__省知识产权局", "__德胜农林科技有限公司", "定州市恒宇机械科技有限公司",
        "定州市荣鼎水环境生化技术有限公司", "定州市职业技术教育中心"), a.organizations());
    assertTrue(a.places().contains("定州市"));
    List<String> dates = dates(a);
    assertEquals("20__年=20XX", dates.get(0));
    assertEquals("4月20日至26日=2023-04-20/2023-04-26", dates.get(1));
    assertTrue(dates.containsAll(List.of("4·26=2023-04-26", "4月20日=2023-04-20", "4月24日=2023-04-24", "4.26=2023-04-26")));
    assertEquals(List.of("1000余份=1000 份 approx", "100余人次=100 人次 approx"), numbers(a));
    assertEquals(List.of("建设知识产权强国、支撑创新驱动发展"), a.themes());
    for (DateValue d : a.dates()) {
      assertEquals(d.text(), a.report().text().substring(d.start(), d.end()));
    }
  }

  @Test
  void keywordsCarryNoneOfRawHanlpsJunk() {
    for (AnalyzedReport a : reports) {
      assertTrue(a.keywords().contains("知识产权"), a.keywords().toString());
      for (String junk : List.of("__", "区", "进行", "活动", "工作", "开展")) {
        assertFalse(a.keywords().contains(junk), junk);
      }
    }
  }
}
