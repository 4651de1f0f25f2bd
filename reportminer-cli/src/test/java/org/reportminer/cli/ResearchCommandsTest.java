package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.IndexLayout;
import org.reportminer.index.ReportIndexWriter;
import org.reportminer.index.ReportSchema;
import org.reportminer.index.TestReports;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;

/**
 * The timeline, concordance and entity commands and {@code search --by} through the command line:
 * their formats (text, JSON, CSV with BOM) and one-line errors with exit code 2.
 */
class ResearchCommandsTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void buildIndex() throws IOException {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    List<AnalyzedReport> reports = List.of(
        TestReports.report("a/1.html", "防汛工作总结", "2022-07-01",
            "今年汛期，区水利局全力做好防汛工作。防汛物资储备充足。",
            List.of("区水利局", "区应急管理局"), List.of("河西区"), List.of(), List.of()),
        TestReports.report("a/2.html", "防汛演练总结", "2023-06-15",
            "区水利局联合区应急管理局开展防汛演练。",
            List.of("区水利局", "区应急管理局"), List.of("河西区"), List.of(), List.of()),
        TestReports.report("a/3.html", "学校工作总结", null,
            "学校开展防汛安全教育。",
            List.of("第一中学"), List.of(), List.of(), List.of()));
    try (ReportIndexWriter w = ReportIndexWriter.open(layout.lucene(), ReportSchema.withHanlp())) {
      for (AnalyzedReport r : reports) {
        w.replace(r.report().source().path(), "sha-" + r.report().id(), List.of(r));
      }
    }
    index = dir.resolve("index").toString();
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = index;
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void timelineAndSearchByPrintTheSameCounts() {
    Run t = run("timeline", "防汛", "--by", "year");
    assertEquals(0, t.code(), t.err());
    assertEquals(String.join("\n",
        "year                          防汛",
        "2022                             1",
        "2023                             1",
        "no date                          1",
        "date coarser than bucket         0",
        "total                            3",
        ""), t.out());
    Run csv = run("search", "防汛", "--by", "year", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    assertEquals("\uFEFFyear,防汛\r\n2022,1\r\n2023,1\r\nno date,1\r\ndate coarser than bucket,0\r\n",
        csv.out());
  }

  @Test
  void concordanceJsonHasExactOffsets() throws IOException {
    Run r = run("concordance", "防汛", "--width", "3", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = RecordJson.mapper().readTree(r.out());
    assertEquals(4, o.get("totalLines").asInt());
    JsonNode first = o.get("lines").get(0);
    assertEquals("2023-06-15", first.get("published").asText());
    assertEquals("局开展", first.get("left").asText());
    assertEquals("防汛", first.get("match").asText());
    assertEquals(14, first.get("start").asInt());
  }

  @Test
  void entityRanksItsPartner() {
    Run r = run("entity", "org", "区水利局", "--min-count", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("organization 区水利局: named in 2 of 3 reports\n"), r.out());
    assertTrue(r.out().contains("2 of 2    区应急管理局"), r.out());
    assertTrue(r.out().contains("2 of 2    河西区"), r.out());
  }

  @Test
  void mistakesAreOneLineAndExitTwo() {
    for (String[] args : new String[][] {
        {"timeline", "防汛", "--by", "week"},
        {"timeline", "\"防汛"},
        {"search", "防汛", "--by", "year", "--like", "0123456789abcdef"},
        {"concordance", "防汛", "--width", "0"},
        {"concordance", "防汛", "--sort", "middle"},
        {"concordance", "防汛", "--format", "xml"},
        {"entity", "year", "2023"},
        {"entity", "person", " "}}) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("reportminer " + args[0] + ": "), r.err());
      assertEquals("", r.out());
    }
  }
}
