package org.reportminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.Main;
import org.reportminer.engine.Archive;
import org.reportminer.engine.Ingestion;
import org.reportminer.engine.solrcloud.SolrCollection;
import org.reportminer.index.IndexLayout;
import org.reportminer.model.RecordJson;
import org.reportminer.pipeline.ParallelIngest;
import org.reportminer.server.ReportApi;
import org.reportminer.server.Response;

/**
 * The commands with {@code --solr URL --collection NAME} against a MiniSolrCloudCluster (two
 * nodes, two shards × two replicas) holding the records of an embedded index built from corpus/
 * ({@link LoadIndex}), compared with the same commands on that embedded index: for every judged
 * query of the relevance set, {@code search --format json} gives the same hits (records,
 * snippets, title hits, partial flags) with the same scores in the same order, ties aside, and
 * the same totals and facet counts; also with filters, dates, date sort, collapsing and paging,
 * and in the text and CSV formats; {@code stats} counts the same reports, pages, inputs and
 * duplicates; {@code dups} lists the same clusters; the HTTP API's search and report answers are
 * the same; {@code copycheck} gives the same reports; {@code --like} and {@code /api/similar}
 * are refused in one line (their ranking reads the seed's index statistics).
 */
class SolrBackendTest {
  private static final String COLLECTION = "reports";
  private static final Path QUERIES = Path.of("reportminer-eval/src/test/resources/relevance/queries.json");

  @TempDir static Path tmp;
  private static MiniSolrCloudCluster cluster;
  private static Path index;
  private static String url;
  private static long partialHitsCompared;

