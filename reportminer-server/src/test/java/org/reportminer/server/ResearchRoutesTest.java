package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import org.reportminer.index.IndexLayout;
import org.reportminer.model.RecordJson;

/**
 * The research endpoints over the fixture index: timeline, concordance and entity JSON shapes and
 * counts, their CSV downloads, and one-line JSON errors for bad parameters; and that the server
 * routes them (not the search API's 404).
 */
class ResearchRoutesTest {
  @TempDir static Path dir;
  static Archive engine;
  static ResearchRoutes routes;
  static ReportServer server;

  @BeforeAll
  static void start() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir);
    engine = Archive.open(layout, FixtureIndex.SCHEMA, FixtureIndex.DEDUP);
    routes = new ResearchRoutes(engine);
    server = ReportServer.start(ServerConfig.local(layout, 0), engine,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    engine.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(Response r) throws IOException {
    assertEquals(Response.JSON, r.contentType(), r.text());
    return RecordJson.mapper().readTree(r.body());
  }

  static JsonNode ok(String path, String query) throws IOException {
    Response r = routes.handle("GET", path, query);
    assertEquals(200, r.status(), r.text());
    return json(r);
  }

  @Test
  void timelineComparesQueriesPerYear() throws IOException {
    JsonNode t = ok("/api/timeline", "q=" + enc("知识产权") + "&q=" + enc("全民健身") + "&by=year");
    assertEquals("year", t.get("by").asText());
    List<String> buckets = new ArrayList<>();
    t.get("buckets").forEach(b -> buckets.add(b.asText()));
    assertEquals(List.of("2022", "2023"), buckets);
    JsonNode ip = t.get("series").get(0);
    assertEquals("知识产权", ip.get("query").asText());
    // 2022: the training; 2023: the week and the hostile report
    assertEquals("[1,2]", ip.get("counts").toString());
    assertEquals(3, ip.get("total").asInt());
    assertEquals("[1,1]", t.get("series").get(1).get("counts").toString());
  }

  @Test
  void timelineTakesTheSearchFiltersAndMonths() throws IOException {
    JsonNode t = ok("/api/timeline", "q=" + enc("知识产权") + "&by=month&from=2023-01&to=2023-12");
    assertEquals("2023-04", t.get("buckets").get(0).asText());
    assertEquals("2023-05", t.get("buckets").get(1).asText());
    assertEquals("[1,1]", t.get("series").get(0).get("counts").toString());
    JsonNode all = ok("/api/timeline", "org=" + enc("区文化体育局"));
    assertTrue(all.get("series").get(0).get("query").isNull());
    assertEquals(2, all.get("series").get(0).get("total").asInt());
  }

  @Test
  void concordanceLinesMatchTheReportText() throws IOException {
    JsonNode c = ok("/api/concordance", "q=" + enc("知识产权") + "&width=5&limit=3&sort=right");
    assertEquals(3, c.get("lines").size());
    assertTrue(c.get("totalLines").asInt() > 3);
    assertEquals("right", c.get("sort").asText());
    for (JsonNode l : c.get("lines")) {
      JsonNode report = json(new ReportApi(engine).handle("GET", "/api/report/" + l.get("id").asText(), null));
      String text = report.get("text").asText();
      int start = l.get("start").asInt();
      int end = l.get("end").asInt();
      assertEquals("知识产权", text.substring(start, end));
      assertEquals(text.substring(Math.max(0, start - 5), start), l.get("left").asText());
      assertEquals(text.substring(end, Math.min(text.length(), end + 5)), l.get("right").asText());
    }
  }

  @Test
  void entityPageRanksPartnersAndDrawsAGraph() throws IOException {
    JsonNode e = ok("/api/entity", "type=organization&name=" + enc("区文化体育局"));
    assertEquals(2, e.get("reports").asInt());
    assertEquals(7, e.get("archive").asInt());
    assertEquals("log-likelihood G2", e.get("measure").asText());
    assertEquals("体育中心", e.get("associations").get("place").get(0).get("name").asText());
    assertEquals(2, e.get("associations").get("place").get(0).get("together").asInt());
    assertEquals("全民健身", e.get("associations").get("theme").get(0).get("name").asText());
    assertEquals("区文化体育局", e.get("graph").get("nodes").get(0).get("name").asText());
    assertEquals(3, e.get("graph").get("nodes").size());
    assertEquals(3, e.get("graph").get("edges").size(), "two spokes and the pair itself");
    assertEquals(2, e.get("recent").size());
    assertEquals("[1,1]", e.get("timeline").get("series").get(0).get("counts").toString());
  }

  @Test
  void everyViewExportsCsvWithABom() throws IOException {
    for (String[] pq : new String[][] {
        {"/api/timeline.csv", "q=" + enc("知识产权")},
        {"/api/concordance.csv", "q=" + enc("知识产权")},
        {"/api/entity.csv", "type=org&name=" + enc("区文化体育局")}}) {
      Response r = routes.handle("GET", pq[0], pq[1]);
      assertEquals(200, r.status(), r.text());
      assertEquals("text/csv; charset=utf-8", r.contentType());
      assertTrue(r.headers().get("Content-Disposition").startsWith("attachment"));
      assertTrue(r.text().startsWith("\uFEFF"), pq[0]);
      assertTrue(r.text().contains("\r\n"));
    }
    String kwic = routes.handle("GET", "/api/concordance.csv", "q=" + enc("知识产权")).text();
    assertTrue(kwic.startsWith("\uFEFFid,published,title,start,end,left,match,right\r\n"), kwic);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/timeline|by=week|by must be year, quarter or month, not \"week\"",
      "/api/timeline|q=%22abc|unbalanced quotes: a phrase is opened with \" but never closed",
      "/api/timeline|color=red|unknown parameter \"color\"",
      "/api/timeline|from=2024&to=2023|date range is empty: 2024-01-01 is after 2023-12-31",
      "/api/concordance|width=5|a concordance needs a query (the word or phrase to show in context)",
      "/api/concordance|q=abc&width=0|width must be between 1 and 200, not 0",
      "/api/concordance|q=abc&width=x|width must be a whole number, not \"x\"",
      "/api/concordance|q=abc&sort=up|sort must be date, left or right, not \"up\"",
      "/api/concordance|q=a&q=b|parameter q given 2 times (once at most)",
      "/api/concordance|q=abc&year=20x3|year must be four digits such as 2023, not \"20x3\"",
      "/api/entity|type=year&name=2023|type must be organization, person or place, not \"year\"",
      "/api/entity|type=org|entity name is empty",
      "/api/entity|type=org&name=a&minCount=0|minCount must be between 1 and 1000000, not 0",
  })
  void badParametersGetOneLineJsonErrors(String path, String query, String message)
      throws IOException {
    Response r = routes.handle("GET", path, query);
    assertEquals(400, r.status());
    JsonNode o = json(r);
    assertEquals(message, o.get("error").asText());
    assertEquals(400, o.get("status").asInt());
  }

  @Test
  void theServerRoutesTheViewsAndRefusesOtherMethods() throws IOException {
    Response r = server.answer("GET", "/api/timeline", "q=" + enc("知识产权"));
    assertEquals(200, r.status(), r.text());
    Response post = server.answer("POST", "/api/concordance", "q=abc");
    assertEquals(405, post.status());
    assertEquals("GET, HEAD", post.headers().get("Allow"));
    assertFalse(ResearchRoutes.owns("/api/timeline/x"));
    assertEquals(404, server.answer("GET", "/api/timeline/x", null).status());
  }
}
