package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.Facet;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.index.TestReports;
import org.reportminer.model.AnalyzedReport;

/**
 * Search behaviour on a small index built from hand-made reports: phrases whatever the
 * segmentation, exact highlight offsets, boolean operators, filters, facets, sorting, paging and
 * more-like-this.
 */
class SearchEngineTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  static final AnalyzedReport WEEK = TestReports.report("a/week.html", "知识产权宣传周活动总结",
      "2023-04-28",
      "为开展好知识产权宣传周活动，我局精心组织。\n4月24日，向群众发放知识产权宣传材料1000余份。",
      List.of("市知识产权局"), List.of("定州市"), List.of(), List.of("建设知识产权强国"));
  /** HanLP splits this text as 知识产权/宣传/周刊: the phrase only matches through bigrams. */
  static final AnalyzedReport JOURNAL = TestReports.report("a/journal.html", "刊物编辑工作总结",
      "2022-12-30", "本年度共编辑出版知识产权宣传周刊十二期，发行量稳步增长。",
      List.of("编辑部"), List.of("深圳市"), List.of("刘晓"), List.of());
  static final AnalyzedReport SURROGATE = TestReports.report("b/surrogate.html", "𠀋𠀌地区工作总结",
      "2021-06-01",
      "𠀋𠀌村委会组织ＡＢＣ１２３公司学习知识产权法律，__区文化体育局派员参加。2023年4月26日发放iPhone15手机。",
      List.of("区文化体育局", "ＡＢＣ１２３公司"), List.of("__区"), List.of(), List.of());
  static final AnalyzedReport SPORTS = TestReports.report("b/sports.html", "全民健身运动会总结",
      null, "区文化体育局举办全民健身运动会，参赛群众踊跃，取得良好社会效果。",
      List.of("区文化体育局"), List.of("深圳市"), List.of("刘晓"), List.of("全民健身"));
  static final AnalyzedReport SPORTS_COPY = TestReports.report("c/sports-copy.html",
      "全民健身运动会活动总结", "2020-05-05",
      "区文化体育局举办全民健身运动会，参赛群众踊跃，取得良好社会效果。全民健身运动会圆满结束。",
      List.of("区文化体育局"), List.of("深圳市"), List.of(), List.of("全民健身"));

  @TempDir static Path dir;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    IndexLayout layout = new IndexLayout(dir);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
      for (AnalyzedReport r : List.of(WEEK, JOURNAL, SURROGATE, SPORTS, SPORTS_COPY)) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
    }
    engine = SearchEngine.open(layout, SCHEMA);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  /** Ids of the full matches (partial matches are tested on their own). */
  static Set<String> ids(SearchResult r) {
    return r.hits().stream().filter(h -> !h.partial()).map(Hit::id).collect(Collectors.toSet());
  }

  static Set<String> partialIds(SearchResult r) {
    return r.hits().stream().filter(Hit::partial).map(Hit::id).collect(Collectors.toSet());
  }

  static Set<String> ids(AnalyzedReport... reports) {
    return java.util.Arrays.stream(reports).map(a -> a.report().id()).collect(Collectors.toSet());
  }

  SearchResult search(String q) throws Exception {
    return engine.search(SearchRequest.of(q));
  }

  /** Every marked span in every snippet is exactly {@code expected} in the report text. */
  static void assertHitsAre(SearchResult result, String expected) {
    assertFalse(result.hits().isEmpty(), "no hits");
    for (Hit h : result.hits().stream().filter(h -> !h.partial()).toList()) {
      String text = h.report().report().text();
      int marks = 0;
      for (Snippet s : h.snippets()) {
        assertEquals(text.substring(s.start(), s.end()), s.text());
        for (Span span : s.hits()) {
          assertEquals(expected, text.substring(span.start(), span.end()), "hit in " + h.id());
          assertTrue(span.start() >= s.start() && span.end() <= s.end());
          marks++;
        }
      }
      assertTrue(marks > 0, "no marked hit in " + h.id());
    }
  }

  @Test
  void quotedPhraseMatchesWhateverTheSegmentation() throws Exception {
    SearchResult r = search("\"知识产权宣传周\"");
    assertEquals(ids(WEEK, JOURNAL), ids(r));
    assertEquals(2, r.totalHits());
    assertHitsAre(r, "知识产权宣传周");
  }

  @Test
  void wordPhraseAloneWouldMissTheDifferentlySegmentedReport() throws Exception {
    // The failure mode of word-only indexes (Elasticsearch + IK): the same query as a phrase of
    // HanLP words finds only the report segmented like the query.
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexLayout(dir).lucene()))) {
      PhraseQuery words = new PhraseQuery(ReportSchema.BODY, "知识产权", "宣传周");
      assertEquals(1, new IndexSearcher(reader).count(words));
      PhraseQuery fine = new PhraseQuery(ReportSchema.BODY, "产权", "宣传");
      assertEquals(0, new IndexSearcher(reader).count(fine));
    }
    // Ours, for a query segmented more finely than the documents (产权/宣传 vs 知识产权/宣传):
    SearchResult r = search("\"产权宣传\"");
    assertEquals(ids(WEEK, JOURNAL), ids(r));
    assertHitsAre(r, "产权宣传");
  }

  @Test
  void unquotedRunMatchesTheWholeRunToo() throws Exception {
    SearchResult r = search("知识产权宣传周");
    assertEquals(ids(WEEK, JOURNAL), ids(r));
    // the whole run is marked as one hit; its words are marked where they occur alone
    for (Hit h : r.hits().stream().filter(h -> !h.partial()).toList()) {
      String text = h.report().report().text();
      List<String> marked = h.snippets().stream().flatMap(s -> s.hits().stream())
          .map(s -> text.substring(s.start(), s.end())).toList();
      assertTrue(marked.contains("知识产权宣传周"), marked.toString());
      assertTrue(Set.of("知识产权宣传周", "知识产权", "宣传周").containsAll(marked), marked.toString());
    }
  }

  @Test
  void highlightsAreExactWithSurrogatePairsFullWidthPlaceholdersAndDigits() throws Exception {
    assertHitsAre(search("\"𠀋𠀌村委会\""), "𠀋𠀌村委会");
    // full-width in the text, half-width in the query: the span is the full-width original
    assertHitsAre(search("abc123公司"), "ＡＢＣ１２３公司");
    assertHitsAre(search("\"区文化体育局派员\""), "区文化体育局派员");
    assertHitsAre(search("\"4月26日发放iPhone15\""), "4月26日发放iPhone15");
    SearchResult title = search("𠀋𠀌");
    Hit h = title.hits().get(0);
    assertEquals("𠀋𠀌", h.report().report().title().substring(
        h.titleHits().get(0).start(), h.titleHits().get(0).end()));
  }

  @Test
  void partialMatchesFollowTheFullOnes() throws Exception {
    // 统计局 occurs nowhere; 全民健身运动会 only in the two sports reports
    SearchResult none = search("统计局");
    assertEquals(0, none.totalHits());
    assertEquals(0, none.partialHits());
    SearchResult r = search("全民健身 知识产权");
    assertEquals(Set.of(), ids(r));
    assertEquals(ids(WEEK, JOURNAL, SURROGATE, SPORTS, SPORTS_COPY), partialIds(r));
    assertEquals(5, r.partialHits());
    // only the copy has all of 运动会 / 圆满 / 结束; the original has 运动会
    SearchResult run = search("运动会圆满结束");
    assertEquals(ids(SPORTS_COPY), ids(run));
    assertTrue(partialIds(run).contains(SPORTS.report().id()), partialIds(run).toString());
    List<Hit> hits = run.hits();
    assertFalse(hits.get(0).partial());
    assertTrue(hits.subList(1, hits.size()).stream().allMatch(Hit::partial));
    for (int i = 0; i < hits.size(); i++) {
      assertEquals(i + 1, hits.get(i).rank());
    }
    // filters hold for partial matches too; partial matches can be turned off
    SearchResult filtered = engine.search(SearchRequest.of("运动会圆满结束")
        .withFilter(Facet.PERSON, "刘晓"));
    assertEquals(Set.of(), ids(filtered));
    assertEquals(ids(SPORTS), partialIds(filtered));
    assertTrue(engine.search(SearchRequest.of("运动会圆满结束").withPartial(false)).hits()
        .stream().noneMatch(Hit::partial));
    // paging runs on from the full matches into the partial ones
    SearchResult page2 = engine.search(SearchRequest.of("运动会圆满结束").withPage(2, 1));
    assertEquals(1, page2.hits().size());
    assertTrue(page2.hits().get(0).partial());
    assertEquals(2, page2.hits().get(0).rank());
    // a partial hit's snippet marks the words it has
    Hit original = run.hits().stream().filter(h -> h.id().equals(SPORTS.report().id()))
        .findFirst().orElseThrow();
    String text = SPORTS.report().text();
    assertTrue(original.snippets().stream().flatMap(sn -> sn.hits().stream())
        .anyMatch(sp -> text.substring(sp.start(), sp.end()).equals("运动会")));
  }

  @Test
  void booleanOperators() throws Exception {
    assertEquals(ids(WEEK, SPORTS, SPORTS_COPY, JOURNAL, SURROGATE),
        ids(search("知识产权 OR 全民健身")));
    // a word also matches inside other words, like grep (宣传周 in 宣传周刊)
    assertEquals(ids(WEEK, JOURNAL, SPORTS, SPORTS_COPY), ids(search("宣传周 OR 全民健身")));
    assertEquals(ids(WEEK, SPORTS, SPORTS_COPY), ids(search("宣传周 OR 全民健身 -周刊")));
    assertEquals(ids(SPORTS, SPORTS_COPY, SURROGATE), ids(search("区文化体育局")));
    assertEquals(ids(SURROGATE), ids(search("区文化体育局 知识产权")));
    assertEquals(ids(SURROGATE), ids(search("区文化体育局 AND 知识产权")));
    assertEquals(ids(SPORTS, SPORTS_COPY), ids(search("区文化体育局 NOT 知识产权")));
    assertEquals(ids(SPORTS, SPORTS_COPY), ids(search("区文化体育局 -知识产权")));
    assertEquals(ids(WEEK, JOURNAL), ids(search("NOT 区文化体育局 NOT 全民健身")));
    assertEquals(ids(WEEK, SURROGATE, JOURNAL),
        ids(search("（知识产权 OR 刊物） NOT 全民健身")));
    // Chinese quotation marks are phrase quotes
    assertEquals(ids(WEEK, JOURNAL), ids(search("“知识产权宣传周”")));
  }

  @Test
  void filtersAndFacets() throws Exception {
    SearchRequest all = SearchRequest.of("总结");
    assertEquals(5, engine.search(all).totalHits());
    assertEquals(ids(SPORTS, SPORTS_COPY, SURROGATE),
        ids(engine.search(all.withFilter(Facet.ORGANIZATION, "区文化体育局"))));
    assertEquals(ids(JOURNAL, SPORTS),
        ids(engine.search(all.withFilter(Facet.PERSON, "刘晓"))));
    assertEquals(ids(JOURNAL),
        ids(engine.search(all.withFilter(Facet.PERSON, "刘晓").withFilter(Facet.PLACE, "深圳市")
            .withDates(LocalDate.of(2022, 1, 1), null))));
    assertEquals(ids(SPORTS, SPORTS_COPY),
        ids(engine.search(all.withFilter(Facet.THEME, "全民健身"))));
    assertEquals(ids(WEEK, JOURNAL),
        ids(engine.search(all.withDates(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 12, 31)))));
    assertEquals(ids(SPORTS_COPY),
        ids(engine.search(all.withDates(null, LocalDate.of(2020, 12, 31)))));
    assertEquals(ids(WEEK),
        ids(engine.search(all.withFilter(Facet.YEAR, "2023"))));

    SearchResult r = engine.search(SearchRequest.of("区文化体育局"));
    FacetCounts orgs = facet(r, "organization");
    assertEquals(new FacetCounts.Value("区文化体育局", 3), orgs.values().get(0));
    assertEquals(new FacetCounts.Value("深圳市", 2), facet(r, "place").values().get(0));
    assertEquals(Set.of("2020", "2021"),
        facet(r, "year").values().stream().map(FacetCounts.Value::value).collect(Collectors.toSet()));
    assertEquals(new FacetCounts.Value("工作总结", 3), facet(r, "category").values().get(0));
  }

  static FacetCounts facet(SearchResult r, String dim) {
    return r.facets().stream().filter(f -> f.dim().equals(dim)).findFirst().orElseThrow();
  }

  @Test
  void sortByDateAndPaging() throws Exception {
    SearchRequest byDate = SearchRequest.of("总结").withSort(SortOrder.DATE);
    List<String> order = engine.search(byDate).hits().stream().map(Hit::id).toList();
    assertEquals(List.of(WEEK.report().id(), JOURNAL.report().id(), SURROGATE.report().id(),
        SPORTS_COPY.report().id(), SPORTS.report().id()), order);
    SearchResult page2 = engine.search(byDate.withPage(2, 2));
    assertEquals(5, page2.totalHits());
    assertEquals(3, page2.pages());
    assertEquals(order.subList(2, 4), page2.hits().stream().map(Hit::id).toList());
    assertEquals(3, page2.hits().get(0).rank());
    SearchResult page3 = engine.search(byDate.withPage(3, 2));
    assertEquals(order.subList(4, 5), page3.hits().stream().map(Hit::id).toList());
    assertTrue(engine.search(byDate.withPage(4, 2)).hits().isEmpty());
  }

  @Test
  void moreLikeThisFindsTheCopyNotItself() throws Exception {
    SearchResult r = engine.search(new SearchRequest(null, SPORTS.report().id(),
        java.util.Map.of(), null, null, SortOrder.RELEVANCE, 10, 1, 1, true));
    assertFalse(ids(r).contains(SPORTS.report().id()));
    assertEquals(SPORTS_COPY.report().id(), r.hits().get(0).id());
  }

  @Test
  void reportById() throws Exception {
    AnalyzedReport stored = engine.report(SURROGATE.report().id()).orElseThrow();
    assertEquals(SURROGATE, stored);
    assertTrue(engine.report("0000000000000000").isEmpty());
  }

  @Test
  void badRequestsAreOneLineErrors() {
    for (String q : List.of("", "   ", "\"知识产权", "(知识产权", "知识产权)", "知识产权 AND",
        "OR", "，。！", "x".repeat(ReportQueryParser.MAX_QUERY_CHARS + 1))) {
      QueryException e = assertThrows(QueryException.class, () -> search(q), q);
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertFalse(e.getMessage().isBlank());
    }
    assertThrows(QueryException.class, () -> engine.search(SearchRequest.of("总结").withPage(0, 10)));
    assertThrows(QueryException.class, () -> engine.search(SearchRequest.of("总结").withPage(1, 0)));
    assertThrows(QueryException.class, () -> engine.search(SearchRequest.of("总结").withPage(200, 100)));
    assertThrows(QueryException.class, () -> engine.search(SearchRequest.of("总结")
        .withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1))));
    assertThrows(QueryException.class, () -> engine.search(SearchRequest.of(null).withLike("nope")));
  }

  @Test
  void syntaxCharactersAreLiteralText() throws Exception {
    // / : * ? ~ are not operators here; the text is searched as written
    assertEquals(ids(SURROGATE), ids(search("4/26 iPhone15")));
    assertEquals(ids(WEEK), ids(search("材料1000余份?")));
    assertEquals(0, search("知识产权:不存在的词语组合").totalHits());
  }
}
