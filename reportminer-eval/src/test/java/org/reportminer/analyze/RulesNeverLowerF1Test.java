package org.reportminer.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportminer.analyze.ner.NerCorpus;
import org.reportminer.analyze.ner.NerLabel;
import org.reportminer.analyze.ner.TaggedSentence;
import org.reportminer.model.AnalyzedReport;
import org.reportminer.nlp.DomainLexicon;

/**
 * The default analysis scores at least the model alone's F1 on text nobody here wrote: the real
 * reports' development half (in the repository) and a fixed sample of the public corpora's dev
 * sentences (the first 300 of each split, read from {@code ../shared/corpora}, which the project
 * may not copy into the repository).
 */
class RulesNeverLowerF1Test {
  private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();
  private static final AnalysisOptions MODEL_ALONE = AnalysisOptions.defaults().withRules(RuleFamily.none());

  @Test
  void onTheRealReportsDevelopmentHalf() throws Exception {
    List<AnalyzedReport> dev = AnalysisEvaluation.loadGold(Path.of("reportminer-eval/src/test/resources/realreports/dev"));
    AnalysisEvaluation.Result rules = evaluate(DEFAULTS, dev);
    AnalysisEvaluation.Result model = evaluate(MODEL_ALONE, dev);
    StringBuilder failures = new StringBuilder();
    for (AnalysisEvaluation.Field f : List.of(
        AnalysisEvaluation.Field.ORGANIZATIONS, AnalysisEvaluation.Field.PERSONS, AnalysisEvaluation.Field.PLACES)) {
      double withRules = rules.ours().get(f).f1();
      double alone = model.ours().get(f).f1();
      if (withRules < alone) {
        failures.append(String.format("%s: %.3f with rules < %.3f alone; ", f.label(), withRules, alone));
      }
    }
    assertTrue(failures.isEmpty(), failures.toString());
  }

  @Test
  void onASampleOfThePublicDevSplits() throws Exception {
    Path corpora = Path.of("../shared/corpora");
    assumeTrue(Files.isDirectory(corpora), "the public corpora are not beside this checkout");
    Map<NerCorpus, List<TaggedSentence>> splits = AnalysisNerEvaluation.devSplits(corpora);
    AnalysisNerEvaluation.System rules = AnalysisNerEvaluation.analysis("rules", DEFAULTS);
    AnalysisNerEvaluation.System model = AnalysisNerEvaluation.analysis("model", MODEL_ALONE);
    StringBuilder failures = new StringBuilder();
    splits.forEach((corpus, dev) -> {
      List<TaggedSentence> sample = dev.subList(0, Math.min(300, dev.size()));
      AnalysisNerEvaluation.Scores r = AnalysisNerEvaluation.perSentence(rules, sample);
      AnalysisNerEvaluation.Scores m = AnalysisNerEvaluation.perSentence(model, sample);
      for (NerLabel l : NerLabel.values()) {
        AnalysisEvaluation.Score rc = r.byLabel().get(l);
        AnalysisEvaluation.Score mc = m.byLabel().get(l);
        if (rc.f1() < mc.f1() || rc.recall() < mc.recall() - 0.01) {
          failures.append(String.format("%s %s: F1 %.3f / R %.3f with rules, %.3f / %.3f alone; ",
              corpus.displayName(), l.nature(), rc.f1(), rc.recall(), mc.f1(), mc.recall()));
        }
      }
    });
    assertTrue(failures.isEmpty(), failures.toString());
  }

  private static AnalysisEvaluation.Result evaluate(AnalysisOptions options, List<AnalyzedReport> gold) {
    ReportAnalyzer analyzer = ReportAnalyzer.create(options);
    return new AnalysisEvaluation(analyzer::analyze, DomainLexicon.shipped()).evaluate(gold);
  }
}
