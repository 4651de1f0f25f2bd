package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reportminer.model.RecordJson;
import org.reportminer.nlp.DomainLexicon;

/**
 * Quality kept as data: the analysis F1 per field on the gold must not drop below the floors in
 * reportminer-eval/src/test/resources/analyze/expected-quality.json, and must stay above raw HanLP's.
 */
class AnalysisQualityTest {

  @Test
  void f1StaysAtOrAboveTheRecordedFloors() throws Exception {
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/analyze/expected-quality.json")) {
      expected = RecordJson.mapper().readTree(in);
    }
    ReportAnalyzer analyzer = ReportAnalyzer.create(AnalysisOptions.defaults().withRules(RuleFamily.all()));
    AnalysisEvaluation.Result r = new AnalysisEvaluation(analyzer::analyze, DomainLexicon.shipped())
        .evaluate(AnalysisEvaluation.loadGold(Path.of("reportminer-eval/src/test/resources/gold")));
    StringBuilder failures = new StringBuilder();
    for (AnalysisEvaluation.Field f : AnalysisEvaluation.Field.values()) {
      double floor = expected.path(f.label()).asDouble(Double.NaN);
      assertTrue(!Double.isNaN(floor), "no floor recorded for " + f.label());
      double f1 = r.ours().get(f).f1();
      if (f1 < floor) {
        failures.append(String.format("%s F1 %.3f < %.3f; ", f.label(), f1, floor));
      }
      AnalysisEvaluation.Score base = r.baseline().get(f);
      if (base != null && f1 <= base.f1()) {
        failures.append(String.format("%s F1 %.3f not above raw HanLP %.3f; ", f.label(), f1, base.f1()));
      }
    }
    if (r.oursKeywordJunk() > expected.path("keywordJunkMax").asDouble()) {
      failures.append("keyword junk share " + r.oursKeywordJunk());
    }
    assertTrue(failures.length() == 0, failures.toString());
  }
}
