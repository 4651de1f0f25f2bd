package org.reportminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportminer.model.Page;
import org.reportminer.model.SourceInfo;

/** Site template lines: learned per site from the pages of a run, removed only there. */
class SiteTemplatesTest {
  static final String NOTICE = "温馨提示：本站范文仅供学习参考";
  static final String SLOGAN = "好范文，助你写好每一篇";

  static Page page(String path, String url, String... paragraphs) {
    return new Page(new SourceInfo(path, url, "0".repeat(64), "text/html", "UTF-8", 1, 1), "t", null, List.of(), List.of(paragraphs));
  }

  static List<Page> site(int n, String dir) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(page(dir + "/p" + i + ".html", null, NOTICE, "第" + i + "篇报告的正文，内容各不相同，编号" + i + "。",
          "一、主要工作", "幸福里社区居委会", "2023年12月25日", SLOGAN));
    }
    return pages;
  }

  @Test
  void linesSharedByMostPagesOfASiteAreTemplate() {
    SiteTemplates.Builder b = SiteTemplates.builder();
    site(5, "corpus/siteA").forEach(b::add);
    SiteTemplates t = b.build();
    // headings, sign-offs and dates repeat across one site's reports but are content
    assertEquals(Set.of(NOTICE, SLOGAN), t.templateLines("corpus/siteA"));
    Page cleaned = t.apply(site(1, "corpus/siteA").get(0));
    assertEquals(List.of("第0篇报告的正文，内容各不相同，编号0。", "一、主要工作", "幸福里社区居委会", "2023年12月25日"), cleaned.paragraphs());
  }

  @Test
  void otherSitesAreUntouched() {
    SiteTemplates.Builder b = SiteTemplates.builder();
    site(5, "corpus/siteA").forEach(b::add);
    Page elsewhere = page("corpus/siteB/x.html", null, NOTICE, "别的网站的正文。");
    assertEquals(elsewhere.paragraphs(), b.build().apply(elsewhere).paragraphs());
  }

  @Test
  void tooFewPagesOrTooRareLinesAreNotTemplate() {
    SiteTemplates.Builder few = SiteTemplates.builder();
    site(2, "d").forEach(few::add);
    assertEquals(Set.of(), few.build().templateLines("d"));

    SiteTemplates.Builder rare = SiteTemplates.builder();
    site(2, "d").forEach(rare::add);
    for (int i = 0; i < 4; i++) {
      rare.add(page("d/other" + i + ".html", null, "另一类页面的正文" + i + "。"));
    }
    // NOTICE is on 2 of 6 pages: under both the page count and the share
    assertEquals(Set.of(), rare.build().templateLines("d"));
  }

  @Test
  void siteIsTheHostElseTheDirectory() {
    assertEquals("www.example.cn", SiteTemplates.siteOf(new SourceInfo("a/b.html", "https://WWW.example.cn/x/1.html", null, null, null, 1, 1)));
    assertEquals("a/b", SiteTemplates.siteOf(new SourceInfo("a/b/c.html", null, null, null, null, 1, 1)));
    assertEquals("x.zip!/dir", SiteTemplates.siteOf(new SourceInfo("x.zip!/dir/c.html", null, null, null, null, 1, 1)));
    assertEquals(".", SiteTemplates.siteOf(new SourceInfo("c.html", null, null, null, null, 1, 1)));
  }

  @Test
  void pagesOfOneHostShareTemplatesAcrossDirectories() {
    SiteTemplates.Builder b = SiteTemplates.builder();
    for (int i = 0; i < 3; i++) {
      b.add(page("crawl.warc#" + i, "http://fanwen.example/dir" + i + "/a.html", NOTICE, "正文" + i + "。"));
    }
    assertEquals(Set.of(NOTICE), b.build().templateLines("fanwen.example"));
  }

  @Test
  void boundedBuilderFindsTheSameTemplatesAsExactCounting() {
    SiteTemplates.Builder exact = SiteTemplates.builder();
    SiteTemplates.Builder bounded = SiteTemplates.boundedBuilder(16);
    for (Page p : site(500, "big")) {
      exact.add(p);
      bounded.add(p);
    }
    for (Page p : site(5, "small")) {
      exact.add(p);
      bounded.add(p);
    }
    // a line that appears late but then on most pages of the site, and one just under the share
    for (int i = 0; i < 2000; i++) {
      String late = i >= 300 ? "最新通知：网站改版" : "旧版页脚" + i;
      String half = i % 2 == 0 ? "半数页面的推荐语" : "另一半" + i;
      Page p = page("late/p" + i + ".html", null, late, half, "正文" + i);
      exact.add(p);
      bounded.add(p);
    }
    assertEquals(exact.build().bySite(), bounded.build().bySite());
    assertEquals(Set.of("最新通知：网站改版"), bounded.build().templateLines("late"));
  }

  @Test
  void boundedBuilderMemoryDoesNotGrowWithPages() {
    SiteTemplates.Builder bounded = SiteTemplates.boundedBuilder(32);
    long most = 0;
    for (int i = 0; i < 50_000; i++) {
      bounded.add(page("one/p" + i + ".html", null, NOTICE, "独有的一行" + i, "另一行" + (i * 7)));
      most = Math.max(most, bounded.countedLines());
    }
    // three lines a page: the notice plus what a few windows hold, never the 100,000 unique lines
    assertTrue(most < 32 * 2 * 20, "held " + most + " lines");
    assertEquals(Set.of(NOTICE), bounded.build().templateLines("one"));
    SiteTemplates.Builder exact = SiteTemplates.builder();
    for (int i = 0; i < 5_000; i++) {
      exact.add(page("one/p" + i + ".html", null, NOTICE, "独有的一行" + i, "另一行" + (i * 7)));
    }
    assertEquals(10_001, exact.countedLines());
  }

  @Test
  void storedTemplatesRoundTrip() {
    SiteTemplates.Builder b = SiteTemplates.builder();
    site(5, "corpus/siteA").forEach(b::add);
    SiteTemplates t = b.build();
    SiteTemplates copy = SiteTemplates.of(t.bySite());
    assertEquals(t.bySite(), copy.bySite());
    Page p = site(1, "corpus/siteA").get(0);
    assertEquals(t.apply(p), copy.apply(p));
  }
}
