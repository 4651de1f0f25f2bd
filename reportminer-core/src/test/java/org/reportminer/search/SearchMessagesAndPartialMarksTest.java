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
 * What a new user sees first: partial matches that do not come from one character of the query
 * (节 of 植树节 inside 14节), and one-line errors that say what to change for a bad year, an
 * operator without its words and a page past what can be shown.
 */
class SearchMessagesAndPartialMarksTest {
  static final ReportSchema SCHEMA = ReportSchema.withHanlp();

  static final AnalyzedReport ARBOR = TestReports.simple("a/arbor.txt", "学校植树节活动总结",
      "2023-04-03", "3月12日植树节，五、六年级学生在校园西侧种下了30棵樱花树。");
  static final AnalyzedReport PLANTING = TestReports.simple("a/planting.txt", "社区绿化工作总结",
      "2023-05-10", "社区组织居民植树，共种下银杏树苗120株，绿化了滨河公园。");
  static final AnalyzedReport LESSONS = TestReports.simple("b/lessons.txt", "教师个人工作总结",
      "2023-07-01", "本人担任高二年级化学教学工作，周课时14节，全年听课52节。");

  @TempDir static Path dir;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    IndexLayout layout = new IndexLayout(dir);
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), SCHEMA)) {
      for (AnalyzedReport r : List.of(ARBOR, PLANTING, LESSONS)) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
    }
    engine = SearchEngine.open(layout, SCHEMA);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  static Set<String> ids(SearchResult r, boolean partial) {
    return r.hits().stream().filter(h -> h.partial() == partial).map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void aPartialMatchNeedsMoreThanOneCharacterOfTheQuery() throws Exception {
    SearchResult r = engine.search(SearchRequest.of("植树节"));
    assertEquals(Set.of(ARBOR.report().id()), ids(r, false));
    // 植树 is a word of 植树节: a partial match; 节 alone (in 14节, 52节) is not
    assertEquals(Set.of(PLANTING.report().id()), ids(r, true));
    for (Hit h : r.hits()) {
      String text = h.report().report().text();
      for (Snippet s : h.snippets()) {
        for (Span span : s.hits()) {
          String marked = text.substring(span.start(), span.end());
          assertTrue(marked.codePointCount(0, marked.length()) > 1,
              "one character marked in " + h.id() + ": " + marked);
        }
      }
    }
    // a single character asked for on its own is still searched
    assertEquals(Set.of(ARBOR.report().id(), LESSONS.report().id()),
        ids(engine.search(SearchRequest.of("节")), false));
  }

  static String error(SearchRequest request) {
    QueryException e = assertThrows(QueryException.class, () -> engine.search(request));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void aYearThatIsNotFourDigitsIsAnError() throws Exception {
    for (String bad : List.of("abc", "23", "2023年", "20234", "")) {
      String m = error(SearchRequest.of("总结").withFilter(Facet.YEAR, bad));
      assertTrue(m.startsWith("year must be four digits such as 2023, not \"" + bad + "\""), m);
    }
    assertEquals(Set.of(ARBOR.report().id(), PLANTING.report().id(), LESSONS.report().id()),
        ids(engine.search(SearchRequest.of("总结").withFilter(Facet.YEAR, "2023")), false));
  }

  @Test
  void anOperatorWithoutItsWordsSaysSo() {
    for (String q : List.of("AND", "OR 植树", "植树 AND OR 绿化")) {
      String m = error(SearchRequest.of(q));
      assertTrue(m.matches("cannot parse query: (AND|OR) needs a word on each side .*"), q + ": " + m);
      assertFalse(m.contains("Encountered") || m.contains("<"), m);
    }
    for (String q : List.of("植树 AND", "植树 OR", "NOT", "植树 -")) {
      String m = error(SearchRequest.of(q));
      assertEquals("cannot parse query: the query ends with an operator (AND, OR, NOT, + or - need a"
          + " word after them)", m, q);
    }
  }

  @Test
  void aPageTooDeepNamesTheLastPageThatCanBeShown() {
    String m = error(SearchRequest.of("总结").withPage(99999, 10));
    assertEquals("page 99999 is too deep: at 10 hits per page the last page that can be shown is "
        + SearchRequest.MAX_DEPTH / 10 + " (only the first " + SearchRequest.MAX_DEPTH
        + " hits are paged)", m);
    assertTrue(error(SearchRequest.of("总结").withPage(SearchRequest.MAX_DEPTH / 25 + 1, 25))
        .contains("the last page that can be shown is " + SearchRequest.MAX_DEPTH / 25 + " "));
  }
}