  @BeforeAll
  static void embeddedIndexAndCluster() throws Exception {
    index = tmp.resolve("index");
    IndexLayout layout = new IndexLayout(index);
    Ingestion ingestion = new Ingestion(layout, ParallelIngest.Settings.defaults(2), 64L << 20, f -> {});
    ingestion.run(ingestion.job(List.of("corpus"), InputStream.nullInputStream()));

    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr"))
        .addConfig("reportminer", Path.of("reportminer-solr/src/main/resources/configsets/reportminer/conf"))
        .build();
    CollectionAdminRequest.createCollection(COLLECTION, "reportminer", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    long loaded = LoadIndex.load(layout, cluster.getSolrClient(), COLLECTION, 10);
    assertTrue(loaded >= 34, "corpus/ gives at least one report per file: " + loaded);
    url = cluster.getJettySolrRunner(1).getBaseUrl().toString();
  }

  @AfterAll
  static void close() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void judgedQueriesGiveTheSameJsonOverSolr() throws Exception {
    int hits = 0;
    for (String query : judgedQueries()) {
      hits += sameJson("search", query, "--limit", "100");
    }
    assertTrue(hits > 40, "the judged queries find reports in corpus/: " + hits);
    assertTrue(partialHitsCompared > 0, "some judged queries list partial matches");
  }

  @Test
  void filtersDatesSortCollapseAndPagingGiveTheSameJson() throws Exception {
    sameJson("search", "工作", "--year", "2023", "--limit", "100");
    sameJson("search", "工作", "--org", "区委", "--limit", "100");
    sameJson("search", "--from", "2023-03-01", "--to", "2023-06-30", "--limit", "100");
    sameJson("search", "--place", "柳湾区", "--limit", "100", "--snippets", "1");
    sameJson("search", "安全生产", "--sort", "date", "--limit", "100");
    // reports without a date come last, as in the embedded index
    sameJson("search", "工作 OR 活动", "--sort", "date", "--limit", "100", "--no-partial");
    sameJson("search", "--category", "活动总结", "--limit", "100");
    sameJson("search", "安全 活动 总结", "--collapse", "--limit", "100");
    sameJson("search", "活动总结", "--collapse", "--limit", "4", "--page", "2");
    sameJson("search", "安全生产月 消防", "--limit", "3", "--page", "2");
    sameJson("search", "\"植树\" OR 义诊", "--no-partial", "--snippets", "5", "--limit", "100");
  }

  @Test
  void textAndCsvAreTheSameForAQueryWithoutTies() throws Exception {
    for (String format : new String[] {"text", "csv"}) {
      String embedded = run(0, "search", "植树节 OR 义诊", "--limit", "2", "--format", format, "--index", index.toString());
      String solr = run(0, "search", "植树节 OR 义诊", "--limit", "2", "--format", format, "--solr", url, "--collection", COLLECTION);
      assertEquals(embedded, solr, format);
    }
  }

  @Test
  void statsCountTheSameReports() throws Exception {
    JsonNode embedded = RecordJson.mapper().readTree(run(0, "stats", "--json", "--index", index.toString()));
    JsonNode solr = RecordJson.mapper().readTree(run(0, "stats", "--json", "--solr", url, "--collection", COLLECTION));
    for (String field : new String[] {"reports", "pages", "documents", "exactDuplicates",
        "exactDuplicateGroups", "nearDuplicates", "nearDuplicateClusters"}) {
      assertEquals(embedded.get(field), solr.get(field), field);
    }
    assertTrue(solr.get("indexBytes").asLong() > 0, solr.toString());
  }

  @Test
  void dupsListTheSameClusters() throws Exception {
    List<String> embedded = clusters(run(0, "dups", "--format", "json", "--index", index.toString()));
    List<String> solr = clusters(run(0, "dups", "--format", "json", "--solr", url, "--collection", COLLECTION));
    assertTrue(embedded.size() >= 3, embedded.toString());
    assertEquals(embedded, solr);
  }

  @Test
  void theApiAnswersSearchAndReportsTheSame() throws Exception {
    try (Archive archive = Archive.open(new IndexLayout(index));
        SolrCollection solr = SolrCollection.connect(URI.create(url), COLLECTION)) {
      ReportApi embedded = new ReportApi(archive);
      ReportApi overSolr = new ReportApi(solr);
      String q = "q=%E6%A4%8D%E6%A0%91%E8%8A%82%20OR%20%E4%B9%89%E8%AF%8A&limit=2"; // 植树节 OR 义诊
      assertEquals(body(embedded.handle("GET", "/api/search", q)), body(overSolr.handle("GET", "/api/search", q)));
      JsonNode hit = RecordJson.mapper().readTree(body(embedded.handle("GET", "/api/search", q))).get("hits").get(0);
      String report = "/api/report/" + hit.get("id").asText();
      Response a = embedded.handle("GET", report, null);
      assertEquals(200, a.status());
      assertEquals(body(a), body(overSolr.handle("GET", report, null)));
      assertEquals(404, overSolr.handle("GET", "/api/report/0000000000000000", null).status());
      assertEquals(400, overSolr.handle("GET", "/api/search", "q=%22").status());
    }
  }

  @Test
  void badQueriesGetTheEmbeddedMessage() {
    for (String q : new String[] {"\"植树", "(植树", "植树 AND"}) {
      StringWriter embedded = new StringWriter();
      StringWriter solr = new StringWriter();
      assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(embedded),
          "search", q, "--index", index.toString()));
      assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(solr),
          "search", q, "--solr", url, "--collection", COLLECTION));
      assertEquals(embedded.toString(), solr.toString(), q);
    }
  }

  @Test
  void copyChecksAreTheSame() throws Exception {
    int sources = 0;
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : lines(run(0, "search", "--year", "2023", "--limit", "100", "--snippets", "0",
        "--format", "json", "--index", index.toString()))) {
      if (hit.has("id")) {
        ids.add(hit.get("id").asText());
      }
    }
    assertTrue(ids.size() > 20, ids.toString());
    for (String id : ids) {
      String embedded = run(0, "copycheck", id, "--format", "json", "--index", index.toString());
      String solr = run(0, "copycheck", id, "--format", "json", "--solr", url, "--collection", COLLECTION);
      assertEquals(embedded, solr, id);
      sources += RecordJson.mapper().readTree(embedded).path("sources").size();
    }
    assertTrue(sources >= 4, "the corpus's copies are found: " + sources);
    String file = "corpus/html/diyi-c-utf8-shuangjian-dongping-lifted.html";
    assertEquals(run(0, "copycheck", file, "--index", index.toString()),
        run(0, "copycheck", file, "--solr", url, "--collection", COLLECTION));
    assertEquals(run(0, "copycheck", ids.get(0), "--format", "html", "--index", index.toString()),
        run(0, "copycheck", ids.get(0), "--format", "html", "--solr", url, "--collection", COLLECTION));
  }

  @Test
  void similarReportsAreRefusedInOneLine() throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "search", "--like", dupIds().get(0), "--solr", url, "--collection", COLLECTION));
    assertTrue(err.toString().strip().startsWith("reportminer search: similar reports (--like, /api/similar) are not supported over SolrCloud"),
        err.toString());
    assertEquals(1, err.toString().strip().lines().count());
    try (SolrCollection solr = SolrCollection.connect(URI.create(url), COLLECTION)) {
      String answer = body(new ReportApi(solr).handle("GET", "/api/similar/" + dupIds().get(1), "limit=3"));
      assertTrue(answer.contains("not supported over SolrCloud"), answer);
    }
  }

  /** The ids of the reports in near-duplicate clusters (they have similar reports for sure). */
  private static List<String> dupIds() throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode c : lines(run(0, "dups", "--format", "json", "--index", index.toString()))) {
      c.get("members").forEach(m -> out.add(m.get("id").asText()));
    }
    return out;
  }

  /**
   * Runs {@code search … --format json} on the embedded index and over Solr and compares: the
   * summary line exactly, and every hit line with its score within 1e-4, reports of equal score
   * (a tie group) in any order. Returns the number of hits.
   */
  private static int sameJson(String... args) throws Exception {
    List<String> common = new ArrayList<>(List.of(args));
    common.addAll(List.of("--format", "json"));
    List<JsonNode> embedded = lines(run(0, concat(common, "--index", index.toString())));
    List<JsonNode> solr = lines(run(0, concat(common, "--solr", url, "--collection", COLLECTION)));
    String what = String.join(" ", args);
    assertEquals(embedded.size(), solr.size(), what + ": lines");
    assertEquals(embedded.get(embedded.size() - 1), solr.get(solr.size() - 1), what + ": summary");
    List<JsonNode> a = embedded.subList(0, embedded.size() - 1);
    List<JsonNode> b = solr.subList(0, solr.size() - 1);
    for (int i = 0; i < a.size(); i++) {
      partialHitsCompared += a.get(i).get("partial").asBoolean() ? 1 : 0;
      double sa = a.get(i).get("score").asDouble();
      double sb = b.get(i).get("score").asDouble();
      assertEquals(sa, sb, 1e-4 * Math.max(1, sa), what + ": score at rank " + (i + 1));
      assertEquals(a.get(i).get("partial"), b.get(i).get("partial"), what + ": partial at rank " + (i + 1));
    }
    assertEquals(tiesInIdOrder(a), tiesInIdOrder(b), what + ": hits");
    return a.size();
  }

  /** Hit lines without rank and score, ordered by (partial, score rounded to 1e-3, id). */
  private static List<String> tiesInIdOrder(List<JsonNode> hits) {
    record Key(boolean partial, long score, String id, String json) {}
    List<Key> keys = new ArrayList<>();
    for (JsonNode h : hits) {
      ObjectNode o = h.deepCopy();
      long score = Math.round(o.get("score").asDouble() * 1000);
      o.remove("rank");
      o.remove("score");
      keys.add(new Key(h.get("partial").asBoolean(), score, h.get("id").asText(), o.toString()));
    }
    keys.sort(Comparator.comparing(Key::partial).thenComparing(Key::score, Comparator.reverseOrder())
        .thenComparing(Key::id));
    return keys.stream().map(Key::json).toList();
  }

  /**
   * One line per cluster: its id, representative, exactness, the first member (the
   * representative) and then every member object (id, title, source, date, similarity,
   * exactness) in id order; the embedded index lists members in ingest order, a collection in id
   * order.
   */
  private static List<String> clusters(String jsonLines) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode c : lines(jsonLines)) {
      List<String> members = new ArrayList<>();
      c.get("members").forEach(m -> members.add(m.toString()));
      String first = members.get(0);
      members.sort(null);
      out.add(c.get("cluster").asText() + " " + c.get("representative").asText() + " "
          + c.get("exact").asText() + " " + first + " " + members);
    }
    return out;
  }

  private static String run(int expectedCode, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(expectedCode, code, String.join(" ", args) + ": " + err);
    return out.toString();
  }

  private static String[] concat(List<String> common, String... more) {
    return Stream.concat(common.stream(), Stream.of(more)).toArray(String[]::new);
  }

  private static List<JsonNode> lines(String text) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(RecordJson.mapper().readTree(line));
      }
    }
    return out;
  }

  private static String body(Response r) {
    return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> judgedQueries() throws Exception {
    JsonNode root = RecordJson.mapper().readTree(Files.readString(QUERIES));
    List<String> out = new ArrayList<>();
    root.get("queries").forEach(q -> out.add(q.get("query").asText()));
    assertTrue(out.size() >= 10, "judged queries: " + out.size());
    return out;
  }
}
