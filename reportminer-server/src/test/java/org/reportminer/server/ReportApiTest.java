package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportminer.engine.Archive;
import org.reportminer.model.RecordJson;

/**
 * The JSON API as a function, without sockets: status codes, JSON shapes, filters and facets,
 * one-line errors for every kind of bad request, and ids that can never name a file.
 */
class ReportApiTest {
  @TempDir static Path dir;
  static Archive engine;
  static ReportApi api;

  @BeforeAll
  static void start() throws IOException {
    engine = Archive.open(FixtureIndex.build(dir), FixtureIndex.SCHEMA, FixtureIndex.DEDUP);
    api = new ReportApi(engine);
  }

  @AfterAll
  static void stop() throws IOException {
    engine.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Response get(String path, String query) throws IOException {
    return api.handle("GET", path, query);
  }

  static JsonNode json(Response r) throws IOException {
    assertEquals(Response.JSON, r.contentType());
    return RecordJson.mapper().readTree(r.body());
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void searchAnswersHitsWithSnippetsTotalsAndFacets() throws IOException {
    Response r = get("/api/search", "q=" + enc("全民健身运动会"));
    assertEquals(200, r.status());
    JsonNode o = json(r);
    assertEquals("全民健身运动会", o.get("query").asText());
    assertEquals(2, o.get("totalHits").asLong());
    List<String> ids = ids(o);
    assertTrue(ids.containsAll(List.of(FixtureIndex.SPORTS.report().id(),
        FixtureIndex.SPORTS_COPY.report().id())), ids.toString());
    JsonNode hit = o.get("hits").get(0);
    for (String field : List.of("id", "title", "published", "source", "organizations", "rank",
        "score", "partial", "snippets", "titleHits", "textLength")) {
      assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
    }
    assertFalse(hit.has("text"), "hits leave the full text to /api/report");
    assertFalse(hit.has("mentions"));
    JsonNode snippet = hit.get("snippets").get(0);
    String text = snippet.get("text").asText();
    int base = snippet.get("start").asInt();
    JsonNode span = snippet.get("hits").get(0);
    String marked = text.substring(span.get("start").asInt() - base, span.get("end").asInt() - base);
    assertTrue("全民健身运动会".contains(marked), "marked \"" + marked + "\"");
    JsonNode orgs = o.get("facets").get("organization");
    assertEquals("区文化体育局", orgs.get(0).get("value").asText());
    assertEquals(2, orgs.get(0).get("count").asLong());
  }

  @Test
  void filtersNarrowTheResultAndRepeatAsAnd() throws IOException {
    JsonNode all = json(get("/api/search", "q=" + enc("知识产权") + "&partial=false"));
    assertEquals(3, all.get("totalHits").asLong(), ids(all).toString());
    JsonNode place = json(get("/api/search",
        "q=" + enc("知识产权") + "&place=" + enc("深圳市")));
    assertEquals(List.of(FixtureIndex.TRAINING.report().id()), ids(place));
    JsonNode both = json(get("/api/search", "q=" + enc("知识产权") + "&org="
        + enc("市知识产权局") + "&org=" + enc("深圳市市场监督管理局") + "&partial=false"));
    assertEquals(0, both.get("totalHits").asLong());
    JsonNode years = json(get("/api/search", "year=2022"));
    assertEquals(2, years.get("totalHits").asLong(), "browsing by a filter alone works");
  }

  @Test
  void datesSortAndPaging() throws IOException {
    JsonNode ranged = json(get("/api/search",
        "q=" + enc("知识产权") + "&from=2023&to=2023-04&partial=false"));
    assertEquals(List.of(FixtureIndex.WEEK.report().id()), ids(ranged));
    JsonNode byDate = json(get("/api/search", "q=" + enc("活动") + "&sort=date&partial=false"));
    List<String> dates = new ArrayList<>();
    byDate.get("hits").forEach(h -> dates.add(h.get("published").asText()));
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    JsonNode page2 = json(get("/api/search", "q=" + enc("活动") + "&limit=1&page=2&partial=false"));
    assertEquals(1, page2.get("hits").size());
    assertEquals(2, page2.get("hits").get(0).get("rank").asInt());
    assertEquals(2, page2.get("page").asInt());
  }

  @Test
  void collapseKeepsOneHitPerNearDuplicateCluster() throws IOException {
    String q = "q=" + enc("全民健身运动会") + "&partial=false";
    JsonNode plain = json(get("/api/search", q));
    assertEquals(2, plain.get("hits").size(), ids(plain).toString());
    JsonNode collapsed = json(get("/api/search", q + "&collapse=true"));
    assertEquals(List.of(ids(plain).get(0)), ids(collapsed), "the copy folds into the best hit");
    assertEquals(2, collapsed.get("totalHits").asLong(), "totals still count every report");
    assertEquals(ids(plain), ids(json(get("/api/search", q + "&collapse=false"))));
    JsonNode other = json(get("/api/search", "q=" + enc("知识产权") + "&partial=false&collapse=1"));
    assertEquals(3, other.get("hits").size(), "reports without near-duplicates all stay");
    String csv = get("/api/export.csv", q + "&collapse=true").text();
    assertEquals(2, csv.strip().lines().count(), "the export collapses too:\n" + csv);
  }

  @Test
  void facetsEndpointGivesCountsWithoutHits() throws IOException {
    JsonNode o = json(get("/api/facets", "q=" + enc("知识产权")));
    assertFalse(o.has("hits"));
    assertTrue(o.get("facets").has("organization"));
    assertTrue(o.get("totalHits").asLong() >= 3);
  }

  @Test
  void exportIsExcelReadyCsv() throws IOException {
    Response r = get("/api/export.csv", "q=" + enc("知识产权") + "&partial=false");
    assertEquals(200, r.status());
    assertEquals("text/csv; charset=utf-8", r.contentType());
    assertTrue(r.headers().get("Content-Disposition").startsWith("attachment;"));
    String csv = r.text();
    assertTrue(csv.startsWith("\uFEFFrank,id,"), "BOM then header");
    assertEquals(4, csv.strip().lines().count(), "header and three hits:\n" + csv);
    assertTrue(csv.contains(FixtureIndex.TRAINING.report().id()));
    assertEquals(200, get("/api/export.csv", "year=2023&limit=1000").status());
    assertJsonError(get("/api/export.csv", "q=" + enc("\"知识")), 400, "unbalanced");
    assertJsonError(get("/api/export.csv", "q=a&limit=1001"), 400, "limit must be between 1 and 1000");
  }

  @Test
  void reportByIdIsTheDesignRecord() throws IOException {
    String id = FixtureIndex.WEEK.report().id();
    JsonNode o = json(get("/api/report/" + id, null));
    assertEquals(id, o.get("id").asText());
    assertEquals(FixtureIndex.WEEK.report().text(), o.get("text").asText());
    JsonNode m = o.get("mentions").get(0);
    assertEquals(m.get("text").asText(),
        o.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
    assertEquals("2023-04-24", o.get("dates").get(0).get("value").asText());
    assertEquals("份", o.get("numbers").get(0).get("unit").asText());
  }

  @Test
  void similarReportsLeaveOutTheReportItself() throws IOException {
    String id = FixtureIndex.SPORTS.report().id();
    JsonNode o = json(get("/api/similar/" + id, "limit=3"));
    List<String> ids = ids(o);
    assertFalse(ids.contains(id));
    assertEquals(FixtureIndex.SPORTS_COPY.report().id(), ids.get(0));
  }

  @ParameterizedTest(name = "{0} ? {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "/api/search|q=%22%E7%9F%A5%E8%AF%86|400|unbalanced",
    "/api/search|q=|400|empty query",
    "/api/search||400|empty query",
    "/api/search|q=%20%20|400|empty query",
    "/api/search|q=a&from=2023-13|400|invalid date",
    "/api/search|q=a&to=yesterday|400|invalid date",
    "/api/search|q=a&from=2024&to=2023|400|date range is empty",
    "/api/search|q=a&limit=0|400|limit must be between",
    "/api/search|q=a&limit=abc|400|whole number",
    "/api/search|q=a&page=99999|400|page must be between",
    "/api/search|q=a&page=2000&limit=100|400|too deep",
    "/api/search|q=a&sort=random|400|sort must be relevance or date",
    "/api/search|q=a&partial=maybe|400|partial must be true or false",
    "/api/search|q=a&collapse=2|400|collapse must be true or false",
    "/api/search|q=a&q=b|400|given 2 times",
    "/api/search|q=a&colour=red|400|unknown parameter",
    "/api/search|q=%E0%A4%A|400|malformed query string",
    "/api/search|q=%zz|400|malformed query string: bad percent-encoding",
    "/api/search|q=%ff|400|malformed query string: percent-encoded bytes that are not UTF-8",
    "/api/search|q=%E4%BD%28|400|percent-encoded bytes that are not UTF-8",
    "/api/search|q=a&year=abc|400|year must be four digits such as 2023",
    "/api/search|q=AND|400|AND needs a word on each side",
    "/api/search|q=a%20OR|400|the query ends with an operator",
    "/api/search|q=(a|400|unbalanced parentheses",
    "/api/search|q=a)b(|400|unbalanced",
    "/api/report/0123456789abcdef||404|no report with id 0123456789abcdef",
    "/api/report/..%2F..%2Fetc%2Fpasswd||400|invalid report id",
    "/api/report/../../etc/passwd||400|invalid report id",
    "/api/report/0123456789ABCDEF||400|invalid report id",
    "/api/report/0123456789abcdef|x=1|400|unknown parameter",
    "/api/similar/0123456789abcdef||404|no report with id",
    "/api/similar/%2e%2e||400|invalid report id",
    "/api/nothing||404|no such endpoint",
    "/api||404|no such endpoint",
  })
  void badRequestsGetOneLineJsonErrors(String path, String query, int status, String message)
      throws IOException {
    Response r = get(path, query);
    assertJsonError(r, status, message);
  }

  @Test
  void hugeQueriesAreRefused() throws IOException {
    assertJsonError(get("/api/search", "q=" + enc("知".repeat(600))), 400, "query too long");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 240; i++) {
      many.append("词").append(i).append(" OR ");
    }
    many.append("词");
    Response r = get("/api/search", "q=" + enc(many.toString()));
    assertTrue(r.status() == 200 || r.status() == 400, r.text());
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws IOException {
    Response r = api.handle("POST", "/api/search", "q=a");
    assertJsonError(r, 405, "not allowed");
    assertEquals("GET, HEAD", r.headers().get("Allow"));
    assertEquals(200, api.handle("HEAD", "/api/search", "q=" + enc("知识产权")).status());
  }

  static void assertJsonError(Response r, int status, String message) throws IOException {
    assertEquals(status, r.status(), r.text());
    JsonNode o = json(r);
    assertEquals(status, o.get("status").asInt());
    String error = o.get("error").asText();
    assertTrue(error.contains(message), "\"" + error + "\" should contain \"" + message + "\"");
    assertFalse(error.contains("\n"), "one line");
    assertFalse(error.contains("Exception") || error.contains("at org."), "no stack trace: " + error);
    assertEquals(2, o.size(), "error and status only: " + o);
  }
}
