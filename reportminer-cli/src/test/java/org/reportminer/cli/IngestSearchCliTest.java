package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.RecordJson;

/**
 * End to end through the command line: ingest two small text pages (one split into two reports)
 * and a broken file, search them in every format, re-ingest (nothing added), change and delete
 * files, and check stats and the exit codes.
 */
class IngestSearchCliTest {
  static final String A = """
      知识产权宣传周活动总结

      发布时间:2023-04-28

      为开展好知识产权宣传周活动，我局精心组织，局长亲自负责，制定了活动实施方案。

      4月24日，在时代广场向过往群众发放知识产权宣传材料1000余份，接受群众咨询100余人次。
      """;
  static final String B = """
      全民健身运动会工作总结

      发布时间:2022-09-10

      第1篇 全民健身运动会总结

      区文化体育局举办全民健身运动会，参赛群众踊跃，取得良好社会效果。

      第2篇 社区运动会活动总结

      社区举办趣味运动会，居民踊跃参加，宣传了科学健身知识。
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve("docs").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void ingestSearchReingestChangeDelete() throws Exception {
    write("a.txt", A);
    Path b = write("b.txt", B);
    write("empty.txt", "");
    String docs = dir.resolve("docs").toString();
    String index = dir.resolve("index").toString();

    Run first = run("ingest", docs, "--index", index);
    assertEquals(1, first.code(), first.err());
    assertTrue(first.out().contains("inputs            3 (3 documents, 3 read)"), first.out());
    assertTrue(first.out().contains("pages indexed     2 (1 split into several reports"), first.out());
    assertTrue(first.out().contains("reports indexed   3\n"), first.out());
    assertTrue(first.out().contains("failed            1\n    extract: empty file"), first.out());
    assertTrue(first.err().contains("empty.txt: extract failed: empty file"), first.err());
    assertEquals(1, Files.readAllLines(dir.resolve("index/failures.jsonl")).size());

    Run text = run("search", "知识产权宣传周", "--index", index);
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("1 report matches 知识产权宣传周"), text.out());
    assertTrue(text.out().contains("【知识产权宣传周】"), text.out());

    Run json = run("search", "运动会", "--index", index, "--format", "json", "--sort", "date");
    assertEquals(0, json.code(), json.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : json.out().split("\n")) {
      lines.add(RecordJson.mapper().readTree(line));
    }
    assertEquals(3, lines.size());
    assertEquals(2, lines.get(2).get("totalHits").asInt());
    // keyed relative to the folder holding the index
    assertEquals("docs/b.txt", lines.get(0).get("source").get("path").asText());
    assertTrue(lines.get(0).get("text").asText().contains("运动会"));

    Run csv = run("search", "健身", "--index", index, "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().startsWith("\uFEFFrank,id,"), csv.out());
    assertEquals(3, csv.out().split("\r\n").length, csv.out());

    Run stats = run("stats", "--index", index, "--json");
    JsonNode s = RecordJson.mapper().readTree(stats.out());
    assertEquals(3, s.get("reports").asInt());
    assertEquals(2, s.get("pages").asInt());
    assertEquals(1, s.get("failures").asInt());
    assertEquals(1, s.get("failuresByReason").get("extract: empty file").asInt());

    // re-ingest: nothing added
    Run again = run("ingest", docs, "--index", index);
    assertTrue(again.out().contains("pages indexed     0 ("), again.out());
    assertTrue(again.out().contains("unchanged skipped 2\n"), again.out());
    assertEquals(3, RecordJson.mapper().readTree(run("stats", "--index", index, "--json").out())
        .get("reports").asInt());

    // b.txt now has one report instead of two; the empty file is gone
    write("b.txt", B.substring(0, B.indexOf("第2篇")));
    Files.delete(dir.resolve("docs/empty.txt"));
    Run changed = run("ingest", docs, "--index", index, "--delete-missing");
    assertEquals(0, changed.code(), changed.err());
    assertTrue(changed.out().contains("pages indexed     1 (0 split into several reports, 1 replaced"),
        changed.out());
    assertTrue(changed.out().contains("reports indexed   1\n"), changed.out());
    Run after = run("search", "运动会", "--index", index, "--format", "json");
    assertEquals(1, RecordJson.mapper().readTree(after.out().split("\n")[1]).get("totalHits").asInt());

    Files.delete(b);
    run("ingest", docs, "--index", index, "--delete-missing");
    JsonNode end = RecordJson.mapper().readTree(run("stats", "--index", index, "--json").out());
    assertEquals(1, end.get("reports").asInt());
    assertEquals(0, end.get("failures").asInt());
  }

  @Test
  void badSearchesAreOneLineAndExitTwo() throws Exception {
    write("a.txt", A);
    String index = dir.resolve("index").toString();
    run("ingest", dir.resolve("docs").toString(), "--index", index);
    List<String[]> bad = List.of(
        new String[] {"search", "\"知识产权", "--index", index},
        new String[] {"search", "", "--index", index},
        new String[] {"search", "(知识", "--index", index},
        new String[] {"search", "x".repeat(2000), "--index", index},
        new String[] {"search", "知识", "--from", "2023-02-30", "--index", index},
        new String[] {"search", "知识", "--to", "yesterday", "--index", index},
        new String[] {"search", "知识", "--limit", "0", "--index", index},
        new String[] {"search", "知识", "--sort", "size", "--index", index},
        new String[] {"search", "知识", "--format", "xml", "--index", index},
        new String[] {"search", "知识", "--like", "ffffffffffffffff", "--index", index},
        new String[] {"search", "知识", "--index", dir.resolve("nothing").toString()});
    for (String[] args : bad) {
      Run r = run(args);
      String shown = String.join(" ", args);
      assertEquals(2, r.code(), shown);
      assertEquals("", r.out(), shown);
      assertEquals(1, r.err().strip().split("\n").length, shown + ": " + r.err());
      assertTrue(r.err().startsWith("reportminer search: "), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }
}
