package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table tests for the line-level rules: furniture, trailers, publication dates, breadcrumbs. */
class LineRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "《知识产权日活动总结(3篇).doc》", "将本文的Word文档下载,方便收藏和打印", "推荐度:", "推荐度：★★★★☆", "点击下载文档",
    "一键复制", "相关专题", "相关范文", "猜你喜欢", "分类查询入口", "上一篇：2023年社区党建工作总结", "下一篇:消防安全工作总结"})
  void trailerLines(String line) {
    assertEquals(true, BoilerplatePatterns.isTrailerStart(line), line);
    assertEquals(true, BoilerplatePatterns.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "栏目", "分享到：微信 微博 QQ空间", "微信 微博 QQ空间", "Copyright © 2015-2024 好范文网 版权所有 京ICP备00000000号-1",
    "发布时间：2023-12-28 09:15 作者：编辑部 浏览次数：2316", "字号：[ 大 中 小 ]", "【打印本页】【关闭窗口】", "【打印】 【关闭】",
    "关于我们 | 联系我们 | 网站地图", "★★★★☆", "|", "——", "第 2 页 共 5 页", "- 3 -", "返回顶部", "本文由好范文网整理发布",
    "本站部分内容来自网络，如有侵权请联系删除", "当前位置：首页 > 工作总结", "建议使用1366×768分辨率浏览本站",
    "你可能还想看", "网友评论", "发表评论", "开通VIP会员，全站文档免费下载", "索 引 号：11360900MB0000001X/2023-00031",
    "有 效 性：有效", "© 2024 某某资讯 保留所有权利"})
  void furnitureLines(String line) {
    assertEquals(true, BoilerplatePatterns.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "区文化市场行政执法大队向与会青少年发放刑事打击盗版相关宣传资料并接受现场举报。",
    "一、分工明确、组织有序", "幸福里社区居委会", "2023年12月25日", "请各单位下载文档后认真填写，并于月底前报送。",
    "我们将继续做好相关文章的编辑和校对工作，确保版权所有信息准确。 再接再厉。",
    "时间：2023年4月26日上午9时", "活动时间：4月20日至26日", "今年共分享经验材料12篇。", "推荐度高的做法将在全区推广。",
    "协会会员佳邦等单位在会场进行了大规模的正版展示活动。", "评论员文章在全市引起了反响。"})
  void bodyLinesStay(String line) {
    assertEquals(false, BoilerplatePatterns.isBoilerplate(line), line);
    assertEquals(false, BoilerplatePatterns.isTrailerStart(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", value = {
    "发布时间:2022-10-05=>2022-10-05",
    "发布时间：2023-12-28 09:15　作者：编辑部=>2023-12-28",
    "发布日期：2024年01月18日=>2024-01-18",
    "发布日期：２０２４年１月８日=>2024-01-08",
    "更新时间：2024年04月12日 来源：网友投稿=>2024-04-12",
    "时间: 2023-06-01 08:00:00 | 栏目：活动总结=>2023-06-01",
    "【发布时间】2023/7/3=>2023-07-03",
    "成文日期：2023.01.16=>2023-01-16",
    "日期：2022-2-29=>",
    "发布时间：2023-13-01=>",
    "活动时间：2023年4月26日=>",
    "今年4月26日，我们举办了活动。=>"})
  void labeledDates(String line, String iso) {
    PublishedDates.Labeled l = PublishedDates.labeled(line);
    if (iso == null) {
      assertNull(l, line);
    } else {
      assertEquals(iso, l.iso(), line);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", value = {
    "2024-01-05 10:20 阅读 1523=>2024-01-05",
    "2023年5月8日 来源：区教育局=>2023-05-08",
    "2023/07/03=>2023-07-03",
    "2023年4.26世界知识产权日活动总结=>",
    "2023年4月26日世界知识产权日活动总结=>",
    "2023年12月25日，我们召开了总结会。=>"})
  void datelines(String line, String iso) {
    assertEquals(iso, PublishedDates.dateline(line), line);
  }

  @org.junit.jupiter.api.Test
  void publicationLabelsBeatWritingDates() {
    assertEquals("2023-01-18", PublishedDates.best(List.of("成文日期：2023-01-16", "发布日期：2023-01-18")));
    assertEquals("2023-01-16", PublishedDates.best(List.of("成文日期：2023-01-16", "日期：2023-01-20")));
    assertEquals("2023-04-28", PublishedDates.parseValue("2023-04-28T10:00:00+08:00"));
    assertEquals("2023-04-28", PublishedDates.parseValue("20230428"));
    assertNull(PublishedDates.parseValue("yesterday"));
  }

  static Stream<Arguments> crumbs() {
    return Stream.of(
        Arguments.of("管理者范文网 > 范文大全 > 工作总结 > 活动总结", "知识产权日活动总结(3篇)", List.of("范文大全", "工作总结", "活动总结")),
        Arguments.of("当前位置：首页 > 工作总结 > 社区工作总结 > 正文", null, List.of("工作总结", "社区工作总结")),
        Arguments.of("您现在的位置：笔杆子文库 » 总结报告 » 活动总结 » 正文", null, List.of("总结报告", "活动总结")),
        Arguments.of("您的位置：首页 / 政务公开 / 工作报告", null, List.of("政务公开", "工作报告")),
        Arguments.of("首页 > 政务公开 > 工作报告 > 区文化体育局2023年工作总结", "区文化体育局2023年工作总结", List.of("政务公开", "工作报告")),
        Arguments.of("首页 > 新闻", null, List.of("新闻")));
  }

  @ParameterizedTest
  @MethodSource("crumbs")
  void breadcrumbCategories(String line, String title, List<String> category) {
    List<String> segments = Breadcrumbs.segments(line);
    assertEquals(category, Breadcrumbs.category(segments, null, title), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "收入增长率 > 支出增长率 > 物价涨幅，这说明经济运行良好。", "2023/04/26", "A > B", "第一季度完成产值5亿元。",
    // body lines with arrows: a flow, a comparison, an arrow list, none starting at a root or site
    "收入增长率 > 支出增长率 > 物价涨幅", "办理流程：申请 > 受理 > 审核 > 办结", "群众 → 村委会 → 镇政府",
    "一季度 > 二季度 > 三季度",
    // separators only (a decoration line on a real page made this throw)
    ">>>", "» » »", "> > >"})
  void notBreadcrumbs(String line) {
    assertNull(Breadcrumbs.segments(line), line);
  }
}
