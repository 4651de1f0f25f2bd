package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.model.RecordJson;

/** End to end: {@code analyze --json} gives the JSON records of docs/ARCHITECTURE.md; bad options and inputs are reported. */
class AnalyzeCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void jsonLinesCarryTheAnalysisFields(@TempDir Path tmp) throws Exception {
    Run r = run("analyze", "--json", "--failures", tmp.resolve("f.jsonl").toString(),
        "corpus/txt/fanwen-a-saved-page-yuedu-3pian.txt", "corpus/txt/report-utf8-dangri-short.txt");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size());
    for (String line : lines) {
      JsonNode n = RecordJson.mapper().readTree(line);
      for (String field : List.of("organizations", "persons", "places", "mentions", "dates", "numbers", "themes", "keywords")) {
        assertTrue(n.has(field), field);
      }
      String text = n.get("text").asText();
      for (JsonNode m : n.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
    }
    JsonNode first = RecordJson.mapper().readTree(lines.get(0));
    assertTrue(first.get("organizations").toString().contains("区教育局"));
    assertEquals("书香满__区，阅读伴成长", first.get("themes").get(0).asText());
  }

  @Test
  void userDictionaryOption(@TempDir Path tmp) throws Exception {
    Path dict = tmp.resolve("dict.txt");
    // without the dictionary the model finds only 第二党支部; the name the user lists stands
    Run plain = run("analyze", "corpus/txt/report-utf8-dangri-short.txt");
    assertTrue(plain.out().contains("organizations: 第二党支部"), plain.out());
    Files.writeString(dict, "书香城市 nz\nxx局机关第二党支部 nt\n", StandardCharsets.UTF_8);
    Run ok = run("analyze", "--dict", dict.toString(), "--failures", tmp.resolve("f.jsonl").toString(),
        "corpus/txt/report-utf8-dangri-short.txt");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().contains("organizations: xx局机关第二党支部"), ok.out());

    Run missing = run("analyze", "--dict", tmp.resolve("nope.txt").toString(), "corpus/txt/report-utf8-dangri-short.txt");
    assertEquals(Main.USAGE, missing.exit());
    assertTrue(missing.err().contains("cannot read dictionary"), missing.err());

    Files.writeString(dict, "词 nosuchnature\n", StandardCharsets.UTF_8);
    Run bad = run("analyze", "--dict", dict.toString(), "corpus/txt/report-utf8-dangri-short.txt");
    assertEquals(Main.USAGE, bad.exit());
    assertTrue(bad.err().contains("unknown part of speech"), bad.err());
  }

  @Test
  void aMissingInputIsListedAndTheRestIsAnalyzed(@TempDir Path tmp) {
    Run r = run("analyze", "--json", "--failures", tmp.resolve("f.jsonl").toString(),
        tmp.resolve("absent.html").toString(), "corpus/txt/report-utf8-dangri-short.txt");
    assertEquals(Main.SOME_FAILED, r.exit());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.err().contains("absent.html"), r.err());
    assertTrue(Set.of(r.err().split("\n")).size() >= 1);
  }
}
