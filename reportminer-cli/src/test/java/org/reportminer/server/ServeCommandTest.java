package org.reportminer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.cli.Main;

/**
 * {@code reportminer serve} as a user runs it: usage errors exit 2 with one line, and a real
 * process serves the index (search and copy checks), then stops cleanly on SIGTERM (what Ctrl-C's SIGINT also triggers:
 * the shutdown hook) and frees its port.
 */
class ServeCommandTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void missingIndexIsAUsageError() {
    String[] r = run("serve", "--index", dir.resolve("none").toString(), "--port", "0");
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith("reportminer serve: no index in "), r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
  }

  @Test
  void badPortsAreUsageErrors() {
    assertEquals("2", run("serve", "--index", dir.toString(), "--port", "http")[0]);
    String[] r = run("serve", "--index", dir.toString(), "--port", "70000");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("port must be between 0 and 65535"), r[2]);
  }

  @Test
  void servesUntilTerminatedThenStopsCleanly() throws Exception {
    FixtureIndex.build(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "serve", "--index",
        dir.toString(), "--port", "0"))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/ ").matcher(String.valueOf(line));
      assertTrue(m.find(), "startup line: " + line);
      String base = m.group(1);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(
          URI.create(base + "/api/search?q=%E8%BF%90%E5%8A%A8%E4%BC%9A")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains(FixtureIndex.SPORTS.report().id()));
      HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(
          base + "/api/copycheck/" + FixtureIndex.SPORTS.report().id())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, check.statusCode(), "copy checks are on over an index ingest built");
      assertTrue(check.body().contains(FixtureIndex.SPORTS_COPY.report().id()), check.body());
      HttpResponse<String> view = client.send(HttpRequest.newBuilder(URI.create(
          base + "/copycheck/" + FixtureIndex.SPORTS.report().id())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, view.statusCode());
      assertEquals(CopyCheckRoutes.HTML_CSP,
          view.headers().firstValue("Content-Security-Policy").orElse(null));

      p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the index
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stopped within 20 s");
      assertEquals(143, p.exitValue(), "terminated by the signal, not by a crash");
      assertThrows(ConnectException.class, () -> client.send(
          HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()));
    } finally {
      p.destroyForcibly();
    }
  }
}
