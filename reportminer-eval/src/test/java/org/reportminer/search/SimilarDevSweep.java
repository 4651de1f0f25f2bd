package org.reportminer.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportminer.analyze.AnalysisOptions;
import org.reportminer.analyze.ReportAnalyzer;
import org.reportminer.extract.Extractor;
import org.reportminer.extract.ExtractorConfig;
import org.reportminer.index.ReportSchema;
import org.reportminer.pipeline.ExtractionRun;
import org.reportminer.search.SimilarJudgments.Half;

/**
 * A development tool, not a test: ranks the similar-reports seeds with each settings line given on
 * standard input (the eight numbers of {@link SimilarSettings}) and prints the development half's
 * figures only, so that weights can be chosen without looking at the test half. Run from the
 * project folder with the eval jar and the test classes on the class path.
 */
public final class SimilarDevSweep {
  private SimilarDevSweep() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    SimilarJudgments judgments = SimilarJudgments.load(Path.of("reportminer-eval/src/test/resources/similar"));
    Extractor extractor = new Extractor(ExtractorConfig.DEFAULTS);
    List<SearchEvaluation.Doc> docs = SimilarArchive.load(Path.of("corpus"),
        Path.of("reportminer-eval/src/test/resources/realpages"), extractor,
        new ExtractionRun.Settings(Duration.ofSeconds(30), 2, true),
        ReportAnalyzer.create(AnalysisOptions.defaults()), new ArrayList<>());
    ReportSchema schema = ReportSchema.withHanlp();
    System.out.printf(Locale.ROOT, "archive read and analyzed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      String[] n = line.trim().split("\\s+");
      SimilarSettings s = new SimilarSettings(d(n[0]), d(n[1]), d(n[2]), d(n[3]), d(n[4]), d(n[5]), d(n[6]),
          Integer.parseInt(n[7]));
      long t1 = System.nanoTime();
      SimilarEvaluation.Result r = new SimilarEvaluation().evaluateWith(judgments, docs, schema, s);
      System.out.printf(Locale.ROOT, "ranked in %.1f s%n", (System.nanoTime() - t1) / 1e9);
      SimilarEvaluation.SystemResult ours = r.system(SimilarEvaluation.OURS);
      System.out.printf(Locale.ROOT, "%-40s dev P@3 %.3f  dev P@3 of possible %.3f%n", line.trim(),
          ours.mean(r.halves(), Half.DEV, SimilarEvaluation.Ranked::precision),
          ours.mean(r.halves(), Half.DEV, SimilarEvaluation.Ranked::cappedPrecision));
      if (args.length > 0 && args[0].equals("--errors")) {
        SimilarEvaluation.devErrors(r, judgments).forEach(e -> System.out.println("  - " + e));
      }
    }
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }
}
