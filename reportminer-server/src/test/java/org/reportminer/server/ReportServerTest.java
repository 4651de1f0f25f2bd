package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportminer.engine.Archive;
import org.reportminer.index.IndexLayout;

/**
 * The server over a real socket: headers on every answer, the page's assets, path traversal
 * sent byte for byte, over-long requests, concurrent requests, and staying up after errors.
 */
class ReportServerTest {
  @TempDir static Path dir;
  static Archive engine;
  static ReportServer server;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    IndexLayout layout = FixtureIndex.build(dir);
    engine = Archive.open(layout, FixtureIndex.SCHEMA, FixtureIndex.DEDUP);
    server = ReportServer.start(new ServerConfig(layout, ServerConfig.LOCALHOST, 0, 2, 4), engine,
        java.util.Optional.of(new FakeCopyChecks(FixtureIndex.SPORTS.report().id())),
        new PrintStream(LOG, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    engine.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends a request line exactly as given (no client-side normalization) and reads the answer. */
  static String raw(String target) throws IOException {
    try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void listensOnLoopbackOnly() {
    assertTrue(server.address().getAddress().isLoopbackAddress(), server.url());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/app.js", "/app.css", "/favicon.svg", "/api/search?q=x",
      "/api/report/zz", "/nothing"})
  void everyAnswerCarriesTheSecurityHeadersAndACharset(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(ReportServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(ReportServer.CSP.contains("default-src 'self'"));
    assertFalse(ReportServer.CSP.contains("unsafe-inline"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").endsWith("; charset=utf-8"),
        r.headers().toString());
  }

  @Test
  void copyReportPagesHaveTheirOwnStricterPolicy() throws Exception {
    HttpResponse<String> r = get("/copycheck/" + FixtureIndex.SPORTS.report().id());
    assertEquals(200, r.statusCode());
    assertEquals(CopyCheckRoutes.HTML_CSP, r.headers().firstValue("Content-Security-Policy").get());
    assertEquals(List.of(CopyCheckRoutes.HTML_CSP), r.headers().allValues("Content-Security-Policy"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(200, get("/api/copycheck/" + FixtureIndex.SPORTS.report().id()).statusCode());
    assertEquals(404, get("/api/copycheck/" + FixtureIndex.WEEK.report().id()).statusCode());
  }

  @Test
  void servesThePageAndItsAssetsWithTheirTypes() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").get());
    assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\"></script>"));
    assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
    assertFalse(page.body().contains("style="), "no inline style");
    assertFalse(page.body().contains("http://") || page.body().contains("https://"),
        "no external assets");
    assertEquals("text/javascript; charset=utf-8", get("/app.js").headers()
        .firstValue("Content-Type").get());
    assertFalse(get("/app.js").body().contains("innerHTML"), "the page never parses data as HTML");
    assertEquals("text/css; charset=utf-8", get("/app.css").headers().firstValue("Content-Type").get());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/..%5c..%5cetc%5cpasswd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "/app.js/../../../../etc/passwd",
    "/org/reportminer/server/web/app.js",
    "/WEB-INF/../pom.xml",
    "//etc/passwd",
    "/index.html%00.js",
    "/api/report/..%2f..%2f..%2fetc%2fpasswd",
    "/api/report/../../../etc/passwd",
    "/api/../../etc/passwd",
  })
  void pathTraversalFindsNothing(String target) throws Exception {
    String answer = raw(target);
    String status = answer.substring(0, answer.indexOf("\r\n"));
    assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " -> " + status);
    assertFalse(answer.contains("root:"), target);
    assertFalse(answer.contains("<project"), target);
    assertFalse(answer.contains("export function") || answer.contains("createElement"), target);
  }

  @Test
  void overLongRequestsAre414AndTheServerStaysUp() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + "a".repeat(ReportServer.MAX_URI_CHARS));
    assertEquals(414, r.statusCode());
    assertTrue(r.body().startsWith("{\"error\":\"request too long"), r.body());
    assertEquals(200, get("/api/search?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83").statusCode());
  }

  @Test
  void errorsNeverStopTheServer() throws Exception {
    for (String bad : List.of("/api/search?q=%22", "/api/search?q=(", "/api/search?from=x",
        "/api/report/0000000000000000")) {
      HttpResponse<String> r = get(bad);
      assertTrue(r.statusCode() == 400 || r.statusCode() == 404, bad + " -> " + r.statusCode());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    assertTrue(raw("/api/search?q=%ZZ").startsWith("HTTP/1.1 400 "));
    HttpResponse<String> ok = get("/api/search?q=%E8%BF%90%E5%8A%A8%E4%BC%9A");
    assertEquals(200, ok.statusCode());
    assertEquals("", LOG.toString(StandardCharsets.UTF_8), "user errors are not server failures");
  }

  @Test
  void answersConcurrentRequests() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String q = i % 2 == 0 ? "/api/search?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83" : "/app.js";
        all.add(pool.submit(() -> get(q).statusCode()));
      }
      for (Future<Integer> f : all) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The status line, the headers (names lower-cased) and the body of a raw answer. */
  record Raw(String status, Map<String, List<String>> headers, String body) {
    static Raw of(String answer) {
      int end = answer.indexOf("\r\n\r\n");
      String[] head = answer.substring(0, end).split("\r\n");
      Map<String, List<String>> h = new java.util.HashMap<>();
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        h.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
            k -> new java.util.ArrayList<>()).add(head[i].substring(colon + 1).strip());
      }
      return new Raw(head[0], h, answer.substring(end + 4));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%", "/%zz", "/api/search?q=%zz", "/api/search?q=%", "/api/search?q=%E7%9F",
      "/api/search?q=%ff%fe", "/api/search?q=%C0%AF", "/api/report/%"})
  void badPercentEncodingAndInvalidUtf8AreTheDocumentedJsonWithTheHeaders(String target) throws Exception {
    Raw r = Raw.of(raw(target));
    assertEquals("HTTP/1.1 400 Bad Request", r.status(), target);
    assertEquals(List.of("application/json; charset=utf-8"), r.headers().get("content-type"), target);
    assertEquals(List.of(ReportServer.CSP), r.headers().get("content-security-policy"), target);
    assertEquals(List.of("nosniff"), r.headers().get("x-content-type-options"), target);
    assertEquals(List.of("DENY"), r.headers().get("x-frame-options"), target);
    assertEquals(List.of("no-referrer"), r.headers().get("referrer-policy"), target);
    var json = org.reportminer.model.RecordJson.mapper().readTree(r.body());
    assertEquals(400, json.get("status").asInt(), r.body());
    String error = json.get("error").asText();
    assertTrue(error.startsWith("malformed "), target + " -> " + error);
    assertFalse(error.contains("parenthes") || error.contains("quote"), error);
    if (target.contains("%ff") || target.contains("%E7%9F") || target.contains("%C0")) {
      assertTrue(error.contains("not UTF-8"), target + " -> " + error);
    }
  }

  @Test
  void aMalformedRequestLineIsJsonToo() throws Exception {
    try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      Raw r = Raw.of(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      assertEquals("HTTP/1.1 400 Bad Request", r.status());
      assertEquals(List.of(ReportServer.CSP), r.headers().get("content-security-policy"));
      assertTrue(r.body().startsWith("{\"error\":\"malformed request line\""), r.body());
    }
    // a raw (unescaped) UTF-8 query, as some clients send it, is read as UTF-8
    try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write("GET /api/search?q=".getBytes(StandardCharsets.ISO_8859_1));
      out.write("运动会".getBytes(StandardCharsets.UTF_8));
      out.write(" HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      Raw r = Raw.of(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      assertEquals("HTTP/1.1 200 OK", r.status(), r.body());
      assertTrue(r.body().contains(FixtureIndex.SPORTS.report().id()), r.body());
    }
  }

  @Test
  void headAnswersWithoutABody() throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "/"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "/"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }
}
