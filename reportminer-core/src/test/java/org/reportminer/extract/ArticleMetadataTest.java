package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Titles and publication dates of article pages in the shapes found on real Chinese sites (the
 * real-page set): dates by source in order of trust, with the source recorded; titles without
 * site suffixes and column names.
 */
class ArticleMetadataTest {
  private static final HtmlPageCleaner CLEANER = new HtmlPageCleaner(512);
  static final String PROSE = "<p>" + "今年以来，我镇坚持以人民为中心，扎实推进平安建设，全镇刑事案件同比下降百分之十五。".repeat(3) + "</p>"
      + "<p>" + "镇综治中心主任带队走访了辖区内的二十三个村居，排查化解矛盾纠纷一百零八起。".repeat(3) + "</p>";

  static String page(String head, String body) {
    return "<html><head>" + head + "<title>镇综治中心工作总结_某某县人民政府</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/x\">政务公开</a></div>" + body
        + "<div class=\"footer\">主办单位：某某县人民政府办公室</div></body></html>";
  }

  static Stream<Arguments> dates() {
    String h1 = "<h1>镇综治中心工作总结</h1>";
    String related = "<ul class=\"list\"><li>另一篇 发布日期：2019-01-01</li></ul>";
    return Stream.of(
        Arguments.of("meta", page("<meta name=\"PubDate\" content=\"2022-02-11 09:52\">", h1 + PROSE), "2022-02-11", "meta"),
        Arguments.of("meta og:time", page("<meta name=\"og:time \" content=\"2019-02-20 02:26:00\">", h1 + PROSE),
            "2019-02-20", "meta"),
        Arguments.of("a modification meta is no publication", page("<meta name=\"lastmodified\" content=\"2022-02-11\">",
            h1 + "<div>2021-05-06 10:00</div>" + PROSE), "2021-05-06", "line"),
        Arguments.of("time", page("", h1 + "<time datetime=\"2020-07-04T01:55:04+08:00\">7月4日</time>" + PROSE),
            "2020-07-04", "time"),
        Arguments.of("json-ld", page("<script type=\"application/ld+json\">{\"pubDate\":\"2024-05-06T15:44:46\"}</script>",
            h1 + "<div>最新推荐文章于 2024-05-07 22:12:13 发布</div>" + PROSE), "2024-05-06", "json-ld"),
        Arguments.of("script variable", page("", h1 + PROSE + "<script>var publish_time = \"2018-01-03\";</script>"),
            "2018-01-03", "json-ld"),
        Arguments.of("information table: 发布日期, not 成文日期",
            page("", "<table><tr><td>索引号：</td><td>11220000/2022-00426</td><td>成文日期：</td><td>2022年01月26日</td></tr>"
                + "<tr><td>发布机构：</td><td>省政府</td><td>发布日期：</td><td>2022年01月28日</td></tr></table>" + h1 + PROSE),
            "2022-01-28", "table"),
        Arguments.of("labeled line with time of day", page("", h1 + "<div>发布时间：2022-02-13 04:22:18 来源：云南日报</div>" + PROSE),
            "2022-02-13", "line"),
        Arguments.of("source/time line", page("", h1 + "<div>BUSINESS.SOHU.COM　2005年3月11日12:12 来源：[ 人民网 ]</div>" + PROSE),
            "2005-03-11", "line"),
        Arguments.of("year, space, month/day", page("", h1 + "<div>2024 05/09 22:27:02</div>" + PROSE), "2024-05-09", "line"),
        Arguments.of("English", page("", h1 + "<div>Saturday, September 10th, 2005 10:56 am</div>" + PROSE), "2005-09-10", "line"),
        Arguments.of("posting line under the article (blog engines)",
            page("", "<div class=\"post\">" + h1 + PROSE + "<div>posted @ 2024-05-09 14:45 好看的HK 阅读(12)</div></div>"),
            "2024-05-09", "line"),
        Arguments.of("a related list's date is no publication date", page("", h1 + PROSE + PROSE + PROSE + related), null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void datesBySourceInOrderOfTrust(String name, String html, String iso, String source) {
    PageContent c = CLEANER.clean(html, "");
    assertEquals(iso, c.published(), name);
    assertEquals(source, c.publishedFrom(), name);
  }

  @Test
  void urlDateIsTheLastResort() {
    PageContent c = CLEANER.clean(page("", "<h1>镇综治中心工作总结</h1>" + PROSE),
        "http://www.example.gov.cn/xxgk/201908/t20190813_1234.html");
    assertEquals("2019-08-13", c.published());
    assertEquals("url", c.publishedFrom());
    assertEquals("2020-07-08", PublishedDates.fromUrl("https://new.qq.com/rain/a/20200708A0KVA4"));
    assertEquals("2019-08-13", PublishedDates.fromUrl("http://x.cn/2019-08/13/c_1.htm"));
    assertNull(PublishedDates.fromUrl("http://x.cn/a/12345678.html"));
  }

  static Stream<Arguments> titles() {
    String prose = PROSE;
    return Stream.of(
        Arguments.of("site tail after a bare hyphen",
            "<html><head><title>习近平主持召开座谈会-中国科普网</title></head><body><div>" + prose + "</div></body></html>",
            "习近平主持召开座谈会"),
        Arguments.of("» separates the blog name",
            "<html><head><title>多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业</title></head><body><div>" + prose
                + "</div><div id=\"comments\"><h3>《播客热潮迅速蔓延 挑逗传统传媒业》已有1件评论</h3></div></body></html>",
            "播客热潮迅速蔓延 挑逗传统传媒业"),
        Arguments.of("the site name first, the title visible on the page",
            "<html><head><title>Joel on Software - 给计算机系学生的建议</title></head><body><div class=\"logo\">Joel on Software"
                + "</div><div><p>给计算机系学生的建议</p>" + prose + "</div></body></html>",
            "给计算机系学生的建议"),
        Arguments.of("<title> in the body, page marker",
            "<html><body><title>社会资本与再就业(页 1) - 学术前沿 - 三校社会学论坛</title><div>" + prose + "</div></body></html>",
            "社会资本与再就业"),
        Arguments.of("a site-only <title> gives way to the article's opening line",
            "<html><head><title>北医新闻网_(新闻)</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><div>"
                + "<p><b>李简——新外科运动向我们走来</b></p>" + prose + "</div></body></html>",
            "李简——新外科运动向我们走来"),
        Arguments.of("heading and <title> differ in spaces only: the <title>'s way",
            "<html><head><title>内蒙古助企纾困预计4年减负180亿元_内蒙古自治区政府门户网站</title></head><body><div>"
                + "<h1>内蒙古助企纾困 预计4年减负180亿元</h1>" + prose + "</div></body></html>",
            "内蒙古助企纾困预计4年减负180亿元"),
        Arguments.of("subtitle the page shows under the heading",
            "<html><head><title>凝聚强大智慧和力量——热烈祝贺大会开幕_某市人民政府网</title></head><body><div>"
                + "<h1>凝聚强大智慧和力量</h1><p>——热烈祝贺大会开幕</p>" + prose + "</div></body></html>",
            "凝聚强大智慧和力量——热烈祝贺大会开幕"),
        Arguments.of("a <title> that is the SiteName meta: the declared article title, as the page's title element shows it",
            "<html><head><meta name=\"SiteName\" content=\"某某省农业农村厅\"><meta name=\"ArticleTitle\""
                + " content=\"某某省农业农村厅行政处罚决定书(农罚〔2024〕3号)\"><title>某某省农业农村厅</title></head><body>"
                + "<div class=\"detail-title\">某某省农业农村厅行政处罚决定书</div><div>" + prose + "</div></body></html>",
            "某某省农业农村厅行政处罚决定书"),
        Arguments.of("a <title> naming the owner of the copyright line: the article's opening line",
            "<html><head><title>某某市水产研究所</title></head><body><div class=\"content\"><h5>某某市水产研究所召开年度工作会议</h5>"
                + prose + "</div><div class=\"footer\">©2025 某某市水产研究所 备案号12345</div></body></html>",
            "某某市水产研究所召开年度工作会议"),
        Arguments.of("a bare-hyphen tail that shortens the site's name",
            "<html><head><title>张居正的儒学教育-文学院</title></head><body><div>" + prose
                + "</div><p>Copyright 2014 某某大学文学院版权所有</p></body></html>",
            "张居正的儒学教育"),
        Arguments.of("a breadcrumb <title>: the line above the first section heading",
            "<html><head><title>某某艺术网&gt;艺术教育</title></head><body><p><b>某某研究院2004年博士生招生简章</b></p>"
                + "<p>一、培养目标：<br>" + PROSE.replace("<p>", "").replace("</p>", "") + "</p></body></html>",
            "某某研究院2004年博士生招生简章"),
        Arguments.of("og:title matches the heading when the <title> dresses it up",
            "<html><head><meta property=\"og:title\" content=\"年度工作总结\"><title>【年度工作总结】是什么？全文都在这里 | 某某站</title>"
                + "</head><body><article class=\"post tag-12 hentry\"><h1>年度工作总结</h1><div>" + prose
                + "</div></article></body></html>",
            "年度工作总结"),
        Arguments.of("a separator inside the headline: the heading equal to the whole <title>",
            "<html><head><title>两万字长文 | 月相的故事</title></head><body><div class=\"note-header\"><h1>两万字长文 | 月相的故事</h1>"
                + "</div><div>" + prose + "</div></body></html>",
            "两万字长文 | 月相的故事"),
        Arguments.of("the blog's own name in the masthead loses to the article's heading",
            "<html><head><title>容器的一点使用经验 - 某人的博客 - 博客园</title></head><body><div id=\"header\"><h1>某人的博客</h1>"
                + "</div><div class=\"post\"><h1 class=\"postTitle\">容器的一点使用经验</h1>" + prose + "</div></body></html>",
            "容器的一点使用经验"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void titlesWithoutSiteAndColumnNames(String name, String html, String title) {
    assertEquals(title, CLEANER.clean(html, "").title(), name);
  }

  @Test
  void misnamedWrapperAroundTheArticleIsNotFurniture() {
    // an unclosed <div class="post_header"> swallowing the whole article (seen on a big portal)
    String html = "<html><head><title>农业第一股被追缴税款_网易财经</title></head><body><div class=\"post_header\">"
        + "<h1>农业第一股被追缴税款</h1><div class=\"post_text\">" + PROSE + "</div></body></html>";
    PageContent c = CLEANER.clean(html, "");
    assertEquals(2, c.paragraphs().size(), c.paragraphs().toString());
  }

  @Test
  void tableArticleNextToAnInformationTableStays() {
    // a short article that is itself a data table, in the same wrapper as the information table;
    // its Word export puts a bookmark anchor around a header cell, and rows are numbered
    String html = page("", "<div class=\"row\"><div class=\"info\"><div><span>索 引 号：</span><span>主题分类：</span></div></div>"
        + "<h1>镇综治中心工作总结</h1><table><tr><td><a name=\"OLE_LINK3\">序号</a></td><td>当事人名称</td><td>处罚内容</td></tr>"
        + "<tr><td>1</td><td>某某财产保险股份有限公司某某分公司</td><td>罚款56万元</td></tr></table></div>");
    String body = String.join("\n", CLEANER.clean(html, "").paragraphs());
    assertTrue(body.contains("某某财产保险股份有限公司某某分公司"), body);
    assertTrue(body.contains("序号"), body);
    assertTrue(body.contains("\n1\n"), body);
  }

  @Test
  void headlineListInsideTheArticleContainerDoesNotMoveTheRootToAPopUp() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      list.append("<div><a href=\"/n").append(i).append("\">南投立委补选投票所外有人藏摄影机 警方查扣文件</a></div>");
    }
    String html = "<html><head><title>蛋荒预估三月初缓解</title></head><body><div class=\"popup\"><p>本网站使用相关技术提供更好的"
        + "阅读体验，同时尊重使用者隐私，点这里了解隐私声明。当您关闭此窗口，代表您同意上述规范。</p></div><article><h1>蛋荒预估三月初缓解"
        + "</h1><div class=\"paragraph\">" + PROSE + PROSE.replace("今年以来", "去年以来") + list + "</div></article></body></html>";
    String body = String.join("\n", CLEANER.clean(html, "").paragraphs());
    assertTrue(body.contains("一百零八起"), body);
    assertFalse(body.contains("尊重使用者隐私"), body);
    assertFalse(body.contains("藏摄影机"), body);
  }

  @Test
  void informationTableIsNotBody() {
    String html = page("", "<table><tr><td>索引号：</td><td>11220000013544357T/2022-00426</td><td>主题分类：</td>"
        + "<td>环境监测、保护与治理;通告</td></tr><tr><td>发布机构：</td><td>省政府</td><td>发布日期：</td><td>2022年01月28日</td>"
        + "</tr></table><h1>镇综治中心工作总结</h1>" + PROSE);
    String body = String.join("\n", CLEANER.clean(html, "").paragraphs());
    assertFalse(body.contains("2022-00426"), body);
    assertFalse(body.contains("环境监测"), body);
    assertTrue(body.contains("一百零八起"), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "（ 责任编辑：魏喆 ）", "(责编：胡永秋、杨光宇)", "[责任编辑:肖春芳]", "责任编辑：化成雨_NBJ11143", "原标题：他晚于阿姆斯特朗登月",
    "《 人民日报 》（ 2024年05月10日 04 版）", "本文来源：经济观察报 作者：张恒", "中青报·中青网记者 魏其濛 来源：中国青年报",
    "【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】", "39健康网(www.39.net)专稿，未经书面授权请勿转载。",
    "↑↑↑长按二维码 一键关注", "版权问题、投稿、爆料、商务合作请加微信/QQ：2881339636", "以上信息是否解决了您的问题？",
    "首页 | 上一页 1 下一页 | 尾页", "字体： 小 大", "巴彦淖尔市政府门户网站 www.bynr.gov.cn", "相关新闻", "相关热门推荐", "精彩视频推荐",
    "(本文发表于首页批评与建议, 已被阅读178次)",
    "凡本网注明“来源：XXX”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "免责声明：本文来自某某客户端自媒体，不代表某某网的观点和立场。", "posted @ 2024-05-09 14:45 好看的HK 阅读(12) 评论(0)"})
  void realPageFurnitureLines(String line) {
    assertTrue(BoilerplatePatterns.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "记者从市教育局获悉，今年全市新增学位一万二千个。", "编辑部全体同志加班加点，确保了年报按时出版。",
    "未经授权的车辆一律不得进入校园，这是学校的规定。", "本报记者在现场看到，志愿者们正在分发物资。",
    "推荐度高的做法将在全区推广。", "更多的群众参与到了垃圾分类中来。"})
  void bodyLinesThatLookAlikeStay(String line) {
    assertFalse(BoilerplatePatterns.isBoilerplate(line), line);
  }
}
