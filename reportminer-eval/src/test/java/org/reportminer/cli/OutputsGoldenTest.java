package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.engine.Archive;
import org.reportminer.index.IndexLayout;
import org.reportminer.server.ReportServer;
import org.reportminer.server.ServerConfig;

/**
 * Pins what every command and every API route prints on the shipped corpus, byte for byte, so a
 * refactoring (the module split, the engine API, the JSON mapping) cannot change an output
 * unnoticed. The corpus is ingested once into a fresh index; each command's output (exit code,
 * stdout, stderr) and each route's answer (status, content type, body) is compared with its file
 * under golden/outputs. Only what varies from run to run is masked: elapsed times, the index
 * size and the temporary folder. A change that is meant goes in with {@code
 * -Dgolden.update=true}, which rewrites the files, and its diff is reviewed like code.
 */
class OutputsGoldenTest {
  static final Path GOLDEN = Path.of("reportminer-eval/src/test/resources/golden/outputs");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Path indexDir;
  static String index;
  static String copied;

  @BeforeAll
  static void ingest() throws IOException {
    // ids come from paths relative to the folder holding the index: the index sits in the
    // project folder, as the default index/ does, so that they do not depend on the machine
    indexDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), ".outputs-golden-index-");
    index = indexDir.toString();
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("ingest", "corpus", "--index", index, "--progress", "none");
    assertEquals(0, r.exit(), r.err());
    check("ingest", r);
    // a report with a near duplicate: the first member of the first cluster
    AnalyzeCommandTest.Run dups = AnalyzeCommandTest.run("dups", "--index", index, "--format", "json");
    String line = dups.out().lines().findFirst().orElseThrow();
    copied = line.replaceAll(".*?\"id\":\"([0-9a-f]{16})\".*", "$1");
    assertTrue(copied.matches("[0-9a-f]{16}"), line);
  }

  @AfterAll
  static void removeIndex() throws IOException {
    try (var files = Files.walk(indexDir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void commandsPrintWhatTheyPrinted() {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("stats", List.of("stats"));
    commands.put("stats-json", List.of("stats", "--json"));
    commands.put("search", List.of("search", "植树节 OR 义诊", "--limit", "3"));
    commands.put("search-json", List.of("search", "安全", "--format", "json", "--limit", "3"));
    commands.put("search-csv", List.of("search", "总结", "--format", "csv", "--sort", "date", "--limit", "5"));
    commands.put("search-filters", List.of("search", "活动", "--year", "2023", "--limit", "3"));
    commands.put("search-like", List.of("search", "--like", copied, "--limit", "3"));
    commands.put("search-bad-query", List.of("search", "AND"));
    commands.put("dups", List.of("dups"));
    commands.put("dups-json", List.of("dups", "--format", "json"));
    commands.put("copycheck", List.of("copycheck", copied));
    commands.put("copycheck-json", List.of("copycheck", copied, "--format", "json"));
    commands.put("copycheck-html", List.of("copycheck", copied, "--format", "html"));
    commands.put("copycheck-file", List.of("copycheck", "corpus/txt/report-utf8-dangri-short.txt"));
    commands.put("copycheck-unknown", List.of("copycheck", "ffffffffffffffff"));
    for (Map.Entry<String, List<String>> c : commands.entrySet()) {
      List<String> args = new ArrayList<>(c.getValue());
      args.add("--index");
      args.add(index);
      check(c.getKey(), AnalyzeCommandTest.run(args.toArray(String[]::new)));
    }
    check("extract-json", AnalyzeCommandTest.run("extract", "--json",
        "corpus/txt/fanwen-a-saved-page-yuedu-3pian.txt"));
    check("analyze-json", AnalyzeCommandTest.run("analyze", "--json",
        "corpus/txt/fanwen-a-saved-page-yuedu-3pian.txt"));
    check("analyze", AnalyzeCommandTest.run("analyze", "corpus/txt/report-utf8-dangri-short.txt"));
  }

  @Test
  void routesAnswerWhatTheyAnswered() throws Exception {
    List<String> routes = List.of(
        "/api/search?q=%E6%80%BB%E7%BB%93&limit=3",
        "/api/search?q=%E6%B4%BB%E5%8A%A8&year=2023&sort=date&limit=3",
        "/api/facets?q=%E5%AE%89%E5%85%A8",
        "/api/export.csv?q=%E6%80%BB%E7%BB%93&limit=5",
        "/api/report/" + copied,
        "/api/similar/" + copied + "?limit=3",
        "/api/copycheck/" + copied,
        "/copycheck/" + copied,
        "/api/report/ffffffffffffffff",
        "/api/search?q=AND",
        "/api/nope");
    IndexLayout layout = new IndexLayout(Path.of(index));
    HttpClient client = HttpClient.newHttpClient();
    try (Archive archive = Archive.open(layout);
        ReportServer server = ReportServer.start(ServerConfig.local(layout, 0), archive,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      for (String route : routes) {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + route)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        String name = "route" + route.replaceAll("\\?.*", "").replace(copied, "ID").replaceAll("[^A-Za-z0-9.]+", "-");
        if (route.contains("year=")) {
          name += "-filters";
        }
        if (route.endsWith("q=AND")) {
          name += "-bad-query";
        }
        compare(name, "status " + r.statusCode() + "\ncontent-type "
            + r.headers().firstValue("content-type").orElse("") + "\n\n"
            + new String(r.body(), StandardCharsets.UTF_8));
      }
    }
  }

  private static void check(String name, AnalyzeCommandTest.Run r) {
    compare(name, "exit " + r.exit() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err());
  }

  private static void compare(String name, String actual) {
    String masked = actual.replace(index, "$INDEX")
        .replaceAll("finished in [0-9.]+ s", "finished in _ s")
        .replaceAll("index size( +)[0-9.]+ MB", "index size$1_ MB")
        .replaceAll("\"indexBytes\":[0-9]+", "\"indexBytes\":_");
    Path file = GOLDEN.resolve(name + ".txt");
    try {
      if (UPDATE || !Files.exists(file)) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, masked, StandardCharsets.UTF_8);
        if (!UPDATE) {
          throw new AssertionError(file + " was missing and is now written: review it and run again");
        }
        return;
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), masked,
          name + " differs from " + file + " (rerun with -Dgolden.update=true to accept)");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
