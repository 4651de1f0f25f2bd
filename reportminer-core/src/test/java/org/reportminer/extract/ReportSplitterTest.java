package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.model.Page;
import org.reportminer.model.Report;
import org.reportminer.model.ReportId;
import org.reportminer.model.SourceInfo;

/** Table tests for splitting pages into reports: the signs of several reports, and false alarms. */
class ReportSplitterTest {
  private final ReportSplitter splitter = new ReportSplitter();

  static final String BODY_A = "今年以来，我们认真贯彻上级部署，扎实开展各项工作，取得了明显成效。全年共举办培训班十二期，培训干部职工六百余人次，群众满意度稳步提升。";
  static final String BODY_B = "本学期，学校围绕立德树人根本任务，深入推进课堂教学改革，组织公开课四十余节，教师参加各级培训达到二百人次，教学质量稳步提高。";
  static final String BODY_C = "一年来，本人在单位领导和同事的帮助下，认真履行岗位职责，较好地完成了各项工作任务，个人业务能力和思想水平都有了新的提高。";

  static Page page(String title, String... paragraphs) {
    return new Page(new SourceInfo("site/page.html", null, "0".repeat(64), "text/html", "UTF-8", 1, 1),
        title, "2023-05-01", List.of("工作总结"), List.of(paragraphs));
  }

  static Arguments row(String name, Page page, List<String> titles, List<String> firstParagraphs) {
    return Arguments.of(name, page, titles, firstParagraphs);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row("第N篇 markers, the next line is the full title",
            page("知识产权日活动总结(2篇)", "知识产权日活动总结", "第1篇 20234.26世界知识产权日活动总结",
                "2023年4.26世界知识产权日活动总结", BODY_A, "第2篇 2023年宣传活动工作总结", BODY_B),
            List.of("2023年4.26世界知识产权日活动总结", "2023年宣传活动工作总结"), List.of(BODY_A, BODY_B)),
        row("篇一： markers with identical titles and an intro that belongs to nobody",
            page("教师个人年度工作总结3篇", "下面是小编为大家整理的教师个人年度工作总结，欢迎阅读参考。",
                "篇一：教师个人年度工作总结", BODY_A, "篇二：教师个人年度工作总结", BODY_B, "篇三：教师个人年度工作总结", BODY_C),
            List.of("教师个人年度工作总结", "教师个人年度工作总结", "教师个人年度工作总结"), List.of(BODY_A, BODY_B, BODY_C)),
        row("【篇二】 bracket markers, caption on the marker line",
            page("述职报告", "【篇一】办公室主任述职报告", BODY_A, "【篇二】财务科长述职报告", BODY_B),
            List.of("办公室主任述职报告", "财务科长述职报告"), List.of(BODY_A, BODY_B)),
        row("第一篇 Chinese numerals, bare marker followed by a title line",
            page("总结两篇", "第一篇", "社区工作总结", BODY_A, "第二篇", "学校工作总结", BODY_B),
            List.of("社区工作总结", "学校工作总结"), List.of(BODY_A, BODY_B)),
        row("numbered titles announced by the page title",
            page("年度工作总结范文(3篇)", "1、社区年度工作总结", BODY_A, "2、学校年度工作总结", BODY_B, "3、个人年度工作总结", BODY_C),
            List.of("社区年度工作总结", "学校年度工作总结", "个人年度工作总结"), List.of(BODY_A, BODY_B, BODY_C)),
        row("a repeated title line",
            page("消防安全工作总结", "消防安全工作总结", BODY_A, BODY_C, "消防安全工作总结", BODY_B, BODY_C),
            List.of("消防安全工作总结", "消防安全工作总结"), List.of(BODY_A, BODY_B)),
        // one report
        row("a report whose sections end in 总结 and 计划 is not split without an announced count",
            page("2023年工作总结和2024年工作计划", "一、2023年工作总结", BODY_A, "二、2024年工作计划", BODY_B),
            List.of("2023年工作总结和2024年工作计划"), List.of("一、2023年工作总结")),
        row("a report with ordinary sections",
            page("社区志愿服务工作总结", BODY_A, "一、健全组织", BODY_B, "二、突出重点", BODY_C),
            List.of("社区志愿服务工作总结"), List.of(BODY_A)),
        row("a lone 第2篇 is no sequence",
            page("读书心得", BODY_A, "第2篇 读书心得体会", BODY_B),
            List.of("读书心得"), List.of(BODY_A)),
        row("a sentence starting with 第一篇 is no marker",
            page("读书心得", "第一篇文章讲述了作者的童年。第二篇则回顾了求学经历。", BODY_A),
            List.of("读书心得"), List.of("第一篇文章讲述了作者的童年。第二篇则回顾了求学经历。")),
        row("the title repeated as the first paragraph is not body",
            page("社区志愿服务工作总结", "社区志愿服务工作总结", BODY_A),
            List.of("社区志愿服务工作总结"), List.of(BODY_A)),
        row("a repeated sign-off line does not split",
            page("总结", BODY_A, "幸福里社区居委会", BODY_B, "幸福里社区居委会"),
            List.of("总结"), List.of(BODY_A)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void splits(String name, Page page, List<String> titles, List<String> firstParagraphs) {
    List<Report> reports = splitter.split(page);
    assertEquals(titles, reports.stream().map(Report::title).toList(), name);
    assertEquals(firstParagraphs, reports.stream().map(r -> r.text().split("\n")[0]).toList(), name);
    for (int k = 0; k < reports.size(); k++) {
      Report r = reports.get(k);
      assertEquals(k + 1, r.source().part());
      assertEquals(reports.size(), r.source().parts());
      assertEquals(ReportId.of("site/page.html", k + 1), r.id());
      assertEquals("2023-05-01", r.published());
      assertEquals(List.of("工作总结"), r.category());
    }
  }

  @Test
  void partsOfOnePageHaveDistinctStableIdsKeyedByUrl() {
    Page p = new Page(new SourceInfo("a.html", "https://example.org/x.html", "0".repeat(64), "text/html", "UTF-8", 1, 1),
        "两篇", null, List.of(),
        List.of("第1篇 甲总结", BODY_A, "第2篇 乙总结", BODY_B));
    List<Report> r = splitter.split(p);
    assertEquals(2, r.size());
    assertNotEquals(r.get(0).id(), r.get(1).id());
    assertEquals(ReportId.of("https://example.org/x.html", 2), r.get(1).id());
    assertEquals(r.stream().map(Report::id).toList(), splitter.split(p).stream().map(Report::id).toList());
  }

  @Test
  void lastPartRunsToTheEndAndKeepsItsSections() {
    Page p = page("两篇", "第1篇 甲工作总结", BODY_A, "第2篇 乙工作总结", BODY_B, "一、主要做法", BODY_C);
    Report second = splitter.split(p).get(1);
    assertEquals(String.join("\n", BODY_B, "一、主要做法", BODY_C), second.text());
    assertEquals(1, second.sections().size());
    assertEquals(BODY_B.length() + 1, second.sections().get(0).start());
  }
}
