package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.model.DateValue;
import org.reportminer.model.Mention;
import org.reportminer.model.NumberValue;
import org.reportminer.model.RecordJson;
import org.reportminer.model.Report;
import org.reportminer.model.SourceInfo;
import org.reportminer.nlp.DomainLexicon;

/** Whole-report behaviour: thread safety, empty and very large inputs, keyword hygiene. */
class ReportAnalyzerTest {
  private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create(AnalysisOptions.defaults());

  private static Report report(String title, String text) {
    return new Report("t", new SourceInfo("t", null, "", "text/plain", "UTF-8", 1, 1), title, "2022-10-05", List.of(), text, List.of());
  }

  @Test
  void emptyTextGivesEmptyLists() {
    AnalyzedReport a = ANALYZER.analyze(report(null, ""));
    assertTrue(a.organizations().isEmpty() && a.dates().isEmpty() && a.numbers().isEmpty() && a.keywords().isEmpty());
  }

  @Test
  void manyThreadsGiveTheSameResultsAsOne() throws Exception {
    List<AnalyzedReport> gold = AnalysisEvaluation.loadGold(Path.of("reportminer-eval/src/test/resources/gold"));
    List<Report> reports = gold.stream().map(AnalyzedReport::report).toList();
    List<String> sequential = reports.stream().map(r -> RecordJson.line(RecordJson.toNode(ANALYZER.analyze(r)))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = reports.stream()
          .map(r -> pool.submit(() -> RecordJson.line(RecordJson.toNode(ANALYZER.analyze(r))))).toList();
      for (int k = 0; k < reports.size(); k++) {
        assertEquals(sequential.get(k), futures.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aVeryLargeReportWithoutPunctuationIsAnalyzedPiecewise() {
    String chunk = "区文化体育局组织开展宣传活动发放资料1000余份接受咨询100余人次";
    String text = chunk.repeat(2000); // ~70k chars with no sentence end at all
    AnalyzedReport a = ANALYZER.analyze(report("2023年总结", text));
    assertTrue(a.organizations().contains("区文化体育局"));
    assertEquals(4000, a.numbers().size());
    for (NumberValue v : a.numbers()) {
      assertEquals(v.text(), text.substring(v.start(), v.end()));
    }
  }

  @Test
  void keywordsAreNeverSingleCharactersNumbersPlaceholdersOrStopwords() throws IOException {
    DomainLexicon lex = DomainLexicon.shipped();
    AnalysisEvaluation eval = new AnalysisEvaluation(ANALYZER::analyze, lex);
    for (AnalyzedReport g : AnalysisEvaluation.loadGold(Path.of("reportminer-eval/src/test/resources/gold"))) {
      AnalyzedReport a = ANALYZER.analyze(g.report());
      assertFalse(a.keywords().isEmpty(), g.report().id());
      for (String k : a.keywords()) {
        assertFalse(eval.isJunkKeyword(k), k + " in " + g.report().id());
        assertFalse(List.of("__", "区", "进行", "开展", "活动", "工作").contains(k));
      }
    }
  }

  @Test
  void datesAndMentionsPointIntoTheText() throws IOException {
    for (AnalyzedReport g : AnalysisEvaluation.loadGold(Path.of("reportminer-eval/src/test/resources/gold"))) {
      AnalyzedReport a = ANALYZER.analyze(g.report());
      String text = a.report().text();
      for (Mention m : a.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
      for (DateValue d : a.dates()) {
        assertEquals(d.text(), text.substring(d.start(), d.end()));
      }
    }
  }
}
