package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.reportminer.index.TestReports;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.RecordJson;

/** The export formats: CSV that Excel opens as UTF-8 with correct quoting, JSON Lines, text. */
class ResultFormatTest {
  static final String TEXT = "第一段，含有\"引号\"和逗号,还有换行\n第二段=SUM(A1)。𠀋𠀌知识产权宣传周";
  static final AnalyzedReport REPORT = TestReports.report("dir/a,b.html",
      "=HYPERLINK(\"x\"),标题\n第二行", "2023-04-26", TEXT,
      List.of("区文化体育局", "-负号单位"), List.of("深圳市"), List.of(), List.of());

  static SearchResult result() {
    int start = TEXT.indexOf("知识产权宣传周");
    Snippet s = new Snippet(0, TEXT.length(), TEXT,
        List.of(new Span(start, start + 4), new Span(start + 4, start + 7)));
    Hit h = new Hit(1, 1.5f, REPORT, List.of(s), List.of(), false);
    return new SearchResult(SearchRequest.of("知识产权宣传周"), 1, 0, List.of(h),
        List.of(new FacetCounts("organization", List.of(new FacetCounts.Value("区文化体育局", 1)))));
  }

  @Test
  void csvHasBomRfc4180QuotingAndNoFormulas() throws Exception {
    StringWriter w = new StringWriter();
    ResultFormat.CSV.write(result(), w);
    String csv = w.toString();
    assertEquals('\uFEFF', csv.charAt(0));
    assertTrue(csv.startsWith("\uFEFFrank,id,score,partial,published,title,source,"));
    assertTrue(csv.contains("\r\n"));
    // quotes doubled inside a quoted field
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\"),标题\n第二行\""), csv);
    try (CSVParser p = CSVParser.parse(new StringReader(csv.substring(1)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> rows = p.getRecords();
      assertEquals(1, rows.size());
      CSVRecord row = rows.get(0);
      assertEquals("'=HYPERLINK(\"x\"),标题\n第二行", row.get("title"));
      assertEquals("dir/a,b.html", row.get("source"));
      assertEquals("区文化体育局; -负号单位", row.get("organizations"));
      assertEquals("2023-04-26", row.get("published"));
      assertTrue(row.get("snippets").contains("𠀋𠀌【知识产权宣传周】"), row.get("snippets"));
      assertFalse(row.get("snippets").contains("\n"));
    }
  }

  @Test
  void jsonLinesAreRecordsThenASummary() throws Exception {
    StringWriter w = new StringWriter();
    ResultFormat.JSON.write(result(), w);
    String[] lines = w.toString().split("\n");
    assertEquals(2, lines.length);
    JsonNode hit = RecordJson.mapper().readTree(lines[0]);
    assertEquals(REPORT, RecordJson.analyzed(hit));
    assertEquals(1, hit.get("rank").asInt());
    JsonNode span = hit.get("snippets").get(0).get("hits").get(0);
    assertEquals("知识产权", TEXT.substring(span.get("start").asInt(), span.get("end").asInt()));
    JsonNode summary = RecordJson.mapper().readTree(lines[1]);
    assertEquals(1, summary.get("totalHits").asLong());
    assertEquals("区文化体育局", summary.get("facets").get("organization").get(0).get("value").asText());
    assertFalse(summary.has("id"));
  }

  @Test
  void textMarksTouchingHitsAsOne() throws Exception {
    StringWriter w = new StringWriter();
    ResultFormat.TEXT.write(result(), w);
    String text = w.toString();
    assertTrue(text.startsWith("1 report matches 知识产权宣传周 (page 1 of 1)"), text);
    assertTrue(text.contains("𠀋𠀌【知识产权宣传周】"), text);
    assertTrue(text.contains("organization: 区文化体育局 (1)"), text);
  }

  @Test
  void markingKeepsTheTextAroundHits() {
    assertEquals("a【bc】d【e】", Marked.mark("abcde", 10, List.of(new Span(11, 13), new Span(14, 15))));
    assertEquals("【abc】de", Marked.mark("abcde", 0, List.of(new Span(0, 2), new Span(1, 3))));
    assertEquals("abcde", Marked.mark("abcde", 0, List.of()));
  }
}
