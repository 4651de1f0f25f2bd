package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.extract.SiteTemplates;
import org.reportminer.model.Page;
import org.reportminer.model.RawDocument;
import org.reportminer.model.SourceInfo;

/** Which inputs the site-template pre-pass reads, and that a sampled site learns the same lines. */
class TemplateSampleTest {

  private static RawDocument doc(String path, String url) {
    return RawDocument.ofBytes(path, url, null, new byte[0]);
  }

  @Test
  void readsTheFirstInputsOfEachSiteThenOneInStep() {
    TemplateSample sample = new TemplateSample();
    int taken = 0;
    for (int i = 0; i < TemplateSample.FULL; i++) {
      assertTrue(sample.take(doc("a/" + i + ".html", null)), "input " + i);
      taken++;
    }
    // another site starts its own count
    assertTrue(sample.take(doc("b/0.html", null)));
    int later = 0;
    for (int i = 0; i < 10 * TemplateSample.STEP; i++) {
      if (sample.take(doc("a/x" + i + ".html", null))) {
        later++;
      }
    }
    assertEquals(10, later);
    assertEquals(TemplateSample.FULL, taken);
  }

  @Test
  void aUrlHostIsTheSiteWhateverTheDirectory() {
    TemplateSample sample = new TemplateSample();
    for (int i = 0; i < TemplateSample.FULL; i++) {
      assertTrue(sample.take(doc("dir" + i + "/p.html", "https://WWW.Example.org/p" + i)));
    }
    assertFalse(sample.take(doc("other/p.html", "https://www.example.org/next")));
    assertTrue(sample.take(doc("other/p.html", null)), "no URL: the directory is the site");
  }

  @Test
  void aSampledLargeSiteLearnsTheSameTemplateLinesAsAllOfItsPages() {
    Random random = new Random(7);
    List<String> content = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      content.add("第" + i + "段正文内容，本段在多篇报告中出现");
    }
    SiteTemplates.Builder all = SiteTemplates.boundedBuilder(64);
    SiteTemplates.Builder sampled = SiteTemplates.boundedBuilder(64);
    TemplateSample sample = new TemplateSample();
    for (int p = 0; p < 400; p++) {
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add("本文由示例范文网整理发布");
      if (random.nextInt(100) < 85) {
        paragraphs.add("更多范文请访问首页");
      }
      for (int k = 0; k < 5; k++) {
        paragraphs.add(content.get(random.nextInt(content.size())));
      }
      String path = "site/page" + p + ".html";
      Page page = new Page(new SourceInfo(path, null, "sha" + p, "text/html", "UTF-8", 1, 1), "标题", null, List.of(), paragraphs);
      all.add(page);
      if (sample.take(doc(path, null))) {
        sampled.add(page);
      }
    }
    assertEquals(
        java.util.Set.of("本文由示例范文网整理发布", "更多范文请访问首页"), all.build().templateLines("site"));
    assertEquals(all.build().bySite(), sampled.build().bySite());
  }
}
