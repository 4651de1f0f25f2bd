package org.reportminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.ReportSchema;
import org.reportminer.model.Failure;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.search.SimilarEvaluation.Ranked;
import org.reportminer.search.SimilarJudgments.Half;

/**
 * Similar-reports quality kept as data: on the blind same-topic judgments over corpus/ and the
 * real pages, our test-half P@3 may not fall below the floors in
 * reportminer-eval/src/test/resources/quality/similar.properties, and must stay ahead of Lucene's
 * MoreLikeThis. Failure messages give figures only, never the test half's per-seed errors.
 */
class SimilarQualityTest {
  static SimilarJudgments judgments;
  static SimilarEvaluation.Result result;

  @BeforeAll
  static void evaluate() throws Exception {
    judgments = SimilarJudgments.load(Path.of("reportminer-eval/src/test/resources/similar"));
    List<Failure> failures = new ArrayList<>();
    List<SearchEvaluation.Doc> docs = SimilarArchive.load(Path.of("corpus"),
        Path.of("reportminer-eval/src/test/resources/realpages"), new Extractor(ExtractorConfig.DEFAULTS),
        new ExtractionRun.Settings(Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(), true),
        ReportAnalyzer.create(AnalysisOptions.defaults()), failures);
    assertEquals(List.of(), failures);
    result = new SimilarEvaluation().evaluate(judgments, docs, ReportSchema.withHanlp(), false);
  }

  @Test
  void everyJudgedReportIsInTheArchive() {
    assertEquals(List.of(), result.missing());
    assertTrue(result.seeds(Half.DEV) + result.seeds(Half.TEST) >= 30, "at least 30 seeds");
  }

  @Test
  void testHalfStaysAboveItsFloorsAndAheadOfMoreLikeThis() throws Exception {
    Properties floors = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("reportminer-eval/src/test/resources/quality/similar.properties"))) {
      floors.load(in);
    }
    double capped = result.system(SimilarEvaluation.OURS).mean(result.halves(), Half.TEST, Ranked::cappedPrecision);
    double plain = result.system(SimilarEvaluation.OURS).mean(result.halves(), Half.TEST, Ranked::precision);
    double mlt = result.system(SimilarEvaluation.MLT).mean(result.halves(), Half.TEST, Ranked::cappedPrecision);
    String figures = SimilarEvaluation.markdown(result);
    assertTrue(capped >= d(floors, "test.p3.capped"), "test P@3 of possible " + capped + "\n" + figures);
    assertTrue(plain >= d(floors, "test.p3"), "test P@3 " + plain + "\n" + figures);
    assertTrue(capped - mlt >= d(floors, "test.ahead.of.mlt"), "ahead of MoreLikeThis by " + (capped - mlt) + "\n" + figures);
  }

  @Test
  void schoolTreePlantingFindsTheOtherTreePlantingReportsFirst() {
    // issue 18: MoreLikeThis ranked the school's 世界读书日 and 国家安全教育日 reports above them
    String school = "corpus/html/diyi-c-gbk-nometa-zhishu-3pian.html#2";
    Ranked r = result.system(SimilarEvaluation.OURS).perSeed().get(school);
    assertEquals(Set.of("corpus/html/diyi-c-gbk-nometa-zhishu-3pian.html#1", "corpus/html/diyi-c-gbk-nometa-zhishu-3pian.html#3"),
        Set.copyOf(r.top().subList(0, 2)), r.top().toString());
  }

  private static double d(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key));
  }
}
