package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.index.TestReports;
import org.reportminer.model.AnalyzedReport;

/**
 * The mechanisms of similar reports on a small index of texts written for this test: the seed
 * excluded, topic words matched through bigrams whatever their segmentation, titles weighing in.
 * How well the ranking finds same-topic reports is measured on judged data, not here
 * (reportminer-eval's SimilarQualityTest).
 */
class SimilarQueryTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  static final AnalyzedReport SCHOOL_TREES = TestReports.simple("s/trees.html", "学校植树节活动总结", "2023-04-03",
      "为了让学生了解植树节的由来，增强爱绿护绿意识，我校开展了植树节系列活动。各班以“我和小树一起成长”为题召开主题班会。"
          + "3月12日下午，五年级学生在校园西侧种下了30棵樱花树。");
  static final AnalyzedReport SCHOOL_READING = TestReports.simple("s/reading.html", "世界读书日活动总结", "2023-04-25",
      "4月23日是世界读书日。我校以“书香校园”为主题开展读书活动，各班利用班会课举行好书推荐会，"
          + "学生们轮流介绍自己最喜欢的一本书，图书室延长了开放时间。");
  static final AnalyzedReport SCHOOL_SAFETY = TestReports.simple("s/safety.html", "国家安全教育日活动总结", "2023-04-20",
      "4月15日是全民国家安全教育日。学校组织各班召开国家安全主题班会，学生们学习了国家安全法，"
          + "并在校园宣传栏展出手抄报作品210幅。");
  static final AnalyzedReport FOREST_TREES = TestReports.simple("f/trees.html", "2023年植树节义务植树活动总结", "2023-04-03",
      "3月10日上午，县林业局组织机关干部和志愿者在凤凰山开展义务植树活动，栽植香樟、桂花等苗木3500余株。"
          + "截至3月底，全县共组织义务植树活动43场次，植树12.6万株。");
  static final AnalyzedReport COMMUNITY_TREES = TestReports.simple("c/trees.html", "社区植树节活动总结", "2023-04-03",
      "3月12日，社区联合辖区单位在滨河公园开展植树活动，居民代表50余人参加，共种下银杏、桂花树苗120株。");
  /** More school reports on other topics: in an archive the words of the kind are the common ones. */
  static final AnalyzedReport SCHOOL_HOMEWORK = TestReports.simple("s/homework.html", "学校“双减”工作总结", "2023-01-12",
      "学校严格落实“双减”政策，各年级控制书面作业总量，学生在校内完成大部分作业。"
          + "各班召开家长会和主题班会，校园课后服务开设了28个社团。");
  static final AnalyzedReport TEACHER = TestReports.simple("s/teacher.html", "教师个人年度工作总结", "2022-12-19",
      "本学年我担任五年级两个班的数学教学，认真备课，关心每一名学生。我利用班会和家访了解学生，"
          + "所带班级期末平均分在全校名列前茅。");
  static final AnalyzedReport TEACHER_2 = TestReports.simple("s/teacher-2.html", "教师个人年度工作总结", "2022-12-20",
      "一年来，我在思想上积极要求进步，业务上参加了区里组织的语文骨干教师培训，撰写论文两篇，指导青年教师一名。");
  /** Shares no HanLP word with {@link #JOURNAL} (宣传周 against 宣传/周刊), only bigrams. */
  static final AnalyzedReport WEEK = TestReports.simple("k/week.html", "简讯", "2023-04-28",
      "本届宣传周共发放材料500份。");
  static final AnalyzedReport JOURNAL = TestReports.simple("k/journal.html", "编辑部总结", "2022-12-30",
      "编辑部出版宣传周刊十二期。");
  static final AnalyzedReport SHARED_THEME = TestReports.report("t/a.html", "宣传月活动总结", "2023-06-30",
      "围绕“人人讲安全、个个会应急”主题，区应急管理局开展宣传月活动。", List.of("区应急管理局"), List.of("桐林区"),
      List.of("孙立群"), List.of("人人讲安全、个个会应急"));
  static final AnalyzedReport THEME_COPY = TestReports.report("t/b.html", "安全宣传活动总结", "2023-07-03",
      "区应急管理局以“人人讲安全、个个会应急”为主题组织宣传。", List.of("区应急管理局"), List.of("桐林区"),
      List.of("孙立群"), List.of("人人讲安全、个个会应急"));
  static final AnalyzedReport FLOODS = TestReports.simple("c/floods.html", "2023年防汛工作总结", "2023-10-08",
      "今年汛期，全区共出现强降雨过程6次，区防汛办及时启动应急响应，转移群众320人，未发生人员伤亡。");

  @TempDir static Path dir;

  @BeforeAll
  static void buildIndex() throws IOException {
    IndexLayout layout = new IndexLayout(dir);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
      for (AnalyzedReport r : List.of(SCHOOL_TREES, SCHOOL_READING, SCHOOL_SAFETY, FOREST_TREES, COMMUNITY_TREES,
          SCHOOL_HOMEWORK, TEACHER, TEACHER_2, WEEK, JOURNAL, SHARED_THEME, THEME_COPY, FLOODS)) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
    }
  }

  @Test
  void theSeedIsNotLikeItself() throws Exception {
    assertFalse(like(SCHOOL_TREES, SimilarSettings.defaults()).contains(SCHOOL_TREES.report().id()));
  }

  @Test
  void bigramsLinkATopicWordSegmentedDifferently() throws Exception {
    Set<String> shared = words(WEEK);
    shared.retainAll(words(JOURNAL));
    assertEquals(Set.of(), shared, "the two texts share no HanLP word");
    SimilarSettings words = new SimilarSettings(1, 0, 0, 0, 0, 0, 0, 30);
    SimilarSettings bigrams = new SimilarSettings(0, 1, 0, 0, 0, 0, 0, 30);
    assertFalse(like(WEEK, words).contains(JOURNAL.report().id()));
    assertTrue(like(WEEK, bigrams).contains(JOURNAL.report().id()));
  }

  @Test
  void aReportUnderTheSameTitleComesFirst() throws Exception {
    assertEquals(TEACHER_2.report().id(), like(TEACHER, SimilarSettings.defaults()).get(0));
  }

  @Test
  void everyComponentOnStillGivesSnippets() throws Exception {
    // themes and entities are exact facet terms, which have no offsets to mark
    SimilarSettings all = new SimilarSettings(1, 1, 1, 1, 1, 1, 1, 30);
    try (SearchEngine engine = SearchEngine.open(new IndexLayout(dir), SCHEMA, all)) {
      SearchResult r = engine.search(SearchRequest.of(null).withLike(SHARED_THEME.report().id()).withPage(1, 5).withSnippets(2));
      assertEquals(THEME_COPY.report().id(), r.hits().get(0).id());
      assertFalse(r.hits().get(0).snippets().isEmpty());
    }
  }

  @Test
  void settingsSwitchComponents() {
    SimilarSettings d = SimilarSettings.defaults();
    for (String c : SimilarSettings.COMPONENTS) {
      assertEquals(0, d.without(c).weight(c));
      assertEquals(2.5, d.with(c, 2.5).weight(c));
    }
    assertThrows(IllegalArgumentException.class, () -> d.without("nope"));
    assertThrows(IllegalArgumentException.class, () -> new SimilarSettings(0, 0, 0, 0, 0, 0, 0, 30));
    assertThrows(IllegalArgumentException.class, () -> new SimilarSettings(-1, 1, 0, 0, 0, 0, 0, 30));
    assertThrows(IllegalArgumentException.class, () -> new SimilarSettings(1, 1, 0, 0, 0, 0, 0, 0));
  }

  private static Set<String> words(AnalyzedReport r) throws IOException {
    Set<String> out = new java.util.HashSet<>();
    try (org.apache.lucene.analysis.TokenStream ts = SCHEMA.wordAnalyzer().tokenStream(ReportSchema.BODY, r.report().text())) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static List<String> like(AnalyzedReport seed, SimilarSettings settings) throws Exception {
    try (SearchEngine engine = SearchEngine.open(new IndexLayout(dir), SCHEMA, settings)) {
      SearchResult r = engine.search(SearchRequest.of(null).withLike(seed.report().id()).withPage(1, 5).withSnippets(1));
      return r.hits().stream().map(Hit::id).collect(Collectors.toList());
    }
  }
}
