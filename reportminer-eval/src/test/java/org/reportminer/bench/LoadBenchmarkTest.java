package org.reportminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.Main;

/**
 * A tiny real load test: the server on loopback over an index of corpus/, a few requests of every
 * route, checked for counts and errors (never for time).
 */
class LoadBenchmarkTest {

  @TempDir static Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void index() {
    Run ingest = run("ingest", "corpus", "--index", dir.resolve("index").toString(), "--progress", "none");
    assertEquals(0, ingest.code(), ingest.err());
  }

  @Test
  void sendsEveryRequestOfTheMixWithoutErrors() throws Exception {
    LoadSettings settings = new LoadSettings("127.0.0.1", 2, 20, 300, 4, false, new LoadSettings.Mix(2, 1, 1));
    StringBuilder progress = new StringBuilder();
    LoadBenchmark.Result r = new LoadBenchmark().run(new org.reportminer.index.IndexLayout(dir.resolve("index")),
        settings, line -> progress.append(line).append('\n'), System.err);
    assertTrue(r.reports() > 0);
    assertEquals(1, r.baseline().clients());
    assertEquals(2, r.measured().clients());
    for (LoadRun.Result run : new LoadRun.Result[] {r.baseline(), r.measured()}) {
      assertEquals(20, run.requests(), run.toString());
      assertEquals(0, run.errors(), run.toString());
      assertEquals(10, run.route(LoadRoute.SEARCH).orElseThrow().requests());
      int others = run.route(LoadRoute.SIMILAR).orElseThrow().requests()
          + run.route(LoadRoute.COPYCHECK).map(LoadRun.RouteResult::requests).orElse(0);
      assertEquals(10, others, "copy checks go to similar's count only when the index has no fingerprints");
      assertEquals(r.copyChecks(), run.route(LoadRoute.COPYCHECK).isPresent());
    }
    assertTrue(progress.toString().contains("2 clients: 20 requests"), progress.toString());
    String table = LoadBenchmark.table(r);
    assertTrue(table.contains("| 2 clients | `/api/search` | 10 | 0 |"), table);
    assertTrue(table.contains("against one client"), table);
  }

  @Test
  void commandWritesItsSectionAndRefusesOtherHosts() throws Exception {
    Path docs = dir.resolve("BENCHMARKS.md");
    Files.writeString(docs, "# Benchmarks\n");
    Run ok = run("bench", "load", "--index", dir.resolve("index").toString(), "--clients", "1",
        "--requests", "6", "--warmup", "2", "--docs-file", docs.toString(), "--write-docs");
    assertEquals(0, ok.code(), ok.err());
    String written = Files.readString(docs);
    assertTrue(written.contains("<!-- bench:load -->"), written);
    assertTrue(written.contains("--clients 1 --requests 6 --seconds 60 --warmup 2 --write-docs"), written);

    Run refused = run("bench", "load", "--index", dir.resolve("index").toString(), "--host", "192.0.2.10");
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("loopback only"), refused.err());
    Run bounds = run("bench", "load", "--index", dir.resolve("index").toString(), "--requests", "0");
    assertEquals(2, bounds.code());
  }
}
