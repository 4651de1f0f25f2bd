package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * The research views on a small index of hand-made reports whose counts are known: timeline
 * buckets (dated, undated, dated only by year), concordance offsets against snippet offsets,
 * sorting and paging, and entity associations against G² worked out by hand.
 */
class ResearchViewsTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();
  static final String SAFETY = "安全生产";
  static final String EPIDEMIC = "疫情防控";

  static final List<AnalyzedReport> REPORTS = List.of(
      TestReports.report("r/1.html", "青岚区安全生产工作总结", "2021-03-05",
          "今年以来，全区狠抓安全生产责任落实。\n开展安全生产大检查，消除隐患十二处。",
          List.of("应急管理局", "消防大队"), List.of("青岚区"), List.of(), List.of("安全第一")),
      TestReports.report("r/2.html", "消防工作总结", "2021-11",
          "消防大队配合开展安全生产宣传，走进企业二十家。",
          List.of("应急管理局", "消防大队"), List.of(), List.of(), List.of()),
      TestReports.report("r/3.html", "年度工作总结", "2022",
          "一年来，统筹做好疫情防控和安全生产工作，成效明显。",
          List.of("应急管理局", "卫健委"), List.of(), List.of(), List.of()),
      TestReports.report("r/4.html", "社区防疫工作总结", null,
          "社区全力做好疫情防控，组织志愿者开展排查。",
          List.of("卫健委"), List.of(), List.of(), List.of()),
      TestReports.report("r/5.html", "上半年卫生工作总结", "2022-06-30",
          "上半年，卫健委指导各社区落实疫情防控措施。",
          List.of("卫健委", "社区居委会"), List.of(), List.of(), List.of()),
      TestReports.report("r/6.html", "春节期间防疫总结", "2023-01-15",
          "春节期间，居委会坚持疫情防控不放松。",
          List.of("卫健委", "社区居委会"), List.of(), List.of(), List.of()),
      TestReports.report("r/7.html", "教育工作总结", "2023-02-01",
          "全区学校开展读书活动，师生踊跃参加。",
          List.of("教育局"), List.of(), List.of(), List.of()),
      TestReports.report("r/8.html", "校园安全工作总结", "2023-05-01",
          "𠀋安全生产进校园活动走进十所学校。",
          List.of("教育局", "应急管理局"), List.of(), List.of(), List.of()));

  @TempDir static Path dir;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    IndexLayout layout = new IndexLayout(dir);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
      for (AnalyzedReport r : REPORTS) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
    }
    engine = SearchEngine.open(layout, SCHEMA);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  static Timeline timeline(List<String> queries, SearchRequest filters, DateBucket by)
      throws Exception {
    return new TimelineCounter(engine).count(new TimelineRequest(queries, filters, by));
  }

  @Test
  void yearlyTimelineCountsReportsPerYearAndUndatedApart() throws Exception {
    Timeline t = timeline(List.of(SAFETY, EPIDEMIC), null, DateBucket.YEAR);
    assertEquals(List.of("2021", "2022", "2023"), t.buckets());
    assertTrue(t.gapless());
    Timeline.Series safety = t.series().get(0);
    assertEquals(SAFETY, safety.query());
    assertArrayEquals(new long[] {2, 1, 1}, safety.counts());
    assertEquals(4, safety.total());
    assertEquals(0, safety.undated());
    Timeline.Series epidemic = t.series().get(1);
    assertArrayEquals(new long[] {0, 2, 1}, epidemic.counts());
    assertEquals(4, epidemic.total());
    assertEquals(1, epidemic.undated());
  }

  @Test
  void monthlyTimelineFillsGapsAndCountsYearOnlyDatesApart() throws Exception {
    Timeline t = timeline(List.of(SAFETY), null, DateBucket.MONTH);
    assertEquals("2021-03", t.buckets().get(0));
    assertEquals("2023-05", t.buckets().get(t.buckets().size() - 1));
    assertEquals(27, t.buckets().size());
    Timeline.Series s = t.series().get(0);
    assertEquals(1, s.count(t.buckets().indexOf("2021-03")));
    assertEquals(1, s.count(t.buckets().indexOf("2021-11")));
    assertEquals(1, s.count(t.buckets().indexOf("2023-05")));
    assertEquals(3, java.util.Arrays.stream(s.counts()).sum());
    assertEquals(1, s.coarser(), "the report dated only 2022 fits no month");
    Timeline q = timeline(List.of(SAFETY), null, DateBucket.QUARTER);
    assertEquals(List.of("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"), q.buckets().subList(0, 4));
    assertEquals(1, q.series().get(0).count(q.buckets().indexOf("2021-Q4")),
        "a month-only date lies in one quarter");
  }

  @Test
  void timelineWithoutQueryCountsTheFilteredArchiveAndHonoursDates() throws Exception {
    Timeline all = timeline(List.of(), null, DateBucket.YEAR);
    assertEquals(1, all.series().size());
    assertEquals(null, all.series().get(0).query());
    assertEquals(8, all.series().get(0).total());
    SearchRequest filters = SearchRequest.of(null).withFilter(Facet.ORGANIZATION, "卫健委")
        .withDates(DateArgument.first("2022"), DateArgument.last("2022"));
    Timeline t = timeline(List.of(EPIDEMIC), filters, DateBucket.YEAR);
    assertEquals(List.of("2022"), t.buckets());
    assertArrayEquals(new long[] {2}, t.series().get(0).counts());
    assertEquals(0, t.series().get(0).undated(), "a date range leaves undated reports out");
  }

  @Test
  void timelineRejectsBadInputWithOneLine() {
    QueryException e = assertThrows(QueryException.class,
        () -> timeline(List.of("\"unclosed"), null, DateBucket.YEAR));
    assertTrue(e.getMessage().startsWith("unbalanced quotes"), e.getMessage());
    assertThrows(QueryException.class, () -> DateBucket.byName("week"));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      many.add("词" + i);
    }
    assertThrows(QueryException.class, () -> timeline(many, null, DateBucket.YEAR));
  }

  @Test
  void bucketsNumberAndLabelConsistently() {
    java.time.LocalDate d = java.time.LocalDate.of(2023, 8, 31);
    for (DateBucket b : DateBucket.values()) {
      int n = b.number(d);
      assertTrue(!b.firstDay(n).isAfter(d) && !b.lastDay(n).isBefore(d), b + " " + n);
      assertEquals(n + 1, b.number(b.lastDay(n).plusDays(1)));
    }
    assertEquals("2023-Q3", DateBucket.QUARTER.label(DateBucket.QUARTER.number(d)));
    assertEquals("2023-08", DateBucket.MONTH.label(DateBucket.MONTH.number(d)));
  }

  static Concordance concordance(String query, int width, ConcordanceSort sort, int page,
      int limit) throws Exception {
    return new ConcordanceFinder(engine).find(
        new ConcordanceRequest(SearchRequest.of(query), width, sort, page, limit));
  }

  @Test
  void concordanceLinesAreExactSubstringsAtTheSnippetOffsets() throws Exception {
    Concordance c = concordance(SAFETY, 6, ConcordanceSort.DATE, 1, 100);
    assertEquals(5, c.totalLines(), "report 1 has two occurrences");
    assertEquals(4, c.reports());
    assertFalse(c.truncated());
    Map<String, String> texts = new java.util.HashMap<>();
    REPORTS.forEach(r -> texts.put(r.report().id(), r.report().text()));
    for (ConcordanceLine l : c.lines()) {
      String text = texts.get(l.id());
      assertEquals(SAFETY, l.match());
      assertEquals(l.match(), text.substring(l.start(), l.end()));
      assertTrue(text.substring(0, l.start()).endsWith(l.left()));
      assertTrue(text.substring(l.end()).startsWith(l.right()));
      assertTrue(l.left().length() <= 6 && l.right().length() <= 6);
    }
    // the same spans a search snippet marks, report by report
    SearchResult r = engine.search(SearchRequest.of(SAFETY).withSnippets(5).withPartial(false));
    for (Hit h : r.hits()) {
      List<Span> marked = h.snippets().stream().flatMap(s -> s.hits().stream()).distinct()
          .sorted(Comparator.comparingInt(Span::start)).toList();
      List<Span> lines = c.lines().stream().filter(l -> l.id().equals(h.id()))
          .map(l -> new Span(l.start(), l.end())).toList();
      assertEquals(marked, lines, h.report().report().title());
    }
    // newest first: 2023-05-01, then 2022, 2021-11, 2021-03-05 (two lines in text order)
    List<String> order = c.lines().stream().map(ConcordanceLine::published).toList();
    assertEquals(List.of("2023-05-01", "2022", "2021-11", "2021-03-05", "2021-03-05"), order);
    assertTrue(c.lines().get(3).start() < c.lines().get(4).start());
  }

  @Test
  void concordanceSortsByTheNeighboursAndPages() throws Exception {
    Concordance left = concordance(SAFETY, 3, ConcordanceSort.LEFT, 1, 100);
    List<String> keys = left.lines().stream()
        .map(l -> new StringBuilder(l.left()).reverse().toString()).toList();
    assertEquals(keys.stream().sorted().toList(), keys);
    Concordance right = concordance(SAFETY, 3, ConcordanceSort.RIGHT, 1, 100);
    List<String> rightKeys = right.lines().stream().map(ConcordanceLine::right).toList();
    assertEquals(rightKeys.stream().sorted().toList(), rightKeys);
    Concordance page2 = concordance(SAFETY, 3, ConcordanceSort.RIGHT, 2, 2);
    assertEquals(right.lines().subList(2, 4), page2.lines());
    assertEquals(3, page2.pages());
    Concordance page3 = concordance(SAFETY, 3, ConcordanceSort.RIGHT, 3, 2);
    assertEquals(1, page3.lines().size());
  }

  @Test
  void pagesFromKeptLinesEqualPagesReadAnew() throws Exception {
    ConcordanceFinder keeping = new ConcordanceFinder(engine);
    ConcordanceFinder anew = new ConcordanceFinder(engine, 0);
    for (ConcordanceSort sort : ConcordanceSort.values()) {
      for (int round = 0; round < 2; round++) { // the second round is answered from kept lines
        for (int page = 1; page <= 4; page++) {
          ConcordanceRequest r = new ConcordanceRequest(SearchRequest.of(SAFETY), 3, sort, page, 2);
          Concordance kept = keeping.find(r);
          Concordance fresh = anew.find(r);
          assertEquals(fresh.lines(), kept.lines(), sort + " page " + page);
          assertEquals(fresh.totalLines(), kept.totalLines());
        }
      }
      // another width re-orders the context sorts: kept lines of width 3 must not answer it
      ConcordanceRequest wide = new ConcordanceRequest(SearchRequest.of(SAFETY), 12, sort, 1, 5);
      assertEquals(anew.find(wide).lines(), keeping.find(wide).lines(), sort + " width 12");
    }
  }

  @Test
  void keptLinesAreNotServedForANewerIndex(@TempDir Path own) throws Exception {
    IndexLayout layout = new IndexLayout(own);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
      AnalyzedReport first = REPORTS.get(0);
      w.replace(first.report().source().path(), "sha-1", List.of(first));
    }
    try (SearchEngine e = SearchEngine.open(layout, SCHEMA)) {
      ConcordanceFinder finder = new ConcordanceFinder(e);
      ConcordanceRequest r = ConcordanceRequest.of(SAFETY);
      long before = finder.find(r).totalLines();
      try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
        AnalyzedReport last = REPORTS.get(REPORTS.size() - 1);
        w.replace(last.report().source().path(), "sha-8", List.of(last));
      }
      e.refresh();
      assertEquals(before + 1, finder.find(r).totalLines(), "the refreshed index has one more line");
    }
  }

  @Test
  void concordanceContextNeverSplitsASurrogatePair() throws Exception {
    ConcordanceLine one = concordance(SAFETY + " 校园", 1, ConcordanceSort.DATE, 1, 10).lines()
        .stream().filter(l -> l.published().equals("2023-05-01")).findFirst().orElseThrow();
    assertEquals(2, one.start(), "after the surrogate pair of 𠀋");
    assertEquals("", one.left(), "one UTF-16 unit would be half of 𠀋");
    ConcordanceLine two = concordance(SAFETY, 2, ConcordanceSort.DATE, 1, 10).lines().get(0);
    assertEquals("𠀋", two.left());
  }

  @Test
  void concordanceRejectsBadRequestsWithOneLine() {
    assertThrows(QueryException.class, () -> concordance(" ", 5, ConcordanceSort.DATE, 1, 10));
    QueryException w = assertThrows(QueryException.class,
        () -> concordance(SAFETY, 500, ConcordanceSort.DATE, 1, 10));
    assertEquals("width must be between 1 and 200, not 500", w.getMessage());
    assertThrows(QueryException.class, () -> concordance(SAFETY, 5, ConcordanceSort.DATE, 0, 10));
    assertThrows(QueryException.class, () -> concordance(SAFETY, 5, ConcordanceSort.DATE, 1000, 1000));
    assertThrows(QueryException.class, () -> ConcordanceSort.byName("middle"));
  }

  static EntityProfile entity(String name, int minCount) throws Exception {
    return new EntityProfiler(engine).profile(
        new EntityRequest(Facet.ORGANIZATION, name, DateBucket.YEAR, 10, minCount));
  }

  @Test
  void entityAssociationsAreRankedByLogLikelihoodWorkedOutByHand() throws Exception {
    EntityProfile p = entity("应急管理局", 1);
    assertEquals(4, p.reports());
    assertEquals(8, p.archive());
    assertArrayEquals(new long[] {2, 1, 1}, p.timeline().series().get(0).counts());
    List<Association> orgs = p.associations().get(Facet.ORGANIZATION);
    // 卫健委 (1 shared, 4 overall: 2 expected) and 教育局 (1 shared, 2 overall: 1 expected) are
    // named together no more often than chance
    assertEquals(List.of("消防大队"), orgs.stream().map(Association::value).toList());
    Association fire = orgs.get(0);
    assertEquals(2, fire.together());
    assertEquals(2, fire.reports());
    assertEquals(1.0, fire.expected(), 1e-9);
    // observed 2, 2, 0, 4 against expected 1, 3, 1, 3
    double g2 = 2 * (2 * Math.log(2) + 2 * Math.log(2 / 3.0) + 4 * Math.log(4 / 3.0));
    assertEquals(g2, fire.logLikelihood(), 1e-9);
    assertEquals(1.0, fire.pmi(), 1e-9);
    Association place = p.associations().get(Facet.PLACE).get(0);
    assertEquals("青岚区", place.value());
    double g2Place = 2 * (Math.log(2) + 3 * Math.log(3 / 3.5) + 4 * Math.log(4 / 3.5));
    assertEquals(g2Place, place.logLikelihood(), 1e-9);
    assertEquals("安全第一", p.associations().get(Facet.THEME).get(0).value());
    assertTrue(p.associations().get(Facet.PERSON).isEmpty());
    assertEquals(List.of("2023-05-01", "2022", "2021-11", "2021-03-05"),
        p.recent().stream().map(h -> h.report().report().published()).toList());
  }

  @Test
  void minimumCountDropsRarePartnersAndTheGraphLinksSharedReports() throws Exception {
    EntityProfile strict = entity("应急管理局", 2);
    assertEquals(List.of("消防大队"), strict.associations().get(Facet.ORGANIZATION).stream()
        .map(Association::value).toList());
    assertTrue(strict.associations().get(Facet.PLACE).isEmpty(), "青岚区 shares one report only");

    EntityProfile p = entity("应急管理局", 1);
    List<String> nodes = p.graph().nodes().stream().map(Association::value).toList();
    assertEquals(List.of("应急管理局", "消防大队", "安全第一", "青岚区"), nodes);
    List<EntityProfile.Edge> edges = p.graph().edges();
    assertTrue(edges.contains(new EntityProfile.Edge(0, 1, 2)));
    assertTrue(edges.contains(new EntityProfile.Edge(0, 2, 1)));
    assertTrue(edges.contains(new EntityProfile.Edge(1, 2, 1)), "report 1 names 消防大队 and 安全第一");
    assertTrue(edges.contains(new EntityProfile.Edge(2, 3, 1)));
    assertEquals(6, edges.size());
  }

  @Test
  void unknownEntityHasAnEmptyPageAndBadKindsAreRejected() throws Exception {
    EntityProfile none = entity("不存在的单位", 1);
    assertEquals(0, none.reports());
    assertTrue(none.associations().get(Facet.ORGANIZATION).isEmpty());
    assertEquals(1, none.graph().nodes().size());
    assertThrows(QueryException.class, () -> new EntityProfiler(engine).profile(
        EntityRequest.of(Facet.YEAR, "2023")));
    assertThrows(QueryException.class, () -> new EntityProfiler(engine).profile(
        EntityRequest.of(Facet.PERSON, "  ")));
  }

  @Test
  void independenceScoresZero() {
    assertEquals(0.0, AssociationMeasure.logLikelihood(1, 2, 4, 8), 1e-12);
    assertEquals(0.0, AssociationMeasure.pmi(1, 2, 4, 8), 1e-12);
    assertTrue(AssociationMeasure.logLikelihood(10, 10, 10, 1000)
        > AssociationMeasure.logLikelihood(10, 100, 100, 1000));
  }
}
